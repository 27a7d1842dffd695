package id.ektp.identification.uniqueness;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import id.ektp.accounts.Role;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.DecisionThresholds;
import id.ektp.browser.BrowserTestSupport;
import id.ektp.enrollment.ServicePointClient;
import id.ektp.enrollment.ServicePointClient.Login;
import id.ektp.enrollment.ServicePointClient.Presented;
import id.ektp.identification.CaseDecided;
import id.ektp.identification.CentralPackets;
import id.ektp.identification.ReceivedPackets;
import id.ektp.identification.RecordedCentralEvents;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import id.ektp.platform.PlatformProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 15's end to end: two service points enrol residents, one person at both. This JVM is the embedded
 * platform (central and the Sukasari service point, station 32.73.01-01); Coblong is a service point in a
 * process of its own (station 32.73.02-01), registered at this central and enrolled with its one-time code
 * over HTTP, as production runs it. Every resident goes through the desk and the capture API with the device
 * simulator; the person enrolled twice presents real FVC2002 fingers (DB1_B 101 and 103, other impressions
 * at each service point) whose scores fall in the grey zone. Central finds them, the adjudicator sees the
 * pair with its paired minutiae in Chromium and decides "duplicate", the Dinas withdraws the later record, and
 * each service point sees its records' new statuses: the others print-ready, the later record a duplicate,
 * gone from the gallery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=" + TwoServicePointsEndToEndTest.CENTRAL_PORT,
        "ektp.embedded-postgres.port=8212",
        "ektp.capture.simulator.port=" + TwoServicePointsEndToEndTest.SUKASARI_SIMULATOR,
        "ektp.outbox.status-interval=PT2S"})
class TwoServicePointsEndToEndTest extends BrowserTestSupport {

    // This task's ports (8211-8219): central with Sukasari and its simulator here, Coblong's process beside it.
    static final int CENTRAL_PORT = 8211;
    static final int SUKASARI_SIMULATOR = 8213;
    static final int COBLONG_PORT = 8215;
    static final int COBLONG_DATABASE = 8216;
    static final int COBLONG_SIMULATOR = 8217;
    static final String COBLONG_STATION = "32.73.02-01";
    static final String SUKASARI_STATION = "32.73.01-01";
    private static final Logger LOG = LoggerFactory.getLogger(TwoServicePointsEndToEndTest.class);
    /** The machine is shared and loaded: delivery, the 1:N check and the status polls get minutes, not seconds. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String DEMO_PASSWORD = "demo-ektp-2026";
    /** Statuses central never changes again. */
    private static final Set<String> FINAL = Set.of("PRINT_READY_RECORD", "ENROLL_FAILURE_AT_CENTRAL", "SEARCH_FAILURE_AT_CENTRAL");
    private static final Map<Integer, String> EIGHT_FINGERS_BANDAGED = bandagedBut(2, 7);
    /** Coblong's desk: the demo's service officer of Kecamatan Coblong. */
    private static final Login COBLONG_DESK = new Login("pelayanan.coblong", DEMO_PASSWORD);

    @TempDir
    static Path work;

    @Autowired
    UniquenessRecords records;
    @Autowired
    GalleryKeeper gallery;
    @Autowired
    RecordedCentralEvents events;
    @Autowired
    ReceivedPackets central;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private PlatformProcess coblongProcess;

