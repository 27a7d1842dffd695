package id.ektp.enrollment.capture;

import id.ektp.packet.CaptureMetadata.CaptureException.Reason;
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

/** Capture records, their items (images and templates sealed) and their finger exceptions, in PostgreSQL. */
@Repository
class CaptureStore {

    private static final String RECORD_COLUMNS = """
            id, check_in_id, office_code, kecamatan_code, nik, full_name, summons_id, station, status, started_by, started_at,
            closed_by, officer_name, closed_at, packet_id, discard_reason, chip_attempts, chip_verified, chip_score, purged_at""";
    private static final String ITEM_COLUMNS = """
            record_id, kind, position, attempts, quality, quality_reason, device_quality, accepted, width, height, dpi, device_id,
            device_model, device_certificate_sha256, captured_at, image_sealed IS NULL""";

    private final JdbcClient jdbc;

    CaptureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CaptureRecord r) {
        jdbc.sql("""
                INSERT INTO capture_record (id, check_in_id, office_code, kecamatan_code, nik, full_name, summons_id, station, status,
                                            started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(r.id(), r.checkInId(), r.officeCode(), r.kecamatanCode(), r.nik(), r.fullName(), r.summonsId(), r.station(),
                        r.startedBy(), Timestamp.from(r.startedAt()))
                .update();
    }

    Optional<CaptureRecord> find(UUID id, String officeCode) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM capture_record WHERE id = ? AND office_code = ?").params(id, officeCode)
                .query(CaptureStore::record).optional();
    }

    Optional<CaptureRecord> find(UUID id) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM capture_record WHERE id = ?").param(id).query(CaptureStore::record).optional();
    }

    /** The record locked for a change: one step, close or discard at a time per record. */
    Optional<CaptureRecord> lock(UUID id, String officeCode) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM capture_record WHERE id = ? AND office_code = ? FOR UPDATE")
                .params(id, officeCode).query(CaptureStore::record).optional();
    }

    Optional<CaptureRecord> ofCheckIn(UUID checkInId) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM capture_record WHERE check_in_id = ? AND status <> 'DISCARDED'")
                .param(checkInId).query(CaptureStore::record).optional();
    }

    Optional<CaptureRecord> ofPacket(UUID packetId) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM capture_record WHERE packet_id = ?").param(packetId)
                .query(CaptureStore::record).optional();
    }

    /** The service point's captures started on a day (Asia/Jakarta), newest first. */
    List<CaptureRecord> ofDay(String officeCode, LocalDate day) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM capture_record WHERE office_code = ? "
                        + "AND (started_at AT TIME ZONE 'Asia/Jakarta')::date = ? ORDER BY started_at DESC")
                .params(officeCode, day).query(CaptureStore::record).list();
    }

    List<CaptureItem> items(UUID recordId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM capture_item WHERE record_id = ? ORDER BY captured_at, kind, position")
                .param(recordId).query(CaptureStore::item).list();
    }

    /** Stores an item, replacing an earlier one of the same kind and position (a chip finger's next re-capture). */
    void putItem(CaptureItem i, byte[] imageSealed, byte[] templateSealed) {
        jdbc.sql("""
                INSERT INTO capture_item (record_id, kind, position, attempts, quality, quality_reason, device_quality, accepted, width,
                                          height, dpi, device_id, device_model, device_certificate_sha256, captured_at, image_sealed,
                                          template_sealed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (record_id, kind, position) DO UPDATE SET attempts = capture_item.attempts + excluded.attempts,
                    quality = excluded.quality, quality_reason = excluded.quality_reason, device_quality = excluded.device_quality,
                    accepted = excluded.accepted, width = excluded.width, height = excluded.height, dpi = excluded.dpi,
                    device_id = excluded.device_id, device_model = excluded.device_model,
                    device_certificate_sha256 = excluded.device_certificate_sha256, captured_at = excluded.captured_at,
                    image_sealed = excluded.image_sealed, template_sealed = excluded.template_sealed""")
                .params(i.recordId(), i.kind().name(), i.position(), i.attempts(), i.quality(), i.qualityReason(), i.deviceQuality(),
                        i.accepted(), i.width(), i.height(), i.dpi(), i.deviceId(), i.deviceModel(), i.deviceCertificateSha256(),
                        Timestamp.from(i.capturedAt()), imageSealed, templateSealed)
                .update();
    }

    Optional<byte[]> sealedImage(UUID recordId, ItemKind kind, int position) {
        return jdbc.sql("SELECT image_sealed FROM capture_item WHERE record_id = ? AND kind = ? AND position = ? AND image_sealed IS NOT NULL")
                .params(recordId, kind.name(), position).query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<byte[]> sealedTemplate(UUID recordId, ItemKind kind, int position) {
        return jdbc.sql("SELECT template_sealed FROM capture_item WHERE record_id = ? AND kind = ? AND position = ? AND template_sealed IS NOT NULL")
                .params(recordId, kind.name(), position).query((rs, n) -> rs.getBytes(1)).optional();
    }

    List<FingerException> exceptions(UUID recordId) {
        return jdbc.sql("SELECT position, reason FROM capture_exception WHERE record_id = ? ORDER BY position").param(recordId)
                .query((rs, n) -> new FingerException(rs.getInt(1), Reason.valueOf(rs.getString(2)))).list();
    }

    void putException(UUID recordId, FingerException e, String officer, Instant at) {
        jdbc.sql("INSERT INTO capture_exception (record_id, position, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
                .params(recordId, e.position(), e.reason().name(), officer, Timestamp.from(at)).update();
    }

    void chipAttempt(UUID recordId, boolean verified, double score) {
        jdbc.sql("UPDATE capture_record SET chip_attempts = chip_attempts + 1, chip_verified = ?, chip_score = ? WHERE id = ?")
                .params(verified, score, recordId).update();
    }

    void close(UUID recordId, UUID packetId, String officer, String officerName, Instant at) {
        jdbc.sql("UPDATE capture_record SET status = 'CLOSED', packet_id = ?, closed_by = ?, officer_name = ?, closed_at = ? WHERE id = ?")
                .params(packetId, officer, officerName, Timestamp.from(at), recordId).update();
    }

    /**
     * The record takes the station its packet was queued as: the outbox's (upload) own table, read in the
     * closing transaction, since the outbox stamps the station it is enrolled as.
     */
    void takeStationOfPacket(UUID recordId, UUID packetId) {
        jdbc.sql("UPDATE capture_record SET station = coalesce((SELECT station_id FROM packet_outbox WHERE packet_id = ?), station) WHERE id = ?")
                .params(packetId, recordId).update();
    }

    void discard(UUID recordId, String reason, String officer, Instant at) {
        jdbc.sql("UPDATE capture_record SET status = 'DISCARDED', discard_reason = ?, closed_by = ?, closed_at = ? WHERE id = ?")
                .params(reason, officer, Timestamp.from(at), recordId).update();
    }

    void markSummonsRecorded(UUID summonsId, Instant at) {
        jdbc.sql("UPDATE summons SET recorded_at = ? WHERE id = ? AND recorded_at IS NULL").params(Timestamp.from(at), summonsId).update();
    }

    /** Central has the packet: its biometrics go at {@code after}. */
    void schedulePurge(UUID packetId, Instant after) {
        jdbc.sql("UPDATE capture_record SET purge_after = ? WHERE packet_id = ? AND purge_after IS NULL")
                .params(Timestamp.from(after), packetId).update();
    }

    /** Records whose biometrics are due to go, locked so that a second purger takes others. */
    List<UUID> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM capture_record WHERE purge_after <= ? AND purged_at IS NULL ORDER BY purge_after LIMIT ? "
                        + "FOR UPDATE SKIP LOCKED")
                .params(Timestamp.from(now), limit).query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /** Removes a record's images and templates; what was captured (positions, qualities, devices) stays. */
    int purge(UUID recordId, Instant at) {
        int items = jdbc.sql("UPDATE capture_item SET image_sealed = NULL, template_sealed = NULL WHERE record_id = ? AND "
                + "(image_sealed IS NOT NULL OR template_sealed IS NOT NULL)").param(recordId).update();
        jdbc.sql("UPDATE capture_record SET purged_at = ? WHERE id = ?").params(Timestamp.from(at), recordId).update();
        return items;
    }

    private static CaptureRecord record(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp(14);
        Timestamp purged = rs.getTimestamp(20);
        double chipScore = rs.getDouble(19);
        Double score = rs.wasNull() ? null : chipScore;
        return new CaptureRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8), CaptureStatus.valueOf(rs.getString(9)),
                rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12), rs.getString(13),
                closed == null ? null : closed.toInstant(), rs.getObject(15, UUID.class), rs.getString(16), rs.getInt(17),
                rs.getBoolean(18), score, purged == null ? null : purged.toInstant());
    }

    private static CaptureItem item(ResultSet rs, int n) throws SQLException {
        return new CaptureItem(rs.getObject(1, UUID.class), ItemKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getTimestamp(15).toInstant(), rs.getBoolean(16));
    }
}
