package id.ektp.afis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evaluation pipeline on one real FVC2002 set (DB3_B, the smallest images); skips without the data. */
class FvcEvaluationTest {
    private static Path fvc;

    @BeforeAll
    static void locateData() {
        fvc = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "fingerprints", "fvc2002");
        Assumptions.assumeTrue(Files.isDirectory(fvc), "FVC2002 data not found at " + fvc.toAbsolutePath());
    }

    @Test
    void readsEachSetsResolutionFromTheReadme() {
        List<FvcSet> sets = FvcSet.readAll(fvc);
        assertThat(sets).extracting(FvcSet::name).containsExactly("DB1_B", "DB2_B", "DB3_B", "DB4_B");
        assertThat(sets).extracting(FvcSet::dpi).containsExactly(500, 569, 500, 500);
        assertThat(sets).allSatisfy(s -> assertThat(s.impressions()).hasSize(80));
    }

    @Test
    void evaluatesOneSetWithAllGenuineAndCrossFingerPairs() {
        FvcSet db3 = FvcSet.readAll(fvc).stream().filter(s -> s.name().equals("DB3_B")).findFirst().orElseThrow();
        FvcComparisons comparisons = new FvcComparisons(new FvcTemplates(List.of(db3)));
        ErrorRates rates = comparisons.scores("DB3_B").errorRates();

        assertThat(rates.genuine().size()).isEqualTo(560);
        assertThat(rates.impostor().size()).isEqualTo(5760);
        // SourceAFIS separates the distributions clearly but not perfectly on this capacitive set.
        assertThat(rates.genuine().quantile(0.5)).isGreaterThan(3 * rates.impostor().quantile(0.99));
        assertThat(rates.eer()).isBetween(0.005, 0.15);
        OperatingPoint oneInThousand = rates.atFmr(1e-3);
        assertThat(oneInThousand.resolvable()).isTrue();
        assertThat(oneInThousand.fmr()).isLessThanOrEqualTo(1e-3);
        assertThat(rates.atFmr(1e-4).resolvable()).isFalse();

        ChimericFusion tenFingers = new ChimericFusion(rates, FusionMethod.SUM, 10);
        IdentificationPoint point = tenFingers.atFpir(100_000, 1e-3);
        assertThat(point.resolvable()).isTrue();
        assertThat(point.fpir()).isLessThanOrEqualTo(1e-3);
        assertThat(point.fnir()).isLessThan(rates.atFmr(1e-3).fnmr());
    }
}
