package id.ektp.identification.records;

import id.ektp.packet.EnrolmentPacket;

/**
 * The kecamatan a central record belongs to: that of the resident's desa/kelurahan as the packet states it
 * ({@code 32.73.01.1001} belongs to {@code 32.73.01}). Its Dinas is the kabupaten/kota above it. Region
 * scoping at central (clarification tasks, the dashboard, the home-region rule) goes by this code.
 */
public final class RecordRegion {

    private RecordRegion() {
    }

    public static String kecamatanOf(EnrolmentPacket packet) {
        return kecamatanOf(packet.demographics().desaCode());
    }

    public static String kecamatanOf(String desaCode) {
        String[] parts = desaCode == null ? new String[0] : desaCode.split("\\.");
        if (parts.length < 3) {
            throw new IllegalArgumentException("a desa code has four parts (32.73.01.1001), was '" + desaCode + "'");
        }
        return parts[0] + "." + parts[1] + "." + parts[2];
    }

    /** The kabupaten/kota of a kecamatan code ({@code 32.73.01} -> {@code 32.73}). */
    public static String kabupatenOf(String kecamatanCode) {
        int last = kecamatanCode.lastIndexOf('.');
        return last < 0 ? kecamatanCode : kecamatanCode.substring(0, last);
    }
}
