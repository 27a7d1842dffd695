package id.ektp.registry.numbering;

import id.ektp.registry.RegistryException;
import id.ektp.registry.Sex;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the next free NIK for a kecamatan and birth date, and the next KK number for a kecamatan and
 * issue date. One counter row per 12-digit prefix is bumped with {@code INSERT ... ON CONFLICT DO
 * UPDATE ... RETURNING}: concurrent requests queue on that row's lock, so no serial is handed out
 * twice; the unique key on {@code resident.nik} is the second guard. A new counter starts above the
 * highest serial already stored, so NIKs entered by hand or loaded in bulk are never reissued.
 */
@Component
public class NumberIssuer {

    public static final int MAX_SERIAL = 9999;

    private final JdbcClient jdbc;

    NumberIssuer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Nik issueNik(String kecamatanCode, LocalDate birthDate, Sex sex) {
        String prefix = Nik.prefix(kecamatanCode, birthDate, sex);
        int serial = next("nik_counter", "resident", "nik", prefix);
        if (serial > MAX_SERIAL) {
            throw new InvalidNikException("birthDate", "all " + MAX_SERIAL + " NIK serials for kecamatan " + kecamatanCode
                    + " and this birth date are taken");
        }
        return new Nik(prefix + String.format("%04d", serial));
    }

    /**
     * Notes a NIK entered by hand (a resident who already has one), so that the counter of its prefix
     * never hands out that serial again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noteNik(Nik nik) {
        jdbc.sql("""
                INSERT INTO nik_counter (prefix, last_serial) VALUES (:prefix, :serial)
                ON CONFLICT (prefix) DO UPDATE SET last_serial = greatest(nik_counter.last_serial, EXCLUDED.last_serial)
                """).param("prefix", nik.prefix()).param("serial", nik.serial()).update();
    }

    /** A KK number: the kecamatan code, the issue date DDMMYY, a serial from 0001. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issueKk(String kecamatanCode, LocalDate issuedOn) {
        String prefix = kecamatanCode.replace(".", "")
                + String.format("%02d%02d%02d", issuedOn.getDayOfMonth(), issuedOn.getMonthValue(), issuedOn.getYear() % 100);
        int serial = next("kk_counter", "family", "kk_number", prefix);
        if (serial > MAX_SERIAL) {
            throw new RegistryException("kkNumber", "all KK serials of kecamatan " + kecamatanCode + " for today are taken");
        }
        return prefix + String.format("%04d", serial);
    }

    private int next(String counter, String table, String column, String prefix) {
        // Table and column names are constants of this class, never input.
        return jdbc.sql("""
                INSERT INTO %1$s (prefix, last_serial)
                VALUES (:prefix, (SELECT coalesce(max(substr(%3$s, 13, 4)::int), 0) + 1 FROM %2$s
                                  WHERE %3$s BETWEEN :prefix || '0000' AND :prefix || '9999'))
                ON CONFLICT (prefix) DO UPDATE SET last_serial = %1$s.last_serial + 1
                RETURNING last_serial
                """.formatted(counter, table, column))
                .param("prefix", prefix)
                .query(Integer.class).single();
    }
}
