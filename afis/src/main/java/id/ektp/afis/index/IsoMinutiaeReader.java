package id.ektp.afis.index;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;

/**
 * Reads the minutiae of the first finger view of an ISO/IEC 19794-2:2005 record, the form in which the
 * index receives and stores templates. Hand-written rather than fingerprintio's object model because it
 * runs for every finger of a million-person bulk load; the fields it reads are fixed by the standard
 * (24-byte record header, 4-byte view header, 6 bytes a minutia).
 */
public final class IsoMinutiaeReader {

    private static final int HEADER = 24;
    private static final int VIEW_HEADER = 4;
    private static final int MINUTIA = 6;
    /** 500 dpi in pixels per centimetre, the unit of the record's resolution fields. */
    private static final double PIXELS_PER_CM_500_DPI = 500 / 2.54;

    private IsoMinutiaeReader() {
    }

    public static Minutiae read(byte[] record) {
        if (record == null || record.length < HEADER + VIEW_HEADER) {
            throw new AfisException(Reason.TRUNCATED_TEMPLATE, "ISO record of "
                    + (record == null ? 0 : record.length) + " bytes ends inside its header");
        }
        if (record[0] != 'F' || record[1] != 'M' || record[2] != 'R' || record[3] != 0
                || record[4] != ' ' || record[5] != '2' || record[6] != '0' || record[7] != 0) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "not an ISO/IEC 19794-2:2005 record");
        }
        long declared = ((long) u16(record, 8) << 16) | u16(record, 10);
        if (declared > record.length) {
            throw new AfisException(Reason.TRUNCATED_TEMPLATE, "ISO record declares " + declared
                    + " bytes but only " + record.length + " are present");
        }
        int xResolution = u16(record, 18);
        int yResolution = u16(record, 20);
        if (xResolution == 0 || yResolution == 0) {
            throw new AfisException(Reason.CORRUPT_TEMPLATE, "ISO record declares a zero resolution");
        }
        if ((record[22] & 0xff) == 0) {
            throw new AfisException(Reason.NO_FINGERPRINT_IN_TEMPLATE, "ISO record holds no finger view");
        }
        int count = record[HEADER + 3] & 0xff;
        if (record.length < HEADER + VIEW_HEADER + count * MINUTIA) {
            throw new AfisException(Reason.TRUNCATED_TEMPLATE, "ISO record declares " + count
                    + " minutiae but holds only " + record.length + " bytes");
        }
        double sx = PIXELS_PER_CM_500_DPI / xResolution;
        double sy = PIXELS_PER_CM_500_DPI / yResolution;
        float[] x = new float[count];
        float[] y = new float[count];
        float[] direction = new float[count];
        for (int i = 0, at = HEADER + VIEW_HEADER; i < count; i++, at += MINUTIA) {
            x[i] = (float) ((u16(record, at) & 0x3fff) * sx);
            y[i] = (float) ((u16(record, at + 2) & 0x3fff) * sy);
            direction[i] = (float) ((record[at + 4] & 0xff) * (2 * Math.PI / 256));
        }
        return new Minutiae(x, y, direction);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }
}
