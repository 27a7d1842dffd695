package id.ektp.afis.verify;

/**
 * How pick-up decides: the fused score a live capture must reach, and how many captures a resident
 * may give before the check fails.
 *
 * @param threshold   on the Fisher scale ({@code FusionRule.DEFAULT}), for the whole check's false-match rate
 * @param maxAttempts live captures allowed, at least 1
 */
public record PickupPolicy(double threshold, int maxAttempts) {

    /**
     * Two chip fingers, each enrolled from two impressions, up to three attempts: the threshold keeps the
     * check's false-match rate at 1e-4 (the e-KTP reader's FAR 0.01 %) with 1e-4 / 3 per attempt, derived
     * on FVC2002 by {@code PickupStudy} in afis-lab (module README, "Pick-up 1:1").
     */
    public static final PickupPolicy DEFAULT = new PickupPolicy(40, 3);

    public PickupPolicy {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is not a number");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, was " + maxAttempts);
        }
    }
}
