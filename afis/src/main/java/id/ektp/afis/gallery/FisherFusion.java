package id.ektp.afis.gallery;

import java.util.Map;

/**
 * Fisher's method on SourceAFIS's calibrated scores, returned on the same scale.
 *
 * <p>SourceAFIS shapes its score so that a score s is reached by an impostor comparison with a
 * probability of about 10^(-s/10) (40 is FMR 0.01 %, 30 is 0.1 %, 20 is 1 %): the score is a p-value
 * on a decibel scale. Treating the k fingers of an impostor pair as independent, Fisher's statistic
 * X = -2 sum ln p_i follows a chi-square law with 2k degrees of freedom, whose tail for even degrees is
 * P(X >= x) = e^(-x/2) sum_{j<k} (x/2)^j / j!. The fused score is that tail probability turned back
 * into decibels, -10 log10 P.
 *
 * <p>Why this and not a plain sum: a person with two fingers (amputation) and one with ten are judged
 * on the same scale, so one pair of thresholds serves both; and a single strong finger is not diluted
 * by poor ones. For one finger it returns that finger's score unchanged.
 */
public final class FisherFusion implements FusionRule {

    private static final double LN10_OVER_10 = Math.log(10) / 10;

    @Override
    public double fuse(Map<FingerPosition, Double> fingerScores) {
        int k = fingerScores.size();
        if (k == 0) {
            return 0;
        }
        // t = x/2 = sum over fingers of ln(1/p_i); a score of 0 (p = 1) contributes nothing.
        double t = 0;
        for (double score : fingerScores.values()) {
            t += Math.max(0, score) * LN10_OVER_10;
        }
        if (t == 0) {
            return 0;
        }
        // ln sum_{j<k} t^j/j!, by log-sum-exp so that large t (strong genuine matches) does not overflow.
        double[] logTerms = new double[k];
        double logTerm = 0;
        double max = 0;
        for (int j = 0; j < k; j++) {
            if (j > 0) {
                logTerm += Math.log(t) - Math.log(j);
            }
            logTerms[j] = logTerm;
            max = Math.max(max, logTerm);
        }
        double sum = 0;
        for (double lt : logTerms) {
            sum += Math.exp(lt - max);
        }
        double logTail = -t + max + Math.log(sum);
        return Math.max(0, -logTail / LN10_OVER_10);
    }

    @Override
    public String name() {
        return "fisher";
    }

    @Override
    public String toString() {
        return name();
    }
}
