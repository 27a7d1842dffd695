package id.ektp.enrollment.upload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox in the service point's PostgreSQL. */
@Repository
@OnServicePoint
class OutboxStore {

    private static final String COLUMNS = """
            packet_id, station_id, kecamatan_code, nik, full_name, sealed_size, queued_at, state, attempts, next_attempt_at, last_error,
            delivered_at, central_status, central_reason, central_status_at, biometrics_removed_at""";

    /** A packet due for delivery, with its sealed bytes. */
    record Due(UUID packetId, byte[] sealed, int attempts) {
    }

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a sealed packet; false when its ID is queued already. */
    boolean insert(UUID packetId, String stationId, String kecamatanCode, String nik, String fullName, byte[] sealed, String by,
            Instant now) {
        return jdbc.sql("""
                INSERT INTO packet_outbox (packet_id, station_id, kecamatan_code, nik, full_name, sealed, sealed_size, queued_by, queued_at,
                                           state, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)
                ON CONFLICT (packet_id) DO NOTHING""")
                .params(packetId, stationId, kecamatanCode, nik, fullName, sealed, sealed.length, by, Timestamp.from(now), Timestamp.from(now))
                .update() == 1;
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("SELECT packet_id, sealed, attempts FROM packet_outbox WHERE state = 'QUEUED' AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, queued_at LIMIT ?")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getInt(3))).list();
    }

    /** When the next queued packet falls due, if any is queued. */
    Optional<Instant> nextDue() {
        return jdbc.sql("SELECT min(next_attempt_at) FROM packet_outbox WHERE state = 'QUEUED'")
                .query((rs, n) -> rs.getTimestamp(1)).optional().filter(t -> t != null).map(Timestamp::toInstant);
    }

    /** Marks the packet delivered with central's first status; its NIK, or empty when it was not waiting for delivery. */
    Optional<String> delivered(UUID packetId, Instant now, String centralStatus, Instant statusAt) {
        return jdbc.sql("""
                UPDATE packet_outbox SET state = 'DELIVERED', delivered_at = ?, attempts = attempts + 1, last_error = NULL,
                    central_status = ?, central_status_at = ?
                WHERE packet_id = ? AND state = 'QUEUED'
                RETURNING nik""")
                .params(Timestamp.from(now), centralStatus, Timestamp.from(statusAt), packetId).query(String.class).optional();
    }

    boolean refused(UUID packetId, String reason) {
        return jdbc.sql("UPDATE packet_outbox SET state = 'REFUSED', attempts = attempts + 1, last_error = ? WHERE packet_id = ? AND state = 'QUEUED'")
                .params(reason, packetId).update() == 1;
    }

    void retryLater(UUID packetId, Instant next, String error) {
        jdbc.sql("UPDATE packet_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE packet_id = ? AND state = 'QUEUED'")
                .params(Timestamp.from(next), error, packetId).update();
    }

    /** Delivered packets whose sealed copy is older than {@code before}, oldest first. */
    List<UUID> retainedUntil(Instant before, int limit) {
        return jdbc.sql("SELECT packet_id FROM packet_outbox WHERE state = 'DELIVERED' AND sealed IS NOT NULL AND delivered_at < ? "
                        + "ORDER BY delivered_at LIMIT ?")
                .params(Timestamp.from(before), limit).query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    boolean removeBiometrics(UUID packetId, Instant now) {
        return jdbc.sql("UPDATE packet_outbox SET sealed = NULL, biometrics_removed_at = ? WHERE packet_id = ? AND sealed IS NOT NULL")
                .params(Timestamp.from(now), packetId).update() == 1;
    }

    /**
     * Delivered packets whose status at central may still change, those asked about longest ago (or never) first,
     * so that beyond one batch every waiting packet takes its turn.
     */
    List<UUID> awaitingStatus(int limit) {
        return jdbc.sql("SELECT packet_id FROM packet_outbox WHERE state = 'DELIVERED' AND NOT " + CentralOutcome.FINAL_SQL
                        + " ORDER BY status_asked_at NULLS FIRST, central_status_at NULLS FIRST, queued_at LIMIT ?")
                .param(limit).query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /** Notes that central was asked about these packets now. */
    void asked(List<UUID> packetIds, Instant now) {
        jdbc.sql("UPDATE packet_outbox SET status_asked_at = :now WHERE packet_id IN (:ids)")
                .param("now", Timestamp.from(now)).param("ids", packetIds).update();
    }

    /** Keeps central's status; the packet's NIK when the status or its reason is new, empty when nothing changed. */
    Optional<String> centralStatus(UUID packetId, String status, String reason, Instant at) {
        return jdbc.sql("""
                UPDATE packet_outbox SET central_status = ?, central_reason = ?, central_status_at = ?
                WHERE packet_id = ? AND (central_status IS DISTINCT FROM ? OR central_reason IS DISTINCT FROM ?)
                RETURNING nik""")
                .params(status, reason, Timestamp.from(at), packetId, status, reason).query(String.class).optional();
    }

    Optional<OutboxEntry> find(UUID packetId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM packet_outbox WHERE packet_id = ?").param(packetId).query(OutboxStore::entry).optional();
    }

    /** The packets an officer's region sees ({@code scope} empty: all), newest first. */
    List<OutboxEntry> list(String scopeCondition, String scope, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM packet_outbox WHERE " + scopeCondition + " ORDER BY queued_at DESC LIMIT :limit")
                .param("scope", scope).param("limit", limit).query(OutboxStore::entry).list();
    }

    private static OutboxEntry entry(ResultSet rs, int n) throws SQLException {
        return new OutboxEntry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getTimestamp(7).toInstant(), OutboxEntry.State.valueOf(rs.getString(8)), rs.getInt(9), rs.getTimestamp(10).toInstant(),
                rs.getString(11), instant(rs.getTimestamp(12)), rs.getString(13), rs.getString(14), instant(rs.getTimestamp(15)),
                instant(rs.getTimestamp(16)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
