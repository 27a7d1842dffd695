package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service point is killed (its JVM and its PostgreSQL, SIGKILL) in the middle of a capture, with a step
 * in flight at the device: after the restart the record is still open with every step that was answered,
 * cannot be closed half-done, continues where it stopped with the sealed images still readable, and
 * closes into exactly one packet.
 */
class CaptureCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int port;

    @AfterEach
    void stopAnyServerLeftBehind() throws Exception {
        PlatformProcess.postmaster(work.resolve("data").resolve("postgres")).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void aCaptureInterruptedByACrashResumesWhereItStoppedAndIsNeverClosedHalfDone() throws Exception {
        Path data = work.resolve("data").resolve("postgres");
        String id;
        int answered = 1 + new Random().nextInt(10);
        try (PlatformProcess platform = PlatformProcess.startDemo(data, work.resolve("before.log"), "--ektp.demo.population=1")) {
            port = platform.httpPort;
            String nik = call("POST", "/api/v1/residents", "pelayanan", """
                    {"fullName":"YAYAT SUPRIATNA","birthPlace":"Bandung","birthDate":"1998-02-11","sex":"LAKI_LAKI","bloodGroup":"O_POS",
                     "religion":"ISLAM","maritalStatus":"BELUM_KAWIN","occupation":"Karyawan Swasta","citizenship":"WNI",
                     "street":"Jl. Sukasari No. 3","rt":"001","rw":"001","desaCode":"32.73.01.1001","familyRelation":"KEPALA_KELUARGA"}""", 201)
                    .get("nik").asText();
            String checkIn = call("POST", "/api/v1/desk/check-ins", "pelayanan", "{\"nik\":\"" + nik + "\"}", 201).get("id").asText();
            assertThat(call("POST", "/api/v1/desk/queue/next", "pelayanan", null, 200).get("id").asText()).isEqualTo(checkIn);
            call("POST", "/api/v1/desk/check-ins/" + checkIn + "/decision", "pelayanan", "{\"confirmed\":true}", 200);
            id = call("POST", "/api/v1/captures", "operator", "{\"checkInId\":\"" + checkIn + "\"}", 201).at("/record/id").asText();
            for (int i = 0; i < answered; i++) {
                call("POST", "/api/v1/captures/" + id + "/next", "operator", null, 200);
            }
            // One more step is at the device when the kill falls.
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(request("POST", "/api/v1/captures/" + id + "/next", "operator", null),
                    HttpResponse.BodyHandlers.ofString());
            platform.killWithDatabase(data);
            inFlight.handle((r, e) -> null).join();
        }

        try (PlatformProcess platform = PlatformProcess.startDemo(data, work.resolve("after.log"), "--ektp.demo.population=1")) {
            port = platform.httpPort;
            JsonNode resumed = call("GET", "/api/v1/captures/" + id, "operator", null, 200);
            assertThat(resumed.at("/record/status").asText()).isEqualTo("OPEN");
            assertThat(resumed.at("/record/packetId").isNull()).isTrue();
            int kept = resumed.get("items").size();
            assertThat(kept).as("every answered step is kept; the one in flight is kept whole or not at all").isBetween(answered, answered + 1);
            assertThat(resumed.get("nextStep").asText()).isEqualTo(kept < 10 ? "FINGER_" + (kept + 1) : "FACE");
            call("POST", "/api/v1/captures/" + id + "/close", "operator", null, 409);

            HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/captures/" + id
                    + "/items/FINGER_1")).header("Authorization", basic("operator")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(new String(image.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

            JsonNode view = resumed;
            while (!view.get("nextStep").isNull()) {
                view = call("POST", "/api/v1/captures/" + id + "/next", "operator", null, 200);
            }
            JsonNode closed = call("POST", "/api/v1/captures/" + id + "/close", "operator", null, 200);
            assertThat(closed.at("/record/status").asText()).isEqualTo("CLOSED");
            assertThat(closed.at("/record/packetId").asText()).hasSize(36);
            assertThat(closed.get("items")).hasSize(16);
        }
    }

    private JsonNode call(String method, String path, String officer, String body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, path, officer, body), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private HttpRequest request(String method, String path, String officer, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", basic(officer))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(120)).build();
    }

    private static String basic(String officer) {
        return "Basic " + Base64.getEncoder().encodeToString((officer + ":" + PlatformProcess.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
