package id.ektp.afis.image;

import id.ektp.afis.AfisException;
import java.util.Objects;

/**
 * A decoded fingerprint image: 8-bit grey, row by row, dark ridges on a light background, at a stated
 * resolution. The pixel array is not copied: treat it as read-only.
 */
public record GrayscaleImage(int width, int height, byte[] pixels, Resolution resolution) {

    /** Larger than any flat or rolled capture at 1000 DPI (a full slap is about 3200 x 3000). */
    public static final int MAX_SIDE = 4096;

    public GrayscaleImage {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(resolution, "resolution");
        if (width <= 0 || height <= 0) {
            throw new AfisException(AfisException.Reason.BAD_IMAGE_SIZE, "image is " + width + "x" + height + " pixels");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new AfisException(AfisException.Reason.BAD_IMAGE_SIZE,
                    "image is " + width + "x" + height + " pixels, more than " + MAX_SIDE + " on a side");
        }
        if (pixels.length != width * height) {
            throw new AfisException(AfisException.Reason.BAD_IMAGE_SIZE,
                    "image is " + width + "x" + height + " but holds " + pixels.length + " pixels");
        }
    }
}
