package id.ektp.afis.gallery;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The result of a 1:1 check of a probe against one enrolled person (capture verification at the
 * service point, pick-up verification). {@code match} compares the fused score with the verify
 * threshold, which is set for a false-match rate per attempt, not per gallery search.
 */
public record Verification(UUID referenceId, double fusedScore, Map<FingerPosition, Double> fingerScores, boolean match) {

    public Verification {
        fingerScores = fingerScores.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(fingerScores));
    }
}
