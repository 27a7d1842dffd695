package id.ektp.afis.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws master fingers: a pattern class, its orientation field, an outline, and minutiae spread over
 * the outline by dart throwing with a minimum spacing (real minutiae rarely sit closer than a ridge
 * period or two), each pointing along the local ridge flow.
 *
 * @param density        minutiae per square pixel at 500 dpi over the finger outline
 * @param minSpacing     minimum distance between two minutiae, pixels
 * @param endingShare    share of ridge endings (the rest are bifurcations)
 * @param directionNoise standard deviation of a minutia's direction around the ridge flow, radians
 */
public record MasterFingerModel(double density, double minSpacing, double endingShare, double directionNoise) {
    /**
     * Tuned with {@link ImpressionModel#DEFAULT} until SourceAFIS scores of synthetic pairs matched FVC2002's
     * (see the evaluation report); the ending share is the one SourceAFIS extracts from FVC2002 (57 %).
     */
    public static final MasterFingerModel DEFAULT = new MasterFingerModel(0.0013, 11, 0.57, Math.toRadians(6));

    /** @param sizeFactor outline scale of the finger (thumbs are larger than little fingers) */
    public MasterFinger draw(SplittableRandom random, double sizeFactor) {
        PatternClass pattern = PatternClass.draw(random);
        OrientationField field = OrientationField.draw(pattern, random);
        double ax = (150 + random.nextGaussian() * 10) * sizeFactor;
        double ay = (200 + random.nextGaussian() * 12) * sizeFactor;
        double area = Math.PI * ax * ay;
        int target = (int) Math.round(area * density * (0.85 + 0.3 * random.nextDouble()));
        List<Minutia> minutiae = new ArrayList<>(target);
        SpacingGrid grid = new SpacingGrid(ax, ay, minSpacing);
        int attempts = 0;
        while (minutiae.size() < target && attempts < target * 30) {
            attempts++;
            double x = (random.nextDouble() * 2 - 1) * ax;
            double y = (random.nextDouble() * 2 - 1) * ay;
            if ((x * x) / (ax * ax) + (y * y) / (ay * ay) > 1 || !grid.free(x, y))
                continue;
            grid.add(x, y);
            double direction = field.at(x, y) + (random.nextBoolean() ? Math.PI : 0) + random.nextGaussian() * directionNoise;
            MinutiaKind kind = random.nextDouble() < endingShare ? MinutiaKind.ENDING : MinutiaKind.BIFURCATION;
            minutiae.add(new Minutia(x, y, direction, kind));
        }
        return new MasterFinger(field, ax, ay, minutiae);
    }

    /** Buckets of accepted points so that the spacing test looks at a few neighbours, not at all points. */
    private static final class SpacingGrid {
        private final double cell;
        private final double minSquared;
        private final double originX;
        private final double originY;
        private final int columns;
        private final int rows;
        private final List<double[]>[] cells;

        @SuppressWarnings("unchecked")
        SpacingGrid(double ax, double ay, double spacing) {
            cell = spacing;
            minSquared = spacing * spacing;
            originX = -ax;
            originY = -ay;
            columns = (int) Math.ceil(2 * ax / cell) + 1;
            rows = (int) Math.ceil(2 * ay / cell) + 1;
            @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation; the buckets are filled with List<double[]> only
            List<double[]>[] empty = new List[columns * rows];
            cells = empty;
        }

        boolean free(double x, double y) {
            int cx = (int) ((x - originX) / cell);
            int cy = (int) ((y - originY) / cell);
            for (int i = Math.max(0, cx - 1); i <= Math.min(columns - 1, cx + 1); i++)
                for (int j = Math.max(0, cy - 1); j <= Math.min(rows - 1, cy + 1); j++) {
                    List<double[]> bucket = cells[j * columns + i];
                    if (bucket == null)
                        continue;
                    for (double[] p : bucket) {
                        double dx = p[0] - x;
                        double dy = p[1] - y;
                        if (dx * dx + dy * dy < minSquared)
                            return false;
                    }
                }
            return true;
        }

        void add(double x, double y) {
            int index = (int) ((y - originY) / cell) * columns + (int) ((x - originX) / cell);
            if (cells[index] == null)
                cells[index] = new ArrayList<>(2);
            cells[index].add(new double[] { x, y });
        }
    }
}
