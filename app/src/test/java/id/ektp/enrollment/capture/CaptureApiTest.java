package id.ektp.enrollment.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.identification.ReceivedPackets;
import id.ektp.platform.domain.NotFoundException;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.BiometricItem.Modality;
import id.ektp.packet.CaptureMetadata.CaptureException;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Step 6 over real HTTP, through the device simulator: a resident captured, verified, closed into one packet; and every refusal. */
class CaptureApiTest extends CaptureTestSupport {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Autowired
    ReceivedPackets central;
    @Autowired
    DeviceService devices;
    @Autowired
    BiometricRetention retention;

    @Test
    void aConfirmedResidentIsCapturedFingerByFingerVerifiedOnTheChipFingersAndClosedIntoOnePacket() throws Exception {
        Point point = servicePoint(SUKASARI);
        String nik = resident(point.pelayanan(), "32.73.01.1001", "RINA MARLINA");
        JsonNode started = start(point.operator(), confirmedCheckIn(point, nik));
        String id = id(started);
        assertThat(started.get("nextStep").asText()).isEqualTo("FINGER_1");

        JsonNode first = next(point.operator(), id);
        assertThat(first.at("/items/0/item").asText()).isEqualTo("FINGER_1");
        assertThat(first.at("/items/0/quality").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(first.get("nextStep").asText()).isEqualTo("FINGER_2");
        HttpResponse<byte[]> image = bytes("/api/v1/captures/" + id + "/items/FINGER_1", basic(point.operator()));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(Arrays.copyOf(image.body(), 4)).isEqualTo(PNG);

        JsonNode beforeChip = stepsUntil(point.operator(), id, "CHIP_CHECK");
        assertThat(beforeChip.get("items")).hasSize(14); // ten fingers, face, signature, two irises
        assertThat(beforeChip.get("chipFingers").toString()).isEqualTo("[2,7]");
        HttpResponse<String> early = post("/api/v1/captures/" + id + "/close", basic(point.operator()), null);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(body(early).get("type").asText()).endsWith("/chip-fingers-unverified");
        assertThat(queued(nik)).isZero();

        JsonNode verified = next(point.operator(), id);
        assertThat(verified.at("/record/chipVerified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("closable").asBoolean()).isTrue();
        HttpResponse<String> closed = post("/api/v1/captures/" + id + "/close", basic(point.operator()), null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode record = body(closed).get("record");
        assertThat(record.get("status").asText()).isEqualTo("CLOSED");

        EnrolmentPacket packet = atCentral(UUID.fromString(record.get("packetId").asText()));
        assertThat(queued(nik)).isEqualTo(1);
        assertThat(packet.demographics().nik()).isEqualTo(nik);
        assertThat(packet.demographics().fullName()).isEqualTo("RINA MARLINA");
        assertThat(packet.demographics().desaCode()).isEqualTo("32.73.01.1001");
        List<BiometricItem> fingers = packet.biometrics().stream().filter(b -> b.modality() == Modality.FINGER).toList();
        assertThat(fingers.stream().filter(b -> b.format() == BiometricFormat.PNG).map(BiometricItem::position))
                .containsExactly(FingerPosition.values());
        assertThat(fingers.stream().filter(b -> b.format() == BiometricFormat.ISO_19794_2_2005)).hasSize(10)
                .allSatisfy(b -> assertThat(new String(b.data(), 0, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("FMR"));
        assertThat(fingers).allSatisfy(b -> assertThat(b.quality()).isGreaterThanOrEqualTo(40));
        assertThat(packet.biometrics().stream().map(BiometricItem::modality).filter(m -> m != Modality.FINGER))
                .containsExactly(Modality.FACE, Modality.SIGNATURE, Modality.IRIS, Modality.IRIS);
        assertThat(packet.capture().officer()).isEqualTo(point.operator());
        JsonNode afterClose = body(get("/api/v1/captures/" + id, basic(point.operator())));
        assertThat(packet.capture().station()).as("stamped by the outbox").isEqualTo(afterClose.at("/record/station").asText());
        assertThat(packet.capture().device().deviceId()).isEqualTo("fingerprint-1");
        assertThat(packet.capture().device().certificateSha256()).isEqualTo(verified.at("/items/0/deviceCertificateSha256").asText())
                .hasSize(64);
        assertThat(packet.capture().exceptions()).isEmpty();

        // At rest: sealed, no PNG or ISO header in the database.
        List<byte[]> sealed = jdbc.sql("SELECT image_sealed FROM capture_item WHERE record_id = ?::uuid").param(id)
                .query((rs, n) -> rs.getBytes(1)).list();
        assertThat(sealed).hasSize(16).allSatisfy(s -> assertThat(indexOf(s, PNG)).isEqualTo(-1));

        byte[] proof = bytes("/api/v1/captures/" + id + "/proof", basic(point.operator())).body();
        String text = pdfText(proof);
        assertThat(text).contains("TANDA BUKTI PEREKAMAN", nik, "RINA MARLINA", "Telunjuk kanan", "direkam", point.office(),
                packet.capture().station());
        assertThat(body(get("/api/v1/residents/" + nik, basic(point.pelayanan()))).get("ktpStatus").asText()).isEqualTo("IN_PROCESS");
        assertThat(audited("RECORD_CLOSE")).isPositive();
        HttpResponse<String> again = post("/api/v1/captures/" + id + "/close", basic(point.operator()), null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(queued(nik)).isEqualTo(1);

        // Central confirmed (PacketUploaded): the biometrics go after the retention (7 days by default), audited; the record stays.
        Instant closedAt = Instant.parse(afterClose.at("/record/closedAt").asText());
        Instant purgeAfter = awaitPurgeAfter(id);
        assertThat(purgeAfter).isBetween(closedAt.plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(7)));
        retention.purgeDue(purgeAfter.minusSeconds(1)); // other tests' records may be due by then, not this one
        assertThat(jdbc.sql("SELECT purged_at IS NULL FROM capture_record WHERE id = ?::uuid").param(id).query(Boolean.class).single()).isTrue();
        assertThat(retention.purgeDue(purgeAfter.plusSeconds(1))).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM capture_item WHERE record_id = ?::uuid AND (image_sealed IS NOT NULL OR template_sealed IS NOT NULL)")
                .param(id).query(Integer.class).single()).isZero();
        assertThat(bytes("/api/v1/captures/" + id + "/items/FINGER_1", basic(point.operator())).statusCode()).isEqualTo(404);
        assertThat(body(get("/api/v1/captures/" + id, basic(point.operator()))).at("/items/0/purged").asBoolean()).isTrue();
        assertThat(audited("BIOMETRICS_PURGE")).isPositive();
    }

    @Test
    void aBandagedFingerIsAnExceptionAndAnImpostorAtTheChipCheckKeepsTheRecordOpen() throws Exception {
        Point point = servicePoint(SUKASARI);
        String nik = resident(point.pelayanan(), "32.73.01.1002", "DEDE KOMARUDIN");
        String id = id(start(point.operator(), confirmedCheckIn(point, nik)));
        HttpResponse<String> bandaged = post("/api/v1/captures/" + id + "/exceptions", basic(point.operator()),
                write(Map.of("position", 2, "reason", "BANDAGED")));
        assertThat(bandaged.statusCode()).as(bandaged.body()).isEqualTo(200);
        JsonNode view = next(point.operator(), id);
        assertThat(view.get("nextStep").asText()).isEqualTo("FINGER_3"); // the right index is skipped
        HttpResponse<String> twice = post("/api/v1/captures/" + id + "/exceptions", basic(point.operator()),
                write(Map.of("position", 1, "reason", "AMPUTATED")));
        assertThat(twice.statusCode()).isEqualTo(409);
        HttpResponse<String> incomplete = post("/api/v1/captures/" + id + "/close", basic(point.operator()), null);
        assertThat(incomplete.statusCode()).isEqualTo(409);
        assertThat(body(incomplete).get("type").asText()).endsWith("/capture-incomplete");

        JsonNode beforeChip = stepsUntil(point.operator(), id, "CHIP_CHECK");
        assertThat(beforeChip.get("chipFingers").toString()).isEqualTo("[3,7]"); // the middle finger stands in for the bandaged index

        present(nik, true);
        JsonNode impostor = next(point.operator(), id);
        assertThat(impostor.at("/record/chipVerified").asBoolean()).isFalse();
        assertThat(impostor.get("chipAttemptsLeft").asInt()).isEqualTo(2);
        assertThat(post("/api/v1/captures/" + id + "/close", basic(point.operator()), null).statusCode()).isEqualTo(409);
        assertThat(audited("CHIP_FINGERS_NOT_MATCHED")).isPositive();
        assertThat(queued(nik)).isZero();

        present(nik, false);
        assertThat(next(point.operator(), id).at("/record/chipVerified").asBoolean()).isTrue();
        JsonNode closed = body(post("/api/v1/captures/" + id + "/close", basic(point.operator()), null));
        EnrolmentPacket packet = atCentral(UUID.fromString(closed.at("/record/packetId").asText()));
        assertThat(packet.capture().exceptions()).containsExactly(new CaptureException(FingerPosition.RIGHT_INDEX, CaptureException.Reason.BANDAGED));
        assertThat(packet.biometrics().stream().filter(b -> b.position() == FingerPosition.RIGHT_INDEX)).isEmpty();
        assertThat(pdfText(bytes("/api/v1/captures/" + id + "/proof", basic(point.operator())).body())).contains("tidak direkam: diperban");
    }

    @Test
    void aResidentNotConfirmedAnOperatorOfAnotherKecamatanAndAServiceOfficerOfNoKecamatanAreRefusedAndNothingIsStored() {
        Point point = servicePoint(SUKASARI);
        String nik = resident(point.pelayanan(), "32.73.01.1003", "UJANG SUPRIATNA");
        String waiting = body(checkInByNik(point.pelayanan(), nik)).get("id").asText();
        int refusedBefore = audited("CAPTURE_REFUSED");

        HttpResponse<String> notConfirmed = post("/api/v1/captures", basic(point.operator()), write(Map.of("checkInId", waiting)));
        assertThat(notConfirmed.statusCode()).isEqualTo(409);
        assertThat(body(notConfirmed).get("type").asText()).endsWith("/not-confirmed");

        Point coblong = servicePoint(COBLONG);
        HttpResponse<String> foreign = post("/api/v1/captures", basic(coblong.operator()), write(Map.of("checkInId", waiting)));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/captures", basic(camat(SUKASARI)), write(Map.of("checkInId", waiting))).statusCode()).isEqualTo(403);

        assertThat(audited("CAPTURE_REFUSED")).isEqualTo(refusedBefore + 2);
        assertThat(jdbc.sql("SELECT count(*) FROM capture_record WHERE check_in_id = ?::uuid").param(waiting).query(Integer.class).single())
                .isZero();

        // A capture of Sukasari is not Coblong's to see or to step.
        String id = id(start(point.operator(), confirmedCheckIn(point, resident(point.pelayanan(), "32.73.01.1003", "EUIS"))));
        assertThat(get("/api/v1/captures/" + id, basic(coblong.operator())).statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/captures/" + id + "/next", basic(coblong.operator()), null).statusCode()).isEqualTo(404);
        assertThat(bytes("/api/v1/captures/" + id + "/items/FINGER_1", basic(coblong.operator())).statusCode()).isEqualTo(404);
    }

    private void present(String nik, boolean impostor) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(devices.url() + "/simulator/subject"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"identity\":\"" + nik + "\",\"impostor\":" + impostor + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private int queued(String nik) {
        return jdbc.sql("SELECT count(*) FROM packet_outbox WHERE nik = ?").param(nik).query(Integer.class).single();
    }

    /** The packet as central opened it, once the outbox delivered it (over HTTP, the embedded default's both sides). */
    private EnrolmentPacket atCentral(UUID packetId) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                return central.packet(packetId);
            } catch (NotFoundException e) {
                assertThat(System.nanoTime()).as("packet %s reaches central", packetId).isLessThan(deadline);
                sleep(100);
            }
        }
    }

    private Instant awaitPurgeAfter(String id) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            java.util.Optional<java.sql.Timestamp> after = jdbc.sql("SELECT purge_after FROM capture_record WHERE id = ?::uuid AND purge_after IS NOT NULL")
                    .param(id).query(java.sql.Timestamp.class).optional();
            if (after.isPresent()) {
                return after.get().toInstant();
            }
            assertThat(System.nanoTime()).as("PacketUploaded reaches the retention").isLessThan(deadline);
            sleep(50);
        }
    }

    /** Where {@code needle} starts in {@code haystack}, or -1 (Latin-1 maps each byte to one char). */
    private static int indexOf(byte[] haystack, byte[] needle) {
        return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1)
                .indexOf(new String(needle, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
