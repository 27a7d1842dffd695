package id.ektp.afis.quality;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.evaluation.FvcImpression;
import id.ektp.afis.evaluation.FvcSet;
import id.ektp.afis.gallery.DecisionThresholds;
import id.ektp.afis.image.FingerprintImageReader;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Whether the capture quality predicts matching failure on the FVC2002 B sets, for today's score (from
 * the image's ridge pattern) and the earlier one (from the minutiae alone) as the baseline, in one run:
 * FNMR at the verify threshold per bin of the lower quality of a mated pair (28 pairs per finger, 1,120
 * in all), and the share of failing images (those that fail half or more of their 7 mated comparisons)
 * that each score sends back for a recapture, beside the share of the other images it sends back.
 *
 * <p>Arguments: the FVC2002 folder, and optionally a CSV file for one row per image.
 */
public final class QualityStudy {

    /** Quality bins: 0-19, 20-39 (recapture), 40-59, 60-79, 80-100. */
    public static final int[] BIN_EDGES = {0, 20, 40, 60, 80, 101};

    public enum Score {
        RIDGE_PATTERN(Capture::quality), MINUTIAE_BASELINE(Capture::minutiaeQuality);

        final Function<Capture, CaptureQuality> of;

        Score(Function<Capture, CaptureQuality> of) {
            this.of = of;
        }
    }

    public record Capture(FvcImpression impression, FingerTemplate template, CaptureQuality quality,
            CaptureQuality minutiaeQuality) {
    }

    /** A mated pair and its score at the verify threshold. */
    public record MatedPair(Capture a, Capture b, double score) {
        boolean miss(double threshold) {
            return score < threshold;
        }
    }

    /** FNMR per bin and the flagging of failing images for one score. */
    public record Outcome(long[] mated, long[] misses, int[] images, int failingImages, int failingFlagged,
            int otherImages, int otherFlagged) {
        public double fnmr(int bin) {
            return mated[bin] == 0 ? Double.NaN : (double) misses[bin] / mated[bin];
        }

        /** True when FNMR falls from every non-empty bin to the next non-empty one. */
        public boolean fallsSteadily() {
            double previous = Double.POSITIVE_INFINITY;
            for (int b = 0; b < mated.length; b++) {
                if (mated[b] == 0)
                    continue;
                if (!(fnmr(b) < previous))
                    return false;
                previous = fnmr(b);
            }
            return true;
        }
    }

    public record Measurement(List<Capture> captures, List<MatedPair> pairs, double threshold) {
        public Outcome outcome(Score score) {
            int bins = BIN_EDGES.length - 1;
            long[] mated = new long[bins];
            long[] misses = new long[bins];
            int[] images = new int[bins];
            for (Capture c : captures)
                images[bin(score.of.apply(c).score())]++;
            Map<Capture, int[]> perImage = new java.util.IdentityHashMap<>();
            for (MatedPair p : pairs) {
                int bin = bin(Math.min(score.of.apply(p.a).score(), score.of.apply(p.b).score()));
                mated[bin]++;
                boolean miss = p.miss(threshold);
                misses[bin] += miss ? 1 : 0;
                for (Capture c : List.of(p.a, p.b)) {
                    int[] counts = perImage.computeIfAbsent(c, k -> new int[2]);
                    counts[0]++;
                    counts[1] += miss ? 1 : 0;
                }
            }
            int failing = 0;
            int failingFlagged = 0;
            int other = 0;
            int otherFlagged = 0;
            for (Capture c : captures) {
                int[] counts = perImage.get(c);
                boolean flagged = score.of.apply(c).needsRecapture();
                if (2 * counts[1] >= counts[0]) {
                    failing++;
                    failingFlagged += flagged ? 1 : 0;
                } else {
                    other++;
                    otherFlagged += flagged ? 1 : 0;
                }
            }
            return new Outcome(mated, misses, images, failing, failingFlagged, other, otherFlagged);
        }
    }

