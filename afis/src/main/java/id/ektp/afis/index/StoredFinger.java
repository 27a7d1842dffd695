package id.ektp.afis.index;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.FlatTemplate;
import id.ektp.afis.template.PreparedTemplate;

/**
 * One finger's full template as the template file keeps it: a SourceAFIS template as
 * {@link FingerTemplate#toBytes()} writes it, the prepared form with its edge table (what both
 * {@link FastGallery#insert} and {@link FastGallery#insertIso} store, so that re-ranking sees exactly
 * the template enrolled and loads it in about 10 us), or, in files written before the prepared form,
 * SourceAFIS's own form or an ISO/IEC 19794-2:2005 record (imported on every read: ten times slower).
 *
 * <p>Not a second template form beside {@link id.ektp.afis.template.PreparedTemplate}: the bytes of a
 * {@link #SOURCEAFIS} entry are exactly {@link FingerTemplate#toBytes()}, decoded by
 * {@link FingerTemplate#fromBytes}; this record only adds the tag that tells them from the ISO records of
 * older files, which the gallery store never held and so needs no tag for.
 */
record StoredFinger(byte format, byte[] bytes) {

    static final byte SOURCEAFIS = 1;
    static final byte ISO_19794_2_2005 = 2;

    StoredFinger {
        if (format != SOURCEAFIS && format != ISO_19794_2_2005) {
            throw new AfisException(Reason.CORRUPT_STORE, "unknown template format " + format + " in the template file");
        }
    }

    /**
     * Imports an ISO record into a SourceAFIS template once, at enrolment.
     *
     * @throws AfisException {@code CORRUPT_TEMPLATE} naming the problem if SourceAFIS cannot import it
     */
    static StoredFinger importIso(byte[] iso) {
        try {
            return new StoredFinger(SOURCEAFIS, FingerTemplate.of(FingerprintCompatibility.importTemplate(iso)).toBytes());
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "ISO record cannot be imported: " + e, e);
        }
    }

    FingerTemplate template() {
        if (format == SOURCEAFIS) {
            return FingerTemplate.fromBytes(bytes);
        }
        try {
            return FingerTemplate.of(FingerprintCompatibility.importTemplate(bytes));
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "stored ISO record cannot be imported: " + e, e);
        }
    }

    /** The template as the flat matcher reads it: straight from the prepared form, through SourceAFIS's objects otherwise. */
    FlatTemplate flat() {
        if (format == SOURCEAFIS && PreparedTemplate.isPrepared(bytes)) {
            return FlatTemplate.read(bytes);
        }
        return FlatTemplate.of(template());
    }

    /** The minutiae the shortlist code is computed from. */
    Minutiae minutiae() {
        return format == ISO_19794_2_2005 ? IsoMinutiaeReader.read(bytes) : minutiaeOf(FingerTemplate.fromBytes(bytes));
    }

    /** SourceAFIS keeps its minutiae private; its ISO export is the documented way to read them. */
    static Minutiae minutiaeOf(FingerTemplate template) {
        FingerprintTemplate sourceAfis = template.sourceAfis();
        byte[] iso = FingerprintCompatibility.exportTemplates(
                com.machinezoo.fingerprintio.TemplateFormat.ISO_19794_2_2005, sourceAfis);
        return IsoMinutiaeReader.read(iso);
    }
}
