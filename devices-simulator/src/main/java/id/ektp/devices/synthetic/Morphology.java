package id.ektp.devices.synthetic;

/** Small in-place image operations on grey float images: 3x3 grey-level erosion/dilation and a sensor blur. */
final class Morphology {
    private Morphology() {
    }

    /**
     * One 3x3 grey-level step. Ridges are dark, so {@code thickenRidges} takes the minimum (dilates the ridges) and
     * otherwise the maximum (erodes them).
     */
    static void greyscale(float[] image, int width, int height, boolean thickenRidges) {
        float[] tmp = new float[image.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                float a = image[i];
                float b = image[y * width + Math.max(0, x - 1)];
                float c = image[y * width + Math.min(width - 1, x + 1)];
                tmp[i] = thickenRidges ? Math.min(a, Math.min(b, c)) : Math.max(a, Math.max(b, c));
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                float a = tmp[i];
                float b = tmp[Math.max(0, y - 1) * width + x];
                float c = tmp[Math.min(height - 1, y + 1) * width + x];
                image[i] = thickenRidges ? Math.min(a, Math.min(b, c)) : Math.max(a, Math.max(b, c));
            }
        }
    }

    /** The slight optical blur of a scanner: a separable [1 2 1] / 4 filter. */
    static void blur(float[] image, int width, int height) {
        float[] tmp = new float[image.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                tmp[y * width + x] = (image[y * width + Math.max(0, x - 1)] + 2 * image[y * width + x]
                        + image[y * width + Math.min(width - 1, x + 1)]) * 0.25f;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image[y * width + x] = (tmp[Math.max(0, y - 1) * width + x] + 2 * tmp[y * width + x]
                        + tmp[Math.min(height - 1, y + 1) * width + x]) * 0.25f;
            }
        }
    }
}
