package id.ektp.afis.template;

import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.util.Objects;

/**
 * One finger's template, as the engine matches it. Wraps SourceAFIS's {@link FingerprintTemplate} so
 * that the rest of the platform never depends on the matcher's types, and so that a faster index
 * (issue 5) can attach its own compact descriptor beside it without changing callers. Immutable and
 * thread-safe.
 */
public final class FingerTemplate {

    private final FingerprintTemplate template;

    FingerTemplate(FingerprintTemplate template) {
        this.template = Objects.requireNonNull(template);
    }

    /** Wraps a template made by SourceAFIS elsewhere (e.g. by a generator that imports ISO records). */
    public static FingerTemplate of(FingerprintTemplate template) {
        return new FingerTemplate(template);
    }

    /**
     * Restores a template from {@link #toBytes()} (the {@link PreparedTemplate} form) or from SourceAFIS's
     * own serialized form ({@link #toSourceAfisBytes()}, and records written before the prepared form
     * existed), without re-extracting it.
     */
    public static FingerTemplate fromBytes(byte[] serialized) {
        if (serialized == null || serialized.length == 0) {
            throw new AfisException(Reason.EMPTY_TEMPLATE, "serialized template has no bytes");
        }
        if (PreparedTemplate.isPrepared(serialized)) {
            return new FingerTemplate(PreparedTemplate.read(serialized));
        }
        try {
            return new FingerTemplate(new FingerprintTemplate(serialized));
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "serialized SourceAFIS template cannot be read: " + e, e);
        }
    }

    /**
     * The form the engine stores (gallery store, fast gallery's template file): {@link PreparedTemplate},
     * which loads about ten times faster than SourceAFIS's own because it keeps the edge table. Only
     * this build's SourceAFIS version reads it; use {@link #toSourceAfisBytes()} to hand a template to
     * another system.
     */
    public byte[] toBytes() {
        return PreparedTemplate.write(template);
    }

    /** SourceAFIS's own serialized form (CBOR), readable by any SourceAFIS 3.x. */
    public byte[] toSourceAfisBytes() {
        return template.toByteArray();
    }

    /** The matcher's own object, for the gallery implementations in this module and for evaluation tools. */
    public FingerprintTemplate sourceAfis() {
        return template;
    }

    /**
     * The template's minutiae in the matcher's order, in SourceAFIS's coordinates: pixels of the image
     * as scaled to 500 DPI (an image captured at another resolution maps back by {@code dpi / 500}).
     */
    public java.util.List<Minutia> minutiae() {
        return PreparedTemplate.minutiae(template);
    }

    /** Approximate heap held by this template, in bytes. */
    public int memory() {
        return template.memory();
    }
}
