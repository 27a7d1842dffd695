package id.ektp.afis.verify;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.FusionRule;
import id.ektp.afis.template.FingerTemplate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 1:1 check at card pick-up: the resident's live index fingers against the fingers on the chip.
 * Stateless and thread-safe; a {@link PickupCheck} counts one resident's attempts.
 *
 * <pre>{@code
 * PickupCheck check = new PickupVerifier().begin(PickupReference.chipFingers(r1, r2, l1, l2));
 * PickupAttempt attempt = check.attempt(Map.of(RIGHT_INDEX, liveRight, LEFT_INDEX, liveLeft));
 * // attempt.decision() MATCH: hand over; NO_MATCH with attemptsLeft() > 0: capture again
 * }</pre>
 */
public final class PickupVerifier {

    private final PickupPolicy policy;

    public PickupVerifier() {
        this(PickupPolicy.DEFAULT);
    }

    public PickupVerifier(PickupPolicy policy) {
        this.policy = policy;
    }

    public PickupPolicy policy() {
        return policy;
    }

    /** Starts one resident's check, with the policy's number of attempts. */
    public PickupCheck begin(PickupReference reference) {
        return new PickupCheck(this, reference);
    }

    /**
     * Scores one live capture: each live finger that the reference holds against every impression of it
     * (best score kept), fused over the fingers compared. Fingers the reference lacks are ignored.
     *
     * @throws AfisException {@code EMPTY_TEN_PRINT} when the capture holds no finger
     */
    public PickupScore score(PickupReference reference, Map<FingerPosition, FingerTemplate> live) {
        if (live.isEmpty()) {
            throw new AfisException(Reason.EMPTY_TEN_PRINT, "live capture holds no finger");
        }
        Map<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
        live.forEach((position, template) -> {
            List<FingerTemplate> enrolled = reference.fingers().get(position);
            if (enrolled != null) {
                FingerprintMatcher matcher = new FingerprintMatcher(template.sourceAfis());
                double best = 0;
                for (FingerTemplate impression : enrolled) {
                    best = Math.max(best, matcher.match(impression.sourceAfis()));
                }
                scores.put(position, best);
            }
        });
        return new PickupScore(FusionRule.DEFAULT.fuse(scores), scores);
    }

    PickupDecision decide(PickupScore score) {
        return score.fused() >= policy.threshold() ? PickupDecision.MATCH : PickupDecision.NO_MATCH;
    }
}
