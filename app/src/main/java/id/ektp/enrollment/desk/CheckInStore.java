package id.ektp.enrollment.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-ins in PostgreSQL, always of one service point (office). */
@Repository
class CheckInStore {

    private static final String COLUMNS = """
            id, office_code, kecamatan_code, service_day, queue_number, nik, full_name, summons_id, status, checked_in_at,
            called_at, correction_reason""";

    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises check-ins of one NIK, so that a resident checked in twice at once is refused, not answered 500. */
    void lockNik(String nik) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('check-in:' || ?))").param(nik).query((rs, n) -> 1).single();
    }

    Optional<CheckIn> ofNikOn(String nik, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in WHERE nik = ? AND service_day = ?").params(nik, day)
                .query(CheckInStore::checkIn).optional();
    }

    /** An earlier check-in on this summons that was not sent to the correction: the letter is used up. */
    Optional<CheckIn> ofSummons(UUID summonsId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in WHERE summons_id = ? AND status <> 'CORRECTION'").param(summonsId)
                .query(CheckInStore::checkIn).optional();
    }

    void insert(CheckIn c, String officer) {
        jdbc.sql("""
                INSERT INTO check_in (id, office_code, kecamatan_code, service_day, queue_number, nik, full_name, summons_id, status,
                                      checked_in_by, checked_in_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)""")
                .params(c.id(), c.officeCode(), c.kecamatanCode(), c.serviceDay(), c.queueNumber(), c.nik(), c.fullName(), c.summonsId(),
                        officer, Timestamp.from(c.checkedInAt()))
                .update();
    }

    Optional<CheckIn> find(UUID id, String officeCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in WHERE id = ? AND office_code = ?").params(id, officeCode)
                .query(CheckInStore::checkIn).optional();
    }

    /** Calls the lowest waiting number of the day, if anyone waits; two counters calling at once get two residents. */
    Optional<CheckIn> callNext(String officeCode, LocalDate day, String officer, Instant now) {
        return jdbc.sql("""
                UPDATE check_in SET status = 'CALLED', called_by = ?, called_at = ?
                WHERE id = (SELECT id FROM check_in WHERE office_code = ? AND service_day = ? AND status = 'WAITING'
                            ORDER BY queue_number LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS)
                .params(officer, Timestamp.from(now), officeCode, day).query(CheckInStore::checkIn).optional();
    }

    boolean decide(UUID id, CheckInStatus outcome, String reason, String officer, Instant now) {
        return jdbc.sql("""
                UPDATE check_in SET status = ?, correction_reason = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND status = 'CALLED'""")
                .params(outcome.name(), reason, officer, Timestamp.from(now), id).update() == 1;
    }

    List<CheckIn> ofDay(String officeCode, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in WHERE office_code = ? AND service_day = ? ORDER BY queue_number")
                .params(officeCode, day).query(CheckInStore::checkIn).list();
    }

    /** The numbers called most recently, newest first: what the waiting room shows. */
    List<CheckIn> lastCalled(String officeCode, LocalDate day, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in WHERE office_code = ? AND service_day = ? AND called_at IS NOT NULL "
                        + "ORDER BY called_at DESC, queue_number DESC LIMIT ?")
                .params(officeCode, day, limit).query(CheckInStore::checkIn).list();
    }

    private static CheckIn checkIn(ResultSet rs, int n) throws SQLException {
        Timestamp called = rs.getTimestamp(11);
        return new CheckIn(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), CheckInStatus.valueOf(rs.getString(9)),
                rs.getTimestamp(10).toInstant(), called == null ? null : called.toInstant(), rs.getString(12));
    }
}
