package id.ektp.registry.numbering;

import id.ektp.registry.Sex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PPKKCC DDMMYY SSSS}, the kecamatan where the resident
 * was first registered, the birth date (women add 40 to the day) and a serial from 0001. There is
 * no check digit, so these structural rules are all a NIK can be checked against; whether the
 * kecamatan exists is checked against the region table by {@link NikRules}.
 */
public record Nik(String value) {

    public Nik {
        if (value == null || !value.matches("\\d{16}")) {
            throw new InvalidNikException("nik", "a NIK has exactly 16 digits");
        }
    }

    /** Parses and checks the structural rules; the reason names the first rule broken. */
    public static Nik parse(String value) {
        Nik nik = new Nik(value == null ? null : value.strip());
        int day = Integer.parseInt(nik.value.substring(6, 8));
        int month = Integer.parseInt(nik.value.substring(8, 10));
        if (nik.value.startsWith("00") || nik.value.substring(2, 4).equals("00") || nik.value.substring(4, 6).equals("00")) {
            throw new InvalidNikException("nik", "digits 1-6 must be a kecamatan code (province, kabupaten/kota and kecamatan each from 01)");
        }
        if (month < 1 || month > 12) {
            throw new InvalidNikException("nik", "digits 9-10 must be a birth month 01-12, not " + nik.value.substring(8, 10));
        }
        if (!(day >= 1 && day <= 31) && !(day >= 41 && day <= 71)) {
            throw new InvalidNikException("nik", "digits 7-8 must be a birth day 01-31 (men) or 41-71 (women: day + 40), not "
                    + nik.value.substring(6, 8));
        }
        try {
            nik.birthDate();
        } catch (DateTimeException e) {
            throw new InvalidNikException("nik", "digits 7-12 are not a real birth date: " + nik.value.substring(6, 12));
        }
        if (nik.serial() == 0) {
            throw new InvalidNikException("nik", "digits 13-16 must be a serial from 0001 to 9999");
        }
        return nik;
    }

    /** The dotted kecamatan code, e.g. {@code 32.73.01} for a NIK starting {@code 327301}. */
    public String kecamatanCode() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
    }

    public Sex sex() {
        return Integer.parseInt(value.substring(6, 8)) > 40 ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
    }

    /**
     * The birth date. A NIK only carries two digits of the year; the century is the latest one that
     * does not put the birth in the future.
     */
    public LocalDate birthDate() {
        int day = Integer.parseInt(value.substring(6, 8));
        if (day > 40) {
            day -= 40;
        }
        int month = Integer.parseInt(value.substring(8, 10));
        int yy = Integer.parseInt(value.substring(10, 12));
        int thisYear = Year.now().getValue();
        int year = 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy;
        return LocalDate.of(year, month, day);
    }

    /** True when the birth date digits of this NIK fit the given date (two-digit year) and sex. */
    public boolean fits(LocalDate birthDate, Sex sex) {
        return value.substring(6, 12).equals(datePart(birthDate, sex));
    }

    public int serial() {
        return Integer.parseInt(value.substring(12, 16));
    }

    /** The 12 digits before the serial: kecamatan + DDMMYY (day + 40 for women). */
    public String prefix() {
        return value.substring(0, 12);
    }

    /** {@code DDMMYY} with 40 added to the day for women. */
    public static String datePart(LocalDate birthDate, Sex sex) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.PEREMPUAN ? 40 : 0);
        return String.format("%02d%02d%02d", day, birthDate.getMonthValue(), birthDate.getYear() % 100);
    }

    /** The NIK prefix for a kecamatan (dotted) and birth date. */
    public static String prefix(String kecamatanCode, LocalDate birthDate, Sex sex) {
        return kecamatanCode.replace(".", "") + datePart(birthDate, sex);
    }

    @Override
    public String toString() {
        return value;
    }
}
