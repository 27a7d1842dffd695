package id.ektp.registry;

/** Where a resident stands with their e-KTP; later modules move it forward through {@link Residents}. */
public enum KtpStatus {
    /** No e-KTP recorded yet. */
    NONE,
    /** Recorded (biometrics captured), the card is on its way. */
    IN_PROCESS,
    /** Holds an e-KTP. */
    ISSUED
}
