package id.ektp.afis.image;

import static id.ektp.afis.AfisAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The hostile images of issue 12: each is refused with its reason, or at the latest at enrolment. */
class HostileImageTest {

    private final FingerprintImageReader reader = new FingerprintImageReader();
    private final TemplateExtractor extractor = new TemplateExtractor();

    @Test
    void aOneByOneImageIsRefusedAsTooSmallForAFinger() throws IOException {
        byte[] png = encode(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), "png");

        assertFailsWith(() -> reader.read(png, Resolution.DPI_500), Reason.BAD_IMAGE_SIZE);
        assertFailsWith(() -> extractor.extract(new GrayscaleImage(1, 1, new byte[1], Resolution.DPI_500)), Reason.BAD_IMAGE_SIZE);
    }

    @Test
    void aBlankImageIsExtractedButNeverEnrolled() {
        byte[] grey = new byte[300 * 300];
        Arrays.fill(grey, (byte) 200);
        FingerTemplate blank = extractor.extract(new GrayscaleImage(300, 300, grey, Resolution.DPI_500));

        try (BruteForceGallery gallery = new BruteForceGallery(MatchPolicy.DEFAULT, 1)) {
            assertFailsWith(() -> gallery.insert(UUID.randomUUID(), TenPrint.of(FingerPosition.RIGHT_INDEX, blank)),
                    Reason.TOO_FEW_MINUTIAE);
            assertThat(gallery.count()).isZero();
        }
    }

    @Test
    void aTruncatedJpegIsUnreadableNotASmallFinger() throws IOException {
        GrayscaleImage finger = reader.read(Fvc2002.image(Set.DB1_B, 101, 1), Set.DB1_B.resolution);
        byte[] jpeg = encode(toBufferedImage(finger), "jpeg");
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);

        assertFailsWith(() -> reader.read(cut, Set.DB1_B.resolution), Reason.CORRUPT_IMAGE);
        assertThat(reader.read(jpeg, Set.DB1_B.resolution).width()).as("the whole JPEG still reads").isEqualTo(388);
    }

    @Test
    void theSizeLimitFollowsTheResolution() {
        CaptureSize.check("a 1600-pixel rolled print at 1000 DPI", 1600, 1500, Resolution.dpi(1000));
        assertFailsWith(() -> CaptureSize.check("the same pixels at 500 DPI", 1600, 1500, Resolution.DPI_500),
                Reason.BAD_IMAGE_SIZE);
        assertThat(CaptureSize.maxSide(Resolution.DPI_500)).isEqualTo(1000);
    }

    @Test
    void aLargeNoiseImageIsRefusedBeforeAnyPixelIsExtracted() throws IOException {
        BufferedImage noise = new BufferedImage(2048, 2048, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = new byte[2048 * 2048];
        new Random(12).nextBytes(pixels);
        noise.getRaster().setDataElements(0, 0, 2048, 2048, pixels);
        byte[] png = encode(noise, "png");

        long start = System.nanoTime();
        assertFailsWith(() -> extractor.extract(png, Resolution.DPI_500), Reason.BAD_IMAGE_SIZE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    /** A WSQ header that announces a huge frame is refused before JNBIS allocates it. */
    @Test
    void aWsqFrameLargerThanAFingerIsRefusedBeforeDecoding() {
        byte[] wsq = {(byte) 0xff, (byte) 0xa0, (byte) 0xff, (byte) 0xa2, 0, 17, 0, (byte) 255,
                (byte) 0x7f, (byte) 0xff, (byte) 0x7f, (byte) 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertFailsWith(() -> reader.read(wsq, Resolution.DPI_500), Reason.BAD_IMAGE_SIZE);
    }

    /**
     * Found by {@code ImageReaderFuzzTest}: a table whose length field points past the end hid, from a
     * walk by length fields, a frame header of 41,634 pixels square, and JNBIS ran out of memory on it.
     */
    @Test
    void aWsqFrameHiddenBehindADamagedTableIsRefusedBeforeDecoding() {
        byte[] wsq = java.util.Base64.getDecoder().decode("/6D/pPjpAwAAAMPExMQAAAAA/6D/oqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKio"
                + "qKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKip"
                + "P/pAwAAAAsA");

        assertFailsWith(() -> reader.read(wsq, Resolution.DPI_500), Reason.BAD_IMAGE_SIZE);
    }

    /**
     * Noise that fits the size limit is what the time budget is for: SourceAFIS needs about 3 s of CPU
     * for 600 x 600 pixels of it (against 25-50 ms for a real print), and gives up at the budget (300 ms
     * of CPU; the wall-time bound allows for a machine busy with other builds).
     */
    @Test
    void noiseThatFitsTheSizeLimitRunsOutOfTime() {
        byte[] pixels = new byte[600 * 600];
        new Random(7).nextBytes(pixels);
        TemplateExtractor impatient = new TemplateExtractor(Duration.ofMillis(300));

        long start = System.nanoTime();
        assertFailsWith(() -> impatient.extract(new GrayscaleImage(600, 600, pixels, Resolution.DPI_500)),
                Reason.EXTRACTION_TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300 * 3 + 500));
    }

    @Test
    void aRealPrintExtractsWellWithinTheBudget() {
        TemplateExtractor impatient = new TemplateExtractor(Duration.ofSeconds(2));

        FingerTemplate template = impatient.extract(Fvc2002.image(Set.DB1_B, 101, 1), Set.DB1_B.resolution);

        assertThat(template.memory()).isPositive();
    }

    private static BufferedImage toBufferedImage(GrayscaleImage image) {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        buffered.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        return buffered;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
