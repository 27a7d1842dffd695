package id.ektp.afis.image;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;

/**
 * How large a single-finger image can plausibly be at its resolution, checked before any pixel is
 * decoded or extracted. The upper bound is what bounds extraction: SourceAFIS's cost grows faster than
 * the pixel count on noise (its gap-removal stage), so the side limit, not the 4096-pixel array limit of
 * {@link GrayscaleImage}, decides how long one upload can hold a core.
 *
 * <p>Why these sides: a rolled fingerprint is at most about 1.6 inches wide (FBI ANSI/NIST-ITL rolled
 * box 1.6 x 1.5 in), so 2 inches leaves a margin for a sensor's border; 1000 pixels at 500 DPI. A side
 * below 0.2 inch (5 mm, 100 pixels at 500 DPI) holds no more than a fingertip's few ridges.
 */
public final class CaptureSize {

    public static final double MAX_INCHES = 2.0;
    public static final double MIN_INCHES = 0.2;

    private CaptureSize() {
    }

    /** The longest side in pixels that a finger image at this resolution may have. */
    public static int maxSide(Resolution resolution) {
        return (int) Math.round(MAX_INCHES * resolution.dpi());
    }

    public static int minSide(Resolution resolution) {
        return (int) Math.round(MIN_INCHES * resolution.dpi());
    }

    /**
     * @throws AfisException {@code BAD_IMAGE_SIZE} naming the limit if a side is outside it
     */
    public static void check(String what, long width, long height, Resolution resolution) {
        int max = maxSide(resolution);
        int min = minSide(resolution);
        if (width < min || height < min || width > max || height > max) {
            throw new AfisException(Reason.BAD_IMAGE_SIZE, what + " is " + width + "x" + height + " pixels; at "
                    + (int) resolution.dpi() + " DPI a finger image is " + min + " to " + max + " pixels a side ("
                    + MIN_INCHES + " to " + MAX_INCHES + " inches)");
        }
    }
}
