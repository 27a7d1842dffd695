package id.ektp.afis.evaluation;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Genuine and impostor SourceAFIS scores of synthetic fingers, to set beside the real FVC ones. Finger i is
 * person i's finger at position i mod 10; its genuine score compares impression 1 with the enrolment
 * (impression 0), its impostor scores compare impression 1 with the enrolments of the next
 * {@code impostorsPerFinger} fingers.
 */
public final class SyntheticComparisons {
    private SyntheticComparisons() {
    }

    public static LabelledScores measure(SyntheticPopulation population, int fingers, int impostorsPerFinger) {
        FingerPosition[] positions = FingerPosition.values();
        List<FingerprintTemplate> enrolled = IntStream.range(0, fingers).parallel()
                .mapToObj(i -> population.template(i, positions[i % 10], 0).sourceAfis()).toList();
        List<FingerprintTemplate> probes = IntStream.range(0, fingers).parallel()
                .mapToObj(i -> population.template(i, positions[i % 10], 1).sourceAfis()).toList();
        double[] genuine = IntStream.range(0, fingers).parallel()
                .mapToDouble(i -> new FingerprintMatcher(probes.get(i)).match(enrolled.get(i))).toArray();
        double[][] impostorRows = new double[fingers][];
        IntStream.range(0, fingers).parallel().forEach(i -> {
            FingerprintMatcher matcher = new FingerprintMatcher(probes.get(i));
            double[] row = new double[impostorsPerFinger];
            for (int k = 0; k < impostorsPerFinger; k++)
                row[k] = matcher.match(enrolled.get((i + 1 + k) % fingers));
            impostorRows[i] = row;
        });
        double[] impostor = new double[fingers * impostorsPerFinger];
        for (int i = 0; i < fingers; i++)
            System.arraycopy(impostorRows[i], 0, impostor, i * impostorsPerFinger, impostorsPerFinger);
        return new LabelledScores(genuine, impostor);
    }
}
