package id.ektp.afis.gallery;

import static id.ektp.afis.gallery.FingerPosition.LEFT_INDEX;
import static id.ektp.afis.gallery.FingerPosition.LEFT_THUMB;
import static id.ektp.afis.gallery.FingerPosition.RIGHT_INDEX;
import static id.ektp.afis.gallery.FingerPosition.RIGHT_THUMB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusionRuleTest {

    private final FusionRule fisher = FusionRule.DEFAULT;

    @Test
    void fisherKeepsASingleFingerScore() {
        assertThat(fisher.fuse(Map.of(RIGHT_THUMB, 37.5))).isCloseTo(37.5, within(1e-9));
    }

    @Test
    void fisherOfNothingOrOfZerosIsZero() {
        assertThat(fisher.fuse(Map.of())).isZero();
        assertThat(fisher.fuse(Map.of(RIGHT_THUMB, 0.0, RIGHT_INDEX, 0.0))).isZero();
    }

    @Test
    void fisherMatchesTheChiSquareTailForTwoFingers() {
        // Two fingers at 20 (p = 0.01 each): t = 2 ln 100, tail = e^-t (1 + t) = 1e-4 (1 + 9.2103).
        double expected = -10 * Math.log10(1e-4 * (1 + 2 * Math.log(100)));

        assertThat(fisher.fuse(Map.of(RIGHT_THUMB, 20.0, RIGHT_INDEX, 20.0))).isCloseTo(expected, within(1e-9));
    }

    @Test
    void fisherRewardsAgreeingFingersButLessThanTheSum() {
        double two = fisher.fuse(Map.of(RIGHT_THUMB, 40.0, RIGHT_INDEX, 40.0));

        assertThat(two).isGreaterThan(40).isLessThan(80);
    }

    @Test
    void fisherDoesNotLetManyWeakImpostorFingersAddUp() {
        EnumMap<FingerPosition, Double> weak = new EnumMap<>(FingerPosition.class);
        for (FingerPosition p : FingerPosition.values()) {
            weak.put(p, 8.0);
        }

        assertThat(FusionRule.SUM.fuse(weak)).isEqualTo(80.0);
        assertThat(fisher.fuse(weak)).isLessThan(40);
    }

    @Test
    void fisherStaysFiniteForStrongGenuineScores() {
        EnumMap<FingerPosition, Double> strong = new EnumMap<>(FingerPosition.class);
        for (FingerPosition p : FingerPosition.values()) {
            strong.put(p, 400.0);
        }

        assertThat(fisher.fuse(strong)).isFinite().isGreaterThan(3000);
    }

    @Test
    void fisherGrowsWithEachFingerScore() {
        double low = fisher.fuse(Map.of(RIGHT_THUMB, 30.0, LEFT_THUMB, 10.0, LEFT_INDEX, 5.0));
        double high = fisher.fuse(Map.of(RIGHT_THUMB, 30.0, LEFT_THUMB, 12.0, LEFT_INDEX, 5.0));

        assertThat(high).isGreaterThan(low);
    }

    @Test
    void sumAndMaxAreAvailableByName() {
        Map<FingerPosition, Double> scores = Map.of(RIGHT_THUMB, 30.0, RIGHT_INDEX, 12.0);

        assertThat(FusionRule.named("sum").fuse(scores)).isEqualTo(42.0);
        assertThat(FusionRule.named("max").fuse(scores)).isEqualTo(30.0);
        assertThat(FusionRule.named("fisher")).isSameAs(FusionRule.DEFAULT);
        assertThatThrownBy(() -> FusionRule.named("mean")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholdsDecideAtTheirBoundaries() {
        DecisionThresholds t = new DecisionThresholds(100, 70, 40);

        assertThat(t.decide(100)).isEqualTo(Decision.DUPLICATE);
        assertThat(t.decide(99.9)).isEqualTo(Decision.ADJUDICATE);
        assertThat(t.decide(70)).isEqualTo(Decision.ADJUDICATE);
        assertThat(t.decide(69.9)).isEqualTo(Decision.NO_MATCH);
        assertThat(t.verifies(40)).isTrue();
        assertThat(t.verifies(39.9)).isFalse();
        assertThatThrownBy(() -> new DecisionThresholds(50, 60, 40)).isInstanceOf(IllegalArgumentException.class);
    }
}
