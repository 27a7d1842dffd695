package id.ektp.devices.quality;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** SourceAFIS template extraction from grey pixels at a stated resolution. */
final class TemplateExtraction {
    private TemplateExtraction() {
    }

    static FingerprintTemplate extract(byte[] pixels, int width, int height, double dpi) {
        return new FingerprintTemplate(new FingerprintImage(width, height, pixels,
                new FingerprintImageOptions().dpi(dpi)));
    }

    /**
     * Minutiae in a template, read from its ISO/IEC 19794-2:2005 export (byte 27 is the first finger view's
     * minutia count), as SourceAFIS keeps its own template opaque.
     */
    static int minutiae(FingerprintTemplate template) {
        byte[] iso = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, template);
        return iso.length > 27 ? iso[27] & 0xff : 0;
    }

    static FingerprintTemplate extract(BufferedImage image, double dpi) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] pixels = new byte[width * height];
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
        }
        Raster raster = grey.getRaster();
        raster.getDataElements(0, 0, width, height, pixels);
        return extract(pixels, width, height, dpi);
    }
}
