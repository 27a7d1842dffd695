package id.ektp.enrollment.upload;

import id.ektp.packet.EnrolmentPacket;
import id.ektp.platform.domain.ConflictException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * TEST-ONLY stand-in for transport14's PacketOutbox until it lands on main (then this goes): keeps the
 * packets it was given, counted only once the closing transaction committed, and refuses a submit outside
 * a transaction, as the contract says.
 */
@Component
public class RecordingPacketOutbox implements PacketOutbox {

    private final List<EnrolmentPacket> committed = new CopyOnWriteArrayList<>();

    @Override
    public void submit(EnrolmentPacket packet) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("PacketOutbox.submit must run inside the closing transaction");
        }
        if (find(packet.packetId()).isPresent()) {
            throw new ConflictException("packet " + packet.packetId() + " is already queued");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.add(packet);
            }
        });
    }

    public Optional<EnrolmentPacket> find(UUID packetId) {
        return committed.stream().filter(p -> p.packetId().equals(packetId)).findFirst();
    }

    public List<EnrolmentPacket> ofNik(String nik) {
        return committed.stream().filter(p -> p.demographics().nik().equals(nik)).toList();
    }
}
