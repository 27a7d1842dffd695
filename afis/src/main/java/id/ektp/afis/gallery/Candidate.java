package id.ektp.afis.gallery;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One enrolled person returned by identify: the fused score, the score of each finger compared (fingers
 * present in both probe and record), and the decision the thresholds give for that score.
 */
public record Candidate(UUID referenceId, double fusedScore, Map<FingerPosition, Double> fingerScores, Decision decision) {

    /** Highest fused score first; ties broken by reference ID so that every gallery ranks identically. */
    public static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble(Candidate::fusedScore).reversed().thenComparing(Candidate::referenceId);

    public Candidate {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(decision, "decision");
        fingerScores = fingerScores.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(fingerScores));
    }
}
