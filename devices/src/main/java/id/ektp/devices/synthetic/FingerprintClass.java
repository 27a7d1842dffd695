package id.ektp.devices.synthetic;

import java.util.SplittableRandom;

/**
 * Henry classes of the global ridge pattern, with the share of each in the population (the priors SFinGe uses,
 * from Wilson et al., NIST), so a synthetic population has the class mix of a real one.
 */
public enum FingerprintClass {
    ARCH(0.037),
    TENTED_ARCH(0.029),
    LEFT_LOOP(0.338),
    RIGHT_LOOP(0.317),
    WHORL(0.279);

    private final double share;

    FingerprintClass(double share) {
        this.share = share;
    }

    public double share() {
        return share;
    }

    static FingerprintClass draw(SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (FingerprintClass c : values()) {
            cumulative += c.share;
            if (u < cumulative) {
                return c;
            }
        }
        return WHORL;
    }
}
