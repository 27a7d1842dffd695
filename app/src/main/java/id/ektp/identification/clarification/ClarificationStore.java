package id.ektp.identification.clarification;

import id.ektp.identification.DuplicateResolved.Resolution;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clarification tasks in PostgreSQL; every query is kept to what the officer's region sees. */
@Repository
class ClarificationStore {

    private static final String COLUMNS = """
            id, packet_id, duplicate_of_packet_id, kecamatan_code, earlier_kecamatan_code, opened_at, resolution, note, resolved_by,
            resolved_at""";
    /** Either record's kecamatan inside the officer's region ('' is national); bind {@code :scope}. */
    private static final String SEES = """
            (:scope = '' OR kecamatan_code = :scope OR kecamatan_code LIKE :scope || '.%'
                         OR earlier_kecamatan_code = :scope OR earlier_kecamatan_code LIKE :scope || '.%')""";

    private final JdbcClient jdbc;

    ClarificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the task unless this pair has one (the hand-over is idempotent); true when it was new. */
    boolean insert(ClarificationTask t) {
        return jdbc.sql("""
                INSERT INTO clarification_task (id, packet_id, duplicate_of_packet_id, kecamatan_code, earlier_kecamatan_code, opened_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (packet_id, duplicate_of_packet_id) DO NOTHING""")
                .params(t.id(), t.packetId(), t.duplicateOfPacketId(), t.kecamatanCode(), t.earlierKecamatanCode(), Timestamp.from(t.openedAt()))
                .update() == 1;
    }

    Optional<ClarificationTask> find(UUID id, String scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clarification_task WHERE id = :id AND " + SEES).param("id", id).param("scope", scope)
                .query(ClarificationStore::task).optional();
    }

    List<ClarificationTask> list(String scope, boolean open) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clarification_task WHERE " + SEES
                + (open ? " AND resolved_at IS NULL ORDER BY opened_at" : " ORDER BY resolved_at IS NULL DESC, opened_at DESC LIMIT 500"))
                .param("scope", scope).query(ClarificationStore::task).list();
    }

    /** Records the resolution if the task is still open; false when someone resolved it first. */
    boolean resolve(UUID id, Resolution resolution, String note, String officer, Instant at) {
        return jdbc.sql("""
                UPDATE clarification_task SET resolution = ?, note = ?, resolved_by = ?, resolved_at = ?
                WHERE id = ? AND resolved_at IS NULL""")
                .params(resolution.name(), note, officer, Timestamp.from(at), id).update() == 1;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM clarification_task").query(Long.class).single();
    }

    long open() {
        return jdbc.sql("SELECT count(*) FROM clarification_task WHERE resolved_at IS NULL").query(Long.class).single();
    }

    private static ClarificationTask task(ResultSet rs, int n) throws SQLException {
        String resolution = rs.getString("resolution");
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new ClarificationTask(rs.getObject("id", UUID.class), rs.getObject("packet_id", UUID.class),
                rs.getObject("duplicate_of_packet_id", UUID.class), rs.getString("kecamatan_code"), rs.getString("earlier_kecamatan_code"),
                rs.getTimestamp("opened_at").toInstant(), resolution == null ? null : Resolution.valueOf(resolution), rs.getString("note"),
                rs.getString("resolved_by"), resolvedAt == null ? null : resolvedAt.toInstant());
    }
}
