package id.ektp.afis.gallery;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One enrolled person returned by identify: the fused score, the score of each finger compared (fingers
 * present in both probe and record), and the decision the thresholds give for that score.
 */
public record Candidate(UUID referenceId, double fusedScore, Map<FingerPosition, Double> fingerScores, Decision decision) {

    public Candidate {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(decision, "decision");
        fingerScores = fingerScores.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(fingerScores));
    }
}
