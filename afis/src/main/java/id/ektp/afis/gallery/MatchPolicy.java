package id.ektp.afis.gallery;

import java.util.Objects;

/** How a gallery turns finger scores into decisions: the fusion rule and its thresholds. */
public record MatchPolicy(FusionRule fusion, DecisionThresholds thresholds) {

    public static final MatchPolicy DEFAULT = new MatchPolicy(FusionRule.DEFAULT, DecisionThresholds.DEFAULT);

    public MatchPolicy {
        Objects.requireNonNull(fusion, "fusion");
        Objects.requireNonNull(thresholds, "thresholds");
    }
}
