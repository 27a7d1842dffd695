package id.ektp.devices.synthetic;

import java.util.SplittableRandom;

/** Smooth random fields (value noise on a coarse lattice), for frequency drift, dryness blotches and background. */
final class ValueNoise {
    private final float[] lattice;
    private final int latticeWidth;
    private final double cell;

    ValueNoise(double width, double height, double cell, SplittableRandom random) {
        this.cell = cell;
        this.latticeWidth = (int) Math.ceil(width / cell) + 2;
        int latticeHeight = (int) Math.ceil(height / cell) + 2;
        this.lattice = new float[latticeWidth * latticeHeight];
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = (float) (random.nextDouble() * 2 - 1);
        }
    }

    /** The field at a point, in [-1, 1]; points outside the area are clamped to its border. */
    double at(double x, double y) {
        double gx = Math.max(0, x / cell);
        double gy = Math.max(0, y / cell);
        int ix = Math.min((int) gx, latticeWidth - 2);
        int iy = Math.min((int) gy, lattice.length / latticeWidth - 2);
        double fx = smooth(Math.min(1, gx - ix));
        double fy = smooth(Math.min(1, gy - iy));
        int i = iy * latticeWidth + ix;
        double top = lattice[i] + (lattice[i + 1] - lattice[i]) * fx;
        double bottom = lattice[i + latticeWidth] + (lattice[i + latticeWidth + 1] - lattice[i + latticeWidth]) * fx;
        return top + (bottom - top) * fy;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
