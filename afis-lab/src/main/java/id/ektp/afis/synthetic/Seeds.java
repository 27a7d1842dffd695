package id.ektp.afis.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * The seeds of everything synthetic: random streams derived from one seed and a path (person, finger,
 * impression), so that any template can be regenerated alone, in any order and on any thread, and come
 * out bit-identical; and seeds derived from text (a NIK, a master id), so that an identity presented to
 * the device simulator always yields the same fingers.
 */
public final class Seeds {
    private Seeds() {
    }

    public static SplittableRandom stream(long seed, long... path) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long part : path)
            h = mix(h ^ mix(part + 0x632BE59BD9B4E019L));
        return new SplittableRandom(h);
    }

    /** A seed from the parts, stable across JVMs and platforms (SHA-256, not String.hashCode). */
    public static long of(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            byte[] digest = sha.digest();
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = (seed << 8) | (digest[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** SplitMix64's finaliser: a bijective mix with full avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
