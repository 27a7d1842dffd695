package id.ektp.packet;

import java.time.LocalDate;

/**
 * The resident's data as the registry holds it at capture time. {@code nik} and {@code kkNumber} are the
 * 16-digit numbers; {@code desaCode} the dotted Kemendagri code of the desa/kelurahan of residence.
 */
public record Demographics(
        String nik,
        String kkNumber,
        String fullName,
        String placeOfBirth,
        LocalDate dateOfBirth,
        Sex sex,
        String desaCode) {

    /** As on the card: LAKI_LAKI (male), PEREMPUAN (female). */
    public enum Sex { LAKI_LAKI, PEREMPUAN }
}
