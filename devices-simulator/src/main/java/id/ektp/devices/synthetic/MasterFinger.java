package id.ektp.devices.synthetic;

import id.ektp.afis.synthetic.PatternClass;
import java.util.List;

/**
 * One synthetic finger: its class, singular points, fingertip shape and grown ridge pattern. Every impression of the
 * same master is a mated sample; impressions of different masters are non-mated.
 *
 * <p>Not the same thing as the engine lab's {@link id.ektp.afis.synthetic.MasterFinger}, which holds
 * minutiae only (no ridges, no pixels) to make a million synthetic templates quickly; this one is the
 * ridge map that the renderer turns into scanner images. They share the pattern classes and the seeds.
 *
 * @param ridges the ridge map on a grid of {@code gridScale} grid pixels per 500 dpi master pixel
 */
public record MasterFinger(
        String id,
        PatternClass fingerprintClass,
        List<SingularPoint> cores,
        List<SingularPoint> deltas,
        FingertipShape shape,
        int gridWidth,
        int gridHeight,
        double gridScale,
        float[] ridges) {

    /** Width and height of the master area, in 500 dpi pixels. */
    public static final int WIDTH = 480;
    public static final int HEIGHT = 560;

    /** The ridge value at a master point (500 dpi), bilinear between grid pixels; 0 (no ridge) outside. */
    double ridgeAt(double x, double y) {
        double gx = x * gridScale;
        double gy = y * gridScale;
        int ix = (int) Math.floor(gx);
        int iy = (int) Math.floor(gy);
        if (ix < 0 || iy < 0 || ix >= gridWidth - 1 || iy >= gridHeight - 1) {
            return 0;
        }
        double fx = gx - ix;
        double fy = gy - iy;
        int i = iy * gridWidth + ix;
        double top = ridges[i] + (ridges[i + 1] - ridges[i]) * fx;
        double bottom = ridges[i + gridWidth] + (ridges[i + gridWidth + 1] - ridges[i + gridWidth]) * fx;
        return top + (bottom - top) * fy;
    }
}
