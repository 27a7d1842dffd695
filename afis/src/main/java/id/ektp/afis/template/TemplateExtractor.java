package id.ektp.afis.template;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.image.FingerprintImageReader;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.image.Resolution;
import java.nio.file.Path;

/** Extracts a {@link FingerTemplate} from a fingerprint image with SourceAFIS. Stateless and thread-safe. */
public final class TemplateExtractor {

    private final FingerprintImageReader reader = new FingerprintImageReader();

    public FingerTemplate extract(GrayscaleImage image) {
        FingerprintImage fingerprint;
        try {
            fingerprint = new FingerprintImage(image.width(), image.height(), image.pixels(),
                    new FingerprintImageOptions().dpi(image.resolution().dpi()));
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_IMAGE, "SourceAFIS rejected the image: " + e, e);
        }
        return new FingerTemplate(new FingerprintTemplate(fingerprint));
    }

    /** Decodes (PNG, JPEG, BMP, TIFF, WSQ) and extracts in one step. */
    public FingerTemplate extract(byte[] encodedImage, Resolution resolution) {
        return extract(reader.read(encodedImage, resolution));
    }

    public FingerTemplate extract(Path imageFile, Resolution resolution) {
        return extract(reader.read(imageFile, resolution));
    }
}
