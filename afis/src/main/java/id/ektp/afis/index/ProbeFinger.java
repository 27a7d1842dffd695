package id.ektp.afis.index;

/**
 * One probe finger's code prepared for the scan: its bits split into a rare and a common half by the
 * {@link BackgroundModel} (each half holds about half of the background's bit mass, and codes store
 * bits rarest first so that the halves are whole words), each half with its own evidence weight, -ln(mean background frequency of its bits), and the chance expectation and
 * variance of the weighted common bits against a gallery code.
 *
 * <p>Why: a bit that ridge flow sets in most fingers says little when both codes have it; a rare bit
 * says much. Counting all common bits alike let a typical impostor with many ordinary coincidences
 * outrank the mate; weighting the two halves took the mate's rank at 100,000 persons from p99 35 to
 * 18 (README, "Fast 1:N"). More tiers (4) measured no better.
 *
 * <p>Chance model: a gallery code sets bit b with probability about {@code lambda * p(b)}, p being the
 * background frequency and lambda the gallery code's {@link BackgroundModel#effectiveWeight} over the
 * mean weight of its position; so the weighted common bits have mean {@code lambda * sum w(b) p(b)} and,
 * roughly Poisson, variance {@code lambda * sum w(b)^2 p(b)}. The probe's own typicality enters only
 * with exponent 1/2, as in {@link BackgroundModel#effectiveWeight} (the full power measured far worse).
 */
final class ProbeFinger {

    private final long[] code;
    /** Set bits: how much evidence this finger can give (the two-pass scan starts with the fullest fingers). */
    final int bits;
    final float rareWeight;
    final float commonWeight;
    /** Chance mean of the weighted common bits per unit of the gallery code's effective weight. */
    private final float chanceMeanPerWeight;
    /**
     * 1 / sqrt(lambda * chanceVariance + 1) for gallery weights bucketed by their float bits
     * ({@link #bucket}). Why a table: the square root and the division cost more than the sixteen
     * popcounts of a finger (a million-person scan went from about 250 to 200 ms of CPU); a bucket is 1/64
     * of an octave wide, so the factor is off by at most 0.4 %, about 0.006 of a similarity (measured).
     */
    private final float[] inverseSpread = new float[BUCKETS];

    ProbeFinger(long[] code, int at, int finger) {
        this.code = java.util.Arrays.copyOfRange(code, at, at + FingerCode.WORDS);
        float chanceScale = BackgroundModel.chanceScale(finger);
        double rareSum = 0;
        double commonSum = 0;
        int rareBits = 0;
        int commonBits = 0;
        for (int i = 0; i < FingerCode.WORDS; i++) {
            long word = this.code[i];
            while (word != 0) {
                float p = BackgroundModel.frequency(finger, i * 64 + Long.numberOfTrailingZeros(word));
                if (i < FingerCode.RARE_WORDS) {
                    rareSum += p;
                    rareBits++;
                } else {
                    commonSum += p;
                    commonBits++;
                }
                word &= word - 1;
            }
        }
        rareWeight = weight(rareSum, rareBits);
        commonWeight = weight(commonSum, commonBits);
        bits = rareBits + commonBits;
        double typicality = bits == 0 ? 1 : (rareSum + commonSum) / (bits * BackgroundModel.meanFrequency(finger));
        double scale = 1 / Math.sqrt(typicality);
        // chance mean and variance of the weighted common bits per unit of the gallery's lambda
        float chanceMean = (float) (scale * (rareWeight * rareSum + commonWeight * commonSum));
        float chanceVariance = (float) (scale * (rareWeight * rareWeight * rareSum + commonWeight * commonWeight * commonSum));
        chanceMeanPerWeight = chanceScale * chanceMean;
        for (int k = 0; k < BUCKETS; k++) {
            float lambda = bucketMiddle(k) * chanceScale;
            inverseSpread[k] = (float) (1 / Math.sqrt(lambda * chanceVariance + 1));
        }
    }

    /** Effective weights from 1/2 to 8,192 (a code weighs a few hundred), 64 buckets an octave. */
    private static final int BUCKET_SHIFT = 17;
    private static final int LOWEST = Float.floatToRawIntBits(0.5f) >>> BUCKET_SHIFT;
    private static final int BUCKETS = (Float.floatToRawIntBits(8192f) >>> BUCKET_SHIFT) - LOWEST + 1;

    private static int bucket(float galleryWeight) {
        return Math.max(0, Math.min(BUCKETS - 1, (Float.floatToRawIntBits(galleryWeight) >>> BUCKET_SHIFT) - LOWEST));
    }

    private static float bucketMiddle(int bucket) {
        return Float.intBitsToFloat(((bucket + LOWEST) << BUCKET_SHIFT) | (1 << (BUCKET_SHIFT - 1)));
    }

    private static float weight(double frequencySum, int bits) {
        return bits == 0 ? 0 : (float) -Math.log(frequencySum / bits);
    }

    /** The z-like similarity to the gallery code at {@code gallery[at ..]} of the given effective weight. */
    float similarity(long[] gallery, int at, float galleryWeight) {
        // one bitCount a word: the rarity order put the rare bits in the first words
        int r = 0;
        for (int w = 0; w < FingerCode.RARE_WORDS; w++) {
            r += Long.bitCount(code[w] & gallery[at + w]);
        }
        int c = 0;
        for (int w = FingerCode.RARE_WORDS; w < FingerCode.WORDS; w++) {
            c += Long.bitCount(code[w] & gallery[at + w]);
        }
        // weighted common bits above chance, in standard deviations; the +1 keeps nearly empty codes
        // (a finger with three minutiae) from dominating the fusion
        return (rareWeight * r + commonWeight * c - galleryWeight * chanceMeanPerWeight) * inverseSpread[bucket(galleryWeight)];
    }
}
