package id.ektp.devices.synthetic;

import id.ektp.afis.synthetic.PatternClass;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * A synthetic 8-bit grey fingerprint image with its identity: the master finger it is an impression of and the
 * impression number, so mated and non-mated pairs are always known.
 */
public record SyntheticFingerprint(String masterId, int impression, PatternClass fingerprintClass, int width,
                                   int height, int dpi, byte[] pixels) {

    /** PNG text keys under which the identity travels inside the image file. */
    public static final String MASTER_KEY = "ektp.synthetic.master";
    public static final String IMPRESSION_KEY = "ektp.synthetic.impression";

    public SyntheticFingerprint {
        Objects.requireNonNull(masterId, "masterId");
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("Expected " + width * height + " pixels, got " + pixels.length);
        }
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, width, height, pixels);
        return image;
    }

    /** The image as PNG, its identity and resolution in the file's text and pHYs chunks. */
    public byte[] toPng() {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            BufferedImage image = toImage();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            text.appendChild(textEntry(MASTER_KEY, masterId));
            text.appendChild(textEntry(IMPRESSION_KEY, Integer.toString(impression)));
            root.appendChild(text);
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String pixelsPerMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            physical.setAttribute("unitSpecifier", "meter");
            root.appendChild(physical);
            metadata.mergeTree(format, root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e);
        }
    }

    private static IIOMetadataNode textEntry(String key, String value) {
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", key);
        entry.setAttribute("value", value);
        return entry;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyntheticFingerprint other && masterId.equals(other.masterId)
                && impression == other.impression && width == other.width && height == other.height
                && dpi == other.dpi && java.util.Arrays.equals(pixels, other.pixels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(masterId, impression, width, height, java.util.Arrays.hashCode(pixels));
    }

    @Override
    public String toString() {
        return "SyntheticFingerprint[" + masterId + " #" + impression + ", " + fingerprintClass + ", " + width + "x"
                + height + " @" + dpi + " dpi]";
    }
}
