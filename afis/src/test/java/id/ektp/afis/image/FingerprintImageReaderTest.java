package id.ektp.afis.image;

import static id.ektp.afis.AfisAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintImageReaderTest {

    private final FingerprintImageReader reader = new FingerprintImageReader();

    @Test
    void readsAnFvcTiffAtTheStatedResolution() {
        GrayscaleImage image = reader.read(Fvc2002.image(Set.DB1_B, 101, 1), Set.DB1_B.resolution);

        assertThat(image.width()).isEqualTo(388);
        assertThat(image.height()).isEqualTo(374);
        assertThat(image.resolution().dpi()).isEqualTo(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "bmp", "tiff"})
    void theSameCaptureSavedInALosslessFormatGivesTheSamePixels(String format) throws IOException {
        GrayscaleImage original = reader.read(Fvc2002.image(Set.DB2_B, 102, 1), Set.DB2_B.resolution);

        GrayscaleImage decoded = reader.read(reencode(Fvc2002.image(Set.DB2_B, 102, 1), format), Set.DB2_B.resolution);

        assertThat(decoded.width()).isEqualTo(original.width());
        assertThat(decoded.height()).isEqualTo(original.height());
        assertThat(decoded.pixels()).isEqualTo(original.pixels());
    }

    @Test
    void jpegIsDecodedToGreyOfTheSameSize() throws IOException {
        GrayscaleImage original = reader.read(Fvc2002.image(Set.DB3_B, 103, 1), Set.DB3_B.resolution);

        GrayscaleImage decoded = reader.read(reencode(Fvc2002.image(Set.DB3_B, 103, 1), "jpeg"), Set.DB3_B.resolution);

        assertThat(decoded.width()).isEqualTo(original.width());
        assertThat(decoded.height()).isEqualTo(original.height());
        double meanError = 0;
        for (int i = 0; i < original.pixels().length; i++) {
            meanError += Math.abs((original.pixels()[i] & 0xff) - (decoded.pixels()[i] & 0xff));
        }
        assertThat(meanError / original.pixels().length).isLessThan(8);
    }

    @Test
    void anEmptyImageIsRejected() {
        assertFailsWith(() -> reader.read(new byte[0], Resolution.DPI_500), Reason.EMPTY_IMAGE);
    }

    @Test
    void bytesThatAreNoImageAreRejectedAsCorrupt() {
        byte[] noise = new byte[4000];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 0x12; // not a WSQ marker by chance

        assertFailsWith(() -> reader.read(noise, Resolution.DPI_500), Reason.CORRUPT_IMAGE);
    }

    @Test
    void aTruncatedPngIsRejectedAsCorrupt() throws IOException {
        GrayscaleImage original = reader.read(Fvc2002.image(Set.DB1_B, 104, 1), Set.DB1_B.resolution);
        byte[] png = encode(original, "png");

        assertFailsWith(() -> reader.read(Arrays.copyOf(png, png.length / 3), Resolution.DPI_500), Reason.CORRUPT_IMAGE);
    }

    @Test
    void aCorruptWsqIsRejectedAsCorrupt() {
        byte[] wsq = new byte[2000];
        wsq[0] = (byte) 0xff;
        wsq[1] = (byte) 0xa0; // WSQ start-of-image marker, then garbage

        assertFailsWith(() -> reader.read(wsq, Resolution.DPI_500), Reason.CORRUPT_IMAGE);
    }

    @Test
    void aZeroSizePngIsRejectedAsBadSize() throws IOException {
        byte[] png = zeroWidthPng();

        assertFailsWith(() -> reader.read(png, Resolution.DPI_500), Reason.BAD_IMAGE_SIZE);
    }

    @Test
    void aZeroSizeBmpIsRejectedAsBadSize() throws IOException {
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(one, "bmp", out);
        byte[] bmp = out.toByteArray();
        bmp[22] = 0; // height, little-endian int at offset 22

        assertFailsWith(() -> reader.read(bmp, Resolution.DPI_500), Reason.BAD_IMAGE_SIZE);
    }

    @Test
    void aZeroSizeRasterIsRejectedAsBadSize() {
        assertFailsWith(() -> new GrayscaleImage(0, 0, new byte[0], Resolution.DPI_500), Reason.BAD_IMAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 72, 249.9, 1000.1, 5000, Double.NaN, -500})
    void aResolutionOutOfRangeIsRejected(double dpi) {
        assertFailsWith(() -> Resolution.dpi(dpi), Reason.RESOLUTION_OUT_OF_RANGE);
    }

    @Test
    void noStatedResolutionIsRejected() {
        byte[] tif = Fvc2002.imageBytes(Set.DB1_B, 101, 1);

        assertFailsWith(() -> reader.read(tif, null), Reason.RESOLUTION_OUT_OF_RANGE);
    }

    @Test
    void greySamplesAreReadThroughTheSrgbCurveAsSourceAfisReadsThem() throws IOException {
        GrayscaleImage flat = new GrayscaleImage(200, 200, filled(200 * 200, 32), Resolution.DPI_500);

        GrayscaleImage decoded = reader.read(encode(flat, "png"), Resolution.DPI_500);

        assertThat(decoded.pixels()[0] & 0xff).isEqualTo(99);
        assertThat(SrgbCurve.apply(new byte[] {32, 64, 0, (byte) 255})).containsExactly(99, (byte) 137, 0, (byte) 255);
    }

    @Test
    void colourPixelsAreAlreadySrgbAndGiveTheirChannelMean() throws IOException {
        BufferedImage colour = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++)
            for (int x = 0; x < 200; x++)
                colour.setRGB(x, y, (30 << 16) | (32 << 8) | 34);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(colour, "png", out);

        assertThat(reader.read(out.toByteArray(), Resolution.DPI_500).pixels()[0] & 0xff).isEqualTo(32);
    }

    private static byte[] filled(int length, int value) {
        byte[] pixels = new byte[length];
        Arrays.fill(pixels, (byte) value);
        return pixels;
    }

    /** The file's own samples written in another format, as a capture station would save them. */
    private static byte[] reencode(java.nio.file.Path file, String format) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO writer for %s", format).isTrue();
        return out.toByteArray();
    }

    private static byte[] encode(GrayscaleImage image, String format) throws IOException {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        buffered.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(buffered, format, out)).as("ImageIO writer for %s", format).isTrue();
        return out.toByteArray();
    }

    /** A 1x1 PNG whose header is rewritten to say 0 pixels wide, with a valid header checksum. */
    private static byte[] zeroWidthPng() throws IOException {
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(one, "png", out);
        byte[] png = out.toByteArray();
        // signature (8), IHDR length (4), "IHDR" (4), width (4) at offset 16, ..., CRC after 13 data bytes.
        ByteBuffer.wrap(png).putInt(16, 0);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        ByteBuffer.wrap(png).putInt(12 + 4 + 13, (int) crc.getValue());
        return png;
    }
}
