package id.ektp.identification.standin;

import id.ektp.identification.CentralStatus;
import id.ektp.identification.ReceivedPackets;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketJson;
import id.ektp.platform.domain.NotFoundException;
import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TEST-ONLY packets for the pipeline's tests, in front of central intake's {@link ReceivedPackets}: packets a
 * test hands over directly (their JSON, in a table of its own made here, not by a migration) are served from
 * here, with every status change kept in a history so that a test sees each record told its result once, and
 * reads that a test makes fail (an unreachable packet store, to drive the retries); every other packet (one
 * that came through the real intake over HTTP) goes to intake's own implementation.
 */
@Component
@Primary
public class TestReceivedPackets implements ReceivedPackets {

    private final JdbcClient jdbc;
    private final ObjectProvider<ReceivedPackets> all;
    private final Map<UUID, AtomicInteger> failingReads = new ConcurrentHashMap<>();

    TestReceivedPackets(JdbcClient jdbc, ObjectProvider<ReceivedPackets> all) {
        this.jdbc = jdbc;
        this.all = all;
    }

    /** Intake's own implementation, for the packets that came through it. */
    private ReceivedPackets intake(UUID packetId) {
        return all.orderedStream().filter(p -> p != this).findFirst()
                .orElseThrow(() -> new NotFoundException("packet", packetId.toString()));
    }

    private boolean mine(UUID packetId) {
        return jdbc.sql("SELECT count(*) FROM test_received_packet WHERE packet_id = ?").param(packetId).query(Integer.class).single() > 0;
    }

    @PostConstruct
    void table() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS test_received_packet (
                    packet_id uuid PRIMARY KEY, station text NOT NULL, packet bytea NOT NULL, status text NOT NULL, reason text)""").update();
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS test_packet_status (
                    seq bigserial PRIMARY KEY, packet_id uuid NOT NULL, status text NOT NULL, reason text)""").update();
    }

    /** Stores a packet as intake would (call inside the transaction that publishes PacketReceived). */
    public void store(EnrolmentPacket packet, String station) {
        jdbc.sql("INSERT INTO test_received_packet (packet_id, station, packet, status) VALUES (?, ?, ?, 'RECEIVED_AT_CENTRAL')")
                .params(packet.packetId(), station, PacketJson.write(packet)).update();
        jdbc.sql("INSERT INTO test_packet_status (packet_id, status) VALUES (?, 'RECEIVED_AT_CENTRAL')").param(packet.packetId()).update();
    }

    /** The next {@code times} reads of the packet fail as an unreachable packet store would (-1: until told otherwise). */
    public void failReads(UUID packetId, int times) {
        failingReads.put(packetId, new AtomicInteger(times));
    }

    public void healReads(UUID packetId) {
        failingReads.remove(packetId);
    }

    @Override
    public EnrolmentPacket packet(UUID packetId) {
        AtomicInteger failing = failingReads.get(packetId);
        if (failing != null && (failing.get() < 0 || failing.getAndDecrement() > 0)) {
            throw new IllegalStateException("packet store unreachable (test)");
        }
        if (!mine(packetId)) {
            return intake(packetId).packet(packetId);
        }
        return jdbc.sql("SELECT packet FROM test_received_packet WHERE packet_id = ?").param(packetId).query(byte[].class).optional()
                .map(PacketJson::read).orElseThrow(() -> new NotFoundException("packet", packetId.toString()));
    }

    @Override
    public String station(UUID packetId) {
        if (!mine(packetId)) {
            return intake(packetId).station(packetId);
        }
        return jdbc.sql("SELECT station FROM test_received_packet WHERE packet_id = ?").param(packetId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("packet", packetId.toString()));
    }

    @Override
    public CentralStatus status(UUID packetId) {
        if (!mine(packetId)) {
            return intake(packetId).status(packetId);
        }
        return jdbc.sql("SELECT status FROM test_received_packet WHERE packet_id = ?").param(packetId).query(String.class).optional()
                .map(CentralStatus::valueOf).orElseThrow(() -> new NotFoundException("packet", packetId.toString()));
    }

    public String reason(UUID packetId) {
        return jdbc.sql("SELECT reason FROM test_received_packet WHERE packet_id = ?").param(packetId).query(String.class).single();
    }

    @Override
    public void updateStatus(UUID packetId, CentralStatus status, String reason) {
        if (!mine(packetId)) {
            intake(packetId).updateStatus(packetId, status, reason);
            return;
        }
        jdbc.sql("UPDATE test_received_packet SET status = ?, reason = ? WHERE packet_id = ?").params(status.name(), reason, packetId).update();
        jdbc.sql("INSERT INTO test_packet_status (packet_id, status, reason) VALUES (?, ?, ?)").params(packetId, status.name(), reason).update();
    }

    /** Every status the station was told, in order. */
    public List<String> history(UUID packetId) {
        return jdbc.sql("SELECT status FROM test_packet_status WHERE packet_id = ? ORDER BY seq").param(packetId).query(String.class).list();
    }
}
