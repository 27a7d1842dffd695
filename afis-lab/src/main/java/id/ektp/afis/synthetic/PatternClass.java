package id.ektp.afis.synthetic;

import java.util.SplittableRandom;

/**
 * Henry pattern classes with their share of fingers in large ten-print collections (loops about two
 * thirds, whorls about a quarter to a third, arches the rest), as used by SFinGe-style generators.
 */
public enum PatternClass {
    ARCH(0.037),
    TENTED_ARCH(0.029),
    LEFT_LOOP(0.338),
    RIGHT_LOOP(0.317),
    WHORL(0.279);

    private final double share;

    PatternClass(double share) {
        this.share = share;
    }

    public double share() {
        return share;
    }

    /** Draws a class with the population shares above. */
    public static PatternClass draw(SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (PatternClass c : values()) {
            cumulative += c.share;
            if (u < cumulative)
                return c;
        }
        return WHORL;
    }
}
