package id.ektp.afis.gallery;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** How a gallery turns finger scores into decisions: the fusion rule and its thresholds. */
public record MatchPolicy(FusionRule fusion, DecisionThresholds thresholds) {

    public static final MatchPolicy DEFAULT = new MatchPolicy(FusionRule.DEFAULT, DecisionThresholds.DEFAULT);

    public MatchPolicy {
        Objects.requireNonNull(fusion, "fusion");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Fuses one person's finger scores and decides: every gallery ranks candidates the same way. */
    public Candidate candidate(UUID referenceId, Map<FingerPosition, Double> scores) {
        double fused = fusion.fuse(scores);
        return new Candidate(referenceId, fused, scores, thresholds.decide(fused));
    }
}
