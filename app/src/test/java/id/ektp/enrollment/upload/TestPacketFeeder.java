package id.ektp.enrollment.upload;

import id.ektp.accounts.SystemActor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test harness only (the test class path, never the shipped jar): stands in for the desk's capture in a
 * service-point process started by a test, closing {@code ektp.test.feed-packets} records one after another
 * once the station is enrolled, each packet in its own transaction, with IDs derived from their number so
 * that a restarted process queues none twice.
 */
@Component
@ConditionalOnProperty("ektp.test.feed-packets")
class TestPacketFeeder {

    private static final Logger LOG = LoggerFactory.getLogger(TestPacketFeeder.class);

    private final PacketOutbox outbox;
    private final StationIdentity identity;
    private final OutboxStore store;
    private final TransactionTemplate transactions;
    private final int count;
    private final Duration pace;

    TestPacketFeeder(PacketOutbox outbox, StationIdentity identity, OutboxStore store, TransactionTemplate transactions,
            @Value("${ektp.test.feed-packets}") int count, @Value("${ektp.test.feed-pace:PT0.1S}") Duration pace) {
        this.outbox = outbox;
        this.identity = identity;
        this.store = store;
        this.transactions = transactions;
        this.count = count;
        this.pace = pace;
    }

    static UUID packetId(int i) {
        return UUID.nameUUIDFromBytes(("two-process-packet-" + i).getBytes(StandardCharsets.US_ASCII));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread feeder = new Thread(this::feed, "test-packet-feeder");
        feeder.setDaemon(true);
        feeder.start();
    }

    private void feed() {
        try {
            while (identity.current().isEmpty()) {
                Thread.sleep(100); // pacing of a harness waiting for the operator's enrolment, not a test's synchronisation
            }
            for (int i = 0; i < count; i++) {
                UUID id = packetId(i);
                if (store.find(id).isPresent()) {
                    continue;
                }
                String nik = String.format("32730154030%05d", i);
                int person = i;
                SystemActor.run("test packet feeder", () -> transactions.executeWithoutResult(s ->
                        outbox.submit(TestPackets.packet(id, nik, "Penduduk Uji " + person, person))));
                Thread.sleep(pace.toMillis());
            }
            LOG.info("Test feeder: {} packets queued", count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
