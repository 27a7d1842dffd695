package id.ektp.identification.intake;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.ReceivedPackets;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketJson;
import id.ektp.platform.domain.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ReceivedPackets} on intake's table: the packet decrypted on each read, statuses audited. */
@Component
@OnCentral
class CentralPackets implements ReceivedPackets {

    private final IntakeStore store;
    private final Intake intake;
    private final AuditTrail audit;
    private final Clock clock;

    CentralPackets(IntakeStore store, Intake intake, AuditTrail audit, Optional<Clock> clock) {
        this.store = store;
        this.intake = intake;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public EnrolmentPacket packet(UUID packetId) {
        byte[] stored = store.content(packetId).orElseThrow(() -> new NotFoundException("packet", packetId.toString()));
        return PacketJson.read(intake.content(packetId, stored));
    }

    @Override
    public String station(UUID packetId) {
        return held(packetId).stationId();
    }

    @Override
    public CentralStatus status(UUID packetId) {
        return held(packetId).status();
    }

    @Override
    @Transactional
    public void updateStatus(UUID packetId, CentralStatus status, String reason) {
        Instant now = clock.instant();
        if (!store.updateStatus(packetId, status, reason, now)) {
            throw new NotFoundException("packet", packetId.toString());
        }
        audit.record(AuditAction.PACKET_STATUS_CHANGED, packetId.toString(),
                "{\"status\":\"" + status + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason.replace("\"", "'") + "\"") + "}");
    }

    private IntakeStore.Held held(UUID packetId) {
        return store.held(packetId).orElseThrow(() -> new NotFoundException("packet", packetId.toString()));
    }
}
