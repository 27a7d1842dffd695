package id.ektp.devices.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.gallery.Verification;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Mated synthetic impressions verify 1:1 through the AFIS engine and non-mated ones do not. */
class SyntheticMatingTest {
    private static final int MASTERS = 4;
    private static final FingerPosition RIGHT_INDEX = FingerPosition.ofIsoCode(2);

    @Test
    void matedImpressionsVerifyAndNonMatedDoNot() {
        SyntheticFingerprintGenerator generator = new SyntheticFingerprintGenerator();
        TemplateExtractor extractor = new TemplateExtractor();
        List<FingerTemplate[]> fingers = IntStream.range(0, MASTERS).parallel().mapToObj(m -> {
            MasterFinger master = generator.master("mating-test/" + m);
            FingerTemplate[] impressions = new FingerTemplate[2];
            for (int i = 0; i < 2; i++) {
                SyntheticFingerprint print = generator.impression(master, i + 1, ScannerFormat.OPTICAL_388X374);
                impressions[i] = extractor.extract(new GrayscaleImage(print.width(), print.height(), print.pixels(),
                        Resolution.dpi(print.dpi())));
            }
            return impressions;
        }).toList();

        List<Verification> mated = new ArrayList<>();
        List<Verification> nonMated = new ArrayList<>();
        try (Gallery gallery = new BruteForceGallery()) {
            List<UUID> enrolled = new ArrayList<>();
            for (FingerTemplate[] finger : fingers) {
                UUID referenceId = UUID.randomUUID();
                gallery.insert(referenceId, TenPrint.of(RIGHT_INDEX, finger[0]));
                enrolled.add(referenceId);
            }
            for (int probe = 0; probe < MASTERS; probe++) {
                TenPrint second = TenPrint.of(RIGHT_INDEX, fingers.get(probe)[1]);
                for (int reference = 0; reference < MASTERS; reference++) {
                    Verification v = gallery.verify(enrolled.get(reference), second);
                    (probe == reference ? mated : nonMated).add(v);
                }
            }
        }
        assertThat(nonMated).noneMatch(Verification::match);
        // Like real fingers, an occasional mated pair may fail (FVC2002 DB4's own rate at this threshold is about
        // 73 %); most must verify, and mated scores must stand far above non-mated ones.
        assertThat(mated.stream().filter(Verification::match).count()).isGreaterThanOrEqualTo(MASTERS - 1);
        double matedMean = mated.stream().mapToDouble(Verification::fusedScore).average().orElseThrow();
        double nonMatedMax = nonMated.stream().mapToDouble(Verification::fusedScore).max().orElseThrow();
        assertThat(matedMean).isGreaterThan(nonMatedMax);
    }
}
