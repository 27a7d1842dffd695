package id.ektp.identification.standin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import id.ektp.platform.startup.ProcessRole;
import id.ektp.identification.intake.CentralDelivery;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.EnrolmentPacket;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline tests' door to central: packets go through the real intake ({@link CentralDelivery}: sealed by
 * their enrolled station, verified, stored, PacketReceived published). {@link #publish} is still TEST-ONLY: it
 * stands for an adjudicator's decision or the Dinas's resolution (CaseDecided, DuplicateResolved) instead of
 * driving them through the adjudication and clarification API.
 */
@Component
// Central's side only: a service point started with the test class path has no intake to deliver to.
@ConditionalOnExpression(ProcessRole.RUNS_CENTRAL)
public class TestIntake {

    private final CentralDelivery delivery;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    TestIntake(CentralDelivery delivery, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.delivery = delivery;
        this.events = events;
        this.transactions = transactions;
    }

    /** Delivers the packets through central's intake, each sealed by {@code station} (the packet is stamped with it, as the outbox does). */
    public void receive(String station, EnrolmentPacket... received) {
        for (EnrolmentPacket packet : received) {
            CaptureMetadata c = packet.capture();
            delivery.deliver(c.station().equals(station) ? packet
                    : EnrolmentPacket.of(packet.packetId(), packet.demographics(), packet.biometrics(),
                            new CaptureMetadata(c.officer(), station, c.device(), c.capturedAt(), c.exceptions())));
        }
    }

    /** Publishes a central event (an adjudicator's or the Dinas's outcome) as its module would, in a transaction. */
    public void publish(Object event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }
}
