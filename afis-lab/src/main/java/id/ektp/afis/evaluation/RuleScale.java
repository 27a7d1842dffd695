package id.ektp.afis.evaluation;

import id.ektp.afis.gallery.FingerPosition;
import java.util.EnumMap;
import java.util.Map;

/**
 * Moves a threshold from the evaluation's fused scale (sum or maximum of the finger scores) to the scale of
 * one of the gallery's fusion rules. Fisher's fused score for a fixed number of fingers depends only on the
 * sum of the finger scores and rises with it, so a threshold on the sum maps to exactly one Fisher score;
 * the mapping feeds the rule ten equal finger scores with that sum.
 */
public final class RuleScale {
    private RuleScale() {
    }

    public static double onRuleScale(id.ektp.afis.gallery.FusionRule rule, FusionMethod evaluated, double threshold,
            int fingers) {
        Map<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
        FingerPosition[] positions = FingerPosition.values();
        for (int i = 0; i < fingers; i++)
            scores.put(positions[i], evaluated == FusionMethod.SUM ? threshold / fingers : (i == 0 ? threshold : 0.0));
        return rule.fuse(scores);
    }

    /** Whether the rule ranks ten-finger comparisons by the same statistic as the evaluated method. */
    public static boolean sameOrdering(String ruleName, FusionMethod evaluated) {
        return switch (ruleName) {
            case "fisher", "sum" -> evaluated == FusionMethod.SUM;
            case "max" -> evaluated == FusionMethod.MAX;
            default -> false;
        };
    }
}
