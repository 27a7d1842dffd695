package id.ektp.devices.synthetic;

import java.util.SplittableRandom;

/**
 * Grows a ridge pattern from a few random seeds by iterative Gabor filtering along the orientation and frequency
 * maps (SFinGe's method). Where waves from different seeds meet out of phase, ridges end or bifurcate: the
 * minutiae appear by themselves, at the places and density real ones do.
 */
final class RidgeGrower {
    private final GaborFilterBank bank;

    RidgeGrower(GaborFilterBank bank) {
        this.bank = bank;
    }

    /**
     * @param kernelIndex per grid pixel, the Gabor kernel for the local orientation and period
     * @return the ridge map in about [-1, 1], positive on ridges, as a smooth wave (not binarised) so that
     *         impressions can thicken or thin ridges by shifting a threshold
     */
    float[] grow(int width, int height, short[] kernelIndex, SplittableRandom random, int seeds, int iterations) {
        int r = bank.radius();
        int paddedWidth = width + 2 * r;
        float[] padded = new float[paddedWidth * (height + 2 * r)];
        for (int s = 0; s < seeds; s++) {
            int x = r + random.nextInt(width);
            int y = r + random.nextInt(height);
            padded[y * paddedWidth + x] = random.nextBoolean() ? 1f : -1f;
        }
        float[] out = new float[width * height];
        for (int i = 0; i < iterations; i++) {
            filter(padded, paddedWidth, width, height, kernelIndex, out);
            // Amplify and saturate: the pattern spreads from the seeds and settles into full-contrast ridges.
            for (int y = 0; y < height; y++) {
                int row = (y + r) * paddedWidth + r;
                for (int x = 0; x < width; x++) {
                    float v = out[y * width + x] * 2.5f;
                    padded[row + x] = v > 1f ? 1f : (v < -1f ? -1f : v);
                }
            }
        }
        // A last pass without saturation turns the square wave into a smooth one.
        filter(padded, paddedWidth, width, height, kernelIndex, out);
        for (int i = 0; i < out.length; i++) {
            float v = out[i] * 0.8f;
            out[i] = v > 1f ? 1f : (v < -1f ? -1f : v);
        }
        return out;
    }

    private void filter(float[] padded, int paddedWidth, int width, int height, short[] kernelIndex, float[] out) {
        int size = bank.size();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float[] k = bank.kernel(kernelIndex[y * width + x]);
                float sum = 0;
                int ki = 0;
                for (int ky = 0; ky < size; ky++) {
                    int row = (y + ky) * paddedWidth + x;
                    for (int kx = 0; kx < size; kx++) {
                        sum += k[ki++] * padded[row + kx];
                    }
                }
                out[y * width + x] = sum;
            }
        }
    }
}
