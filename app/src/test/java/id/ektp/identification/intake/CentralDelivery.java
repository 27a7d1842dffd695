package id.ektp.identification.intake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import id.ektp.platform.startup.ProcessRole;
import id.ektp.accounts.SystemActor;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketSealer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.springframework.stereotype.Component;

/**
 * TEST support (not a stand-in): puts packets through central's real intake as a service point would. The
 * packet's station ({@code capture().station()}) is registered and enrolled on first use, with a key pair
 * and CSR of its own, and each packet is sealed with that station's key and handed to {@link Intake#accept},
 * the service behind {@code POST /api/v1/intake/packets}: verified, stored encrypted, PacketReceived published.
 */
@Component
// Central's side only: a service point started with the test class path has no intake to deliver to.
@ConditionalOnExpression(ProcessRole.RUNS_CENTRAL)
public class CentralDelivery {

    private final Stations stations;
    private final Intake intake;
    private final Map<String, PacketSealer> sealers = new ConcurrentHashMap<>();

    CentralDelivery(Stations stations, Intake intake) {
        this.stations = stations;
        this.intake = intake;
    }

    /** Delivers each packet; returns once intake acknowledged it (RECEIVED_AT_CENTRAL, or a resend). */
    public void deliver(EnrolmentPacket... packets) {
        for (EnrolmentPacket packet : packets) {
            intake.accept(sealer(packet.capture().station()).seal(packet));
        }
    }

    /** The packet as its station seals it, to be handed to {@link #accept} later (a backlog submitted at once). */
    public byte[] seal(EnrolmentPacket packet) {
        return sealer(packet.capture().station()).seal(packet);
    }

    /** Central's intake of a sealed packet; returns once it acknowledged it. */
    public void accept(byte[] sealed) {
        intake.accept(sealed);
    }

    /** The packets' IDs, for a test that delivers and then follows them. */
    public UUID deliverOne(EnrolmentPacket packet) {
        deliver(packet);
        return packet.packetId();
    }

    private synchronized PacketSealer sealer(String stationId) {
        return sealers.computeIfAbsent(stationId, this::enrolled);
    }

    private PacketSealer enrolled(String stationId) {
        try {
            Stations.Registration registration = SystemActor.call("test station " + stationId,
                    () -> stations.register(stationId, "Loket " + stationId, "test-admin"));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            String csr = Base64.getEncoder().encodeToString(new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + stationId), keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded());
            Stations.Enrolled enrolled = stations.enrol(stationId, registration.code(), csr);
            return new PacketSealer(keys.getPrivate(), enrolled.certificate(), enrolled.centralCertificate());
        } catch (Exception e) {
            throw new AssertionError("station " + stationId + " could not be enrolled at central", e);
        }
    }
}
