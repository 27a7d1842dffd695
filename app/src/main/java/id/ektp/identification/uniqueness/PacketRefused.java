package id.ektp.identification.uniqueness;

/**
 * A packet that validation refuses: the record ends ENROLL_FAILURE_AT_CENTRAL with this reason and never
 * reaches the gallery. Not retried: the same bytes give the same answer.
 */
class PacketRefused extends RuntimeException {

    PacketRefused(String reason) {
        super(reason);
    }

    PacketRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
