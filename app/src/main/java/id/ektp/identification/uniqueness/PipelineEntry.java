package id.ektp.identification.uniqueness;

import id.ektp.accounts.SystemActor;
import id.ektp.identification.PacketReceived;
import id.ektp.identification.ReceivedPackets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a record enters the check: Spring Modulith's durable listener on {@link PacketReceived}. The event's
 * publication stays incomplete until this has committed the record's row, and is published again after a
 * restart if it never did; a second delivery finds the row and adds nothing.
 */
@Component
class PipelineEntry {

    private final UniquenessRecords records;
    private final ObjectProvider<ReceivedPackets> packets;
    private final UniquenessPipeline pipeline;

    PipelineEntry(UniquenessRecords records, ObjectProvider<ReceivedPackets> packets, UniquenessPipeline pipeline) {
        this.records = records;
        this.packets = packets;
        this.pipeline = pipeline;
    }

    @ApplicationModuleListener
    void on(PacketReceived received) {
        SystemActor.run("uniqueness", () -> {
            if (records.enter(received.packetId(), packets.getObject().station(received.packetId()))) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        pipeline.signal();
                    }
                });
            }
        });
    }
}
