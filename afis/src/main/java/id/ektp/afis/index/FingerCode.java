package id.ektp.afis.index;

/**
 * The shortlist descriptor of one finger: a fixed-length bit vector (1,024 bits, 16 longs) holding the
 * "bag" of the finger's minutia pairs, compared by counting common bits with {@link Long#bitCount}.
 *
 * <p>Every pair of minutiae between {@value #MIN_DISTANCE} and {@value #MAX_DISTANCE} pixels apart (at
 * 500 dpi) is described by three values that do not change with where and at what angle the finger
 * lay on the sensor: their distance, and the bearing of each from the other measured against that
 * minutia's own direction. Quantised (10-pixel and 15-degree bins) the triple is hashed to one bit.
 * The bins trade robustness against specificity: with 30-degree bins there are only 8 x 78 = 624
 * distinct triples, hashed onto only ~470 bits, of which a finger's pairs set 250 on average, so any
 * two fingers share many; 15-degree bins (8 x 300 triples) made the mate's rank at 100,000 persons far
 * better (p99 268 -> 35), while finer bins (10 degrees, or 5 pixels) lose more genuine pairs to
 * distortion than they gain (README, "Fast 1:N"). Two impressions of one finger share many pairs; two
 * different fingers share those that collide by chance and, above all, those that similar ridge flow
 * makes common (parallel ridges give many pairs with the same bearings). The second effect is what
 * {@link BackgroundModel} and {@link ProbeFinger} remove: the similarity of two codes is their common
 * bits, rare ones weighted above ordinary ones, above what codes of their weight and "typicality" share
 * by chance.
 *
 * <p>The choice (pairs rather than triplets of nearest neighbours or Minutia Cylinder-Code hash keys,
 * and these bins) was measured on the synthetic population: README, section "Fast 1:N".
 */
public final class FingerCode {

    public static final int BITS = 1024;
    public static final int WORDS = BITS / 64;
    /**
     * Words [0, RARE_WORDS) hold the rarer bits, about half of the background's bit mass: the bits are
     * stored rarest first ({@link BackgroundModel#position}), and in the shipped model half of the mass
     * falls at word 11 for every finger position ({@code BackgroundModel} checks it on loading). A
     * constant, not a per-position value, because the scan's loops then have fixed bounds that the JIT
     * unrolls: a million-person scan took 310 instead of about 200 ms of CPU with the bound in a field.
     */
    static final int RARE_WORDS = 11;
    static final int MIN_DISTANCE = 20;
    static final int MAX_DISTANCE = 100;
    private static final float DISTANCE_STEP = 10;
    private static final int BEARING_BINS = 24;

    private FingerCode() {
    }

    /**
     * The code of one finger; deterministic (same minutiae, same bits, on any JVM).
     *
     * @param finger ISO position index, 0 (right thumb) to 9 (left little): bits are stored in the
     *               {@link BackgroundModel}'s rarity order of that position
     */
    public static long[] encode(Minutiae minutiae, int finger) {
        long[] code = new long[WORDS];
        encode(minutiae, finger, code, 0);
        return code;
    }

    /** Writes the code of one finger into {@code code[at .. at + WORDS)} (which must be clear). */
    public static void encode(Minutiae minutiae, int finger, long[] code, int at) {
        forEachBit(minutiae, bit -> {
            int position = BackgroundModel.position(finger, bit);
            code[at + (position >>> 6)] |= 1L << position;
        });
    }

    /** The hashed bits of a finger's pairs, before the rarity order: what the background model counts. */
    static long[] hashed(Minutiae minutiae) {
        long[] code = new long[WORDS];
        forEachBit(minutiae, bit -> code[bit >>> 6] |= 1L << bit);
        return code;
    }

    private static void forEachBit(Minutiae minutiae, java.util.function.IntConsumer bits) {
        forEachPair(minutiae, MIN_DISTANCE, MAX_DISTANCE, (distance, bearingFromFirst, bearingFromSecond) -> {
            int a1 = bin(bearingFromFirst);
            int a2 = bin(bearingFromSecond);
            bits.accept(bit((int) ((distance - MIN_DISTANCE) / DISTANCE_STEP), Math.min(a1, a2), Math.max(a1, a2), BITS));
        });
    }

    /** The placement-invariant description of one minutia pair. */
    interface PairVisitor {
        /**
         * @param bearingFromFirst  bearing of the second minutia seen from the first, against the first's
         *                          direction, in radians (not reduced to one turn)
         * @param bearingFromSecond the same seen from the second
         */
        void pair(double distance, double bearingFromFirst, double bearingFromSecond);
    }

    /** Visits every pair of minutiae at least {@code minDistance} and less than {@code maxDistance} apart. */
    static void forEachPair(Minutiae minutiae, float minDistance, float maxDistance, PairVisitor visitor) {
        int n = minutiae.size();
        float[] x = minutiae.x();
        float[] y = minutiae.y();
        float[] t = minutiae.direction();
        float min2 = minDistance * minDistance;
        float max2 = maxDistance * maxDistance;
        for (int m = 0; m < n; m++) {
            for (int j = m + 1; j < n; j++) {
                float dx = x[j] - x[m];
                // ISO directions run counter-clockwise with y pointing down, hence the flipped dy.
                float dy = y[m] - y[j];
                float d2 = dx * dx + dy * dy;
                if (d2 < min2 || d2 >= max2) {
                    continue;
                }
                double bearing = Angles.atan2(dy, dx);
                visitor.pair(Math.sqrt(d2), bearing - t[m], bearing + Math.PI - t[j]);
            }
        }
    }

    /** The bit of a quantised pair (distance bin, the lower and the higher bearing bin) in a code of {@code bits}. */
    static int bit(int distance, int lowBearing, int highBearing, int bits) {
        return (int) ((mix(((long) distance * 64 + lowBearing) * 64 + highBearing) >>> 1) % bits);
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

    private static int bin(double angle) {
        double turns = angle / (2 * Math.PI);
        turns -= Math.floor(turns);
        int b = (int) (turns * BEARING_BINS);
        return b >= BEARING_BINS ? 0 : b;
    }

    /** SplitMix64's finaliser: spreads the pair feature over the bit positions. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
