package id.ektp.packet;

/** A packet that cannot be read, opened or trusted, with the reason why. */
public class PacketException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not a CMS EnvelopedData holding a SignedData, or JSON that is not an enrolment packet. */
        MALFORMED,
        /** A {@code formatVersion} this side does not read. */
        UNSUPPORTED_VERSION,
        /** Encrypted for another recipient: this key cannot open it. */
        NOT_FOR_THIS_RECIPIENT,
        /** The signature does not match the content: changed after signing. */
        SIGNATURE_INVALID,
        /** Signed by a certificate the receiver does not trust (not issued by its station CA, or expired). */
        SIGNER_NOT_TRUSTED
    }

    private final Reason reason;

    public PacketException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PacketException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
