package id.ektp.enrollment.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.SystemActor;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.ReceivedPackets;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default (both roles in one process, talking over HTTP): a closed record's packet is sealed,
 * kept in the outbox, delivered to central's intake, stored there exactly once, and its central status
 * comes back to the service point.
 */
class PacketDeliveryTest extends AccountsTestSupport {

    static final AtomicInteger PERSON = new AtomicInteger();

    @Autowired
    PacketOutbox outbox;

    @Autowired
    ReceivedPackets received;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aClosedRecordsPacketArrivesAtCentralOnceAndItsStatusComesBack() {
        EnrolmentPacket packet = TestPackets.packet(UUID.randomUUID(), "3273015403000101", "Dewi Lestari", PERSON.incrementAndGet());
        SystemActor.run("test", () -> transactions.executeWithoutResult(s -> outbox.submit(packet)));

        awaitTrue(() -> state(packet.packetId()).equals("DELIVERED"), "the packet is delivered");
        assertThat(received.station(packet.packetId())).isEqualTo("32.73.01-01");
        EnrolmentPacket atCentral = received.packet(packet.packetId());
        assertThat(atCentral.demographics()).isEqualTo(packet.demographics());
        assertThat(atCentral.biometrics()).isEqualTo(packet.biometrics());
        assertThat(atCentral.capture().station()).as("the outbox stamps its station").isEqualTo("32.73.01-01");
        assertThat(count("SELECT count(*) FROM received_packet WHERE packet_id = ?", packet.packetId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND action = 'PACKET_RECEIVE'", packet.packetId())).isEqualTo(1);

        // The uniqueness pipeline works the packet as soon as intake stored it and sets its later statuses at
        // central (whichever verdict: this test is about the status travelling back); the service point learns
        // the new status by asking.
        java.util.Set<CentralStatus> waiting = java.util.EnumSet.of(CentralStatus.RECEIVED_AT_CENTRAL, CentralStatus.SEARCH_IN_PROGRESS);
        awaitTrue(() -> !waiting.contains(received.status(packet.packetId())), "central's pipeline settles the record");
        String statusAtCentral = received.status(packet.packetId()).name();
        awaitTrue(() -> statusAtCentral.equals(jdbc.sql("SELECT central_status FROM packet_outbox WHERE packet_id = ?")
                .param(packet.packetId()).query(String.class).single()), "the new status reaches the service point");
    }

    @Test
    void neitherSealedNorClearBiometricsStayInTheClearAtEitherSide() {
        EnrolmentPacket packet = TestPackets.packet(UUID.randomUUID(), "3273015403000102", "Rina Marlina", PERSON.incrementAndGet());
        SystemActor.run("test", () -> transactions.executeWithoutResult(s -> outbox.submit(packet)));
        awaitTrue(() -> state(packet.packetId()).equals("DELIVERED"), "the packet is delivered");
        byte[] atServicePoint = jdbc.sql("SELECT sealed FROM packet_outbox WHERE packet_id = ?").param(packet.packetId())
                .query((rs, n) -> rs.getBytes(1)).single();
        byte[] atCentral = jdbc.sql("SELECT content FROM received_packet WHERE packet_id = ?").param(packet.packetId())
                .query((rs, n) -> rs.getBytes(1)).single();
        byte[] face = packet.biometrics().stream().filter(b -> b.modality() == id.ektp.packet.BiometricItem.Modality.FACE).findFirst()
                .orElseThrow().data();
        for (byte[] stored : new byte[][] {atServicePoint, atCentral}) {
            String text = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("Rina Marlina").doesNotContain("3273015403000102")
                    .doesNotContain(java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(face, 30)));
        }
    }

    @Test
    void aPacketIsQueuedOnlyInsideTheTransactionThatClosesTheRecordAndOnlyOnce() {
        EnrolmentPacket packet = TestPackets.packet(UUID.randomUUID(), "3273015403000103", "Sari Utami", PERSON.incrementAndGet());
        assertThatThrownBy(() -> SystemActor.run("test", () -> outbox.submit(packet))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(count("SELECT count(*) FROM packet_outbox WHERE packet_id = ?", packet.packetId())).isZero();

        SystemActor.run("test", () -> transactions.executeWithoutResult(s -> outbox.submit(packet)));
        assertThatThrownBy(() -> SystemActor.run("test", () -> transactions.executeWithoutResult(s -> outbox.submit(packet))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRolledBackCloseLeavesNoPacket() {
        EnrolmentPacket packet = TestPackets.packet(UUID.randomUUID(), "3273015403000104", "Tuti Rahayu", PERSON.incrementAndGet());
        SystemActor.run("test", () -> transactions.executeWithoutResult(s -> {
            outbox.submit(packet);
            s.setRollbackOnly();
        }));
        assertThat(count("SELECT count(*) FROM packet_outbox WHERE packet_id = ?", packet.packetId())).isZero();
        assertThatThrownBy(() -> received.status(packet.packetId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPacketOfAnotherStationIsRefusedAtTheOutbox() {
        EnrolmentPacket packet = TestPackets.packet(UUID.randomUUID(), "3273015403000105", "Nina Kurnia", PERSON.incrementAndGet(), "32.73.02-01");
        assertThatThrownBy(() -> SystemActor.run("test", () -> transactions.executeWithoutResult(s -> outbox.submit(packet))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("capture.station");
    }

    @Test
    void aResendOfTheSameSealedPacketIsAnsweredAsAlreadyReceivedAndChangesNothing() throws Exception {
        EnrolmentPacket packet = TestPackets.packet(UUID.randomUUID(), "3273015403000106", "Wulan Sari", PERSON.incrementAndGet());
        SystemActor.run("test", () -> transactions.executeWithoutResult(s -> outbox.submit(packet)));
        awaitTrue(() -> state(packet.packetId()).equals("DELIVERED"), "the packet is delivered");
        byte[] sealed = jdbc.sql("SELECT sealed FROM packet_outbox WHERE packet_id = ?").param(packet.packetId())
                .query((rs, n) -> rs.getBytes(1)).single();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/intake/packets"))
                .header("Content-Type", "application/vnd.ektp.packet+cms").POST(HttpRequest.BodyPublishers.ofByteArray(sealed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(body(again).get("outcome").asText()).isEqualTo("ALREADY_RECEIVED");
        assertThat(count("SELECT count(*) FROM received_packet WHERE packet_id = ?", packet.packetId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND action = 'PACKET_RECEIVE'", packet.packetId())).isEqualTo(1);
    }

    private String state(UUID packetId) {
        return jdbc.sql("SELECT state FROM packet_outbox WHERE packet_id = ?").param(packetId).query(String.class).optional().orElse("");
    }

    /** audit_entry.subject_id is text; the packet tables key on uuid. */
    private int count(String sql, UUID packetId) {
        return jdbc.sql(sql).param(sql.contains("audit_entry") ? packetId.toString() : packetId).query(Integer.class).single();
    }

    /** Polls until {@code condition} holds, failing after a deadline. */
    static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
