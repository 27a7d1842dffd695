package id.ektp.identification.intake;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.SystemActor;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.PacketReceived;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.OpenedPacket;
import id.ektp.packet.PacketException;
import id.ektp.packet.PacketJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 8 at central: a sealed packet from a station is decrypted with central's key, its signature
 * checked, its signer matched to a registered, active station (the one the packet names), and stored
 * exactly once by packet ID, with {@link PacketReceived} published in the same transaction. A resend of
 * a packet held already (the same content) is answered as such and changes nothing; the same ID with
 * other content is a replay and refused.
 *
 * <p>Intake runs as the system: no officer sends packets, the station's signature is the proof. Each
 * refusal is audited in a transaction of its own, so that it is on record and nothing else is.
 */
@Service
@OnCentral
class Intake {

    /** What intake answers a station. */
    record Receipt(UUID packetId, String stationId, boolean firstTime, Instant receivedAt, CentralStatus status) {
    }

    private final CentralKeys keys;
    private final Stations stations;
    private final IntakeStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Intake(CentralKeys keys, Stations stations, IntakeStore store, AuditTrail audit, ApplicationEventPublisher events,
            TransactionTemplate transactions, Optional<Clock> clock) {
        this.keys = keys;
        this.stations = stations;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Accepts a sealed packet.
     *
     * @throws IntakeRefusal with its reason when the packet cannot be opened or trusted, or replays an ID
     */
    Receipt accept(byte[] sealed) {
        return SystemActor.call("packet intake", () -> {
            UUID packetId = null;
            try {
                OpenedPacket opened = open(sealed);
                EnrolmentPacket packet = opened.packet();
                packetId = packet.packetId();
                String stationId = stations.trustedStation(opened.signer());
                if (!stationId.equals(packet.capture().station())) {
                    throw new IntakeRefusal(IntakeRefusal.Reason.STATION_MISMATCH,
                            "the packet names station " + packet.capture().station() + " but was signed by " + stationId);
                }
                return store(packet, stationId);
            } catch (IntakeRefusal e) {
                String subject = packetId == null ? "-" : packetId.toString();
                audit.record(AuditAction.PACKET_REFUSED, subject,
                        "{\"reason\":\"" + e.reason() + "\",\"bytes\":" + sealed.length + "}");
                throw e;
            }
        });
    }

    /** Refuses a packet larger than intake takes, before reading it; audited like every refusal. */
    IntakeRefusal tooLarge(long length, long limit) {
        SystemActor.run("packet intake", () -> audit.record(AuditAction.PACKET_REFUSED, "-",
                "{\"reason\":\"" + IntakeRefusal.Reason.TOO_LARGE + "\",\"bytes\":" + length + "}"));
        return new IntakeRefusal(IntakeRefusal.Reason.TOO_LARGE,
                "the packet is larger than the " + limit + " bytes intake takes (ektp.intake.max-packet-size); nothing was stored");
    }

    private OpenedPacket open(byte[] sealed) {
        try {
            return keys.opener().open(sealed);
        } catch (PacketException e) {
            throw new IntakeRefusal(IntakeRefusal.Reason.valueOf(e.reason().name()), e.getMessage());
        }
    }

    private Receipt store(EnrolmentPacket packet, String stationId) {
        byte[] json = PacketJson.write(packet);
        byte[] sha256 = sha256(json);
        UUID id = packet.packetId();
        return transactions.execute(s -> {
            Instant now = clock.instant();
            if (store.insertOnce(id, stationId, keys.encrypt(json, associated(id)), sha256, now)) {
                events.publishEvent(new PacketReceived(id));
                audit.record(AuditAction.PACKET_RECEIVED, id.toString(), "{\"station\":\"" + stationId + "\",\"bytes\":" + json.length + "}");
                return new Receipt(id, stationId, true, now, CentralStatus.RECEIVED_AT_CENTRAL);
            }
            IntakeStore.Held held = store.held(id).orElseThrow();
            if (!held.stationId().equals(stationId) || !Arrays.equals(held.contentSha256(), sha256)) {
                throw new IntakeRefusal(IntakeRefusal.Reason.REPLAYED,
                        "packet " + id + " is held already with other content; a packet ID is used once");
            }
            audit.record(AuditAction.PACKET_RESENT, id.toString(), "{\"station\":\"" + stationId + "\"}");
            return new Receipt(id, stationId, false, held.receivedAt(), held.status());
        });
    }

    /** The stored packet's JSON, decrypted. */
    byte[] content(UUID packetId, byte[] stored) {
        return keys.decrypt(stored, associated(packetId));
    }

    /** Binds a stored ciphertext to its packet ID, so that one packet's row cannot be passed off as another's. */
    private static byte[] associated(UUID packetId) {
        return packetId.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
