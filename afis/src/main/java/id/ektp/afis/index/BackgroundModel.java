package id.ektp.afis.index;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How often each code bit is set, per finger position, in a background population: the model that
 * turns "common bits" into "common bits above what ridge flow alone explains".
 *
 * <p>Pair features are far from uniform: parallel ridges make pairs whose bearings are both near 0 or
 * 180 degrees common in every finger, and a loop's or a whorl's flow favours its own. A code made mostly
 * of such bits ("typical") shares many bits with any other code. Its typicality t is the mean background
 * frequency of its set bits over the mean frequency of all bits; scaling the weight w of each of two
 * codes by sqrt(t) before computing the chance overlap ({@link FingerCode#similarity}) took the
 * first-stage recall of the synthetic population from 82 % to 99.7 % at a 1 % shortlist (README, "Fast
 * 1:N"; the exponent 1/2 was measured best among 1/2, 3/4 and 1).
 *
 * <p>The model ships as a resource built by {@link BackgroundModelBuilder} from synthetic persons that
 * are not in any benchmark gallery (its own seed), so it never saw the probes it ranks.
 */
public final class BackgroundModel {

    static final String RESOURCE = "finger-code-background.bin";
    static final String MAGIC = "EKTPBGM2";
    /** Per finger position, the background frequency of each hashed bit (before the rarity order). */
    private static final float[][] FREQUENCY = load();
    private static final float[] MEAN = new float[CodeTable.FINGERS];
    /** Per finger position: where each hashed bit is stored, rarest first. */
    private static final short[][] POSITION = new short[CodeTable.FINGERS][FingerCode.BITS];
    /** Per finger position: the frequency of the bit stored at each position. */
    private static final float[][] STORED = new float[CodeTable.FINGERS][FingerCode.BITS];

    static {
        for (int f = 0; f < CodeTable.FINGERS; f++) {
            float[] frequency = FREQUENCY[f];
            Integer[] order = new Integer[FingerCode.BITS];
            for (int b = 0; b < order.length; b++) {
                order[b] = b;
            }
            java.util.Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                    : frequency[a] != frequency[b] ? Float.compare(frequency[a], frequency[b]) : Integer.compare(a, b));
            double sum = 0;
            for (float p : frequency) {
                sum += p;
            }
            MEAN[f] = (float) (sum / FingerCode.BITS);
            double mass = 0;
            int half = -1;
            for (int k = 0; k < order.length; k++) {
                POSITION[f][order[k]] = (short) k;
                STORED[f][k] = frequency[order[k]];
                mass += frequency[order[k]];
                if (half < 0 && mass >= sum / 2) {
                    half = k;
                }
            }
            // the rare half must end where the scan's fixed bound says (FingerCode.RARE_WORDS)
            if (Math.round(half / 64f) != FingerCode.RARE_WORDS) {
                throw new AfisException(Reason.CORRUPT_STORE, "background model resource " + RESOURCE + " puts half of finger "
                        + f + "'s bit mass at word " + Math.round(half / 64f) + ", the codes' layout expects word " + FingerCode.RARE_WORDS);
            }
        }
    }

    private BackgroundModel() {
    }

    /**
     * The weight of a code scaled by the square root of its typicality: sqrt(w * S / mean), S being the
     * summed background frequency of its set bits.
     *
     * @param finger ISO position index, 0 (right thumb) to 9 (left little)
     */
    public static float effectiveWeight(long[] code, int at, int finger) {
        float[] frequency = STORED[finger];
        double sum = 0;
        int weight = 0;
        for (int i = 0; i < FingerCode.WORDS; i++) {
            long word = code[at + i];
            weight += Long.bitCount(word);
            while (word != 0) {
                int bit = Long.numberOfTrailingZeros(word);
                sum += frequency[i * 64 + bit];
                word &= word - 1;
            }
        }
        if (weight == 0) {
            return 0;
        }
        return (float) Math.sqrt(weight * sum / MEAN[finger]);
    }

    /** Background frequency of the bit stored at {@code position} of a code of this finger position. */
    static float frequency(int finger, int position) {
        return STORED[finger][position];
    }

    static float meanFrequency(int finger) {
        return MEAN[finger];
    }

    /**
     * Where a code of this finger position stores a hashed pair bit: bits are ordered by background
     * frequency, rarest first, so that the rare half fills whole words and the scan weighs rare and
     * common bits with one {@code bitCount} a word ({@link ProbeFinger}).
     */
    static int position(int finger, int hashedBit) {
        return POSITION[finger][hashedBit];
    }

    /**
     * Turns an {@link #effectiveWeight} into the factor by which a code of that weight sets bits more
     * (or less) often than the background's mean code: the lambda of {@link ProbeFinger}.
     */
    static float chanceScale(int finger) {
        return 1 / (FingerCode.BITS * MEAN[finger]);
    }

    private static float[][] load() {
        try (InputStream raw = BackgroundModel.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new AfisException(Reason.CORRUPT_STORE, "background model resource " + RESOURCE + " is missing from the build");
            }
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
            byte[] magic = new byte[MAGIC.length()];
            in.readFully(magic);
            if (!MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII)) || in.readInt() != FingerCode.BITS) {
                throw new AfisException(Reason.CORRUPT_STORE, "background model resource " + RESOURCE + " does not fit this code layout");
            }
            float[][] frequency = new float[CodeTable.FINGERS][FingerCode.BITS];
            for (float[] row : frequency) {
                for (int b = 0; b < row.length; b++) {
                    // a floor keeps a bit never seen in the background from counting as infinitely rare
                    row[b] = Math.max(in.readFloat(), 1e-3f);
                }
            }
            return frequency;
        } catch (IOException e) {
            throw new AfisException(Reason.CORRUPT_STORE, "cannot read background model: " + e, e);
        }
    }
}
