package id.ektp.afis.evaluation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the two ways of reading FVC2002's grey TIFFs on the same extractor and matcher, in one run:
 * the raw samples and the sRGB curve SourceAFIS's own decoder applies; and says which one production
 * reads like (every template compared byte for byte). Arguments: the FVC2002 folder.
 */
public final class DecodingComparison {

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/fingerprints/fvc2002");
        List<FvcSet> sets = FvcSet.readAll(data);
        FvcTemplates production = new FvcTemplates(sets, GreyDecoding.PRODUCTION);
        System.out.println("| decoding | EER DB1_B | DB2_B | DB3_B | DB4_B | pooled EER | pooled FNMR @ FMR 1e-2 | 1e-3 | 1e-4 | same templates as production |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (GreyDecoding decoding : List.of(GreyDecoding.RAW, GreyDecoding.SRGB)) {
            FvcTemplates templates = new FvcTemplates(sets, decoding);
            FvcComparisons comparisons = new FvcComparisons(templates);
            StringBuilder row = new StringBuilder("| " + decoding.name().toLowerCase(Locale.ROOT) + " |");
            for (Map.Entry<String, LabelledScores> set : comparisons.bySet().entrySet())
                row.append(String.format(Locale.ROOT, " %.2f %% |", 100 * set.getValue().errorRates().eer()));
            ErrorRates pooled = comparisons.scores(null).errorRates();
            row.append(String.format(Locale.ROOT, " %.2f %% |", 100 * pooled.eer()));
            for (double fmr : EvaluationCommand.TARGET_FMRS) {
                OperatingPoint p = pooled.atFmr(fmr);
                row.append(String.format(Locale.ROOT, " %.1f %% (t=%.1f) |", 100 * p.fnmr(), p.threshold()));
            }
            int same = 0;
            for (int i = 0; i < templates.size(); i++)
                same += Arrays.equals(templates.fingerTemplate(i).toSourceAfisBytes(),
                        production.fingerTemplate(i).toSourceAfisBytes()) ? 1 : 0;
            row.append(" ").append(same).append(" of ").append(templates.size()).append(" |");
            System.out.println(row);
        }
    }
}
