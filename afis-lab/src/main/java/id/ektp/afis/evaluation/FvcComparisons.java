package id.ektp.afis.evaluation;

import com.machinezoo.sourceafis.FingerprintMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every ordered pair of FVC templates compared once with SourceAFIS (the score is not symmetric, so A-B and
 * B-A are both kept). Within a set: all genuine pairs (10 fingers x 8 x 7 = 560) and all cross-finger pairs
 * (80 x 72 = 5,760). Pooled: those plus every cross-set pair (fingers of different sets are different
 * fingers), which gives about 100,000 impostor comparisons for the low false-match rates.
 */
public final class FvcComparisons {
    private final FvcTemplates templates;
    private final double[][] scores;

    public FvcComparisons(FvcTemplates templates) {
        this.templates = templates;
        int n = templates.size();
        scores = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            FingerprintMatcher matcher = new FingerprintMatcher(templates.template(i));
            double[] row = new double[n];
            for (int j = 0; j < n; j++)
                row[j] = i == j ? Double.NaN : matcher.match(templates.template(j));
            scores[i] = row;
        });
    }

    /** Genuine and impostor scores of one set, or of all sets together when {@code set} is null. */
    public LabelledScores scores(String set) {
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            FvcImpression a = templates.impression(i);
            if (set != null && !a.set().equals(set))
                continue;
            for (int j = 0; j < templates.size(); j++) {
                FvcImpression b = templates.impression(j);
                if (i == j || (set != null && !b.set().equals(set)))
                    continue;
                if (a.fingerKey().equals(b.fingerKey()))
                    genuine.add(scores[i][j]);
                else
                    impostor.add(scores[i][j]);
            }
        }
        return new LabelledScores(toArray(genuine), toArray(impostor));
    }

    /** Per-set scores keyed by set name, in the order the sets were read. */
    public Map<String, LabelledScores> bySet() {
        Map<String, LabelledScores> result = new LinkedHashMap<>();
        for (int i = 0; i < templates.size(); i++)
            result.computeIfAbsent(templates.impression(i).set(), this::scores);
        return result;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
