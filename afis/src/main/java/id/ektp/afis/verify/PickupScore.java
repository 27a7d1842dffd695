package id.ektp.afis.verify;

import id.ektp.afis.gallery.FingerPosition;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One live capture scored against a pick-up reference.
 *
 * @param fused        Fisher fusion of the finger scores (0 when no finger is in common)
 * @param fingerScores each finger compared, the best over its enrolled impressions
 */
public record PickupScore(double fused, Map<FingerPosition, Double> fingerScores) {

    public PickupScore {
        fingerScores = fingerScores.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fingerScores));
    }
}
