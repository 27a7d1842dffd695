package id.ektp.identification.intake;

import id.ektp.identification.CentralStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The packets central accepted, in PostgreSQL; the content encrypted by {@link CentralKeys}. */
@Repository
@OnCentral
class IntakeStore {

    /** A packet's state as its station sees it. */
    record Held(UUID packetId, String stationId, byte[] contentSha256, Instant receivedAt, CentralStatus status, String reason,
            Instant statusAt) {
    }

    private static final String HELD = "packet_id, station_id, content_sha256, received_at, status, status_reason, status_at";

    private final JdbcClient jdbc;

    IntakeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the packet unless its ID is held already: true when this call stored it. */
    boolean insertOnce(UUID packetId, String stationId, byte[] content, byte[] contentSha256, Instant now) {
        return jdbc.sql("""
                INSERT INTO received_packet (packet_id, station_id, content, content_sha256, received_at, status, status_at)
                VALUES (?, ?, ?, ?, ?, 'RECEIVED_AT_CENTRAL', ?)
                ON CONFLICT (packet_id) DO NOTHING""")
                .params(packetId, stationId, content, contentSha256, Timestamp.from(now), Timestamp.from(now)).update() == 1;
    }

    Optional<Held> held(UUID packetId) {
        return jdbc.sql("SELECT " + HELD + " FROM received_packet WHERE packet_id = ?").param(packetId).query(IntakeStore::held).optional();
    }

    /** The statuses of those of {@code packetIds} that {@code stationId} sent; others' packets are not its business. */
    List<Held> heldFor(String stationId, Collection<UUID> packetIds) {
        return jdbc.sql("SELECT " + HELD + " FROM received_packet WHERE station_id = :station AND packet_id = ANY(:ids)")
                .param("station", stationId).param("ids", packetIds.toArray(UUID[]::new)).query(IntakeStore::held).list();
    }

    Optional<byte[]> content(UUID packetId) {
        return jdbc.sql("SELECT content FROM received_packet WHERE packet_id = ?").param(packetId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    boolean updateStatus(UUID packetId, CentralStatus status, String reason, Instant now) {
        return jdbc.sql("UPDATE received_packet SET status = ?, status_reason = ?, status_at = ? WHERE packet_id = ?")
                .params(status.name(), reason, Timestamp.from(now), packetId).update() == 1;
    }

    private static Held held(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Held(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3), rs.getTimestamp(4).toInstant(),
                CentralStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
