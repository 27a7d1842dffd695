package id.ektp.afis.template;

import com.machinezoo.sourceafis.engine.configuration.Parameters;
import com.machinezoo.sourceafis.engine.primitives.FloatAngle;

/**
 * A probe finger prepared for {@link FlatMatcher}: its {@link FlatTemplate} and SourceAFIS's edge hash (every
 * ordered pair of its minutiae under each length and angle bin its tolerance reaches) laid out flat: the bins
 * dense (37 x 37 angle bins times the length bins, counted and filled in two passes, each bin's edges in
 * SourceAFIS's order), each entry the number of an edge in parallel arrays rather than an edge object, so the
 * root search's up to 1,633 lookups a comparison read a few small arrays. SourceAFIS 3.18 builds the same hash
 * from boxed bin lists into a general hash map, 5-8 ms a synthetic finger; this takes about 1.5 ms.
 * Built once per probe finger and used by every comparison of a search, from any thread.
 */
public final class FlatProbe {

    static final int DISTANCE_ERROR = Parameters.MAX_DISTANCE_ERROR;
    static final float ANGLE_ERROR = Parameters.MAX_ANGLE_ERROR;
    /** As SourceAFIS computes it (in double: 37 bins, the last one a sliver). */
    static final int ANGLE_BINS = (int) Math.ceil(2 * Math.PI / Parameters.MAX_ANGLE_ERROR);

    final FlatTemplate template;
    final int lengthBins;
    /** Bin slot d = (referenceBin * ANGLE_BINS + neighborBin) * lengthBins + lengthBin lists entries [binStart[d], binStart[d + 1]). */
    final int[] binStart;
    /** Each entry: the number of an edge below, in SourceAFIS's order within the bin. */
    final int[] binEdge;
    final short[] edgeLength;
    final float[] edgeReferenceAngle;
    final float[] edgeNeighborAngle;
    /** The edge's reference minutia, as SourceAFIS's {@code IndexedEdge} keeps it (one unsigned byte). */
    final int[] edgeReference;

    private FlatProbe(FlatTemplate template) {
        this.template = template;
        int n = template.count;
        int total = Math.max(0, n * (n - 1));
        edgeLength = new short[total];
        edgeReferenceAngle = new float[total];
        edgeNeighborAngle = new float[total];
        edgeReference = new int[total];
        EdgeGeometry shape = new EdgeGeometry();
        int maxLength = 0;
        int e = 0;
        for (int reference = 0; reference < n; reference++) {
            for (int neighbor = 0; neighbor < n; neighbor++) {
                if (reference != neighbor) {
                    shape.set(template.x[reference], template.y[reference], template.direction[reference],
                            template.x[neighbor], template.y[neighbor], template.direction[neighbor]);
                    edgeLength[e] = shape.length;
                    edgeReferenceAngle[e] = shape.referenceAngle;
                    edgeNeighborAngle[e] = shape.neighborAngle;
                    edgeReference[e] = reference & 0xff;
                    maxLength = Math.max(maxLength, shape.length);
                    e++;
                }
            }
        }
        lengthBins = (maxLength + DISTANCE_ERROR) / DISTANCE_ERROR + 1;
        int slots = ANGLE_BINS * ANGLE_BINS * lengthBins;
        int[] count = new int[slots + 1];
        // pass one: the slot of every (edge, bin) pair in SourceAFIS's order, counted per slot
        int[] pairs = new int[Math.max(16, total * 27)];
        int[] pairsOfEdge = new int[total];
        int p = 0;
        for (int i = 0; i < total; i++) {
            int before = p;
            int length = edgeLength[i];
            int minLength = (length - DISTANCE_ERROR) / DISTANCE_ERROR;
            int maxLengthBin = (length + DISTANCE_ERROR) / DISTANCE_ERROR;
            int minReference = (int) (FloatAngle.difference(edgeReferenceAngle[i], ANGLE_ERROR) / ANGLE_ERROR);
            int endReference = ((int) (FloatAngle.add(edgeReferenceAngle[i], ANGLE_ERROR) / ANGLE_ERROR) + 1) % ANGLE_BINS;
            int minNeighbor = (int) (FloatAngle.difference(edgeNeighborAngle[i], ANGLE_ERROR) / ANGLE_ERROR);
            int endNeighbor = ((int) (FloatAngle.add(edgeNeighborAngle[i], ANGLE_ERROR) / ANGLE_ERROR) + 1) % ANGLE_BINS;
            // a length bin of -1 (an edge of length 0) is a key no lookup asks for: SourceAFIS folds it into
            // another bin's key with length bin 65535, which no edge of a real template has
            for (int lengthBin = Math.max(0, minLength); lengthBin <= maxLengthBin; lengthBin++) {
                for (int r = minReference; r != endReference; r = (r + 1) % ANGLE_BINS) {
                    for (int b = minNeighbor; b != endNeighbor; b = (b + 1) % ANGLE_BINS) {
                        if (p == pairs.length) {
                            pairs = java.util.Arrays.copyOf(pairs, 2 * p);
                        }
                        int slot = (r * ANGLE_BINS + b) * lengthBins + lengthBin;
                        pairs[p++] = slot;
                        count[slot + 1]++;
                    }
                }
            }
            pairsOfEdge[i] = p - before;
        }
        for (int d = 0; d < slots; d++) {
            count[d + 1] += count[d];
        }
        binStart = count;
        binEdge = new int[p];
        int[] fill = java.util.Arrays.copyOf(binStart, slots);
        // pass two: each edge again, in the same order, so each bin lists its edges as SourceAFIS's would
        int q = 0;
        for (int i = 0; i < total; i++) {
            for (int k = 0; k < pairsOfEdge[i]; k++) {
                binEdge[fill[pairs[q++]]++] = i;
            }
        }
    }

    /** The matcher's probe for this finger. */
    public static FlatProbe of(FingerTemplate probe) {
        return new FlatProbe(FlatTemplate.of(probe));
    }

    /** The probe's template, flat. */
    public FlatTemplate template() {
        return template;
    }
}
