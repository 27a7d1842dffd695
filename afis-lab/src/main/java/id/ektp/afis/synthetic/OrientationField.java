package id.ektp.afis.synthetic;

import java.util.SplittableRandom;

/**
 * Ridge orientation over a master finger, from Sherlock and Monro's zero-pole model: each core turns the
 * orientation by half the angle under which it is seen, each delta by minus half. Arches have no singular
 * points and use a smooth arch-shaped field instead. Coordinates are pixels at 500 dpi around the finger
 * centre, y down. Orientation is in radians modulo pi.
 */
public final class OrientationField {
    private final PatternClass pattern;
    private final double[] coresX;
    private final double[] coresY;
    private final double[] deltasX;
    private final double[] deltasY;
    private final double baseAngle;
    private final double archCurvature;

    private OrientationField(PatternClass pattern, double[] coresX, double[] coresY, double[] deltasX, double[] deltasY,
            double baseAngle, double archCurvature) {
        this.pattern = pattern;
        this.coresX = coresX;
        this.coresY = coresY;
        this.deltasX = deltasX;
        this.deltasY = deltasY;
        this.baseAngle = baseAngle;
        this.archCurvature = archCurvature;
    }

    public PatternClass pattern() {
        return pattern;
    }

    /** Places the singular points of a pattern class with random jitter. */
    static OrientationField draw(PatternClass pattern, SplittableRandom random) {
        double tilt = random.nextGaussian() * Math.toRadians(8);
        double jx = random.nextGaussian() * 15;
        double jy = random.nextGaussian() * 15;
        return switch (pattern) {
            case ARCH -> new OrientationField(pattern, new double[0], new double[0], new double[0], new double[0], tilt,
                    0.8 + random.nextDouble() * 0.8);
            case TENTED_ARCH -> new OrientationField(pattern, new double[] { jx }, new double[] { -30 + jy },
                    new double[] { jx + random.nextGaussian() * 5 }, new double[] { 40 + jy + random.nextDouble() * 30 },
                    tilt, 0);
            case LEFT_LOOP, RIGHT_LOOP -> {
                double side = pattern == PatternClass.LEFT_LOOP ? 1 : -1;
                yield new OrientationField(pattern, new double[] { jx }, new double[] { -40 + jy },
                        new double[] { jx + side * (80 + random.nextDouble() * 40) },
                        new double[] { 60 + jy + random.nextDouble() * 40 }, tilt, 0);
            }
            case WHORL -> {
                double gap = 15 + random.nextDouble() * 30;
                double twist = random.nextGaussian() * 10;
                yield new OrientationField(pattern, new double[] { jx - twist, jx + twist },
                        new double[] { -20 + jy - gap / 2, -20 + jy + gap / 2 },
                        new double[] { jx - 90 - random.nextDouble() * 30, jx + 90 + random.nextDouble() * 30 },
                        new double[] { 70 + jy + random.nextGaussian() * 15, 70 + jy + random.nextGaussian() * 15 },
                        tilt, 0);
            }
        };
    }

    /** Ridge orientation at (x, y), in [0, pi). */
    public double at(double x, double y) {
        double angle;
        if (coresX.length == 0) {
            // Arch: ridges run across the finger and bulge upwards in the middle; the slope of a ridge
            // y = -c * a * exp(-x^2 / s^2) is what the orientation follows.
            double s = 120;
            double bump = Math.exp(-(x * x) / (s * s)) * Math.exp(-Math.max(0, y - 40) / 150.0);
            double slope = archCurvature * 2 * x / s * bump;
            angle = Math.atan(slope);
        } else {
            double sum = 0;
            for (int i = 0; i < coresX.length; i++)
                sum += Math.atan2(y - coresY[i], x - coresX[i]);
            for (int i = 0; i < deltasX.length; i++)
                sum -= Math.atan2(y - deltasY[i], x - deltasX[i]);
            angle = sum / 2;
        }
        angle += baseAngle;
        angle %= Math.PI;
        return angle < 0 ? angle + Math.PI : angle;
    }
}
