package id.ektp.afis.quality;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.gallery.DecisionThresholds;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Measures how the capture quality score relates to matching errors on the FVC2002 B sets: every
 * mated pair of impressions (28 per finger) and every non-mated pair, binned by the lower quality of
 * the two captures, with the false non-match and false match rates at the verify threshold.
 *
 * <pre>./mvnw -B -ntp -q -pl afis -am compile
 * ./mvnw -B -ntp -q -pl afis exec:java -Dexec.mainClass=id.ektp.afis.quality.QualityStudy \
 *     -Dexec.args="../shared/data/fingerprints/fvc2002"</pre>
 */
public final class QualityStudy {

    private static final Map<String, Double> DPI = Map.of("DB1_B", 500.0, "DB2_B", 569.0, "DB3_B", 500.0, "DB4_B", 500.0);
    private static final int[] BIN_EDGES = {0, 20, 40, 60, 80, 101};

    private record Capture(int finger, int impression, FingerTemplate template, CaptureQuality quality) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/fingerprints/fvc2002");
        double threshold = DecisionThresholds.DEFAULT.verify();
        TemplateExtractor extractor = new TemplateExtractor();
        QualityAssessor assessor = new QualityAssessor();
        long[] genuine = new long[BIN_EDGES.length - 1];
        long[] falseNonMatches = new long[genuine.length];
        long[] impostor = new long[genuine.length];
        long[] falseMatches = new long[genuine.length];
        int[] images = new int[genuine.length];
        Map<QualityReason, Integer> reasons = new LinkedHashMap<>();
        long keptGenuine = 0;
        long keptFalseNonMatches = 0;
        for (String set : List.of("DB1_B", "DB2_B", "DB3_B", "DB4_B")) {
            Path folder = root.resolve(set);
            if (!Files.isDirectory(folder)) {
                System.err.println("missing " + folder.toAbsolutePath());
                System.exit(2);
            }
            Resolution resolution = Resolution.dpi(DPI.get(set));
            List<Capture> captures = IntStream.range(0, 80).parallel().mapToObj(i -> {
                int finger = 101 + i / 8;
                int impression = 1 + i % 8;
                FingerTemplate t = extractor.extract(folder.resolve(finger + "_" + impression + ".tif"), resolution);
                return new Capture(finger, impression, t, assessor.assess(t));
            }).toList();
            long setGenuine = 0;
            long setFnm = 0;
            for (Capture c : captures) {
                images[bin(c.quality.score())]++;
                reasons.merge(c.quality.reason(), 1, Integer::sum);
            }
            List<long[]> pairs = new ArrayList<>();
            for (int a = 0; a < captures.size(); a++) {
                for (int b = a + 1; b < captures.size(); b++) {
                    pairs.add(new long[] {a, b});
                }
            }
            double[] scores = pairs.parallelStream().mapToDouble(p -> new FingerprintMatcher(captures.get((int) p[0]).template.sourceAfis())
                    .match(captures.get((int) p[1]).template.sourceAfis())).toArray();
            for (int i = 0; i < pairs.size(); i++) {
                Capture a = captures.get((int) pairs.get(i)[0]);
                Capture b = captures.get((int) pairs.get(i)[1]);
                int q = Math.min(a.quality.score(), b.quality.score());
                int bin = bin(q);
                if (a.finger == b.finger) {
                    genuine[bin]++;
                    setGenuine++;
                    boolean miss = scores[i] < threshold;
                    if (miss) {
                        falseNonMatches[bin]++;
                        setFnm++;
                    }
                    if (!a.quality.needsRecapture() && !b.quality.needsRecapture()) {
                        keptGenuine++;
                        keptFalseNonMatches += miss ? 1 : 0;
                    }
                } else {
                    impostor[bin]++;
                    if (scores[i] >= threshold) {
                        falseMatches[bin]++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d images, FNMR at %.0f = %.3f (%d of %d mated pairs)%n",
                    set, captures.size(), threshold, (double) setFnm / setGenuine, setFnm, setGenuine);
        }
        System.out.println();
        System.out.println("| quality (lower of the pair) | images | mated pairs | FNMR at " + (int) threshold + " | non-mated pairs | FMR at " + (int) threshold + " |");
        System.out.println("|---|---|---|---|---|---|");
        for (int b = 0; b < genuine.length; b++) {
            System.out.printf(Locale.ROOT, "| %d-%d | %d | %d | %s | %d | %s |%n", BIN_EDGES[b], Math.min(100, BIN_EDGES[b + 1] - 1),
                    images[b], genuine[b], rate(falseNonMatches[b], genuine[b]), impostor[b], rate(falseMatches[b], impostor[b]));
        }
        long allGenuine = 0;
        long allFnm = 0;
        for (int b = 0; b < genuine.length; b++) {
            allGenuine += genuine[b];
            allFnm += falseNonMatches[b];
        }
        System.out.println();
        System.out.println("reasons over all images: " + reasons);
        System.out.printf(Locale.ROOT, "FNMR all mated pairs: %s; pairs where neither capture asks for a recapture (score >= %d): %s (%d pairs)%n",
                rate(allFnm, allGenuine), QualityAssessor.RECAPTURE_BELOW, rate(keptFalseNonMatches, keptGenuine), keptGenuine);
    }

    private static int bin(int score) {
        for (int b = 0; b < BIN_EDGES.length - 1; b++) {
            if (score < BIN_EDGES[b + 1]) {
                return b;
            }
        }
        return BIN_EDGES.length - 2;
    }

    private static String rate(long errors, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.4f (%d)", (double) errors / total, errors);
    }
}
