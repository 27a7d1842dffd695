package id.ektp.afis.template;

import com.machinezoo.sourceafis.engine.features.MinutiaType;
import com.machinezoo.sourceafis.engine.features.NeighborEdge;
import com.machinezoo.sourceafis.engine.features.SearchMinutia;
import com.machinezoo.sourceafis.engine.templates.SearchTemplate;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * One finger as {@link FlatMatcher} compares it: SourceAFIS's search template (minutiae and edge table) in
 * parallel arrays instead of some 500 objects. Read straight from the prepared form ({@link PreparedTemplate})
 * in about a fifth of the time the objects take to build, and read by the matcher from a few contiguous
 * arrays instead of chasing a reference per edge.
 */
public final class FlatTemplate {

    final int count;
    final short[] x;
    final short[] y;
    final float[] direction;
    final boolean[] bifurcation;
    /** Minutia i's edge table row is [starStart[i], starStart[i + 1]), each edge sorted as SourceAFIS sorts it. */
    final int[] starStart;
    final short[] starNeighbor;
    final short[] starLength;
    final float[] starReferenceAngle;
    final float[] starNeighborAngle;

    private FlatTemplate(int count, int edges) {
        this.count = count;
        x = new short[count];
        y = new short[count];
        direction = new float[count];
        bifurcation = new boolean[count];
        starStart = new int[count + 1];
        starNeighbor = new short[edges];
        starLength = new short[edges];
        starReferenceAngle = new float[edges];
        starNeighborAngle = new float[edges];
    }

    /** The minutiae count. */
    public int minutiaCount() {
        return count;
    }

    /** The same finger as a template already in memory. */
    public static FlatTemplate of(FingerTemplate template) {
        SearchTemplate search = PreparedTemplate.search(template.sourceAfis());
        SearchMinutia[] minutiae = search.minutiae;
        NeighborEdge[][] edges = search.edges;
        int total = 0;
        for (NeighborEdge[] row : edges) {
            total += row.length;
        }
        FlatTemplate flat = new FlatTemplate(minutiae.length, total);
        for (int i = 0; i < minutiae.length; i++) {
            flat.x[i] = minutiae[i].x;
            flat.y[i] = minutiae[i].y;
            flat.direction[i] = minutiae[i].direction;
            flat.bifurcation[i] = minutiae[i].type == MinutiaType.BIFURCATION;
        }
        int e = 0;
        for (int i = 0; i < edges.length; i++) {
            flat.starStart[i] = e;
            for (NeighborEdge edge : edges[i]) {
                flat.starNeighbor[e] = edge.neighbor;
                flat.starLength[e] = edge.length;
                flat.starReferenceAngle[e] = edge.referenceAngle;
                flat.starNeighborAngle[e] = edge.neighborAngle;
                e++;
            }
        }
        flat.starStart[minutiae.length] = e;
        return flat;
    }

    /**
     * Reads the prepared form ({@link PreparedTemplate#write}), with the checks of {@link PreparedTemplate#read}.
     *
     * @throws AfisException {@code CORRUPT_TEMPLATE} naming the problem if the bytes are not a whole,
     *                       consistent prepared template
     */
    public static FlatTemplate read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != PreparedTemplate.MAGIC) {
                throw corrupt("it does not start with the prepared-template magic");
            }
            byte version = in.get();
            if (version != PreparedTemplate.VERSION) {
                throw corrupt("version " + version + " is not readable by this build (reads " + PreparedTemplate.VERSION + ")");
            }
            short width = in.getShort();
            short height = in.getShort();
            int n = in.getShort() & 0xffff;
            if (width <= 0 || height <= 0) {
                throw corrupt("image size " + width + "x" + height + " is not positive");
            }
            boolean wide = n > 256;
            int tableStart = in.position() + n * 9;
            int total = countEdges(bytes, tableStart, n, wide);
            FlatTemplate flat = new FlatTemplate(n, total);
            for (int i = 0; i < n; i++) {
                flat.x[i] = in.getShort();
                flat.y[i] = in.getShort();
                float direction = in.getFloat();
                byte type = in.get();
                if (!(direction >= 0 && direction < 2 * Math.PI + 1e-3) || type < 0 || type > 1) {
                    throw corrupt("minutia " + i + " has direction " + direction + " or type " + type + " out of range");
                }
                flat.direction[i] = direction;
                flat.bifurcation[i] = type == 1;
            }
            EdgeGeometry shape = new EdgeGeometry();
            int e = 0;
            for (int i = 0; i < n; i++) {
                int rowLength = in.get() & 0xff;
                flat.starStart[i] = e;
                for (int k = 0; k < rowLength; k++) {
                    int neighbor = wide ? in.getShort() & 0xffff : in.get() & 0xff;
                    if (neighbor >= n || neighbor == i) {
                        throw corrupt("minutia " + i + " names neighbour " + neighbor + " of " + n);
                    }
                    shape.set(flat.x[i], flat.y[i], flat.direction[i], flat.x[neighbor], flat.y[neighbor], flat.direction[neighbor]);
                    flat.starNeighbor[e] = (short) neighbor;
                    flat.starLength[e] = shape.length;
                    flat.starReferenceAngle[e] = shape.referenceAngle;
                    flat.starNeighborAngle[e] = shape.neighborAngle;
                    e++;
                }
            }
            flat.starStart[n] = e;
            if (in.hasRemaining()) {
                throw corrupt(in.remaining() + " bytes after the edge table");
            }
            return flat;
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw corrupt("it is truncated (" + bytes.length + " bytes)");
        }
    }

    /** The edge table's size, read ahead so that the arrays are made once. */
    private static int countEdges(byte[] bytes, int position, int n, boolean wide) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (position >= bytes.length) {
                throw corrupt("it is truncated (" + bytes.length + " bytes)");
            }
            int rowLength = bytes[position] & 0xff;
            total += rowLength;
            position += 1 + rowLength * (wide ? 2 : 1);
        }
        return total;
    }

    private static AfisException corrupt(String why) {
        return new AfisException(Reason.CORRUPT_TEMPLATE, "prepared template is corrupt: " + why);
    }
}
