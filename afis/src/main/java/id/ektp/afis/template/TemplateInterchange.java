package id.ektp.afis.template;

import com.machinezoo.fingerprintio.TemplateFormatException;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.util.List;
import java.util.Objects;

/**
 * Import and export of minutiae templates in ISO/IEC 19794-2 (2005, 2011) and ANSI INCITS 378 (2004,
 * 2009, 2009/AM1), so that templates from other vendors' SDKs and card chips can be searched, and ours
 * handed to them. Thread-safe.
 *
 * <p>A truncated record is caught before parsing by comparing the length the record header declares
 * with the bytes present: fingerprintio's own error for that case is a generic end-of-data exception
 * that does not tell a cut-off transfer from garbage. Every record is then checked for plausibility
 * ({@link RecordCheck}) before SourceAFIS, which parses leniently, sees it.
 */
public final class TemplateInterchange {

    /** Every record of these formats starts with "FMR\0" followed by a four-byte version. */
    private static final byte[] MAGIC = {'F', 'M', 'R', 0};

    /** The first finger of the record (records from enrolment SDKs hold one finger each). */
    public FingerTemplate importTemplate(byte[] record) {
        return importAll(record).get(0);
    }

    /** Every finger view in the record, in record order. */
    public List<FingerTemplate> importAll(byte[] record) {
        TemplateFormat format = check(record);
        List<FingerprintTemplate> templates;
        try {
            templates = FingerprintCompatibility.importTemplates(record);
        } catch (TemplateFormatException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, format + " record is invalid: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, format + " record cannot be read: " + e, e);
        }
        if (templates.isEmpty()) {
            throw new AfisException(Reason.NO_FINGERPRINT_IN_TEMPLATE, format + " record holds no finger view");
        }
        return templates.stream().map(FingerTemplate::new).toList();
    }

    /**
     * Checks a record without importing it: its format, length and every field the engine relies on.
     *
     * @throws AfisException naming the first problem found
     */
    public TemplateFormat check(byte[] record) {
        TemplateFormat format = identify(record);
        checkDeclaredLength(record, format);
        RecordCheck.check(record, format);
        return format;
    }

    /** The format of a record, or an exception naming why it is not one we read. */
    public TemplateFormat identify(byte[] record) {
        if (record == null || record.length == 0) {
            throw new AfisException(Reason.EMPTY_TEMPLATE, "template record has no bytes");
        }
        if (!hasMagic(record)) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE,
                    "not an ISO/IEC 19794-2 or ANSI 378 record (no 'FMR' header, " + record.length + " bytes)");
        }
        if (record.length < 14) {
            throw new AfisException(Reason.TRUNCATED_TEMPLATE,
                    "record of " + record.length + " bytes ends inside its header");
        }
        if (RecordLayout.isVersion20(record)) {
            if (record.length < RecordLayout.ISO_2005_HEADER) {
                throw new AfisException(Reason.TRUNCATED_TEMPLATE, "record of " + record.length + " bytes ends inside its header");
            }
            TemplateFormat byLayout = RecordLayout.version20(record);
            if (byLayout != null) {
                return byLayout;
            }
        }
        com.machinezoo.fingerprintio.TemplateFormat format;
        try {
            format = com.machinezoo.fingerprintio.TemplateFormat.identify(record);
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "record version is not recognised: " + e, e);
        }
        if (format == null) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "record version is not recognised");
        }
        return TemplateFormat.of(format);
    }

    /**
     * @throws AfisException {@code CORRUPT_TEMPLATE} if the template cannot be written in that format (a
     *                       template from {@link FingerTemplate#fromBytes} that was never checked)
     */
    public byte[] export(FingerTemplate template, TemplateFormat format) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(format, "format");
        try {
            return FingerprintCompatibility.exportTemplates(format.fingerprintio(), template.sourceAfis());
        } catch (TemplateFormatException e) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "template cannot be written as " + format + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasMagic(byte[] record) {
        if (record.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (record[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static void checkDeclaredLength(byte[] record, TemplateFormat format) {
        long declared;
        if (format == TemplateFormat.ANSI_378_2004) {
            // Two bytes, or zero followed by four bytes for records above 65,535 bytes.
            declared = u16(record, 8);
            if (declared == 0) {
                declared = u32(record, 10);
            }
        } else {
            declared = u32(record, 8);
        }
        long viewsEnd = format == TemplateFormat.ISO_19794_2_2005 ? RecordLayout.viewsEnd(record, RecordLayout.ISO_2005_HEADER)
                : format == TemplateFormat.ANSI_378_2004 ? RecordLayout.viewsEnd(record, RecordLayout.ANSI_2004_HEADER) : -1;
        if (viewsEnd == record.length && declared != record.length) {
            throw new AfisException(Reason.LENGTH_MISMATCH, format + " record's length field says " + declared
                    + " bytes but its finger views end at its last byte, " + record.length);
        }
        if (declared > record.length) {
            throw new AfisException(Reason.TRUNCATED_TEMPLATE, format + " record declares " + declared
                    + " bytes but only " + record.length + " are present");
        }
        if (declared < record.length) {
            throw new AfisException(Reason.TRAILING_BYTES, format + " record declares " + declared + " bytes but "
                    + (record.length - declared) + " more follow");
        }
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
