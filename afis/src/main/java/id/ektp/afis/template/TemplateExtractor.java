package id.ektp.afis.template;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.image.CaptureSize;
import id.ektp.afis.image.FingerprintImageReader;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.image.Resolution;
import java.nio.file.Path;
import java.time.Duration;

/** Extracts a {@link FingerTemplate} from a fingerprint image with SourceAFIS. Stateless and thread-safe. */
public final class TemplateExtractor {

    private final FingerprintImageReader reader = new FingerprintImageReader();
    private final Duration budget;

    public TemplateExtractor() {
        this(BoundedExtraction.DEFAULT_BUDGET);
    }

    /** With a time budget per image, after which extraction gives up with {@code EXTRACTION_TIMEOUT}. */
    public TemplateExtractor(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("extraction budget must be positive, was " + budget);
        }
        this.budget = budget;
    }

    /**
     * @throws AfisException {@code BAD_IMAGE_SIZE} if the image is smaller or larger than a finger at its
     *                       resolution ({@link CaptureSize}), {@code EXTRACTION_TIMEOUT} past the budget
     */
    public FingerTemplate extract(GrayscaleImage image) {
        CaptureSize.check("image", image.width(), image.height(), image.resolution());
        FingerprintImage fingerprint;
        try {
            fingerprint = new FingerprintImage(image.width(), image.height(), image.pixels(),
                    new FingerprintImageOptions().dpi(image.resolution().dpi()));
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_IMAGE, "SourceAFIS rejected the image: " + e, e);
        }
        return new FingerTemplate(BoundedExtraction.extract(fingerprint, budget));
    }

    /** Decodes (PNG, JPEG, BMP, TIFF, WSQ) and extracts in one step. */
    public FingerTemplate extract(byte[] encodedImage, Resolution resolution) {
        return extract(reader.read(encodedImage, resolution));
    }

    public FingerTemplate extract(Path imageFile, Resolution resolution) {
        return extract(reader.read(imageFile, resolution));
    }
}
