package id.ektp.afis.image;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jnbis.api.Jnbis;
import org.jnbis.api.model.Bitmap;

/**
 * Decodes a fingerprint image (PNG, JPEG, BMP, TIFF through ImageIO, WSQ through JNBIS) into an 8-bit
 * grey image at the resolution the caller states. The resolution is never taken from the file: image
 * headers are too often wrong (72 DPI defaults), and the capture device knows its own.
 */
public final class FingerprintImageReader {

    public GrayscaleImage read(Path file, Resolution resolution) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AfisException(Reason.CORRUPT_IMAGE, "cannot read image file " + file + ": " + e.getMessage(), e);
        }
        return read(bytes, resolution);
    }

    public GrayscaleImage read(byte[] encoded, Resolution resolution) {
        if (resolution == null) {
            throw new AfisException(Reason.RESOLUTION_OUT_OF_RANGE, "no resolution stated");
        }
        if (encoded == null || encoded.length == 0) {
            throw new AfisException(Reason.EMPTY_IMAGE, "image has no bytes");
        }
        if (isWsq(encoded)) {
            checkWsqFrameSize(encoded, resolution);
            return readWsq(encoded, resolution);
        }
        checkDeclaredSize(encoded, resolution);
        return readRaster(encoded, resolution);
    }

    /**
     * PNG and BMP headers state the image size at fixed offsets; ImageIO reports a zero size there only
     * as a generic header error, so it is checked here to tell the capture station what is wrong.
     */
    private static void checkDeclaredSize(byte[] b, Resolution resolution) {
        long width;
        long height;
        String format;
        if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            format = "PNG";
            width = ByteBuffer.wrap(b, 16, 4).getInt() & 0xffffffffL;
            height = ByteBuffer.wrap(b, 20, 4).getInt() & 0xffffffffL;
        } else if (b.length >= 26 && b[0] == 'B' && b[1] == 'M') {
            format = "BMP";
            width = Math.abs((long) ByteBuffer.wrap(b, 18, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
            height = Math.abs((long) ByteBuffer.wrap(b, 22, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        } else {
            return;
        }
        if (width == 0 || height == 0) {
            throw new AfisException(Reason.BAD_IMAGE_SIZE, format + " header declares a " + width + "x" + height + " image");
        }
        CaptureSize.check(format + " image", width, height, resolution);
    }

    /**
     * The WSQ frame header (SOF, 0xFFA2) states the size that JNBIS allocates before it decodes a pixel.
     * JNBIS finds it by reading the tables before it by their content, not by their length fields, so a
     * walk by length fields can be led past a hostile frame header (the fuzzer found one: a table whose
     * length skips to the end, then a 41,634-pixel-square frame, and an OutOfMemoryError). Hence every
     * 0xFFA2 in the file is taken as a possible frame header and each must state a finger's size. Coded
     * data cannot hold one (0xFF is stuffed there), a table could by chance: such a file is refused
     * rather than risk the allocation.
     */
    private static void checkWsqFrameSize(byte[] b, Resolution resolution) {
        boolean found = false;
        for (int at = 2; at + 10 <= b.length; at++) {
            if ((b[at] & 0xff) == 0xff && (b[at + 1] & 0xff) == 0xa2) {
                int height = ((b[at + 6] & 0xff) << 8) | (b[at + 7] & 0xff);
                int width = ((b[at + 8] & 0xff) << 8) | (b[at + 9] & 0xff);
                CaptureSize.check("WSQ image (frame header at byte " + at + ")", width, height, resolution);
                found = true;
            }
        }
        if (!found) {
            throw new AfisException(Reason.CORRUPT_IMAGE, "WSQ image has no frame header");
        }
    }

    /** WSQ files start with the SOI marker 0xFFA0 (FBI WSQ specification, IAFIS-IC-0110). */
    private static boolean isWsq(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xa0;
    }

    private static GrayscaleImage readWsq(byte[] encoded, Resolution resolution) {
        Bitmap bitmap;
        try {
            bitmap = Jnbis.wsq().decode(encoded).asBitmap();
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_IMAGE, "WSQ image cannot be decoded: " + e, e);
        }
        CaptureSize.check("WSQ image", bitmap.getWidth(), bitmap.getHeight(), resolution);
        return new GrayscaleImage(bitmap.getWidth(), bitmap.getHeight(), SrgbCurve.apply(bitmap.getPixels()), resolution);
    }

    private static GrayscaleImage readRaster(byte[] encoded, Resolution resolution) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(encoded))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new AfisException(Reason.CORRUPT_IMAGE,
                        "not a PNG, JPEG, BMP, TIFF or WSQ image (" + encoded.length + " bytes)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName();
                // Dimensions first: a header announcing 0 pixels is a size problem, not a decoding one.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new AfisException(Reason.BAD_IMAGE_SIZE, format + " image is " + width + "x" + height + " pixels");
                }
                CaptureSize.check(format + " image", width, height, resolution);
                // ImageIO decodes a cut-off JPEG or PNG by filling the rest with grey and only warns:
                // a half image extracts a few false minutiae, so a warning is a refusal.
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new AfisException(Reason.CORRUPT_IMAGE, format + " image is damaged: " + String.join("; ", warnings));
                }
                return new GrayscaleImage(image.getWidth(), image.getHeight(), toGray(image), resolution);
            } finally {
                reader.dispose();
            }
        } catch (AfisException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_IMAGE, "image cannot be decoded: " + e, e);
        }
    }

    /**
     * Grey levels as SourceAFIS's own decoder sees them, because its parameters were tuned on images read
     * that way and it measures better so on FVC2002 (afis/README.md "Image decoding"): every pixel through
     * {@code BufferedImage.getRGB}, which maps a grey sample through the sRGB curve, then the mean of the
     * three channels.
     */
    private static byte[] toGray(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] gray = new byte[width * height];
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int sum = ((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff);
            gray[i] = (byte) ((sum + 1) / 3);
        }
        return gray;
    }
}
