package id.ektp.afis.index;

/**
 * The shortlist descriptor of one finger: a fixed-length bit vector (1,024 bits, 16 longs) holding a
 * "bag" of local minutia triplets, compared by counting common bits with {@link Long#bitCount}.
 *
 * <p>For every minutia m, its {@value #NEIGHBOURS} nearest neighbours are taken, and every pair (a, b)
 * of them forms a triplet described in m's own frame (origin at m, x axis along m's direction): the
 * distance to a and to b, the bearing of a and of b, and the direction of a and of b relative to m. These
 * six values are invariant to where and at what angle the finger lay on the sensor; quantised coarsely
 * (so that skin distortion and extraction noise mostly leave them in the same bin) they are hashed to
 * one bit. Two impressions of one finger share many triplets, two different fingers only those that
 * collide by chance or by similar ridge flow, so the number of common bits, normalised by what chance
 * alone would give ({@link #similarity}), ranks the gallery.
 *
 * <p>Why triplets and not minutia pairs: a pair carries about 9 bits of information, much of it fixed
 * by the ridge flow, and a finger's ~800 pairs saturate 1,024 bits; triplets carry twice as much and
 * are sparse enough. Why not full Minutia Cylinder-Code cylinders: their locality-sensitive hash keys,
 * consolidated into the same bit budget, tested worse on the synthetic population (README, "Fast 1:N").
 * The measurements behind the chosen bins are in that section.
 */
public final class FingerCode {

    public static final int BITS = 1024;
    public static final int WORDS = BITS / 64;
    static final int NEIGHBOURS = 5;
    private static final float MIN_DISTANCE = 5;
    private static final float DISTANCE_STEP = 20;
    private static final int BEARING_BINS = 8;
    private static final int DIRECTION_BINS = 8;
    private static final double TWO_PI = 2 * Math.PI;

    private FingerCode() {
    }

    /** The code of one finger; deterministic (same minutiae, same bits, on any machine). */
    public static long[] encode(Minutiae minutiae) {
        long[] code = new long[WORDS];
        encode(minutiae, code, 0);
        return code;
    }

    /** Writes the code of one finger into {@code code[at .. at + WORDS)}. */
    public static void encode(Minutiae minutiae, long[] code, int at) {
        int n = minutiae.size();
        float[] x = minutiae.x();
        float[] y = minutiae.y();
        float[] t = minutiae.direction();
        int[] nearest = new int[NEIGHBOURS];
        float[] distance = new float[NEIGHBOURS];
        for (int m = 0; m < n; m++) {
            int found = 0;
            for (int j = 0; j < n; j++) {
                if (j == m) {
                    continue;
                }
                float dx = x[j] - x[m];
                float dy = y[j] - y[m];
                float d = (float) Math.sqrt(dx * dx + dy * dy);
                if (d < MIN_DISTANCE || (found == NEIGHBOURS && d >= distance[NEIGHBOURS - 1])) {
                    continue;
                }
                int p = found == NEIGHBOURS ? NEIGHBOURS - 1 : found++;
                while (p > 0 && distance[p - 1] > d) {
                    distance[p] = distance[p - 1];
                    nearest[p] = nearest[p - 1];
                    p--;
                }
                distance[p] = d;
                nearest[p] = j;
            }
            long[] feature = new long[found];
            for (int k = 0; k < found; k++) {
                int j = nearest[k];
                // ISO directions run counter-clockwise with y pointing down, hence -dy.
                double bearing = Math.atan2(-(y[j] - y[m]), x[j] - x[m]) - t[m];
                int db = (int) ((distance[k] - MIN_DISTANCE) / DISTANCE_STEP);
                feature[k] = ((long) db * 64 + bin(bearing, BEARING_BINS)) * 64 + bin(t[j] - t[m], DIRECTION_BINS);
            }
            for (int a = 0; a < found; a++) {
                for (int b = a + 1; b < found; b++) {
                    long f1 = Math.min(feature[a], feature[b]);
                    long f2 = Math.max(feature[a], feature[b]);
                    int bit = (int) ((mix(f1 * 1_000_003L + f2) >>> 1) % BITS);
                    code[at + (bit >>> 6)] |= 1L << bit;
                }
            }
        }
    }

    /** Bits set in {@code code[at .. at + WORDS)}. */
    public static int weight(long[] code, int at) {
        int w = 0;
        for (int i = 0; i < WORDS; i++) {
            w += Long.bitCount(code[at + i]);
        }
        return w;
    }

    /** Common bits of two codes. */
    public static int common(long[] a, int aAt, long[] b, int bAt) {
        int c = 0;
        for (int i = 0; i < WORDS; i++) {
            c += Long.bitCount(a[aAt + i] & b[bAt + i]);
        }
        return c;
    }

    /**
     * Common bits above chance, in standard deviations: with weights wa and wb, two unrelated codes share
     * about wa*wb/BITS bits, with a roughly Poisson spread. The +1 keeps nearly empty codes (a finger with
     * three minutiae) from dividing by zero or dominating the fusion.
     */
    public static float similarity(int common, int weightA, int weightB) {
        float expected = (float) weightA * weightB / BITS;
        return (common - expected) / (float) Math.sqrt(expected + 1);
    }

    private static int bin(double angle, int bins) {
        double turns = angle / TWO_PI;
        turns -= Math.floor(turns);
        int b = (int) (turns * bins);
        return b >= bins ? 0 : b;
    }

    /** SplitMix64's finaliser: spreads the triplet feature over the bit positions. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
