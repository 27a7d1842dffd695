package id.ektp.afis.quality;

import id.ektp.afis.AfisException;
import id.ektp.afis.image.FingerprintImageReader;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;

/**
 * Scores a finger capture so that the service point can ask for a recapture while the resident is
 * still at the counter. From an image the score is the geometric mean of two factors: the ridge
 * pattern's usable area ({@link RidgePattern}: foreground blocks weighted by orientation coherence and
 * ridge/valley clarity) as a ramp from {@value #MIN_USABLE_MM2} to {@value #FULL_USABLE_MM2} mm², and the
 * minutiae factor of {@link #assess(FingerTemplate)}. Blank images and images without a ridge pattern
 * (noise) score 0 whatever minutiae SourceAFIS would find in them. A template without its image (imported from a chip or another system) can only be
 * scored from its minutiae ({@link #assess(FingerTemplate)}). Relation to matching errors on FVC2002: the
 * module README, measured by {@code QualityStudy} in afis-lab.
 */
public final class QualityAssessor {

    public static final int MIN_MINUTIAE = 12;
    public static final int FULL_MINUTIAE = 40;
    public static final double MIN_AREA_MM2 = 40;
    public static final double FULL_AREA_MM2 = 120;
    public static final int RECAPTURE_BELOW = 40;

    /** Less foreground than this (a fingertip's contact) is no finger capture. */
    public static final double MIN_FOREGROUND_MM2 = 20;
    /**
     * Below this mean coherence the foreground holds no ridge pattern: random noise measures 0.08, the
     * least coherent of FVC2002's 320 real prints 0.24.
     */
    public static final double MIN_COHERENCE = 0.15;
    public static final double MIN_USABLE_MM2 = 40;
    public static final double FULL_USABLE_MM2 = 150;

    private final FingerprintImageReader reader = new FingerprintImageReader();
    private final TemplateExtractor extractor = new TemplateExtractor();

    /** Decodes and scores an image; decoding problems become a score of 0 with their reason. */
    public CaptureQuality assess(byte[] encodedImage, double dpi) {
        Resolution resolution;
        try {
            resolution = Resolution.dpi(dpi);
        } catch (AfisException e) {
            return failed(QualityReason.RESOLUTION_OUT_OF_RANGE);
        }
        GrayscaleImage image;
        try {
            image = reader.read(encodedImage, resolution);
        } catch (AfisException e) {
            return failed(QualityReason.UNREADABLE);
        }
        return assess(image);
    }

    public CaptureQuality assess(GrayscaleImage image) {
        RidgePattern ridges = RidgePattern.of(image);
        if (ridges.foregroundMm2() < MIN_FOREGROUND_MM2) {
            return new CaptureQuality(0, QualityReason.BLANK, 0, 0, ridges);
        }
        if (ridges.coherence() < MIN_COHERENCE) {
            return new CaptureQuality(0, QualityReason.NO_RIDGES, 0, 0, ridges);
        }
        MinutiaeLayout layout;
        try {
            layout = MinutiaeLayout.of(extractor.extract(image));
        } catch (AfisException e) {
            return new CaptureQuality(0, QualityReason.UNREADABLE, 0, 0, ridges);
        }
        double ridgeFactor = RidgePattern.ramp(ridges.usableMm2(), MIN_USABLE_MM2, FULL_USABLE_MM2);
        double minutiaeFactor = Math.min(minutiaeCountFactor(layout), minutiaeAreaFactor(layout));
        // Geometric mean: either factor at 0 makes the capture unusable, and each alone predicted
        // failure less well on FVC2002 than the two together (module README, "Capture quality").
        int score = (int) Math.round(100 * Math.sqrt(ridgeFactor * minutiaeFactor));
        QualityReason reason;
        if (score >= RECAPTURE_BELOW) {
            reason = QualityReason.GOOD;
        } else if (ridgeFactor <= minutiaeFactor) {
            reason = ridges.foregroundMm2() < FULL_USABLE_MM2 ? QualityReason.TOO_SMALL : QualityReason.UNCLEAR;
        } else {
            reason = minutiaeCountFactor(layout) <= minutiaeAreaFactor(layout) ? QualityReason.TOO_FEW_MINUTIAE
                    : QualityReason.TOO_SMALL;
        }
        return new CaptureQuality(score, reason, layout.count(), layout.areaMm2(), ridges);
    }

    private static double minutiaeCountFactor(MinutiaeLayout layout) {
        return RidgePattern.ramp(layout.count(), MIN_MINUTIAE, FULL_MINUTIAE);
    }

    private static double minutiaeAreaFactor(MinutiaeLayout layout) {
        return RidgePattern.ramp(layout.areaMm2(), MIN_AREA_MM2, FULL_AREA_MM2);
    }

    /**
     * From the minutiae alone, for a template whose image is not at hand: the weaker of two ramps,
     * minutiae count ({@value #MIN_MINUTIAE} to {@value #FULL_MINUTIAE}) and the area of their convex hull
     * ({@value #MIN_AREA_MM2} to {@value #FULL_AREA_MM2} mm²). Noise inflates both, so a capture is
     * scored from its image where there is one.
     */
    public CaptureQuality assess(FingerTemplate template) {
        MinutiaeLayout layout = MinutiaeLayout.of(template);
        double minutiaeFactor = minutiaeCountFactor(layout);
        double areaFactor = minutiaeAreaFactor(layout);
        int score = (int) Math.round(100 * Math.min(minutiaeFactor, areaFactor));
        QualityReason reason = score >= RECAPTURE_BELOW
                ? QualityReason.GOOD
                : minutiaeFactor <= areaFactor ? QualityReason.TOO_FEW_MINUTIAE : QualityReason.TOO_SMALL;
        return new CaptureQuality(score, reason, layout.count(), layout.areaMm2(), RidgePattern.NONE);
    }

    private static CaptureQuality failed(QualityReason reason) {
        return new CaptureQuality(0, reason, 0, 0, RidgePattern.NONE);
    }
}
