package id.ektp.afis.index;

/**
 * A fast arctangent for the finger codes. {@link Math#atan2} costs more than the rest of the encoding
 * together; the codes only need the angle to well under a degree (bins are 30 degrees wide), and this
 * rational approximation is within 0.0015 radians (0.09 degrees) and, being plain arithmetic, gives
 * the same result on every JVM.
 */
final class Angles {

    private Angles() {
    }

    static double atan2(double y, double x) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax == 0 && ay == 0) {
            return 0;
        }
        double a = Math.min(ax, ay) / Math.max(ax, ay);
        double s = a * a;
        // atan(a) on [0, 1], minimax polynomial (max error about 1e-5 rad)
        double r = ((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s * a + a;
        if (ay > ax) {
            r = Math.PI / 2 - r;
        }
        if (x < 0) {
            r = Math.PI - r;
        }
        return y < 0 ? -r : r;
    }
}
