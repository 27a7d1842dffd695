package id.ektp.afis.verify;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.template.FingerTemplate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What pick-up verifies against: the fingers held on the card's chip (the right and left index), each
 * with every impression taken at enrolment (the capture and the re-capture). A live finger is compared
 * with each impression and keeps the best score, so one poor enrolment impression does not fail the
 * resident.
 */
public record PickupReference(Map<FingerPosition, List<FingerTemplate>> fingers) {

    public PickupReference {
        if (fingers.isEmpty() || fingers.values().stream().anyMatch(List::isEmpty)) {
            throw new AfisException(Reason.EMPTY_TEN_PRINT, "pick-up reference needs at least one finger with an impression");
        }
        Map<FingerPosition, List<FingerTemplate>> copy = new EnumMap<>(FingerPosition.class);
        fingers.forEach((position, impressions) -> copy.put(position, List.copyOf(impressions)));
        fingers = Collections.unmodifiableMap(copy);
    }

    /** The two chip fingers, each from its enrolment capture and re-capture. */
    public static PickupReference chipFingers(FingerTemplate rightIndex, FingerTemplate rightIndexAgain,
            FingerTemplate leftIndex, FingerTemplate leftIndexAgain) {
        return new PickupReference(Map.of(FingerPosition.RIGHT_INDEX, List.of(rightIndex, rightIndexAgain),
                FingerPosition.LEFT_INDEX, List.of(leftIndex, leftIndexAgain)));
    }
}
