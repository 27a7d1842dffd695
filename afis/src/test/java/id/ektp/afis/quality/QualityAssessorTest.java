package id.ektp.afis.quality;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.image.FingerprintImageReader;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.template.TemplateExtractor;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QualityAssessorTest {

    private final QualityAssessor assessor = new QualityAssessor();
    private final TemplateExtractor extractor = new TemplateExtractor();

    @Test
    void aFullOpticalCaptureIsGood() {
        CaptureQuality quality = assessor.assess(Fvc2002.template(Set.DB2_B, 102, 1));

        assertThat(quality.reason()).isEqualTo(QualityReason.GOOD);
        assertThat(quality.needsRecapture()).isFalse();
        assertThat(quality.score()).isEqualTo(100);
        assertThat(quality.minutiae()).isGreaterThanOrEqualTo(QualityAssessor.FULL_MINUTIAE);
        assertThat(quality.areaMm2()).isGreaterThanOrEqualTo(QualityAssessor.FULL_AREA_MM2);
    }

    @Test
    void onlyTheMiddleOfTheFingerIsTooSmall() {
        GrayscaleImage middle = crop(full(), 180, 180); // 9 x 9 mm at 500 DPI

        CaptureQuality quality = assessor.assess(extractor.extract(middle));

        assertThat(quality.reason()).isEqualTo(QualityReason.TOO_SMALL);
        assertThat(quality.score()).isLessThan(QualityAssessor.RECAPTURE_BELOW);
    }

    @Test
    void aFingerTipWithFewMinutiaeHasTooFewMinutiae() {
        GrayscaleImage tip = crop(full(), 100, 100);

        CaptureQuality quality = assessor.assess(extractor.extract(tip));

        assertThat(quality.reason()).isEqualTo(QualityReason.TOO_FEW_MINUTIAE);
        assertThat(quality.score()).isZero();
    }

    @Test
    void aBlankPlatenHasNoMinutiae() {
        byte[] grey = new byte[300 * 300];
        Arrays.fill(grey, (byte) 200);

        CaptureQuality quality = assessor.assess(extractor.extract(new GrayscaleImage(300, 300, grey, Set.DB3_B.resolution)));

        assertThat(quality).isEqualTo(new CaptureQuality(0, QualityReason.TOO_FEW_MINUTIAE, 0, 0, RidgePattern.NONE));
    }

    @Test
    void anUnreadableImageScoresZero() {
        assertThat(assessor.assess(new byte[0], 500).reason()).isEqualTo(QualityReason.UNREADABLE);
        assertThat(assessor.assess("not an image".getBytes(), 500)).isEqualTo(new CaptureQuality(0, QualityReason.UNREADABLE, 0, 0, RidgePattern.NONE));
    }

    @Test
    void aResolutionOutOfRangeIsNamed() {
        CaptureQuality quality = assessor.assess(Fvc2002.imageBytes(Set.DB1_B, 101, 1), 72);

        assertThat(quality.reason()).isEqualTo(QualityReason.RESOLUTION_OUT_OF_RANGE);
        assertThat(quality.score()).isZero();
    }

    @Test
    void theHullAreaIsTheAreaOfTheOutline() {
        java.util.List<double[]> square = java.util.List.of(
                new double[] {0, 0}, new double[] {10, 0}, new double[] {10, 10}, new double[] {0, 10}, new double[] {5, 5});

        assertThat(MinutiaeLayout.hullArea(square)).isEqualTo(100.0);
    }

    @Test
    void randomNoiseIsNoFingerprintThoughItHasHundredsOfMinutiae() {
        byte[] noise = new byte[300 * 300];
        new Random(12).nextBytes(noise);
        GrayscaleImage image = new GrayscaleImage(300, 300, noise, Set.DB3_B.resolution);

        CaptureQuality quality = assessor.assess(image);

        assertThat(assessor.assess(extractor.extract(image)).reason()).as("the minutiae alone").isEqualTo(QualityReason.GOOD);
        assertThat(quality.reason()).isEqualTo(QualityReason.NO_RIDGES);
        assertThat(quality.score()).isZero();
        assertThat(quality.ridges().coherence()).isLessThan(QualityAssessor.MIN_COHERENCE);
    }

    @Test
    void aBlankImageIsRejectedAsBlank() {
        byte[] grey = new byte[300 * 300];
        Arrays.fill(grey, (byte) 200);

        CaptureQuality quality = assessor.assess(new GrayscaleImage(300, 300, grey, Set.DB3_B.resolution));

        assertThat(quality.reason()).isEqualTo(QualityReason.BLANK);
        assertThat(quality.score()).isZero();
    }

    @Test
    void aGoodPrintFromItsImageIsGood() {
        CaptureQuality quality = assessor.assess(good());

        assertThat(quality.reason()).isEqualTo(QualityReason.GOOD);
        assertThat(quality.score()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void aBlurredCopyOfAGoodPrintRatesBelowIt() {
        GrayscaleImage good = good();

        assertThat(assessor.assess(blur(blur(good))).score()).isLessThan(assessor.assess(good).score());
    }

    @Test
    void aLowContrastCopyOfAGoodPrintRatesBelowIt() {
        GrayscaleImage good = good();
        byte[] faint = new byte[good.pixels().length];
        for (int i = 0; i < faint.length; i++) {
            faint[i] = (byte) (200 + ((good.pixels()[i] & 0xff) - 128) / 8);
        }

        CaptureQuality quality = assessor.assess(new GrayscaleImage(good.width(), good.height(), faint, good.resolution()));

        assertThat(quality.score()).isLessThan(assessor.assess(good).score());
    }

    @Test
    void aCroppedCopyOfAGoodPrintRatesBelowItAndIsTooSmall() {
        GrayscaleImage good = good();

        CaptureQuality quality = assessor.assess(crop(good, 180, 180));

        assertThat(quality.score()).isLessThan(assessor.assess(good).score()).isLessThan(QualityAssessor.RECAPTURE_BELOW);
        assertThat(quality.reason()).isEqualTo(QualityReason.TOO_SMALL);
    }

    private static GrayscaleImage good() {
        return new FingerprintImageReader().read(Fvc2002.image(Set.DB2_B, 102, 1), Set.DB2_B.resolution);
    }

    /** A 5 x 5 box blur, about what a finger moving on the platen or a smudged lens does. */
    private static GrayscaleImage blur(GrayscaleImage image) {
        int w = image.width();
        int h = image.height();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                int n = 0;
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
                            sum += image.pixels()[yy * w + xx] & 0xff;
                            n++;
                        }
                    }
                }
                out[y * w + x] = (byte) (sum / n);
            }
        }
        return new GrayscaleImage(w, h, out, image.resolution());
    }

    private static GrayscaleImage full() {
        return new FingerprintImageReader().read(Fvc2002.image(Set.DB1_B, 104, 1), Set.DB1_B.resolution);
    }

    static GrayscaleImage crop(GrayscaleImage image, int width, int height) {
        byte[] pixels = new byte[width * height];
        int x0 = (image.width() - width) / 2;
        int y0 = (image.height() - height) / 2;
        for (int y = 0; y < height; y++) {
            System.arraycopy(image.pixels(), (y0 + y) * image.width() + x0, pixels, y * width, width);
        }
        return new GrayscaleImage(width, height, pixels, image.resolution());
    }
}
