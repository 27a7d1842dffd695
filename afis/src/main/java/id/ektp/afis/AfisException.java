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
        /** The image (or the image a template states) is smaller or larger than a finger can be at its resolution. */
        BAD_IMAGE_SIZE,
        /** The stated resolution (of an image or in a template) is zero or outside what fingerprint sensors deliver. */
        RESOLUTION_OUT_OF_RANGE,
        /** The template has no bytes at all. */
        EMPTY_TEMPLATE,
        /** The template declares more bytes than it holds (cut off in transfer or storage). */
        TRUNCATED_TEMPLATE,
        /** The template is not a valid ISO/IEC 19794-2, ANSI 378 or SourceAFIS template. */
        CORRUPT_TEMPLATE,
        /** The template is valid but holds no fingerprint. */
        NO_FINGERPRINT_IN_TEMPLATE,
        /** The template has bytes after the end its header declares (garbage appended, or two records run together). */
        TRAILING_BYTES,
        /** The record's length field disagrees with where its finger views end. */
        LENGTH_MISMATCH,
        /** A finger view names a finger position code that the standard does not define. */
        UNKNOWN_FINGER_POSITION,
        /** A quality value (of a finger view or of a minutia) is outside the standard's 0-100. */
        QUALITY_OUT_OF_RANGE,
        /** A minutia has a reserved type code (neither ending, bifurcation nor other). */
        UNKNOWN_MINUTIA_TYPE,
        /** A minutia lies outside the image the template states. */
        MINUTIA_OUTSIDE_IMAGE,
        /** The same minutia appears twice: no extractor reports that, a forged or padded record does. */
        DUPLICATE_MINUTIAE,
        /** Too few minutiae for a finger to be told apart from others; cannot be enrolled. */
        TOO_FEW_MINUTIAE,
        /** Extraction did not finish within its time budget (noise or a hostile image). */
        EXTRACTION_TIMEOUT,
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
        /**
         * A gallery file sealed at rest was opened with another key than the one it was sealed under, or
         * without a key: nothing of it is read.
         */
        WRONG_STORE_KEY,
        /**
         * A gallery file holds its templates in the clear where a sealed one was expected (a folder written
         * before the files were sealed): it is never read as if it were sealed.
         */
        STORE_NOT_SEALED,
        /** The gallery was closed. */
        CLOSED,
        /**
         * Part of a gallery split across machines is held by no live machine (more of them lost than the
         * backups cover) or is still being loaded: a search would miss persons, so none is made.
         */
        GALLERY_UNAVAILABLE
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