    public static Measurement measure(Path fvcRoot) {
        double threshold = DecisionThresholds.DEFAULT.verify();
        FingerprintImageReader reader = new FingerprintImageReader();
        TemplateExtractor extractor = new TemplateExtractor();
        QualityAssessor assessor = new QualityAssessor();
        List<Capture> captures = new ArrayList<>();
        List<MatedPair> pairs = new ArrayList<>();
        for (FvcSet set : FvcSet.readAll(fvcRoot)) {
            Resolution resolution = Resolution.dpi(set.dpi());
            List<Capture> inSet = set.impressions().parallelStream().map(i -> {
                GrayscaleImage image = reader.read(i.image(), resolution);
                FingerTemplate template = extractor.extract(image);
                return new Capture(i, template, assessor.assess(image), assessor.assess(template));
            }).toList();
            captures.addAll(inSet);
            for (int a = 0; a < inSet.size(); a++)
                for (int b = a + 1; b < inSet.size(); b++)
                    if (inSet.get(a).impression.finger() == inSet.get(b).impression.finger())
                        pairs.add(new MatedPair(inSet.get(a), inSet.get(b), 0));
        }
        List<MatedPair> scored = pairs.parallelStream().map(p -> new MatedPair(p.a, p.b,
                new FingerprintMatcher(p.a.template.sourceAfis()).match(p.b.template.sourceAfis()))).toList();
        return new Measurement(captures, scored, threshold);
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/fingerprints/fvc2002");
        if (!Files.isDirectory(root)) {
            System.err.println("FVC2002 folder not found: " + root.toAbsolutePath());
            System.exit(2);
        }
        Measurement m = measure(root);
        int t = (int) Math.round(m.threshold());
        System.out.printf(Locale.ROOT, "%d images, %d mated pairs, verify threshold %d%n%n", m.captures().size(), m.pairs().size(), t);
        System.out.println("| quality (lower of the pair) | ridge pattern: images | mated pairs | FNMR at " + t
                + " | minutiae (baseline): images | mated pairs | FNMR at " + t + " |");
        System.out.println("|---|---|---|---|---|---|---|");
        Outcome ridge = m.outcome(Score.RIDGE_PATTERN);
        Outcome baseline = m.outcome(Score.MINUTIAE_BASELINE);
        for (int b = 0; b < BIN_EDGES.length - 1; b++) {
            System.out.printf(Locale.ROOT, "| %d-%d | %d | %d | %s | %d | %d | %s |%n", BIN_EDGES[b], Math.min(100, BIN_EDGES[b + 1] - 1),
                    ridge.images()[b], ridge.mated()[b], rate(ridge.misses()[b], ridge.mated()[b]),
                    baseline.images()[b], baseline.mated()[b], rate(baseline.misses()[b], baseline.mated()[b]));
        }
        System.out.println();
        for (Score score : Score.values()) {
            Outcome o = m.outcome(score);
            Map<QualityReason, Integer> reasons = new EnumMap<>(QualityReason.class);
            m.captures().forEach(c -> reasons.merge(score.of.apply(c).reason(), 1, Integer::sum));
            System.out.printf(Locale.ROOT, "%s: FNMR falls steadily: %s; failing images (>= half their mated pairs below %d) "
                    + "sent back: %d of %d (%.0f %%); other images sent back: %d of %d (%.0f %%); reasons %s%n",
                    score, o.fallsSteadily(), t, o.failingFlagged(), o.failingImages(), 100.0 * o.failingFlagged() / o.failingImages(),
                    o.otherFlagged(), o.otherImages(), 100.0 * o.otherFlagged() / o.otherImages(), reasons);
        }
        if (args.length > 2)
            writePairs(m, Path.of(args[2]));
        if (args.length > 1) {
            try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
                csv.println("set,finger,impression,ridge_score,minutiae_score,minutiae,foreground_mm2,coherence,clarity,period_mm,period_spread,usable_mm2,mated,misses");
                for (Capture c : m.captures()) {
                    long mated = m.pairs().stream().filter(p -> p.a == c || p.b == c).count();
                    long misses = m.pairs().stream().filter(p -> (p.a == c || p.b == c) && p.miss(m.threshold())).count();
                    RidgePattern r = c.quality.ridges();
                    csv.printf(Locale.ROOT, "%s,%d,%d,%d,%d,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.1f,%d,%d%n", c.impression.set(),
                            c.impression.finger(), c.impression.impression(), c.quality.score(), c.minutiaeQuality.score(),
                            c.minutiaeQuality.minutiae(), r.foregroundMm2(), r.coherence(), r.clarity(), r.ridgePeriodMm(),
                            r.periodSpread(), r.usableMm2(), mated, misses);
                }
            }
        }
    }

    private static void writePairs(Measurement m, Path file) throws IOException {
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(file))) {
            csv.println("set,finger,a,b,score");
            for (MatedPair p : m.pairs())
                csv.printf(Locale.ROOT, "%s,%d,%d,%d,%.2f%n", p.a.impression.set(), p.a.impression.finger(),
                        p.a.impression.impression(), p.b.impression.impression(), p.score);
        }
    }

    static int bin(int score) {
        for (int b = 0; b < BIN_EDGES.length - 1; b++)
            if (score < BIN_EDGES[b + 1])
                return b;
        return BIN_EDGES.length - 2;
    }

    private static String rate(long errors, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d)", (double) errors / total, errors);
    }
}
