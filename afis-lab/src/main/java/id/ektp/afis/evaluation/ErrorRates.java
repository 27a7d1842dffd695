package id.ektp.afis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Verification error rates of a pair of genuine and impostor score distributions. A comparison is accepted
 * when its score is at or above the threshold.
 */
public final class ErrorRates {
    private final ScoreDistribution genuine;
    private final ScoreDistribution impostor;

    public ErrorRates(ScoreDistribution genuine, ScoreDistribution impostor) {
        this.genuine = genuine;
        this.impostor = impostor;
    }

    public ScoreDistribution genuine() {
        return genuine;
    }

    public ScoreDistribution impostor() {
        return impostor;
    }

    public double fmr(double threshold) {
        return impostor.fractionAtOrAbove(threshold);
    }

    public double fnmr(double threshold) {
        return genuine.fractionBelow(threshold);
    }

    /**
     * Equal error rate: at the candidate threshold (every observed score) where FMR and FNMR are closest,
     * their mean. Ties in the gap keep the lowest threshold.
     */
    public double eer() {
        double best = Double.MAX_VALUE;
        double eer = 1;
        for (double threshold : candidateThresholds()) {
            double fmr = fmr(threshold);
            double fnmr = fnmr(threshold);
            double gap = Math.abs(fmr - fnmr);
            if (gap < best) {
                best = gap;
                eer = (fmr + fnmr) / 2;
            }
        }
        return eer;
    }

    /**
     * The lowest threshold whose FMR does not exceed the target, and the FNMR there. With n impostor
     * scores, at most floor(target * n) of them may be accepted.
     */
    public OperatingPoint atFmr(double targetFmr) {
        int n = impostor.size();
        int allowed = (int) Math.floor(targetFmr * n + 1e-9);
        double threshold = allowed >= n ? Double.NEGATIVE_INFINITY : Math.nextUp(impostor.highest(allowed));
        return new OperatingPoint(targetFmr, threshold, fmr(threshold), fnmr(threshold), n, allowed >= 1);
    }

    /** DET curve points (FMR, FNMR), one per distinct observed score, ordered by rising threshold. */
    public List<double[]> detCurve() {
        List<double[]> points = new ArrayList<>();
        for (double threshold : candidateThresholds())
            points.add(new double[] { fmr(threshold), fnmr(threshold) });
        return points;
    }

    private TreeSet<Double> candidateThresholds() {
        TreeSet<Double> thresholds = new TreeSet<>();
        for (double s : genuine.scores())
            thresholds.add(s);
        for (double s : impostor.scores())
            thresholds.add(s);
        thresholds.add(Math.nextUp(Math.max(genuine.max(), impostor.max())));
        return thresholds;
    }
}
