package id.ektp.enrollment.upload;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.accounts.SystemActor;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.InvalidInputException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link PacketOutbox} on the service point's database: the packet is sealed (signed with the station's
 * key, encrypted for central) before it is stored, so its biometrics are never at rest in the clear, and
 * stored in the caller's transaction; the sender is woken once that transaction commits.
 *
 * <p>The packet names its station; a packet that names none is given this station's ID, one that names
 * another is refused.
 */
@Component
@OnServicePoint
class StationOutbox implements PacketOutbox {

    private final StationIdentity identity;
    private final OutboxStore store;
    private final OutboxSender sender;
    private final CurrentOfficer officers;
    private final AuditTrail audit;
    private final Clock clock;

    StationOutbox(StationIdentity identity, OutboxStore store, OutboxSender sender, CurrentOfficer officers, AuditTrail audit,
            Optional<Clock> clock) {
        this.identity = identity;
        this.store = store;
        this.sender = sender;
        this.officers = officers;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void submit(EnrolmentPacket packet) {
        StationIdentity.Credentials station = identity.current().orElseThrow(() -> new ConflictException(
                "this service point is not enrolled at central yet: its administrator enters central's one-time code first"));
        EnrolmentPacket stamped = stamped(packet, station.stationId());
        String kecamatan = kecamatanOf(stamped.demographics().desaCode());
        byte[] sealed = station.sealer().seal(stamped);
        String by = officers.find().map(Officer::username).orElse(SystemActor.NAME);
        if (!store.insert(stamped.packetId(), station.stationId(), kecamatan, stamped.demographics().nik(), stamped.demographics().fullName(),
                sealed, by, clock.instant())) {
            throw new ConflictException("packet " + stamped.packetId() + " is queued already");
        }
        audit.record(AuditAction.PACKET_QUEUED, stamped.packetId().toString(),
                "{\"station\":\"" + station.stationId() + "\",\"bytes\":" + sealed.length + "}");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.wake();
            }
        });
    }

    private static EnrolmentPacket stamped(EnrolmentPacket packet, String stationId) {
        CaptureMetadata capture = packet.capture();
        if (capture.station() == null || capture.station().isBlank()) {
            return new EnrolmentPacket(packet.formatVersion(), packet.packetId(), packet.demographics(), packet.biometrics(),
                    new CaptureMetadata(capture.officer(), stationId, capture.device(), capture.capturedAt(), capture.exceptions()));
        }
        if (!capture.station().equals(stationId)) {
            throw new InvalidInputException("capture.station", "the packet names station " + capture.station() + ", this is " + stationId);
        }
        return packet;
    }

    static String kecamatanOf(String desaCode) {
        String[] parts = desaCode == null ? new String[0] : desaCode.split("\\.");
        if (parts.length != 4) {
            throw new InvalidInputException("demographics.desaCode", "a desa code has four parts, e.g. 32.73.01.1001");
        }
        return parts[0] + "." + parts[1] + "." + parts[2];
    }
}
