package id.ektp.afis.template;

import com.machinezoo.sourceafis.engine.configuration.Parameters;
import com.machinezoo.sourceafis.engine.features.IndexedEdge;
import com.machinezoo.sourceafis.engine.features.SearchMinutia;
import com.machinezoo.sourceafis.engine.primitives.FloatAngle;
import it.unimi.dsi.fastutil.ints.AbstractInt2ObjectMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectSet;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * SourceAFIS's probe edge hash ({@code EdgeHashes.build}) with the same keys and the same lists in the
 * same order, laid out flat: every (length, reference angle, neighbour angle) bin is a slot of one
 * dense counting-sort array, the edges of all bins one array, a bin's list a view of its slice.
 *
 * <p>Why: the matcher looks a bin up by the key {@code (referenceBin << 24) + (neighborBin << 16) +
 * lengthBin}; SourceAFIS fills a general hash map of array lists with some 55,000 insertions (about
 * 18,000 bins) per 50-minutia finger, 5 ms of cache misses. The bins are few and dense (37 x 37 angle
 * bins times the length bins), so two passes over the edges (count, then place) fill them in about a
 * millisecond. Only {@link #get} is on the matcher's path; the entry set (SourceAFIS reads it only to
 * estimate memory or for transparency logs) is built on demand.
 *
 * <p>A key outside the dense range (the length bin of an edge shorter than the distance tolerance is
 * -1, which SourceAFIS's key arithmetic folds into the neighbour bin) goes to a small ordinary map, so
 * that even those keys are SourceAFIS's exactly.
 */
final class CompactEdgeHash extends AbstractInt2ObjectMap<List<IndexedEdge>> {

    private static final int DISTANCE_ERROR = Parameters.MAX_DISTANCE_ERROR;
    private static final float ANGLE_ERROR = Parameters.MAX_ANGLE_ERROR;
    /** As SourceAFIS computes it (in double: 37 bins, the last one a sliver). */
    static final int ANGLE_BINS = (int) Math.ceil(2 * Math.PI / Parameters.MAX_ANGLE_ERROR);

    private final int lengthBins;
    /** Bin slot d = (referenceBin * ANGLE_BINS + neighborBin) * lengthBins + lengthBin; its edges are [start[d], start[d + 1]). */
    private final int[] start;
    private final IndexedEdge[] edges;
    /** The non-empty bins' lists, made once so that a lookup allocates nothing. */
    private final Bin[] bins;
    private final Int2ObjectOpenHashMap<List<IndexedEdge>> outside = new Int2ObjectOpenHashMap<>();
    private final int size;

    CompactEdgeHash(SearchMinutia[] minutiae) {
        int n = minutiae.length;
        IndexedEdge[] all = new IndexedEdge[Math.max(0, n * (n - 1))];
        int maxLength = 0;
        int e = 0;
        for (int reference = 0; reference < n; reference++) {
            for (int neighbor = 0; neighbor < n; neighbor++) {
                if (reference != neighbor) {
                    IndexedEdge edge = new IndexedEdge(minutiae, reference, neighbor);
                    all[e++] = edge;
                    maxLength = Math.max(maxLength, edge.length);
                }
            }
        }
        lengthBins = (maxLength + DISTANCE_ERROR) / DISTANCE_ERROR + 1;
        int slots = ANGLE_BINS * ANGLE_BINS * lengthBins;
        int[] count = new int[slots + 1];
        // pass one: the slot of every (edge, bin) pair in SourceAFIS's order, counted per slot
        int[] pairs = new int[Math.max(16, all.length * 24)];
        int[] pairsOfEdge = new int[all.length];
        int p = 0;
        for (int i = 0; i < all.length; i++) {
            IndexedEdge edge = all[i];
            int before = p;
            int minLength = (edge.length - DISTANCE_ERROR) / DISTANCE_ERROR;
            int maxLengthBin = (edge.length + DISTANCE_ERROR) / DISTANCE_ERROR;
            int minReference = (int) (FloatAngle.difference(edge.referenceAngle, ANGLE_ERROR) / ANGLE_ERROR);
            int endReference = ((int) (FloatAngle.add(edge.referenceAngle, ANGLE_ERROR) / ANGLE_ERROR) + 1) % ANGLE_BINS;
            int minNeighbor = (int) (FloatAngle.difference(edge.neighborAngle, ANGLE_ERROR) / ANGLE_ERROR);
            int endNeighbor = ((int) (FloatAngle.add(edge.neighborAngle, ANGLE_ERROR) / ANGLE_ERROR) + 1) % ANGLE_BINS;
            for (int length = minLength; length <= maxLengthBin; length++) {
                for (int r = minReference; r != endReference; r = (r + 1) % ANGLE_BINS) {
                    for (int b = minNeighbor; b != endNeighbor; b = (b + 1) % ANGLE_BINS) {
                        if (length < 0) {
                            // SourceAFIS's key for a length bin of -1, kept as it is
                            outside.computeIfAbsent((r << 24) + (b << 16) + length, k -> new java.util.ArrayList<>()).add(edge);
                            continue;
                        }
                        if (p == pairs.length) {
                            pairs = java.util.Arrays.copyOf(pairs, 2 * p);
                        }
                        int slot = (r * ANGLE_BINS + b) * lengthBins + length;
                        pairs[p++] = slot;
                        count[slot + 1]++;
                    }
                }
            }
            pairsOfEdge[i] = p - before;
        }
        // prefix sums: count becomes each slot's start
        int nonEmpty = 0;
        for (int d = 0; d < slots; d++) {
            nonEmpty += count[d + 1] != 0 ? 1 : 0;
            count[d + 1] += count[d];
        }
        start = count;
        edges = new IndexedEdge[p];
        int[] fill = new int[slots];
        System.arraycopy(start, 0, fill, 0, slots);
        // pass two: place the pairs again in SourceAFIS's order, so each bin lists its edges as SourceAFIS's would
        p = 0;
        for (int i = 0; i < all.length; i++) {
            for (int k = 0; k < pairsOfEdge[i]; k++) {
                edges[fill[pairs[p++]]++] = all[i];
            }
        }
        bins = new Bin[slots];
        for (int d = 0; d < slots; d++) {
            if (start[d + 1] > start[d]) {
                bins[d] = new Bin(start[d], start[d + 1]);
            }
        }
        size = nonEmpty + outside.size();
    }

    @Override
    public List<IndexedEdge> get(int key) {
        int length = key & 0xffff;
        if (length >= lengthBins) {
            return outside.isEmpty() ? null : outside.get(key);
        }
        int reference = key >>> 24;
        int neighbor = (key >>> 16) & 0xff;
        if (reference >= ANGLE_BINS || neighbor >= ANGLE_BINS) {
            return outside.isEmpty() ? null : outside.get(key);
        }
        return bins[(reference * ANGLE_BINS + neighbor) * lengthBins + length];
    }

    @Override
    public boolean containsKey(int key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public ObjectSet<Int2ObjectMap.Entry<List<IndexedEdge>>> int2ObjectEntrySet() {
        Int2ObjectOpenHashMap<List<IndexedEdge>> copy = new Int2ObjectOpenHashMap<>(outside);
        for (int r = 0; r < ANGLE_BINS; r++) {
            for (int b = 0; b < ANGLE_BINS; b++) {
                for (int length = 0; length < lengthBins; length++) {
                    Bin bin = bins[(r * ANGLE_BINS + b) * lengthBins + length];
                    if (bin != null) {
                        copy.put((r << 24) + (b << 16) + length, bin);
                    }
                }
            }
        }
        return copy.int2ObjectEntrySet();
    }

    /** One bin's edges: a read-only view of its slice of {@link #edges}. */
    private final class Bin extends AbstractList<IndexedEdge> implements RandomAccess {
        private final int from;
        private final int to;

        Bin(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public IndexedEdge get(int index) {
            if (index < 0 || index >= to - from) {
                throw new IndexOutOfBoundsException(index);
            }
            return edges[from + index];
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
