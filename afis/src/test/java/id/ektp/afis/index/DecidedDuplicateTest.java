package id.ektp.afis.index;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.DecisionThresholds;
import id.ektp.afis.gallery.FingerPosition;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecidedDuplicateTest {

    private static final DecisionThresholds THRESHOLDS = new DecisionThresholds(75, 61, 36);

    @Test
    void aCandidateAtTheDuplicateThresholdDecidesTheSearch() {
        assertThat(DecidedDuplicate.decided(List.of(candidate(12), candidate(75)), THRESHOLDS)).isTrue();
        assertThat(DecidedDuplicate.decided(List.of(candidate(480)), THRESHOLDS)).isTrue();
    }

    @Test
    void anAdjudicateCandidateOrNoHitDecidesNothing() {
        // a duplicate may still rank below an adjudicate-level candidate in the codes
        assertThat(DecidedDuplicate.decided(List.of(candidate(74.99), candidate(61)), THRESHOLDS)).isFalse();
        assertThat(DecidedDuplicate.decided(List.of(candidate(3), candidate(0)), THRESHOLDS)).isFalse();
        assertThat(DecidedDuplicate.decided(List.of(), THRESHOLDS)).isFalse();
    }

    @Test
    void theThresholdIsThePolicys() {
        DecisionThresholds strict = new DecisionThresholds(200, 61, 36);
        assertThat(DecidedDuplicate.decided(List.of(candidate(150)), strict)).isFalse();
        assertThat(DecidedDuplicate.decided(List.of(candidate(200)), strict)).isTrue();
    }

    private static Candidate candidate(double fused) {
        return new Candidate(UUID.randomUUID(), fused, Map.of(FingerPosition.RIGHT_INDEX, fused), THRESHOLDS.decide(fused));
    }
}
