package id.ektp.afis.synthetic;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed and a path (person, finger, impression), so that any
 * template can be regenerated alone, in any order and on any thread, and come out bit-identical.
 */
final class Seeds {
    private Seeds() {
    }

    static SplittableRandom stream(long seed, long... path) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long part : path)
            h = mix(h ^ mix(part + 0x632BE59BD9B4E019L));
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: a bijective mix with full avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
