package id.ektp.afis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ErrorRatesTest {
    /** Impostors score 1..100; genuine 50.5, 60.5, ..., 140.5. */
    private final ErrorRates rates = new ErrorRates(
            new ScoreDistribution(IntStream.range(0, 10).mapToDouble(i -> 50.5 + 10 * i).toArray()),
            new ScoreDistribution(IntStream.rangeClosed(1, 100).asDoubleStream().toArray()));

    @Test
    void fnmrAtFmrReadsTheLowestThresholdThatKeepsTheFalseMatchBudget() {
        OperatingPoint onePercent = rates.atFmr(0.01);
        assertThat(onePercent.fmr()).isEqualTo(0.01); // only the impostor at 100 passes
        assertThat(onePercent.fnmr()).isEqualTo(0.5); // 50.5 .. 90.5 fall below 99+
        assertThat(onePercent.threshold()).isGreaterThan(99).isLessThan(99.001);
        assertThat(onePercent.resolvable()).isTrue();

        OperatingPoint tenPercent = rates.atFmr(0.1);
        assertThat(tenPercent.fmr()).isEqualTo(0.1);
        assertThat(tenPercent.fnmr()).isEqualTo(0.4);
    }

    @Test
    void aTargetBelowOneImpostorComparisonIsNotResolvable() {
        OperatingPoint point = rates.atFmr(1e-3);
        assertThat(point.resolvable()).isFalse();
        assertThat(point.impostorComparisons()).isEqualTo(100);
        assertThat(point.fmr()).isZero();
        assertThat(point.fnmr()).isEqualTo(0.5);
    }

    @Test
    void equalErrorRateIsWhereFalseMatchesAndFalseNonMatchesMeet() {
        // At threshold 71: impostors 71..100 pass (30 %), genuine 50.5, 60.5, 70.5 fail (30 %).
        assertThat(rates.eer()).isCloseTo(0.30, within(1e-12));
    }

    @Test
    void ksDistanceIsTheLargestGapBetweenTheCumulativeDistributions() {
        ScoreDistribution a = new ScoreDistribution(new double[] { 1, 2, 3, 4 });
        assertThat(a.ksDistance(new ScoreDistribution(new double[] { 4, 3, 2, 1 }))).isZero();
        assertThat(a.ksDistance(new ScoreDistribution(new double[] { 10, 11 }))).isEqualTo(1.0);
        assertThat(a.ksDistance(new ScoreDistribution(new double[] { 3, 4, 5, 6 }))).isEqualTo(0.5);
    }

    @Test
    void chimericFusionCombinesFingersExactly() {
        // Each finger scores 0 or 10 with equal odds, genuine always 50.
        ErrorRates finger = new ErrorRates(new ScoreDistribution(new double[] { 50, 50 }),
                new ScoreDistribution(new double[] { 0, 10 }));
        ChimericFusion sum = new ChimericFusion(finger, FusionMethod.SUM, 2);
        assertThat(sum.fmr(20)).isCloseTo(0.25, within(1e-12));
        assertThat(sum.fmr(10)).isCloseTo(0.75, within(1e-12));
        assertThat(sum.fmr(20.5)).isZero();
        assertThat(sum.fnmr(100)).isZero();
        assertThat(sum.fnmr(100.5)).isEqualTo(1.0);
        ChimericFusion max = new ChimericFusion(finger, FusionMethod.MAX, 2);
        assertThat(max.fmr(10)).isCloseTo(0.75, within(1e-12));

        // A gallery of 4 persons, FPIR 0.7 allows FMR 1 - 0.3^(1/4) = 0.26 per person: the lowest grid
        // threshold with FMR <= 0.26 is just above 10 (only sums of 20 pass, 25 %), FPIR = 1 - 0.75^4.
        IdentificationPoint point = sum.atFpir(4, 0.7);
        assertThat(point.threshold()).isEqualTo(10 + ChimericFusion.BIN_WIDTH);
        assertThat(point.fpir()).isCloseTo(1 - Math.pow(0.75, 4), within(1e-12));
        assertThat(point.fnir()).isZero();
        // Two impostor scores per finger are far too few to state any fused rate.
        assertThat(point.resolvable()).isFalse();
    }
}
