package id.ektp.afis.template;

import com.machinezoo.sourceafis.engine.features.EdgeShape;
import com.machinezoo.sourceafis.engine.primitives.FloatAngle;
import java.lang.reflect.Field;

/**
 * The shape of the edge between two minutiae (length and the two angles), computed as SourceAFIS's
 * {@code EdgeShape} computes it, bit for bit, from its own polar tables, without making an object: the flat
 * matcher computes some 2,000 of them a comparison.
 */
final class EdgeGeometry {

    private static final int CACHE_BITS = 8;
    private static final int CACHE_RADIUS = 1 << CACHE_BITS;
    private static final int[] DISTANCE;
    private static final float[] ANGLE;

    static {
        try {
            DISTANCE = (int[]) staticField("POLAR_DISTANCE_CACHE");
            ANGLE = (float[]) staticField("POLAR_ANGLE_CACHE");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("this SourceAFIS version does not have the polar tables "
                    + "EdgeGeometry reads (built for 3.18): " + e);
        }
        if (DISTANCE.length != CACHE_RADIUS * CACHE_RADIUS || ANGLE.length != CACHE_RADIUS * CACHE_RADIUS) {
            throw new ExceptionInInitializerError("SourceAFIS's polar tables have another size than 3.18's");
        }
    }

    private static Object staticField(String name) throws ReflectiveOperationException {
        Field field = EdgeShape.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    /** Edge length in pixels, as SourceAFIS stores it (a short). */
    short length;
    float referenceAngle;
    float neighborAngle;

    /** This edge from the reference minutia (rx, ry, rdirection) to its neighbour. */
    void set(int rx, int ry, float rdirection, int nx, int ny, float ndirection) {
        float quadrant = 0;
        int x = nx - rx;
        int y = ny - ry;
        if (y < 0) {
            x = -x;
            y = -y;
            quadrant = FloatAngle.PI;
        }
        if (x < 0) {
            int tmp = -x;
            x = y;
            y = tmp;
            quadrant += FloatAngle.HALF_PI;
        }
        int shift = 32 - Integer.numberOfLeadingZeros((x | y) >>> CACHE_BITS);
        int offset = (y >> shift) * CACHE_RADIUS + (x >> shift);
        length = (short) (DISTANCE[offset] << shift);
        float angle = ANGLE[offset] + quadrant;
        referenceAngle = FloatAngle.difference(rdirection, angle);
        neighborAngle = FloatAngle.difference(ndirection, FloatAngle.opposite(angle));
    }
}
