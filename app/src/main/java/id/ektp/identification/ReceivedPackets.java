package id.ektp.identification;

import id.ektp.packet.EnrolmentPacket;
import java.util.UUID;

/**
 * The packets central holds, as intake accepted them (signature verified, decrypted, checked), and the
 * status each one's station sees. Stages after intake read packets and report progress only here.
 */
public interface ReceivedPackets {

    /**
     * The opened packet.
     *
     * @throws id.ektp.platform.domain.NotFoundException if intake holds no such packet
     */
    EnrolmentPacket packet(UUID packetId);

    /** The station (service point) that sent it. */
    String station(UUID packetId);

    CentralStatus status(UUID packetId);

    /** Records a new status and its reason (null when there is none); the station learns it. */
    void updateStatus(UUID packetId, CentralStatus status, String reason);
}
