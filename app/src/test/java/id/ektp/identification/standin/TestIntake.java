package id.ektp.identification.standin;

import id.ektp.identification.PacketReceived;
import id.ektp.packet.EnrolmentPacket;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** TEST-ONLY: what intake does once a packet is verified: store it and publish {@link PacketReceived}, in one transaction. */
@Component
public class TestIntake {

    private final TestReceivedPackets packets;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    TestIntake(TestReceivedPackets packets, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.packets = packets;
        this.events = events;
        this.transactions = transactions;
    }

    public void receive(String station, EnrolmentPacket... received) {
        transactions.executeWithoutResult(tx -> {
            for (EnrolmentPacket packet : received) {
                packets.store(packet, station);
                events.publishEvent(new PacketReceived(packet.packetId()));
            }
        });
    }

    /** Publishes a central event (an adjudicator's or the Dinas's outcome) as its module would, in a transaction. */
    public void publish(Object event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }
}
