package id.ektp.identification.standin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import id.ektp.platform.startup.ProcessRole;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.ReceivedPackets;
import id.ektp.packet.EnrolmentPacket;
import java.util.ArrayList;
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
 * TEST-ONLY hook, the one the pipeline's retry tests need: central intake's real {@link ReceivedPackets}
 * ({@code identification.intake.CentralPackets}) with a way to make a packet's reads fail as an unreachable
 * packet store would, and the statuses the station was told, read from intake's audit trail. Every read and
 * status goes to the real intake; nothing is held here.
 */
@Component
@Primary
// Central's side only: a service point started with the test class path has no intake to deliver to.
@ConditionalOnExpression(ProcessRole.RUNS_CENTRAL)
public class FailingPacketReads implements ReceivedPackets {

    private final JdbcClient jdbc;
    private final ObjectProvider<ReceivedPackets> all;
    private final Map<UUID, AtomicInteger> failingReads = new ConcurrentHashMap<>();

    FailingPacketReads(JdbcClient jdbc, ObjectProvider<ReceivedPackets> all) {
        this.jdbc = jdbc;
        this.all = all;
    }

    private ReceivedPackets intake() {
        return all.orderedStream().filter(p -> p != this).findFirst().orElseThrow(() -> new IllegalStateException("no central intake"));
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
        return intake().packet(packetId);
    }

    @Override
    public String station(UUID packetId) {
        return intake().station(packetId);
    }

    @Override
    public CentralStatus status(UUID packetId) {
        return intake().status(packetId);
    }

    /** The reason intake holds with the packet's status. */
    public String reason(UUID packetId) {
        return jdbc.sql("SELECT status_reason FROM received_packet WHERE packet_id = ?").param(packetId).query(String.class).single();
    }

    @Override
    public void updateStatus(UUID packetId, CentralStatus status, String reason) {
        intake().updateStatus(packetId, status, reason);
    }

    /**
     * Every status the station was told, in order: RECEIVED_AT_CENTRAL, then each change intake audited
     * ({@code AuditAction.PACKET_STATUS_CHANGED}, durable, so a history survives the crash test's restarts).
     */
    public List<String> history(UUID packetId) {
        List<String> history = new ArrayList<>(List.of(CentralStatus.RECEIVED_AT_CENTRAL.name()));
        history.addAll(jdbc.sql("""
                SELECT detail::json ->> 'status' FROM audit_entry
                WHERE action = 'PACKET_STATUS' AND subject_type = 'PACKET' AND subject_id = ? ORDER BY seq""").param(packetId.toString()).query(String.class).list());
        return history;
    }
}
