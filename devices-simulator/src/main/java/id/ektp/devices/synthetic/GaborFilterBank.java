package id.ektp.devices.synthetic;

/**
 * Even-symmetric Gabor kernels for every quantised ridge orientation and period, computed once per JVM so that
 * growing a master finger is only multiply-adds over float arrays.
 */
final class GaborFilterBank {
    static final int ORIENTATIONS = 32;
    static final int PERIODS = 13;
    /** Ridge periods covered at 500 dpi: 7 to 13 pixels. */
    private static final double MIN_PERIOD_500DPI = 7.0;
    private static final double PERIOD_STEP_500DPI = 0.5;
    private static final double RADIUS_500DPI = 10;

    private static final java.util.Map<Double, GaborFilterBank> BANKS = new java.util.concurrent.ConcurrentHashMap<>();

    private final double minPeriod;
    private final double periodStep;
    private final int radius;
    private final int size;
    private final float[][] kernels = new float[ORIENTATIONS * PERIODS][];

    private GaborFilterBank(double gridScale) {
        this.minPeriod = MIN_PERIOD_500DPI * gridScale;
        this.periodStep = PERIOD_STEP_500DPI * gridScale;
        this.radius = (int) Math.round(RADIUS_500DPI * gridScale);
        this.size = 2 * radius + 1;
        for (int p = 0; p < PERIODS; p++) {
            double period = minPeriod + p * periodStep;
            for (int o = 0; o < ORIENTATIONS; o++) {
                kernels[p * ORIENTATIONS + o] = kernel(o * Math.PI / ORIENTATIONS, period);
            }
        }
    }

    /** The bank for a grid of {@code gridScale} grid pixels per 500 dpi pixel, built once and shared. */
    static GaborFilterBank forScale(double gridScale) {
        return BANKS.computeIfAbsent(gridScale, GaborFilterBank::new);
    }

    int radius() {
        return radius;
    }

    int size() {
        return size;
    }

    float[] kernel(int index) {
        return kernels[index];
    }

    /** The kernel index for a ridge direction (radians, modulo pi) and a ridge period in grid pixels. */
    short index(double orientation, double period) {
        int o = (int) Math.round(ZeroPoleOrientation.wrap(orientation) / Math.PI * ORIENTATIONS) % ORIENTATIONS;
        int p = (int) Math.round((period - minPeriod) / periodStep);
        p = Math.max(0, Math.min(PERIODS - 1, p));
        return (short) (p * ORIENTATIONS + o);
    }

    private float[] kernel(double orientation, double period) {
        // Wider along the ridge than across it: smooth ridges that still follow a bending flow.
        double sigmaAcross = 0.45 * period;
        double sigmaAlong = 0.6 * period;
        double sin = Math.sin(orientation);
        double cos = Math.cos(orientation);
        double[] k = new double[size * size];
        double mean = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                double along = dx * cos + dy * sin;
                double across = -dx * sin + dy * cos;
                double envelope = Math.exp(-across * across / (2 * sigmaAcross * sigmaAcross)
                        - along * along / (2 * sigmaAlong * sigmaAlong));
                double value = envelope * Math.cos(2 * Math.PI * across / period);
                k[(dy + radius) * size + dx + radius] = value;
                mean += value;
            }
        }
        mean /= k.length;
        // No response to flat areas, and unit response to a ridge wave of the kernel's own period.
        double gain = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int i = (dy + radius) * size + dx + radius;
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
