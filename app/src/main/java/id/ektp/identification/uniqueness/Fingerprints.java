package id.ektp.identification.uniqueness;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.identification.ReceivedPackets;
import id.ektp.packet.EnrolmentPacket;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A record's ten-print as validation derived it from the stored packet. The packets are the source of truth
 * (the gallery is rebuilt from them); a small cache spares the search stage a second extraction of the images
 * validation just extracted, and holds nothing a restart needs.
 */
@Component
class Fingerprints {

    private final ObjectProvider<ReceivedPackets> packets;
    private final PacketValidation validation;
    private final Cache<UUID, TenPrint> recent = Caffeine.newBuilder().maximumSize(2_000).build();

    Fingerprints(ObjectProvider<ReceivedPackets> packets, PacketValidation validation) {
        this.packets = packets;
        this.validation = validation;
    }

    /**
     * Validates the packet's fingers and keeps the result for the next stages.
     *
     * @throws PacketRefused if the packet is not fit to be searched
     */
    TenPrint validate(UUID packetId) {
        return validate(packetId, packets.getObject().packet(packetId));
    }

    /** As {@link #validate(UUID)}, for a caller that already read the stored packet (reading it decrypts it). */
    TenPrint validate(UUID packetId, EnrolmentPacket packet) {
        TenPrint print = validation.tenPrint(packet);
        recent.put(packetId, print);
        return print;
    }

    /** The ten-print of a record that passed validation. */
    TenPrint of(UUID packetId) {
        TenPrint cached = recent.getIfPresent(packetId);
        return cached != null ? cached : validate(packetId);
    }

    void forget(UUID packetId) {
        recent.invalidate(packetId);
    }
}
