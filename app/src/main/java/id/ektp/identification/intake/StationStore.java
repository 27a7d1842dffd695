package id.ektp.identification.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Central's stations in PostgreSQL. */
@Repository
@OnCentral
class StationStore {

    private static final String COLUMNS = "station_id, name, kecamatan_code, state, registered_at, enrolled_at, revoked_at, revoked_reason";

    /** What enrolment checks: the code's hash and expiry, with the row locked. */
    record PendingCode(Station station, byte[] codeHash, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    StationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Station> find(String stationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM station WHERE station_id = ?").param(stationId).query(StationStore::station).optional();
    }

    List<Station> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM station ORDER BY station_id").query(StationStore::station).list();
    }

    /** A new station, or a new code for one not enrolled yet; false when the station is enrolled or revoked. */
    boolean register(String stationId, String name, String kecamatanCode, byte[] codeHash, Instant expiresAt, String by, Instant now) {
        return jdbc.sql("""
                INSERT INTO station (station_id, name, kecamatan_code, state, code_hash, code_expires_at, registered_by, registered_at)
                VALUES (?, ?, ?, 'REGISTERED', ?, ?, ?, ?)
                ON CONFLICT (station_id) DO UPDATE SET name = EXCLUDED.name, kecamatan_code = EXCLUDED.kecamatan_code,
                    code_hash = EXCLUDED.code_hash, code_expires_at = EXCLUDED.code_expires_at,
                    registered_by = EXCLUDED.registered_by, registered_at = EXCLUDED.registered_at
                WHERE station.state = 'REGISTERED'""")
                .params(stationId, name, kecamatanCode, codeHash, Timestamp.from(expiresAt), by, Timestamp.from(now)).update() == 1;
    }

    Optional<PendingCode> lockPending(String stationId) {
        return jdbc.sql("SELECT " + COLUMNS + ", code_hash, code_expires_at FROM station WHERE station_id = ? AND state = 'REGISTERED' FOR UPDATE")
                .param(stationId)
                .query((rs, n) -> new PendingCode(station(rs, n), rs.getBytes(9), rs.getTimestamp(10).toInstant())).optional();
    }

    void activate(String stationId, byte[] certificate, Instant now) {
        jdbc.sql("UPDATE station SET state = 'ACTIVE', certificate = ?, enrolled_at = ?, code_hash = NULL, code_expires_at = NULL "
                        + "WHERE station_id = ?")
                .params(certificate, Timestamp.from(now), stationId).update();
    }

    boolean revoke(String stationId, String by, String reason, Instant now) {
        return jdbc.sql("UPDATE station SET state = 'REVOKED', revoked_by = ?, revoked_at = ?, revoked_reason = ?, code_hash = NULL "
                        + "WHERE station_id = ? AND state <> 'REVOKED'")
                .params(by, Timestamp.from(now), reason, stationId).update() == 1;
    }

    /** The station's state and certificate (DER), if central knows it. */
    Optional<Credential> credential(String stationId) {
        return jdbc.sql("SELECT state, certificate FROM station WHERE station_id = ?").param(stationId)
                .query((rs, n) -> new Credential(Station.State.valueOf(rs.getString(1)), rs.getBytes(2))).optional();
    }

    record Credential(Station.State state, byte[] certificate) {
    }

    private static Station station(ResultSet rs, int n) throws SQLException {
        return new Station(rs.getString(1), rs.getString(2), rs.getString(3), Station.State.valueOf(rs.getString(4)),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
