package id.ektp.afis.image;

import java.awt.image.BufferedImage;

/**
 * The mapping Java applies to an 8-bit grey sample on its way to sRGB ({@code BufferedImage.getRGB} on a
 * grey image: 32 becomes 99, 64 becomes 137), taken from Java itself so that it matches exactly. WSQ
 * pixels go through it too, so that one capture gives one template whether it arrives as WSQ, PNG or
 * TIFF.
 */
final class SrgbCurve {

    private static final byte[] TABLE = table();

    private SrgbCurve() {
    }

    static byte[] apply(byte[] grey) {
        byte[] mapped = new byte[grey.length];
        for (int i = 0; i < grey.length; i++) {
            mapped[i] = TABLE[grey[i] & 0xff];
        }
        return mapped;
    }

    private static byte[] table() {
        BufferedImage ramp = new BufferedImage(256, 1, BufferedImage.TYPE_BYTE_GRAY);
        for (int v = 0; v < 256; v++) {
            ramp.getRaster().setSample(v, 0, 0, v);
        }
        byte[] table = new byte[256];
        for (int v = 0; v < 256; v++) {
            table[v] = (byte) (ramp.getRGB(v, 0) & 0xff);
        }
        return table;
    }
}