    @AfterAll
    void stopCoblong() throws Exception {
        if (coblongProcess != null && coblongProcess.alive()) {
            coblongProcess.stop();
        }
        PlatformProcess.postmaster(coblongData()).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void aPersonEnrolledAtTwoServicePointsIsAdjudicatedAsADuplicateAndTheOthersBecomePrintReady() throws Exception {
        Path fvc = CentralPackets.fvc2002();
        Login sukasariDesk = new Login(officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301"), PASSWORD);
        ServicePointClient sukasari = new ServicePointClient(URI.create("http://127.0.0.1:" + CENTRAL_PORT),
                URI.create("http://127.0.0.1:" + SUKASARI_SIMULATOR), sukasariDesk,
                new Login(officer(Role.OPERATOR, "32.73.01", "KEC-327301"), PASSWORD));
        ServicePointClient coblong = startCoblong();

        // Sukasari first: ASEP SUNANDAR with his real index fingers (the other eight his synthetic ones), and a stranger.
        String asepNik = sukasari.register("ASEP SUNANDAR", "32.73.01.1001");
        UUID asep = sukasari.enrol(asepNik, new Presented(Map.of(2, fvc.resolve("101_6.tif"), 7, fvc.resolve("103_1.tif"))), Map.of());
        UUID rina = sukasari.enrol(sukasari.register("RINA MARLINA", "32.73.01.1002"), Presented.synthetic(), Map.of());
        awaitStatus(sukasari, asep, "PRINT_READY_RECORD");
        awaitStatus(sukasari, rina, "PRINT_READY_RECORD");

        // Then Coblong: the same man under another name and NIK, other impressions of the same two fingers, the
        // other eight recorded as bandaged; and a stranger of Coblong.
        String sunardiNik = coblong.register("ASEP SUNARDI", "32.73.02.1002");
        assertThat(sunardiNik).isNotEqualTo(asepNik);
        UUID sunardi = coblong.enrol(sunardiNik, new Presented(Map.of(2, fvc.resolve("101_3.tif"), 7, fvc.resolve("103_5.tif"))),
                EIGHT_FINGERS_BANDAGED);
        UUID dede = coblong.enrol(coblong.register("DEDE KOMARUDIN", "32.73.02.1001"), Presented.synthetic(), Map.of());

        awaitStatus(coblong, dede, "PRINT_READY_RECORD");
        awaitStatus(coblong, sunardi, "ADJUDICATE_RECORD");
        for (UUID packet : List.of(asep, rina)) {
            assertThat(central.station(packet)).isEqualTo(SUKASARI_STATION);
        }
        for (UUID packet : List.of(sunardi, dede)) {
            assertThat(central.station(packet)).as("delivered by the Coblong process under its own certificate").isEqualTo(COBLONG_STATION);
        }
        EnrolmentPacket sunardiPacket = central.packet(sunardi);
        assertThat(sunardiPacket.demographics().fullName()).isEqualTo("ASEP SUNARDI");
        assertThat(sunardiPacket.capture().exceptions()).hasSize(8)
                .allSatisfy(e -> assertThat(e.reason()).isEqualTo(CaptureMetadata.CaptureException.Reason.BANDAGED));
        assertThat(sunardiPacket.biometrics().stream().filter(b -> b.modality() == BiometricItem.Modality.FINGER)
                .map(BiometricItem::position).distinct()).containsExactlyInAnyOrder(FingerPosition.RIGHT_INDEX, FingerPosition.LEFT_INDEX);

        // The engine put the pair in the grey zone, on the two index fingers; the strangers matched no one.
        DecisionThresholds thresholds = gallery.policy().thresholds();
        Candidate pair = records.candidates(sunardi).stream().filter(c -> c.candidatePacketId().equals(asep)).findFirst().orElseThrow();
        assertThat(pair.decision()).isEqualTo(Decision.ADJUDICATE);
        assertThat(pair.score()).isGreaterThanOrEqualTo(thresholds.adjudicate()).isLessThan(thresholds.duplicate());
        assertThat(pair.fingerScores()).containsOnlyKeys(id.ektp.afis.gallery.FingerPosition.RIGHT_INDEX,
                id.ektp.afis.gallery.FingerPosition.LEFT_INDEX);
        assertThat(records.candidates(sunardi)).as("no one else near him").allSatisfy(c -> assertThat(
                c.candidatePacketId().equals(asep) || c.decision() == Decision.NO_MATCH).isTrue());
        for (UUID stranger : List.of(asep, rina, dede)) {
            assertThat(records.candidates(stranger)).allSatisfy(c -> assertThat(c.decision()).isEqualTo(Decision.NO_MATCH));
            assertThat(records.get(stranger).inGallery()).isTrue();
        }
        assertThat(records.get(sunardi).stage()).isEqualTo(Stage.ADJUDICATION);
        assertThat(records.get(asep).inGallery()).isTrue();
        UUID sunardiReference = records.get(sunardi).referenceId();
        assertThat(gallery.contains(sunardiReference)).as("a grey-zone record is in the gallery until decided").isTrue();
        int galleryBefore = gallery.count();

        // The adjudicator sees the pair finger by finger with the paired minutiae, and decides.
        loginAs(officer(Role.ADJUDICATOR, "", "PUSAT"), PASSWORD);
        page.locator("#nav-adjudication").click();
        page.locator("#adjudication-queue tr[data-packet='" + sunardi + "'] .open-case").click();
        assertThat(page.locator("#new-record .full-name")).hasText("ASEP SUNARDI");
        Locator candidate = page.locator(".candidate[data-candidate='" + asep + "']");
        Map<String, Integer> drawn = new LinkedHashMap<>();
        assertThat(candidate.locator(".full-name")).hasText("ASEP SUNANDAR");
        assertThat(candidate.locator(".finger")).hasCount(2);
        for (String finger : List.of("RIGHT_INDEX", "LEFT_INDEX")) {
            Locator f = candidate.locator(".finger[data-finger='" + finger + "']");
            for (String side : List.of(".finger-probe", ".finger-candidate")) {
                f.locator(side).evaluate("img => img.decode()");
                // The FVC2002 DB1 images came through both captures and both packets at their own size.
                assertThat(((Number) f.locator(side).evaluate("img => img.naturalWidth")).intValue()).as(finger + side).isEqualTo(388);
            }
            f.locator("summary").click();
            int pairs = f.locator("tr.pair").count();
            assertThat(pairs).as("paired minutiae of " + finger).isGreaterThanOrEqualTo(5);
            assertThat(f.locator(".finger-score")).containsText("pasang minusi");
            drawn.put(finger, pairs);
        }
        LOG.info("Grey-zone pair: fused {} (fingers {}), paired minutiae drawn {}", pair.score(), pair.fingerScores(), drawn);
        candidate.locator(".verdict-duplicate").check();
        candidate.locator(".reason").fill("Telunjuk kanan dan kiri berpasangan: orang yang sama, direkam di Sukasari dan Coblong");
        candidate.locator(".submit-verdict").click();
        assertThat(page.locator("#case-decided")).containsText(sunardi.toString());
        assertThat(events.decided).contains(new CaseDecided(sunardi, List.of(asep)));
        awaitStatus(coblong, sunardi, "DUPLICATE_RECORD");
        page.locator("#logout").click();

        // The Dinas clarifies with the resident and withdraws the later record.
        String note = "Penduduk mengaku merekam dua kali, di Sukasari dan di Coblong";
        loginAs(officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273"), PASSWORD);
        page.locator("#nav-clarifications").click();
        page.locator("#clarifications tr[data-packet='" + sunardi + "'] .open-task").click();
        assertThat(page.locator("#this-record .full-name")).hasText("ASEP SUNARDI");
        assertThat(page.locator("#earlier-record .full-name")).hasText("ASEP SUNANDAR");
        page.locator("#resolution").selectOption("WITHDRAW_THIS");
        page.locator("#note").fill(note);
        page.locator("#resolve").click();
        assertThat(page.locator("#task-status")).containsText("Tarik rekaman ini");

        // Coblong sees why; the later record leaves the gallery, the earlier one stays and stays print-ready.
        JsonNode withdrawn = await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> coblong.outbox(sunardi),
                line -> line.path("centralReason").asText("").contains(note));
        assertThat(withdrawn.path("centralStatus").asText()).isEqualTo("DUPLICATE_RECORD");
        assertThat(withdrawn.path("centralReason").asText()).contains("withdrawn", asep.toString());
        await().atMost(PATIENCE).until(() -> !gallery.contains(sunardiReference));
        assertThat(records.get(sunardi).inGallery()).isFalse();
        assertThat(records.get(sunardi).stage()).isEqualTo(Stage.DONE);
        assertThat(gallery.count()).isEqualTo(galleryBefore - 1);
        assertThat(gallery.contains(records.get(asep).referenceId())).isTrue();
        assertThat(sukasari.outbox(asep).path("centralStatus").asText()).isEqualTo("PRINT_READY_RECORD");
        assertThat(coblong.outbox(dede).path("centralStatus").asText()).isEqualTo("PRINT_READY_RECORD");
        // Each registry follows: the withdrawn record's resident is never summoned again, the others are siap cetak.
        await().atMost(PATIENCE).until(() -> coblong.ktpStatus(sunardiNik), "DUPLICATE"::equals);
        await().atMost(PATIENCE).until(() -> sukasari.ktpStatus(asepNik), "PRINT_READY"::equals);

        // And each service point's officer sees the statuses on the outbox page of their own server.
        page.locator("#logout").click();
        Locator coblongOutbox = outboxPage(COBLONG_PORT, COBLONG_DESK);
        assertThat(coblongOutbox.locator("#packet-" + sunardi + " .central-status")).hasText("DUPLICATE_RECORD");
        assertThat(coblongOutbox.locator("#packet-" + dede + " .central-status")).hasText("PRINT_READY_RECORD");
        Locator sukasariOutbox = outboxPage(CENTRAL_PORT, sukasariDesk);
        assertThat(sukasariOutbox.locator("#packet-" + asep + " .central-status")).hasText("PRINT_READY_RECORD");
        assertThat(sukasariOutbox.locator("#packet-" + rina + " .central-status")).hasText("PRINT_READY_RECORD");
    }

    /** Signs in at the service point on {@code port} and opens its outbox page; answers the table. */
    private Locator outboxPage(int port, Login officer) {
        String base = "http://127.0.0.1:" + port;
        page.navigate(base + "/login");
        page.locator("#username").fill(officer.username());
        page.locator("#password").fill(officer.password());
        page.locator("#login-submit").click();
        page.waitForLoadState();
        page.navigate(base + "/outbox");
        return page.locator("#outbox");
    }

    /**
     * Registers station 32.73.02-01 at this central, starts the Coblong service point as its own process
     * (role service-point, this JVM as its central), enrols it with the one-time code and opens an operator.
     */
    private ServicePointClient startCoblong() throws Exception {
        String admin = officer(Role.SYSTEM_ADMIN, "", "PUSAT");
        JsonNode registration = post(CENTRAL_PORT, "/api/v1/stations", new Login(admin, PASSWORD),
                Map.of("stationId", COBLONG_STATION, "name", "Kecamatan Coblong 1"), 201);
        coblongProcess = PlatformProcess.startDemo(coblongData(), work.resolve("coblong.log"), COBLONG_PORT,
                "--ektp.demo.population=1", "--ektp.role=service-point", "--ektp.central.url=http://127.0.0.1:" + CENTRAL_PORT,
                "--ektp.embedded-postgres.port=" + COBLONG_DATABASE, "--ektp.capture.simulator.enabled=true",
                "--ektp.capture.simulator.port=" + COBLONG_SIMULATOR, "--ektp.outbox.status-interval=PT2S",
                "--ektp.outbox.initial-backoff=PT0.5S", "--ektp.outbox.max-backoff=PT5S");
        Login coblongAdmin = new Login("admin", DEMO_PASSWORD);
        post(COBLONG_PORT, "/api/v1/station/enrolment", coblongAdmin,
                Map.of("stationId", COBLONG_STATION, "code", registration.get("code").asText()), 201);
        Login operator = new Login("operator.coblong", "rahasia-coblong-123");
        post(COBLONG_PORT, "/api/v1/officers", coblongAdmin, Map.of("username", operator.username(), "fullName", "Rudi Hartono",
                "role", "OPERATOR", "regionCode", "32.73.02", "officeCode", "KEC-327302", "password", operator.password()), 201);
        return new ServicePointClient(URI.create("http://127.0.0.1:" + COBLONG_PORT), URI.create("http://127.0.0.1:" + COBLONG_SIMULATOR),
                COBLONG_DESK, operator);
    }

    /**
     * Waits until the service point's outbox shows central's {@code status} for the packet; returns its line.
     * A packet refused, or at a final status other than the one awaited, fails at once instead of after the wait.
     */
    private static JsonNode awaitStatus(ServicePointClient servicePoint, UUID packetId, String status) {
        return await("status " + status + " of " + packetId).atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .failFast("packet " + packetId + " ended elsewhere than " + status, () -> {
                    JsonNode line = servicePoint.outbox(packetId);
                    String now = line.path("centralStatus").asText();
                    return "REFUSED".equals(line.path("state").asText()) || (!now.equals(status) && FINAL.contains(now));
                })
                .until(() -> servicePoint.outbox(packetId), line -> status.equals(line.path("centralStatus").asText()));
    }

    private JsonNode post(int port, String path, Login officer, Object body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", officer.basic()).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s on %d: %s", path, port, response.body()).isEqualTo(expected);
        return json.readTree(response.body());
    }

    private static Path coblongData() {
        return work.resolve("coblong").resolve("data").resolve("postgres");
    }

    /** Every ISO finger position but {@code kept}, as BANDAGED. */
    private static Map<Integer, String> bandagedBut(int... kept) {
        Map<Integer, String> exceptions = new LinkedHashMap<>();
        for (int position = 1; position <= 10; position++) {
            final int p = position;
            if (java.util.Arrays.stream(kept).noneMatch(k -> k == p)) {
                exceptions.put(position, "BANDAGED");
            }
        }
        return exceptions;
    }
}
