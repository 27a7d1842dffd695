package id.ektp.devices.synthetic;

/**
 * Even-symmetric Gabor kernels for every quantised ridge orientation and period, computed once per JVM so that
 * growing a master finger is only multiply-adds over float arrays.
 */
final class GaborFilterBank {
    static final int ORIENTATIONS = 32;
    static final double MIN_PERIOD = 3.5;
    static final double PERIOD_STEP = 0.25;
    static final int PERIODS = 13;
    static final int RADIUS = 5;
    static final int SIZE = 2 * RADIUS + 1;

    private static final GaborFilterBank SHARED = new GaborFilterBank();

    private final float[][] kernels = new float[ORIENTATIONS * PERIODS][];

    private GaborFilterBank() {
        for (int p = 0; p < PERIODS; p++) {
            double period = MIN_PERIOD + p * PERIOD_STEP;
            for (int o = 0; o < ORIENTATIONS; o++) {
                kernels[p * ORIENTATIONS + o] = kernel(o * Math.PI / ORIENTATIONS, period);
            }
        }
    }

    static GaborFilterBank shared() {
        return SHARED;
    }

    float[] kernel(int index) {
        return kernels[index];
    }

    /** The kernel index for a ridge direction (radians, modulo pi) and a ridge period in grid pixels. */
    static short index(double orientation, double period) {
        int o = (int) Math.round(ZeroPoleOrientation.wrap(orientation) / Math.PI * ORIENTATIONS) % ORIENTATIONS;
        int p = (int) Math.round((period - MIN_PERIOD) / PERIOD_STEP);
        p = Math.max(0, Math.min(PERIODS - 1, p));
        return (short) (p * ORIENTATIONS + o);
    }

    private static float[] kernel(double orientation, double period) {
        // Wider along the ridge than across it: smooth ridges that still follow a bending flow.
        double sigmaAcross = 0.45 * period;
        double sigmaAlong = 0.6 * period;
        double sin = Math.sin(orientation);
        double cos = Math.cos(orientation);
        double[] k = new double[SIZE * SIZE];
        double mean = 0;
        for (int dy = -RADIUS; dy <= RADIUS; dy++) {
            for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                double along = dx * cos + dy * sin;
                double across = -dx * sin + dy * cos;
                double envelope = Math.exp(-across * across / (2 * sigmaAcross * sigmaAcross)
                        - along * along / (2 * sigmaAlong * sigmaAlong));
                double value = envelope * Math.cos(2 * Math.PI * across / period);
                k[(dy + RADIUS) * SIZE + dx + RADIUS] = value;
                mean += value;
            }
        }
        mean /= k.length;
        // No response to flat areas, and unit response to a ridge wave of the kernel's own period.
        double gain = 0;
        for (int dy = -RADIUS; dy <= RADIUS; dy++) {
            for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                int i = (dy + RADIUS) * SIZE + dx + RADIUS;
                k[i] -= mean;
                double across = -dx * sin + dy * cos;
                gain += k[i] * Math.cos(2 * Math.PI * across / period);
            }
        }
        float[] result = new float[k.length];
        for (int i = 0; i < k.length; i++) {
            result[i] = (float) (k[i] / gain);
        }
        return result;
    }
}
