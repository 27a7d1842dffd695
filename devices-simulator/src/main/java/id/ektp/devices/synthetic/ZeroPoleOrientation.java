package id.ektp.devices.synthetic;

import java.util.List;

/**
 * Sherlock and Monro's zero-pole model: every core turns the orientation by +1/2 of its argument and every delta
 * by -1/2, so loops, whorls and tented arches follow from where their singular points sit.
 */
final class ZeroPoleOrientation implements OrientationModel {
    private final List<SingularPoint> cores;
    private final List<SingularPoint> deltas;
    private final double baseAngle;

    ZeroPoleOrientation(List<SingularPoint> cores, List<SingularPoint> deltas, double baseAngle) {
        this.cores = List.copyOf(cores);
        this.deltas = List.copyOf(deltas);
        this.baseAngle = baseAngle;
    }

    @Override
    public double orientation(double x, double y) {
        // The model is stated with y up; image rows grow downwards, hence the sign flips.
        double theta = baseAngle;
        for (SingularPoint c : cores) {
            theta += 0.5 * Math.atan2(-(y - c.y()), x - c.x());
        }
        for (SingularPoint d : deltas) {
            theta -= 0.5 * Math.atan2(-(y - d.y()), x - d.x());
        }
        return wrap(-theta);
    }

    static double wrap(double angle) {
        double a = angle % Math.PI;
        return a < 0 ? a + Math.PI : a;
    }
}
