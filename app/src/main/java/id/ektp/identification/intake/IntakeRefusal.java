package id.ektp.identification.intake;

import org.springframework.http.HttpStatus;

/**
 * Central refuses what a station sent, with the reason: answered as an RFC 7807 problem carrying
 * {@code reason}, audited, and nothing of it stored as accepted.
 */
class IntakeRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Reason {
        /** Not a sealed packet, cut short, or JSON that is not an enrolment packet. */
        MALFORMED(HttpStatus.UNPROCESSABLE_ENTITY),
        UNSUPPORTED_VERSION(HttpStatus.UNPROCESSABLE_ENTITY),
        /** Encrypted for another certificate than central's. */
        NOT_FOR_THIS_RECIPIENT(HttpStatus.UNPROCESSABLE_ENTITY),
        /** The content was changed after the station signed it. */
        SIGNATURE_INVALID(HttpStatus.UNPROCESSABLE_ENTITY),
        /** Signed by a certificate the station CA did not issue, or expired. */
        SIGNER_NOT_TRUSTED(HttpStatus.UNPROCESSABLE_ENTITY),
        /** Signed by a certificate of the station CA that no registered station holds. */
        UNKNOWN_STATION(HttpStatus.UNPROCESSABLE_ENTITY),
        /** Signed by a station whose certificate was revoked. */
        STATION_REVOKED(HttpStatus.UNPROCESSABLE_ENTITY),
        /** The packet names another station than the one that signed it. */
        STATION_MISMATCH(HttpStatus.UNPROCESSABLE_ENTITY),
        /** Larger than intake's limit: refused before it is read. */
        TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
        /** A packet ID central already holds, with other content: a replay, not a resend. */
        REPLAYED(HttpStatus.CONFLICT),
        /** A station's enrolment: unknown station, wrong or expired code, or an unacceptable request. */
        ENROLMENT_REFUSED(HttpStatus.FORBIDDEN);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }

        /** The problem type's last segment: {@code packet-refused}, {@code packet-replayed}, {@code enrolment-refused}. */
        String slug() {
            return switch (this) {
                case REPLAYED -> "packet-replayed";
                case TOO_LARGE -> "packet-too-large";
                case ENROLMENT_REFUSED -> "enrolment-refused";
                default -> "packet-refused";
            };
        }
    }

    private final Reason reason;

    IntakeRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
