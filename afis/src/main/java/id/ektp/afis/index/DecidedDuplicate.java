package id.ektp.afis.index;

import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.DecisionThresholds;
import java.util.List;

/**
 * The second stage's early stop ({@link FastGallery.Plan#DECIDED_STOP}): once the head of the
 * list holds a candidate at or above the duplicate threshold, the search's decision is made. A search's
 * decision is its best candidate's; any person compared later could only replace that best candidate
 * with a higher score, which is again {@link Decision#DUPLICATE}. An adjudicate-level candidate decides
 * nothing: a duplicate may still rank below it in the codes.
 */
final class DecidedDuplicate {

    private DecidedDuplicate() {
    }

    /** Whether the candidates compared so far already make the search's decision {@code DUPLICATE}. */
    static boolean decided(List<Candidate> compared, DecisionThresholds thresholds) {
        for (Candidate candidate : compared) {
            if (thresholds.decide(candidate.fusedScore()) == Decision.DUPLICATE) {
                return true;
            }
        }
        return false;
    }
}
