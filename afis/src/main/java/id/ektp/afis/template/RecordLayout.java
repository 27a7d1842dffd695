package id.ektp.afis.template;

/**
 * Where the finger views of a version-20 record end. ISO/IEC 19794-2:2005 and ANSI 378-2004 share the
 * header "FMR\0 20\0" and differ in the length field (four bytes against two) and so in the header size
 * (24 against 26 bytes); fingerprintio tells them apart by which length field matches the record's size,
 * so one damaged length field turned an ISO record into "ANSI 378 with a wrong length". Walking the
 * finger views (4-byte view header, 6 bytes a minutia, 2-byte extended-data length) under both layouts
 * tells which one the bytes really follow, whatever the length field says.
 */
final class RecordLayout {

    static final int ISO_2005_HEADER = 24;
    static final int ANSI_2004_HEADER = 26;

    private RecordLayout() {
    }

    static boolean isVersion20(byte[] b) {
        return b.length >= 8 && b[4] == ' ' && b[5] == '2' && b[6] == '0' && b[7] == 0;
    }

    /** The offset just past the last finger view under a header of this size, or -1 if they run past the end. */
    static long viewsEnd(byte[] b, int header) {
        if (b.length < header) {
            return -1;
        }
        int views = b[header - 2] & 0xff;
        long at = header;
        for (int v = 0; v < views; v++) {
            if (at + 4 > b.length) {
                return -1;
            }
            at += 4 + 6L * (b[(int) at + 3] & 0xff);
            if (at + 2 > b.length) {
                return -1;
            }
            at += 2 + (((b[(int) at] & 0xff) << 8) | (b[(int) at + 1] & 0xff));
        }
        return at <= b.length ? at : -1;
    }

    /**
     * The layout whose views end exactly at the record's last byte, or null when both or neither do
     * (damaged views, appended bytes: then the length field decides, as fingerprintio does).
     */
    static TemplateFormat version20(byte[] b) {
        boolean iso = viewsEnd(b, ISO_2005_HEADER) == b.length;
        boolean ansi = viewsEnd(b, ANSI_2004_HEADER) == b.length;
        if (iso == ansi) {
            return null;
        }
        return iso ? TemplateFormat.ISO_19794_2_2005 : TemplateFormat.ANSI_378_2004;
    }
}
