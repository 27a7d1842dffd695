package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as a new user starts it: the planted grey-zone case (two Sukasari residents, the second with two real
 * fingers of the first from other impressions) goes through the desk, the devices, the outbox and central's check
 * by itself, and waits in {@code ajudikator}'s queue with the two index fingers scored in the grey zone and their
 * minutiae paired.
 */
class PlantedGreyZoneCaseTest {

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDemoPlantsACaseThatReachesTheAdjudicatorInTheGreyZone() throws Exception {
        Path shared = Path.of(System.getProperty("ektp.shared.data", "../shared/data"));
        assumeTrue(Files.isDirectory(shared.resolve("fingerprints/fvc2002/DB1_B")),
                "FVC2002 data not found under " + shared.toAbsolutePath() + "; the demo plants no grey-zone case without it");
        try (PlatformProcess demo = PlatformProcess.startDemo(work.resolve("postgres"), work.resolve("demo.log"),
                "--ektp.demo.planted-case.enabled=true", "--ektp.demo.population=400", "--ektp.shared.data=" + shared.toAbsolutePath(),
                "--ektp.outbox.status-interval=PT2S")) {
            JsonNode queue = await("the planted case in the adjudication queue; the demo's log: " + demo.output())
                    .atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> get(demo, "/api/v1/adjudication/cases", "ajudikator"), cases -> !cases.isEmpty());
            assertThat(queue).as("the adjudication queue; the demo's log: " + demo.output()).hasSize(1);
            String packetId = queue.get(0).path("packetId").asText();
            JsonNode adjudicationCase = get(demo, "/api/v1/adjudication/cases/" + packetId, "ajudikator");
            JsonNode candidate = adjudicationCase.path("candidates").get(0);
            assertThat(candidate.at("/candidate/score").asDouble()).isBetween(61.0, 75.0);
            assertThat(candidate.path("fingers")).hasSize(2);
            for (JsonNode finger : candidate.path("fingers")) {
                assertThat(finger.path("pairs").size()).as(finger.path("position").asText()).isGreaterThanOrEqualTo(6);
            }
            String earlierNik = candidate.at("/record/demographics/nik").asText();
            String newerNik = adjudicationCase.at("/record/demographics/nik").asText();
            assertThat(newerNik).isNotEqualTo(earlierNik).startsWith("327301");
            // Both residents are recorded in the registry now, so the walk-through's campaign does not summon them.
            assertThat(get(demo, "/api/v1/residents/" + newerNik, "pelayanan").path("ktpStatus").asText()).isNotEqualTo("NONE");
        }
    }

    private JsonNode get(PlatformProcess demo, String path, String officer) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.httpPort + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((officer + ":" + PlatformProcess.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }
}
