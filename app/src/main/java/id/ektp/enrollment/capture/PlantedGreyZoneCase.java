package id.ektp.enrollment.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's planted grey-zone case: once, on a demo without any capture yet, two Sukasari residents are recorded
 * at the desk and the devices exactly as an officer would (the REST API, as {@code pelayanan} and {@code operator}),
 * the second one presenting two real fingers of the first under their own name, from other impressions (FVC2002
 * DB1_B: right index 101_6 and 101_3, left index 103_1 and 103_5; the second resident's other eight fingers are
 * recorded as bandaged). Central's check scores them 59.6 and 24.6, fused 71.0: between the adjudicate (61) and
 * duplicate (75) thresholds, so the second record waits for {@code ajudikator}. Without the FVC2002 images (the
 * {@code ../shared/data} folder) nothing is planted and the log says why.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "ektp.demo.planted-case.enabled", havingValue = "true")
class PlantedGreyZoneCase {

    private static final Logger log = LoggerFactory.getLogger(PlantedGreyZoneCase.class);
    private static final String KECAMATAN = "32.73.01";
    private static final int RIGHT_INDEX = 2;
    private static final int LEFT_INDEX = 7;

    private final DeviceService devices;
    private final JdbcClient jdbc;
    private final WebServerApplicationContext web;
    private final Path fingerprints;
    private final String password;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PlantedGreyZoneCase(DeviceService devices, JdbcClient jdbc, WebServerApplicationContext web,
            @Value("${ektp.demo.planted-case.fingerprints:${ektp.shared.data:../shared/data}/fingerprints/fvc2002/DB1_B}") String fingerprints,
            @Value("${ektp.demo.password:demo-ektp-2026}") String password) {
        this.devices = devices;
        this.jdbc = jdbc;
        this.web = web;
        this.fingerprints = Path.of(fingerprints);
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void plant() {
        if (!Files.isRegularFile(fingerprints.resolve("101_6.tif"))) {
            log.info("No planted grey-zone case: the FVC2002 images are not at {}", fingerprints.toAbsolutePath());
            return;
        }
        if (jdbc.sql("SELECT count(*) FROM capture_record").query(Long.class).single() > 0) {
            return;
        }
        Thread planting = new Thread(() -> {
            try {
                List<String> niks = twoResidentsWithoutCard();
                record(niks.get(0), Map.of(RIGHT_INDEX, "101_6", LEFT_INDEX, "103_1"), false);
                record(niks.get(1), Map.of(RIGHT_INDEX, "101_3", LEFT_INDEX, "103_5"), true);
                log.info("Planted grey-zone case: {} recorded with two fingers of {}; it reaches the adjudication queue once central checked it",
                        niks.get(1), niks.get(0));
            } catch (IOException | RuntimeException e) {
                log.warn("The planted grey-zone case could not be recorded: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-planted-case");
        planting.setDaemon(true);
        planting.start();
    }

    /** The last two residents of the list, of one sex where the list has two (the first ones stay for the walk-through's campaign). */
    private List<String> twoResidentsWithoutCard() throws IOException, InterruptedException {
        JsonNode page = send("GET", "/api/v1/wajib-ktp?kecamatan=" + KECAMATAN + "&onlyWithoutKtp=true&size=50", "pelayanan", null);
        List<JsonNode> entries = new java.util.ArrayList<>();
        page.path("items").forEach(entries::add);
        java.util.Collections.reverse(entries);
        for (JsonNode first : entries) {
            for (JsonNode second : entries) {
                if (second != first && second.path("sex").equals(first.path("sex"))) {
                    return List.of(first.path("nik").asText(), second.path("nik").asText());
                }
            }
        }
        if (entries.size() < 2) {
            throw new IllegalStateException("fewer than two residents of " + KECAMATAN + " without an e-KTP: " + page);
        }
        return List.of(entries.get(0).path("nik").asText(), entries.get(1).path("nik").asText());
    }

    private void record(String nik, Map<Integer, String> fingers, boolean otherFingersBandaged) throws IOException, InterruptedException {
        present(nik, fingers);
        String checkIn = send("POST", "/api/v1/desk/check-ins", "pelayanan", "{\"nik\":\"" + nik + "\"}").path("id").asText();
        while (!send("POST", "/api/v1/desk/queue/next", "pelayanan", null).path("id").asText().equals(checkIn)) {
            // residents checked in before are called first
        }
        send("POST", "/api/v1/desk/check-ins/" + checkIn + "/decision", "pelayanan", "{\"confirmed\":true}");
        String capture = send("POST", "/api/v1/captures", "operator", "{\"checkInId\":\"" + checkIn + "\"}").at("/record/id").asText();
        if (otherFingersBandaged) {
            for (int position = 1; position <= 10; position++) {
                if (!fingers.containsKey(position)) {
                    send("POST", "/api/v1/captures/" + capture + "/exceptions", "operator",
                            "{\"position\":" + position + ",\"reason\":\"BANDAGED\"}");
                }
            }
        }
        JsonNode view = send("GET", "/api/v1/captures/" + capture, "operator", null);
        while (!view.path("nextStep").isNull() && !view.path("nextStep").isMissingNode()) {
            view = send("POST", "/api/v1/captures/" + capture + "/next", "operator", null);
        }
        send("POST", "/api/v1/captures/" + capture + "/close", "operator", null);
    }

    /** Puts the FVC2002 images of {@code fingers} on the simulated scanner's platen for this resident. */
    private void present(String nik, Map<Integer, String> fingers) throws IOException, InterruptedException {
        Map<String, String> files = new java.util.TreeMap<>();
        fingers.forEach((position, image) -> files.put(position.toString(), fingerprints.resolve(image + ".tif").toAbsolutePath().toString()));
        String images = json.writeValueAsString(files);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(devices.url().resolve("/simulator/subject"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"identity\":\"" + nik + "\",\"impostor\":false,\"fingerImages\":" + images + "}",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the device simulator refused the planted fingers: " + answer.body());
        }
    }

    private JsonNode send(String method, String path, String officer, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((officer + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " as " + officer + ": " + answer.statusCode() + " " + answer.body());
        }
        return json.readTree(answer.body());
    }
}
