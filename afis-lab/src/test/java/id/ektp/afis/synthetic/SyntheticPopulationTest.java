package id.ektp.afis.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.fingerprintio.iso19794p2v2005.Iso19794p2v2005Template;
import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.DecisionThresholds;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.template.FingerTemplate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {
    private final SyntheticPopulation population = new SyntheticPopulation(7);

    @Test
    void sameSeedGivesTheSameTemplatesInAnyOrder() {
        byte[] later = population.isoRecord(5, FingerPosition.LEFT_RING, 2);
        population.isoRecord(3, FingerPosition.RIGHT_THUMB, 0);
        SyntheticPopulation again = new SyntheticPopulation(7);
        assertThat(again.isoRecord(5, FingerPosition.LEFT_RING, 2)).isEqualTo(later);
        assertThat(new SyntheticPopulation(8).isoRecord(5, FingerPosition.LEFT_RING, 2)).isNotEqualTo(later);
        assertThat(population.isoRecord(5, FingerPosition.LEFT_RING, 1)).isNotEqualTo(later);
    }

    @Test
    @SuppressWarnings("deprecation") // the strict parse of fingerprintio's (bytes, strict) constructor, as RecordCheck does
    void writesStandardIsoRecords() {
        for (FingerPosition position : FingerPosition.values()) {
            Impression impression = population.impression(11, position, 0);
            Iso19794p2v2005Template parsed = new Iso19794p2v2005Template(population.isoRecord(11, position, 0), true);
            assertThat(parsed.fingerprints).hasSize(1);
            assertThat(parsed.fingerprints.get(0).position.ordinal()).isEqualTo(position.isoCode());
            assertThat(parsed.fingerprints.get(0).minutiae).hasSize(impression.minutiae().size());
            assertThat(parsed.width).isEqualTo(impression.width());
            assertThat(impression.minutiae().size()).isBetween(8, 120);
        }
    }

    @Test
    void matedSingleFingersScoreAboveAndNonMatedBelowTheVerifyThreshold() {
        double threshold = DecisionThresholds.DEFAULT.verify();
        int fingers = 60;
        int matedAbove = 0;
        int nonMatedAbove = 0;
        for (int i = 0; i < fingers; i++) {
            FingerPosition position = FingerPosition.values()[i % 10];
            FingerTemplate enrolled = population.template(i, position, 0);
            FingerprintMatcher probe = new FingerprintMatcher(population.template(i, position, 1).sourceAfis());
            if (probe.match(enrolled.sourceAfis()) >= threshold)
                matedAbove++;
            if (probe.match(population.template(i + 1000, position, 0).sourceAfis()) >= threshold)
                nonMatedAbove++;
        }
        // Like real single fingers (FVC2002: about 80 % of genuine pairs above 40), not all mates pass alone.
        assertThat(matedAbove).isGreaterThanOrEqualTo(fingers * 6 / 10);
        assertThat(nonMatedAbove).isZero();
    }

    @Test
    void tenPrintMatesAreFoundAndStrangersAreNot() {
        try (BruteForceGallery gallery = new BruteForceGallery()) {
            UUID[] ids = new UUID[12];
            for (int p = 0; p < ids.length; p++) {
                ids[p] = new UUID(0, p);
                gallery.insert(ids[p], population.enrolmentTenPrint(p));
            }
            for (int p = 0; p < 4; p++) {
                Identification mated = gallery.identify(population.tenPrint(p, 1), 3);
                assertThat(mated.candidates().get(0).referenceId()).isEqualTo(ids[p]);
                assertThat(mated.decision()).isEqualTo(Decision.DUPLICATE);
                Identification stranger = gallery.identify(population.tenPrint(5000 + p, 1), 3);
                assertThat(stranger.decision()).isEqualTo(Decision.NO_MATCH);
            }
        }
    }
}
