package id.ektp.afis.verify;

/**
 * One attempt of a pick-up check.
 *
 * @param number       1 for the first attempt
 * @param score        the fused and per-finger scores
 * @param decision     this attempt's decision
 * @param attemptsLeft attempts still allowed after this one (0 once matched or exhausted)
 */
public record PickupAttempt(int number, PickupScore score, PickupDecision decision, int attemptsLeft) {

    /** The check is over: matched, or no attempt left. */
    public boolean finished() {
        return decision == PickupDecision.MATCH || attemptsLeft == 0;
    }
}
