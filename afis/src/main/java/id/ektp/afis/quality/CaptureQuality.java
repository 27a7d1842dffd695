package id.ektp.afis.quality;

/**
 * The quality of one finger capture: a score from 0 (unusable) to 100 and the reason the service point
 * shows when the score is below {@link QualityAssessor#RECAPTURE_BELOW}.
 *
 * @param minutiae  minutiae found (0 when unreadable, blank or noise)
 * @param areaMm2   area of the convex hull of the minutiae in square millimetres (0 likewise)
 * @param ridges    the ridge pattern's features ({@link RidgePattern#NONE} when only a template was assessed)
 */
public record CaptureQuality(int score, QualityReason reason, int minutiae, double areaMm2, RidgePattern ridges) {

    public boolean needsRecapture() {
        return reason != QualityReason.GOOD;
    }
}
