package id.ektp.registry;

import id.ektp.registry.residents.WajibKtpQuery;

import java.time.LocalDate;

/**
 * Who must hold a KTP (wajib KTP): a resident aged 17 or more, or married or ever married; a
 * foreigner (WNA) only while holding a valid permanent stay permit (ITAP). The SQL of the wajib-KTP
 * list ({@link WajibKtpQuery}) states the same rule; a test holds the two together.
 */
public final class WajibKtpRule {

    public static final int AGE = 17;

    private WajibKtpRule() {
    }

    public static boolean applies(LocalDate birthDate, MaritalStatus marital, Citizenship citizenship,
            LocalDate itapExpiry, LocalDate day) {
        if (citizenship == Citizenship.WNA && (itapExpiry == null || itapExpiry.isBefore(day))) {
            return false;
        }
        return !birthDate.plusYears(AGE).isAfter(day) || marital.everMarried();
    }
}
