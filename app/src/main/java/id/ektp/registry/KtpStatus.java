package id.ektp.registry;

/** Where a resident stands with their e-KTP; later modules move it forward through {@link Residents}. */
public enum KtpStatus {
    /** No e-KTP recorded yet. */
    NONE,
    /** Recorded (biometrics captured), the card is on its way. */
    IN_PROCESS,
    /** Central found the record unique: the card may be printed ("siap cetak"). */
    PRINT_READY,
    /** The record was a second one of a person who has another, and was withdrawn or merged: not to be summoned again. */
    DUPLICATE,
    /** Holds an e-KTP. */
    ISSUED
}
