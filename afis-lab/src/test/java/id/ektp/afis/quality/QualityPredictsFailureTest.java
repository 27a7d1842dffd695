package id.ektp.afis.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The capture quality against matching failure on all of FVC2002 B; skips without the data. */
class QualityPredictsFailureTest {
    private static QualityStudy.Measurement fvc2002;

    @BeforeAll
    static void measure() {
        Path fvc = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "fingerprints", "fvc2002");
        Assumptions.assumeTrue(Files.isDirectory(fvc), "FVC2002 data not found at " + fvc.toAbsolutePath()
                + " (set -Dektp.shared.data); skipping the quality study");
        fvc2002 = QualityStudy.measure(fvc);
    }

    @Test
    void falseNonMatchesFallFromTheLowestQualityBinToTheHighest() {
        QualityStudy.Outcome outcome = fvc2002.outcome(QualityStudy.Score.RIDGE_PATTERN);

        for (int bin = 0; bin < QualityStudy.BIN_EDGES.length - 1; bin++)
            assertThat(outcome.mated()[bin]).as("mated pairs in bin %d", bin).isGreaterThan(50);
        assertThat(outcome.fallsSteadily()).as("misses per bin %s of %s", java.util.Arrays.toString(outcome.misses()),
                java.util.Arrays.toString(outcome.mated())).isTrue();
    }

    @Test
    void sendsBackMoreOfTheFailingImagesAndFewerOfTheOthersThanTheMinutiaeScore() {
        QualityStudy.Outcome ridge = fvc2002.outcome(QualityStudy.Score.RIDGE_PATTERN);
        QualityStudy.Outcome baseline = fvc2002.outcome(QualityStudy.Score.MINUTIAE_BASELINE);

        assertThat(ridge.failingFlagged()).isGreaterThan(baseline.failingFlagged());
        assertThat(ridge.otherFlagged()).isLessThan(baseline.otherFlagged());
    }
}
