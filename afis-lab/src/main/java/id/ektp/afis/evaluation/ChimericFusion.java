package id.ektp.afis.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Ten-finger fusion on chimeric persons built at the score level. The FVC2002 B sets hold only 40 distinct
 * fingers, too few to build persons from images, so a chimeric person's ten finger comparisons are modelled
 * as ten independent draws from the pooled finger-level distributions: genuine for a mated comparison,
 * impostor for a non-mated one. The fused distributions are then computed exactly under that independence
 * assumption (convolution for the sum, power of the CDF for the maximum). Independence is optimistic:
 * fingers of one person share skin condition and capture habits, so real fused genuine scores are more
 * spread out than these.
 */
public final class ChimericFusion {
    /** Bin width of the score grid; small against the thresholds (tens of points), large enough to be fast. */
    static final double BIN_WIDTH = 0.5;

    private final FusionMethod method;
    private final int fingers;
    /**
     * A fused false-match rate is only trusted where it rests on at least this many measured impostor scores
     * per finger: below (10 / n)^k for the sum, the tail is made of the very few highest scores multiplied
     * together and says more about those few comparisons than about the distribution.
     */
    static final int SCORES_PER_FINGER = 10;

    private final DiscreteDistribution genuine;
    private final DiscreteDistribution impostor;
    private final double minimumResolvableFmr;

    /** Independent draws from the pooled genuine and impostor finger scores. */
    public ChimericFusion(ErrorRates fingerLevel, FusionMethod method, int fingers) {
        this(List.of(fingerLevel.genuine()), fingerLevel.impostor(), method, fingers);
    }

    /**
     * Genuine fingers of one chimeric person drawn from one stratum (for example one sensor), picked with
     * equal probability: a person captured on a poor sensor has ten poor fingers, which is closer to how
     * capture quality is shared by the fingers of a real person than fully independent draws are.
     */
    public ChimericFusion(List<ScoreDistribution> genuineStrata, ScoreDistribution impostorScores, FusionMethod method,
            int fingers) {
        this.method = method;
        this.fingers = fingers;
        List<DiscreteDistribution> strata = new ArrayList<>();
        for (ScoreDistribution stratum : genuineStrata)
            strata.add(combine(DiscreteDistribution.of(stratum, BIN_WIDTH, false)));
        genuine = DiscreteDistribution.mixture(strata);
        impostor = combine(DiscreteDistribution.of(impostorScores, BIN_WIDTH, true));
        double perFinger = Math.min(1.0, (double) SCORES_PER_FINGER / impostorScores.size());
        minimumResolvableFmr = method == FusionMethod.SUM ? Math.pow(perFinger, fingers)
                : -Math.expm1(fingers * Math.log1p(-Math.min(perFinger, 1 - 1e-12)));
    }

    /** The smallest per-person false-match rate this model can state (see {@link #SCORES_PER_FINGER}). */
    public double minimumResolvableFmr() {
        return minimumResolvableFmr;
    }

    private DiscreteDistribution combine(DiscreteDistribution finger) {
        return method == FusionMethod.SUM ? finger.sumOf(fingers) : finger.maxOf(fingers);
    }

    /** The largest fused impostor score the model can produce; thresholds above it are not resolvable. */
    public double impostorSupportMax() {
        return (impostor.bins() - 1) * BIN_WIDTH;
    }

    public FusionMethod method() {
        return method;
    }

    public int fingers() {
        return fingers;
    }

    /** P(fused impostor score >= threshold): the per-person false-match rate. */
    public double fmr(double threshold) {
        return impostor.survivalFromBin(bin(threshold));
    }

    /** P(fused genuine score < threshold): the mated false-non-match rate. */
    public double fnmr(double threshold) {
        return 1.0 - genuine.survivalFromBin(bin(threshold));
    }

    /**
     * The lowest threshold at which a non-mated search of a gallery of {@code persons} returns a false
     * candidate with probability at most {@code targetFpir}, and the FNIR of a mated search there (mate
     * below the threshold; a mate ranked below a false candidate above it still counts as found).
     */
    public IdentificationPoint atFpir(long persons, double targetFpir) {
        double fmrPerPerson = -Math.expm1(Math.log1p(-targetFpir) / persons);
        int bins = Math.max(genuine.bins(), impostor.bins()) + 1;
        int k = 0;
        while (k < bins && impostor.survivalFromBin(k) > fmrPerPerson)
            k++;
        double threshold = k * BIN_WIDTH;
        double fmr = fmr(threshold);
        double fpir = -Math.expm1(persons * Math.log1p(-fmr));
        return new IdentificationPoint(persons, targetFpir, threshold, fmr, fpir, fnmr(threshold),
                threshold <= impostorSupportMax() && fmrPerPerson >= minimumResolvableFmr);
    }

    /** Fused DET points (FMR, FNMR) over the score grid, every {@code step} bins. */
    public List<double[]> detCurve(int step) {
        List<double[]> points = new ArrayList<>();
        int bins = Math.max(genuine.bins(), impostor.bins());
        for (int k = 0; k <= bins; k += step)
            points.add(new double[] { impostor.survivalFromBin(k), 1.0 - genuine.survivalFromBin(k) });
        return points;
    }

    /** Fused histograms as rows (bin lower edge, genuine mass, impostor mass), merged {@code merge} bins at a time. */
    public List<double[]> histogram(int merge) {
        List<double[]> rows = new ArrayList<>();
        int bins = Math.max(genuine.bins(), impostor.bins());
        for (int k = 0; k < bins; k += merge) {
            double g = 0;
            double i = 0;
            for (int m = k; m < Math.min(bins, k + merge); m++) {
                g += m < genuine.bins() ? genuine.mass[m] : 0;
                i += m < impostor.bins() ? impostor.mass[m] : 0;
            }
            rows.add(new double[] { k * BIN_WIDTH, g, i });
        }
        return rows;
    }

    private static int bin(double threshold) {
        return (int) Math.ceil(threshold / BIN_WIDTH - 1e-9);
    }
}
