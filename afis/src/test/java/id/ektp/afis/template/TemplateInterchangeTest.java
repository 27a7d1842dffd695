package id.ektp.afis.template;

import static id.ektp.afis.AfisAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.gallery.DecisionThresholds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateInterchangeTest {

    private static final double THRESHOLD = DecisionThresholds.DEFAULT.verify();
    private final TemplateInterchange interchange = new TemplateInterchange();

    @ParameterizedTest
    @EnumSource(TemplateFormat.class)
    void exportedTemplatesComeBackInTheirFormatAndStillMatch(TemplateFormat format) {
        FingerTemplate ours = Fvc2002.template(Set.DB1_B, 105, 1);

        byte[] record = interchange.export(ours, format);
        FingerTemplate imported = interchange.importTemplate(record);

        assertThat(interchange.identify(record)).isEqualTo(format);
        FingerprintMatcher probe = new FingerprintMatcher(imported.sourceAfis());
        assertThat(probe.match(ours.sourceAfis())).as("imported vs original").isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(probe.match(Fvc2002.template(Set.DB1_B, 105, 2).sourceAfis())).as("imported vs another impression")
                .isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(probe.match(Fvc2002.template(Set.DB1_B, 106, 1).sourceAfis())).as("imported vs another finger")
                .isLessThan(THRESHOLD);
    }

    @Test
    void iso2011RoundTripKeepsTheMinutiae() {
        FingerTemplate ours = Fvc2002.template(Set.DB2_B, 104, 1);

        byte[] once = interchange.export(ours, TemplateFormat.ISO_19794_2_2011);
        byte[] twice = interchange.export(interchange.importTemplate(once), TemplateFormat.ISO_19794_2_2011);

        assertThat(twice).isEqualTo(once);
    }

    /**
     * The .iso files were made by a commercial SDK from the images beside them. Each is compared with
     * our extraction of the other seven impressions of its finger (mated) and with the first impression
     * of the nine other fingers (non-mated), and the same pairs are scored with our own extraction of
     * impression 1 as the baseline. The SDK finds different minutiae from SourceAFIS (25 against 25 on
     * 101_1, only a handful at the same place), so cross-vendor matching loses accuracy on these hard
     * sets: measured at the 1:1 threshold, DB1_B passes 0.71 of the mated pairs (own extraction 0.97) and
     * DB2_B 0.61 (own 0.94); its header states 500 DPI for the 569 DPI images, and rewriting it to 569
     * makes matching worse (0.46), so the SDK did rescale its coordinates. The test holds those rates
     * with a floor of 0.55, requires every non-mated pair to stay below the threshold and at least nine
     * of the ten fingers to be found in another impression.
     */
    @ParameterizedTest
    @EnumSource(value = Set.class, names = {"DB1_B", "DB2_B"})
    void aCommercialIsoTemplateMatchesOurExtractionOfAnotherImpression(Set set) {
        int mated = 0;
        int vendorPassed = 0;
        int ownPassed = 0;
        int fingersFound = 0;
        List<String> nonMatedPassed = new ArrayList<>();
        for (int finger = 101; finger <= 110; finger++) {
            FingerTemplate vendor = interchange.importTemplate(Fvc2002.isoTemplate(set, finger, 1));
            FingerprintMatcher probe = new FingerprintMatcher(vendor.sourceAfis());
            FingerprintMatcher own = new FingerprintMatcher(Fvc2002.template(set, finger, 1).sourceAfis());
            double best = 0;
            for (int impression = 2; impression <= 8; impression++) {
                FingerTemplate other = Fvc2002.template(set, finger, impression);
                double score = probe.match(other.sourceAfis());
                mated++;
                vendorPassed += score >= THRESHOLD ? 1 : 0;
                ownPassed += own.match(other.sourceAfis()) >= THRESHOLD ? 1 : 0;
                best = Math.max(best, score);
            }
            fingersFound += best >= THRESHOLD ? 1 : 0;
            for (int other = 101; other <= 110; other++) {
                if (other != finger && probe.match(Fvc2002.template(set, other, 1).sourceAfis()) >= THRESHOLD) {
                    nonMatedPassed.add(finger + " vs " + other);
                }
            }
        }
        System.out.printf("%s cross-vendor mated pass rate %.3f, own extraction %.3f, fingers found %d/10%n",
                set, (double) vendorPassed / mated, (double) ownPassed / mated, fingersFound);
        assertThat((double) vendorPassed / mated).as("mated pass rate of vendor templates in %s", set).isGreaterThanOrEqualTo(0.55);
        assertThat(fingersFound).as("fingers whose vendor template matches another impression").isGreaterThanOrEqualTo(9);
        assertThat(nonMatedPassed).as("non-mated pairs above the threshold").isEmpty();
    }

    @Test
    void aTruncatedIsoTemplateIsRejectedAsTruncated() {
        byte[] iso = Fvc2002.isoTemplate(Set.DB1_B, 101, 1);

        assertFailsWith(() -> interchange.importTemplate(Arrays.copyOf(iso, iso.length - 1)), Reason.TRUNCATED_TEMPLATE);
        assertFailsWith(() -> interchange.importTemplate(Arrays.copyOf(iso, iso.length / 2)), Reason.TRUNCATED_TEMPLATE);
        assertFailsWith(() -> interchange.importTemplate(Arrays.copyOf(iso, 10)), Reason.TRUNCATED_TEMPLATE);
    }

    @Test
    void truncatedRecordsOfEveryFormatAreRejectedAsTruncated() {
        FingerTemplate ours = Fvc2002.template(Set.DB1_B, 107, 1);
        for (TemplateFormat format : TemplateFormat.values()) {
            byte[] record = interchange.export(ours, format);
            assertFailsWith(() -> interchange.importTemplate(Arrays.copyOf(record, record.length - 7)), Reason.TRUNCATED_TEMPLATE);
        }
    }

    @Test
    void anEmptyTemplateIsRejected() {
        assertFailsWith(() -> interchange.importTemplate(new byte[0]), Reason.EMPTY_TEMPLATE);
        assertFailsWith(() -> FingerTemplate.fromBytes(new byte[0]), Reason.EMPTY_TEMPLATE);
    }

    @Test
    void garbageIsRejectedAsCorrupt() {
        byte[] garbage = "this is not a template at all, just text".getBytes();
        assertFailsWith(() -> interchange.importTemplate(garbage), Reason.CORRUPT_TEMPLATE);
        assertFailsWith(() -> FingerTemplate.fromBytes(garbage), Reason.CORRUPT_TEMPLATE);
    }

    @Test
    void aRecordWithAValidHeaderButDamagedMinutiaeIsRejectedAsCorrupt() {
        byte[] iso = Fvc2002.isoTemplate(Set.DB1_B, 101, 1).clone();
        // Minutiae count of the first view claims more than the record holds, within the declared length.
        iso[27] = (byte) 0xff;

        assertFailsWith(() -> interchange.importTemplate(iso), Reason.CORRUPT_TEMPLATE);
    }
}
