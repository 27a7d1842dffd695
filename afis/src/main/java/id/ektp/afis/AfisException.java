package id.ektp.afis;

import java.util.Objects;

/**
 * The one exception type of the engine. Callers (the service point, the central intake) branch on
 * {@link #reason()} to tell the officer what to do, so every failure names its problem instead of
 * surfacing a library's internal exception or, worse, a wrong match.
 */
public class AfisException extends RuntimeException {

    /** What went wrong, stable across versions so that callers can map it to a message or an HTTP problem. */
    public enum Reason {
        /** The image has no bytes at all. */
        EMPTY_IMAGE,
        /** The bytes are not a decodable PNG, JPEG, BMP, TIFF or WSQ image. */
        CORRUPT_IMAGE,
        /** The image decodes to zero width or height, or is too large to be a fingerprint. */
        BAD_IMAGE_SIZE,
        /** The stated resolution is outside the range the extractor is built for. */
        RESOLUTION_OUT_OF_RANGE,
        /** The template has no bytes at all. */
        EMPTY_TEMPLATE,
        /** The template declares more bytes than it holds (cut off in transfer or storage). */
        TRUNCATED_TEMPLATE,
        /** The template is not a valid ISO/IEC 19794-2, ANSI 378 or SourceAFIS template. */
        CORRUPT_TEMPLATE,
        /** The template is valid but holds no fingerprint. */
        NO_FINGERPRINT_IN_TEMPLATE,
        /** A ten-print without any finger cannot be enrolled or searched. */
        EMPTY_TEN_PRINT,
        /** The reference ID is already in the gallery. */
        DUPLICATE_REFERENCE_ID,
        /** The reference ID is not in the gallery. */
        UNKNOWN_REFERENCE_ID,
        /** The gallery file is damaged in a way that is not a torn last record. */
        CORRUPT_STORE,
        /** Reading or writing the gallery file failed. */
        STORE_IO,
        /** The gallery was closed. */
        CLOSED
    }

    private final Reason reason;

    public AfisException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = Objects.requireNonNull(reason);
    }

    public AfisException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
