package id.ektp.registry.residents;

import id.ektp.registry.RegistryException;
import id.ektp.registry.numbering.Nik;

import java.time.LocalDate;

/**
 * The dates a resident's record may hold. A birth date lies between today and 1 January of the year
 * 99 years back: a NIK carries only two digits of the year, and {@link Nik#birthDate()} reads them as the
 * latest century that does not put the birth in the future, so within those hundred years every NIK
 * reads back its own resident's birth date (1800-01-01 would have read as 2000). An ITAP, valid for five
 * years and renewed, expires neither before its holder was born nor more than ten years ahead.
 */
public final class ResidentDates {

    /** How many years before the current one a birth may lie: the NIK's two-digit year wraps at 100. */
    static final int OLDEST_BIRTH_YEARS_BACK = 99;
    static final int ITAP_YEARS_AHEAD = 10;

    private ResidentDates() {
    }

    static LocalDate earliestBirthDate(LocalDate today) {
        return LocalDate.of(today.getYear() - OLDEST_BIRTH_YEARS_BACK, 1, 1);
    }

    /** Refuses a birth date in the future or before {@link #earliestBirthDate(LocalDate)}, naming {@code field}. */
    static void checkBirthDate(String field, LocalDate birthDate, LocalDate today) {
        if (birthDate.isAfter(today)) {
            throw new RegistryException(field, "a birth date cannot lie in the future");
        }
        LocalDate earliest = earliestBirthDate(today);
        if (birthDate.isBefore(earliest)) {
            throw new RegistryException(field, "must be on or after " + earliest
                    + ": a NIK's two-digit year cannot tell an earlier birth from one a century later");
        }
    }

    static void checkItapExpiry(String field, LocalDate expiry, LocalDate birthDate, LocalDate today) {
        if (expiry.isBefore(birthDate)) {
            throw new RegistryException(field, "an ITAP cannot expire before its holder was born");
        }
        if (expiry.isAfter(today.plusYears(ITAP_YEARS_AHEAD))) {
            throw new RegistryException(field, "an ITAP expires at most " + ITAP_YEARS_AHEAD + " years ahead");
        }
    }
}
