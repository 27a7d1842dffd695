package id.ektp.afis.evaluation;

import id.ektp.afis.image.FingerprintImageReader;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.image.Resolution;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The ways a grey image file can be turned into the grey levels SourceAFIS extracts from. Only
 * {@link #PRODUCTION} is used for figures; the other two exist so that {@link DecodingComparison} can
 * measure the choice the engine made (afis/README.md "Image decoding").
 */
public enum GreyDecoding {
    /** The engine's own reader, {@link FingerprintImageReader}: what the service point and central run. */
    PRODUCTION {
        @Override
        public GrayscaleImage decode(byte[] file, Resolution resolution) {
            return READER.read(file, resolution);
        }
    },
    /** The stored sample values as they are (a grey TIFF's bytes). */
    RAW {
        @Override
        public GrayscaleImage decode(byte[] file, Resolution resolution) {
            BufferedImage image = image(file);
            byte[] grey = new byte[image.getWidth() * image.getHeight()];
            image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), grey);
            return new GrayscaleImage(image.getWidth(), image.getHeight(), grey, resolution);
        }
    },
    /**
     * What SourceAFIS's own {@code new FingerprintImage(bytes)} sees: {@code BufferedImage.getRGB}, which
     * maps a linear grey sample through the sRGB curve (32 becomes 99), then the mean of the channels.
     */
    SRGB {
        @Override
        public GrayscaleImage decode(byte[] file, Resolution resolution) {
            BufferedImage image = image(file);
            int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            byte[] grey = new byte[rgb.length];
            for (int i = 0; i < rgb.length; i++) {
                int p = rgb[i];
                grey[i] = (byte) Math.round((((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) / 3.0);
            }
            return new GrayscaleImage(image.getWidth(), image.getHeight(), grey, resolution);
        }
    };

    private static final FingerprintImageReader READER = new FingerprintImageReader();

    public abstract GrayscaleImage decode(byte[] file, Resolution resolution);

    private static BufferedImage image(byte[] file) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
            if (image == null)
                throw new IllegalArgumentException("not an image ImageIO reads");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
