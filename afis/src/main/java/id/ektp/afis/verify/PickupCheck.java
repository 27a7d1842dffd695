package id.ektp.afis.verify;

import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.template.FingerTemplate;
import java.util.Map;
import java.util.Optional;

/** One resident's pick-up check: up to the policy's number of attempts, over once matched. Thread-safe. */
public final class PickupCheck {

    private final PickupVerifier verifier;
    private final PickupReference reference;
    private int attempts;
    private PickupDecision outcome;

    PickupCheck(PickupVerifier verifier, PickupReference reference) {
        this.verifier = verifier;
        this.reference = reference;
    }

    /**
     * Scores and decides one live capture.
     *
     * @throws IllegalStateException when the check is already over (matched, or every attempt used)
     */
    public synchronized PickupAttempt attempt(Map<FingerPosition, FingerTemplate> live) {
        if (outcome != null) {
            throw new IllegalStateException("pick-up check is over: " + outcome + " after " + attempts + " attempts");
        }
        PickupScore score = verifier.score(reference, live);
        attempts++;
        PickupDecision decision = verifier.decide(score);
        int left = decision == PickupDecision.MATCH ? 0 : verifier.policy().maxAttempts() - attempts;
        if (decision == PickupDecision.MATCH || left == 0) {
            outcome = decision;
        }
        return new PickupAttempt(attempts, score, decision, left);
    }

    /** MATCH or NO_MATCH once the check is over; empty while attempts are left. */
    public synchronized Optional<PickupDecision> outcome() {
        return Optional.ofNullable(outcome);
    }
}
