package id.ektp.enrollment.upload;

import static id.ektp.enrollment.upload.PacketDeliveryTest.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.Role;
import id.ektp.accounts.SystemActor;
import id.ektp.afis.image.Resolution;
import id.ektp.enrollment.PacketStatusChanged;
import id.ektp.afis.template.TemplateExtractor;
import id.ektp.afis.template.TemplateFormat;
import id.ektp.afis.template.TemplateInterchange;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.ReceivedPackets;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.registry.KtpStatus;
import id.ektp.registry.Residents;
import id.ektp.registry.residents.ResidentHistory;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Central's answers taking effect at the service point, in a context of its own (its own PostgreSQL and
 * gallery, so that its first packet is nobody's duplicate) whose poll asks two packets at a time: more
 * packets wait than one poll asks about, and each still gets its status; and the resident's e-KTP status in
 * the registry follows what central decided.
 */
@TestPropertySource(properties = "ektp.outbox.status-batch=2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CentralStatusReachesTheRegistryTest extends AccountsTestSupport {

    private static final String STATION = "32.73.01-01";

    @Autowired
    PacketOutbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    ReceivedPackets received;

    @Autowired
    Residents residents;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ResidentHistory history;

    /** First in this context: the gallery is empty, so central finds the record unique. */
    @Test
    @Order(1)
    void aPrintReadyRecordMakesTheResidentPrintReadyAndAnEnrolFailureSendsThemBackToNone() {
        String officer = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        String unique = register(officer, "Ayu Lestari");
        String refused = register(officer, "Intan Permata");
        recorded(unique, refused);

        EnrolmentPacket first = withEngineTemplates(TestPackets.packet(UUID.randomUUID(), unique, "Ayu Lestari", 1));
        submit(first);
        Set<CentralStatus> waiting = EnumSet.of(CentralStatus.RECEIVED_AT_CENTRAL, CentralStatus.SEARCH_IN_PROGRESS);
        awaitTrue(() -> !waiting.contains(received.status(first.packetId())), "central settles the first record");
        assertThat(received.status(first.packetId())).as("the first record in an empty gallery").isEqualTo(CentralStatus.PRINT_READY_RECORD);
        awaitTrue(() -> ktpStatus(unique) == KtpStatus.PRINT_READY, "the resident becomes siap cetak");

        EnrolmentPacket failing = twoTemplatesForOneFinger(TestPackets.packet(UUID.randomUUID(), refused, "Intan Permata", 2));
        submit(failing);
        awaitTrue(() -> received.status(failing.packetId()) == CentralStatus.ENROLL_FAILURE_AT_CENTRAL, "central refuses the record");
        awaitTrue(() -> ktpStatus(refused) == KtpStatus.NONE, "the resident must be recorded again");

        // Done as the system, each change in the resident's history (and audited as KTP_STATUS_CHANGED by markKtpStatus).
        assertThat(statusChanges(unique)).contains("system PRINT_READY");
        assertThat(statusChanges(refused)).contains("system NONE");
    }

    /**
     * Four packets whose status at central never moves (central does not know them, like records parked in a long
     * search), older than two real ones: ordered by central's status time alone, a poll of two would ask the same
     * stuck ones every time and the real ones would never hear back.
     */
    @Test
    @Order(2)
    void withMoreWaitingPacketsThanOnePollAsksEveryPacketGetsItsStatus() {
        List<UUID> stuck = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID id = UUID.randomUUID();
            stuck.add(id);
            Instant longAgo = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i);
            SystemActor.run("test", () -> transactions.executeWithoutResult(s -> {
                store.insert(id, STATION, "32.73.01", "3273015403009999", "Penduduk Tertahan", new byte[] {1}, "test", longAgo);
                jdbc.sql("UPDATE packet_outbox SET state = 'DELIVERED', delivered_at = ?, central_status = 'SEARCH_IN_PROGRESS', "
                        + "central_status_at = ? WHERE packet_id = ?")
                        .params(java.sql.Timestamp.from(longAgo), java.sql.Timestamp.from(longAgo), id).update();
            }));
        }
        String officer = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        List<EnrolmentPacket> real = List.of(
                twoTemplatesForOneFinger(TestPackets.packet(UUID.randomUUID(), register(officer, "Penduduk Satu"), "Penduduk Satu", 3)),
                twoTemplatesForOneFinger(TestPackets.packet(UUID.randomUUID(), register(officer, "Penduduk Dua"), "Penduduk Dua", 4)));
        real.forEach(this::submit);

        Set<CentralStatus> waiting = EnumSet.of(CentralStatus.RECEIVED_AT_CENTRAL, CentralStatus.SEARCH_IN_PROGRESS);
        for (EnrolmentPacket p : real) {
            awaitTrue(() -> !waiting.contains(received.status(p.packetId())), "central settles " + p.packetId());
            String atCentral = received.status(p.packetId()).name();
            awaitTrue(() -> atCentral.equals(store.find(p.packetId()).orElseThrow().centralStatus()),
                    "central's status of " + p.packetId() + " reaches the service point");
        }
        assertThat(stuck).allSatisfy(id -> assertThat(jdbc.sql("SELECT status_asked_at FROM packet_outbox WHERE packet_id = ?")
                .param(id).query(java.sql.Timestamp.class).optional()).isPresent());
        assertThat(store.awaitingStatus(10)).as("final statuses are asked no more").containsAll(stuck)
                .doesNotContainAnyElementsOf(real.stream().map(EnrolmentPacket::packetId).toList());
    }

    @Autowired
    KtpStatusFollowsCentral listener;

    /**
     * One NIK can have two packets (recorded twice at one office): the second one withdrawn as a duplicate or
     * refused must not undo the first one's print-ready; a withdrawn record of another NIK makes that resident
     * DUPLICATE, and a later print-ready record of theirs supersedes it. Central's statuses reach the listener
     * as the poll publishes them (the event as StatusPoller publishes it).
     */
    @Test
    @Order(3)
    void aSecondPacketWithdrawnOrRefusedDoesNotUndoTheFirstOnesPrintReady() {
        // the listener itself, not its asynchronous proxy, so that the events take effect in this order
        KtpStatusFollowsCentral follows = AopTestUtils.getUltimateTargetObject(listener);
        String officer = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        String twice = register(officer, "Rina Marlina");
        String otherName = register(officer, "Rini Marlina");
        recorded(twice, otherName);

        follows.on(new PacketStatusChanged(UUID.randomUUID(), twice, CentralOutcome.PRINT_READY, null));
        follows.on(new PacketStatusChanged(UUID.randomUUID(), twice, CentralOutcome.DUPLICATE, "withdrawn; the person keeps " + twice));
        follows.on(new PacketStatusChanged(UUID.randomUUID(), twice, CentralOutcome.ENROL_FAILURE, "two templates for one finger"));
        assertThat(ktpStatus(twice)).isEqualTo(KtpStatus.PRINT_READY);

        follows.on(new PacketStatusChanged(UUID.randomUUID(), otherName, CentralOutcome.DUPLICATE, "the same person as " + twice));
        assertThat(ktpStatus(otherName)).as("a duplicate still being clarified").isEqualTo(KtpStatus.IN_PROCESS);
        follows.on(new PacketStatusChanged(UUID.randomUUID(), otherName, CentralOutcome.DUPLICATE, "withdrawn; the person keeps " + twice));
        assertThat(ktpStatus(otherName)).isEqualTo(KtpStatus.DUPLICATE);
        follows.on(new PacketStatusChanged(UUID.randomUUID(), otherName, CentralOutcome.PRINT_READY, null));
        assertThat(ktpStatus(otherName)).isEqualTo(KtpStatus.PRINT_READY);

        SystemActor.run("card issued stand-in", () -> residents.markKtpStatus(twice, KtpStatus.ISSUED));
        follows.on(new PacketStatusChanged(UUID.randomUUID(), twice, CentralOutcome.PRINT_READY, null));
        assertThat(ktpStatus(twice)).as("nothing central says takes back an issued card").isEqualTo(KtpStatus.ISSUED);
        assertThat(statusChanges(twice)).as("newest first").containsExactly("system ISSUED", "system PRINT_READY", "system IN_PROCESS");
    }

    /** The residents as a capture's close leaves them: IN_PROCESS. */
    private void recorded(String... niks) {
        SystemActor.run("capture stand-in", () -> java.util.Arrays.stream(niks).forEach(nik -> residents.markKtpStatus(nik, KtpStatus.IN_PROCESS)));
    }

    /** Queues the packet as a capture's close would, and waits until central has it. */
    private void submit(EnrolmentPacket packet) {
        SystemActor.run("test", () -> transactions.executeWithoutResult(s -> outbox.submit(packet)));
        awaitTrue(() -> store.find(packet.packetId()).orElseThrow().state() == OutboxEntry.State.DELIVERED, "the packet is delivered");
    }

    /** Central's validation refuses a packet holding two templates for one finger: ENROLL_FAILURE_AT_CENTRAL. */
    private static EnrolmentPacket twoTemplatesForOneFinger(EnrolmentPacket packet) {
        List<BiometricItem> items = new ArrayList<>(packet.biometrics());
        BiometricItem template = items.stream().filter(b -> b.format() == BiometricFormat.ISO_19794_2_2005).findFirst()
                .orElseThrow();
        items.add(template);
        return EnrolmentPacket.of(packet.packetId(), packet.demographics(), items, packet.capture());
    }

    /** The station's templates as the engine extracts them from each finger's image (what the desk's capture sends). */
    private static EnrolmentPacket withEngineTemplates(EnrolmentPacket packet) {
        Assumptions.assumeTrue(TestPackets.realFingers(), "FVC2002 impressions are needed for a record central can check");
        TemplateExtractor extractor = new TemplateExtractor();
        List<BiometricItem> items = new ArrayList<>();
        for (BiometricItem item : packet.biometrics()) {
            if (item.format() == BiometricFormat.ISO_19794_2_2005) {
                continue;
            }
            items.add(item);
            if (item.format() == BiometricFormat.PNG && item.position() != null) {
                items.add(BiometricItem.finger(item.position(), BiometricFormat.ISO_19794_2_2005, item.quality(), new TemplateInterchange()
                        .export(extractor.extract(item.data(), Resolution.DPI_500), TemplateFormat.ISO_19794_2_2005)));
            }
        }
        return EnrolmentPacket.of(packet.packetId(), packet.demographics(), items, packet.capture());
    }

    /** The resident's history of e-KTP status changes as "changed-by new-value". */
    private List<String> statusChanges(String nik) {
        return history.of(nik).stream().filter(h -> h.field().equals("ktpStatus")).map(h -> h.changedBy() + " " + h.newValue()).toList();
    }

    private KtpStatus ktpStatus(String nik) {
        return KtpStatus.valueOf(jdbc.sql("SELECT ktp_status FROM resident WHERE nik = ?").param(nik).query(String.class).single());
    }

    private String register(String officer, String name) {
        String body = """
                {"fullName":"%s","birthPlace":"Bandung","birthDate":"2001-04-12","sex":"PEREMPUAN","bloodGroup":"B_POS",
                 "religion":"ISLAM","maritalStatus":"BELUM_KAWIN","occupation":"Pelajar/Mahasiswa","citizenship":"WNI",
                 "street":"Jl. Isola No. 5","rt":"002","rw":"004","desaCode":"32.73.01.1003","familyRelation":"KEPALA_KELUARGA"}"""
                .formatted(name);
        HttpResponse<String> response = post("/api/v1/residents", basic(officer), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("nik").asText();
    }
}
