package id.ektp.afis.gallery;

import java.util.Map;

/**
 * Combines the scores of the fingers compared (those present in both probe and record) into one score
 * for the person. The thresholds in {@link DecisionThresholds} are on the scale of the rule in use.
 */
public interface FusionRule {

    /** Default: {@link FisherFusion}, a score on the single-finger scale whatever the number of fingers compared. */
    FusionRule DEFAULT = new FisherFusion();

    /**
     * @param fingerScores SourceAFIS score of each finger compared; may be empty (no finger in common),
     *                     in which case the result must be 0
     */
    double fuse(Map<FingerPosition, Double> fingerScores);

    /** A short name for reports and configuration. */
    String name();

    /** Sum of the finger scores. Simple and strong, but its scale grows with the number of fingers compared. */
    FusionRule SUM = new FusionRule() {
        @Override
        public double fuse(Map<FingerPosition, Double> fingerScores) {
            double sum = 0;
            for (double s : fingerScores.values()) {
                sum += s;
            }
            return sum;
        }

        @Override
        public String name() {
            return "sum";
        }
    };

    /** Best single finger. Weak against impostors with many fingers (max of ten tries), kept for comparison. */
    FusionRule MAX = new FusionRule() {
        @Override
        public double fuse(Map<FingerPosition, Double> fingerScores) {
            double max = 0;
            for (double s : fingerScores.values()) {
                max = Math.max(max, s);
            }
            return max;
        }

        @Override
        public String name() {
            return "max";
        }
    };

    /** Parses a name given by {@link #name()}. */
    static FusionRule named(String name) {
        return switch (name) {
            case "fisher" -> DEFAULT;
            case "sum" -> SUM;
            case "max" -> MAX;
            default -> throw new IllegalArgumentException("unknown fusion rule '" + name + "' (fisher, sum, max)");
        };
    }
}
