package id.ektp.devices.simulator;

/**
 * Who stands at the simulated devices: a synthetic identity (a seed string, e.g. a NIK), and whether an impostor
 * presents themselves under that identity (then the fingers, face and irises are someone else's).
 */
public record PresentedSubject(String identity, boolean impostor) {
    public PresentedSubject {
        if (identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("A presented subject needs a non-blank identity");
        }
    }

    /** The seed whose biometrics are actually captured. */
    String biometricIdentity() {
        return impostor ? identity + "#impostor" : identity;
    }
}
