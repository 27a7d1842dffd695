package id.ektp.afis.evaluation;

import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.FusionRule;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Derives the gallery's decision thresholds from measured distributions: adjudicate and duplicate from the
 * fused ten-finger impostor distribution for target false-positive identification rates at a stated
 * gallery size, verify from the single-finger impostor distribution for a target false-match rate.
 * Thresholds are rounded up to whole points, so the achieved rates are at or below the targets.
 */
public final class ThresholdDerivation {
    /** Fewest fingers a 1:N threshold is made safe for. */
    static final int MIN_FINGERS = 2;

    private final ChimericFusion tenFinger;
    private final ErrorRates fingerLevel;
    private final FusionRule rule;

    public ThresholdDerivation(ChimericFusion tenFingerSum, ErrorRates fingerLevel, FusionRule rule) {
        if (tenFingerSum.method() != FusionMethod.SUM || !RuleScale.sameOrdering(rule.name(), FusionMethod.SUM))
            throw new IllegalArgumentException("thresholds are derived for sum-ordered rules (fisher, sum), not " + rule.name());
        this.tenFinger = tenFingerSum;
        this.fingerLevel = fingerLevel;
        this.rule = rule;
    }

    /**
     * A 1:N threshold on the rule's scale and what it achieves on the ten-finger model. Fisher's scale
     * assumes finger scores are calibrated p-values; SourceAFIS impostor scores are not (most are near 0), so
     * the same fused score means a different false-match rate for 2 fingers than for 10. The threshold is
     * therefore the highest of those needed for 2 to 10 fingers compared, so that a probe with missing
     * fingers does not flood the examiners. A finger count whose target lies above every impostor sum the
     * measured distribution can produce (always so for one finger, and for two at the duplicate target)
     * constrains nothing the data can show and is listed as not resolvable instead.
     */
    public Map<String, Object> identification(long persons, double targetFpir) {
        double onRule = 0;
        int limitingFingers = tenFinger.fingers();
        java.util.List<Integer> notResolvable = new java.util.ArrayList<>();
        for (int k = MIN_FINGERS; k <= tenFinger.fingers(); k++) {
            ChimericFusion model = k == tenFinger.fingers() ? tenFinger : new ChimericFusion(fingerLevel, FusionMethod.SUM, k);
            IdentificationPoint point = model.atFpir(persons, targetFpir);
            if (!point.resolvable()) {
                // Above every k-finger impostor sum the data can produce: no constraint the data can state.
                notResolvable.add(k);
                continue;
            }
            double needed = Math.ceil(RuleScale.onRuleScale(rule, FusionMethod.SUM, point.threshold(), k));
            if (needed > onRule) {
                onRule = needed;
                limitingFingers = k;
            }
        }
        boolean resolvable = !notResolvable.contains(tenFinger.fingers());
        double sum = sumFor(onRule, tenFinger.fingers());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("galleryPersons", persons);
        result.put("targetFpir", targetFpir);
        result.put("threshold", onRule);
        result.put("sumOfFingerScores", sum);
        result.put("fmrPerPerson", tenFinger.fmr(sum));
        result.put("fpir", -Math.expm1(persons * Math.log1p(-tenFinger.fmr(sum))));
        result.put("fnir", tenFinger.fnmr(sum));
        result.put("limitedByFingersCompared", limitingFingers);
        result.put("fingersCountsNotResolvable", notResolvable);
        result.put("resolvable", resolvable);
        return result;
    }

    /** The single-finger threshold for a 1:1 verify at the target FMR, with the impostor count behind it. */
    public Map<String, Object> verification(double targetFmr) {
        OperatingPoint point = fingerLevel.atFmr(targetFmr);
        double threshold = Math.ceil(point.threshold());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("targetFmr", targetFmr);
        result.put("threshold", threshold);
        result.put("fmr", fingerLevel.fmr(threshold));
        result.put("fnmr", fingerLevel.fnmr(threshold));
        result.put("impostorComparisons", point.impostorComparisons());
        result.put("resolvable", point.resolvable());
        return result;
    }

    /**
     * The measured per-person false-match rate of a rule threshold when only {@code fingers} fingers are
     * compared (amputation, a two-finger pick-up check): Fisher's scale is meant to make these equal, the
     * measurement shows how far real scores are from that calibration.
     */
    public double fmrWithFingers(double ruleThreshold, int fingers) {
        ChimericFusion fewer = new ChimericFusion(fingerLevel, FusionMethod.SUM, fingers);
        return fewer.fmr(sumFor(ruleThreshold, fingers));
    }

    /** The sum of finger scores at which the rule reaches the given fused score (bisection; the rule rises with the sum). */
    double sumFor(double ruleScore, int fingers) {
        double low = 0;
        double high = 20_000;
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (fuseEqual(mid, fingers) < ruleScore)
                low = mid;
            else
                high = mid;
        }
        return high;
    }

    private double fuseEqual(double sum, int fingers) {
        Map<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
        for (int i = 0; i < fingers; i++)
            scores.put(FingerPosition.values()[i], sum / fingers);
        return rule.fuse(scores);
    }
}
