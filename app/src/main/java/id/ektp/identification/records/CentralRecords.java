package id.ektp.identification.records;

import id.ektp.identification.ReceivedPackets;
import id.ektp.packet.EnrolmentPacket;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The packets intake holds, for adjudication and clarification. Looked up when used rather than at start-up
 * so that a process without central's intake (a service point alone, {@code ektp.role}) still starts; there
 * opening a case fails with a clear message instead of the whole platform failing to start.
 */
@Component
public class CentralRecords {

    private final ObjectProvider<ReceivedPackets> packets;

    CentralRecords(ObjectProvider<ReceivedPackets> packets) {
        this.packets = packets;
    }

    public EnrolmentPacket packet(UUID packetId) {
        return intake().packet(packetId);
    }

    private ReceivedPackets intake() {
        ReceivedPackets intake = packets.getIfAvailable();
        if (intake == null) {
            throw new IllegalStateException("central intake (ReceivedPackets) is not installed: no packet can be read");
        }
        return intake;
    }
}
