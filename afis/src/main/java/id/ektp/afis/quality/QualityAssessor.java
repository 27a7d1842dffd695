package id.ektp.afis.quality;

import id.ektp.afis.AfisException;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;

/**
 * Scores a finger capture so that the service point can ask for a recapture while the resident is
 * still at the counter. The score is the weaker of two factors, each a linear ramp clamped to 0..1:
 * <ul>
 * <li>minutiae: 0 at {@value #MIN_MINUTIAE} or fewer, 1 at {@value #FULL_MINUTIAE} or more;</li>
 * <li>area of the convex hull of the minutiae: 0 at {@value #MIN_AREA_MM2} mm² or less, 1 at
 *     {@value #FULL_AREA_MM2} mm² or more.</li>
 * </ul>
 * score = round(100 x min(minutiae factor, area factor)). Below {@value #RECAPTURE_BELOW} the reason
 * names the weaker factor. The constants and their relation to matching errors on FVC2002 are in the
 * module README (measured by {@link QualityStudy}).
 */
public final class QualityAssessor {

    public static final int MIN_MINUTIAE = 12;
    public static final int FULL_MINUTIAE = 40;
    public static final double MIN_AREA_MM2 = 40;
    public static final double FULL_AREA_MM2 = 120;
    public static final int RECAPTURE_BELOW = 40;

    private final TemplateExtractor extractor = new TemplateExtractor();

    /** Decodes, extracts and scores an image; decoding problems become a score of 0 with their reason. */
    public CaptureQuality assess(byte[] encodedImage, double dpi) {
        Resolution resolution;
        try {
            resolution = Resolution.dpi(dpi);
        } catch (AfisException e) {
            return new CaptureQuality(0, QualityReason.RESOLUTION_OUT_OF_RANGE, 0, 0);
        }
        FingerTemplate template;
        try {
            template = extractor.extract(encodedImage, resolution);
        } catch (AfisException e) {
            return new CaptureQuality(0, QualityReason.UNREADABLE, 0, 0);
        }
        return assess(template);
    }

    public CaptureQuality assess(FingerTemplate template) {
        MinutiaeLayout layout = MinutiaeLayout.of(template);
        double minutiaeFactor = ramp(layout.count(), MIN_MINUTIAE, FULL_MINUTIAE);
        double areaFactor = ramp(layout.areaMm2(), MIN_AREA_MM2, FULL_AREA_MM2);
        int score = (int) Math.round(100 * Math.min(minutiaeFactor, areaFactor));
        QualityReason reason = score >= RECAPTURE_BELOW
                ? QualityReason.GOOD
                : minutiaeFactor <= areaFactor ? QualityReason.TOO_FEW_MINUTIAE : QualityReason.TOO_SMALL;
        return new CaptureQuality(score, reason, layout.count(), layout.areaMm2());
    }

    private static double ramp(double value, double zeroAt, double fullAt) {
        return Math.max(0, Math.min(1, (value - zeroAt) / (fullAt - zeroAt)));
    }
}
