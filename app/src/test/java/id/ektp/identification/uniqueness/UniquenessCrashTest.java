package id.ektp.identification.uniqueness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.PacketJson;
import id.ektp.platform.PlatformProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Central killed during the 1:N stage, three times, each at another point of it: after a search and before its
 * result is committed, after the commit and before the insert into the gallery, after the insert. The platform
 * and its PostgreSQL are killed together (SIGKILL) as a separate process, exactly when it stands at the point
 * ({@code --ektp.test.crash-at}, the test-only checkpoint), and restarted on the same data and gallery folder.
 * In the end every record has its right result once: the two residents enrolled twice are one duplicate each,
 * the others print-ready; every station was told its final status once; every hand-over to adjudication was
 * made once; and the gallery holds exactly the records that belong there.
 *
 * <p>The process runs as central alone ({@code --ektp.role=central}): this test is about central, and on the
 * main it was written against the embedded default's service-point half does not start again on its own data
 * (it cannot read back the station key it saved at the first start).
 */
class UniquenessCrashTest {

    static final List<String> CRASH_POINTS = List.of("searched:2", "committed:2", "inserted:2", "committed:1");
    static final Set<String> FINAL = Set.of("PRINT_READY_RECORD", "DUPLICATE_RECORD");

    @TempDir
    Path work;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stopAnyServerLeftBehind() throws Exception {
        PlatformProcess.postmaster(work.resolve("data").resolve("postgres")).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void everyRecordResumesAfterKillsInTheSearchStageAndEndsInItsRightStateOnce() throws Exception {
        Path data = work.resolve("data").resolve("postgres");
        // Persons 1 and 2 enrolled twice (impressions 1 and 2, other names); persons 3..10 once.
        Map<UUID, String> expectedPair = new LinkedHashMap<>();
        List<EnrolmentPacket> packets = new ArrayList<>();
        List<List<UUID>> pairs = new ArrayList<>();
        for (int person = 1; person <= 10; person++) {
            EnrolmentPacket p = FvcPackets.packet(FvcPackets.resident(person, "WARGA " + person), person, 1);
            packets.add(p);
            if (person <= 2) {
                EnrolmentPacket again = FvcPackets.packet(FvcPackets.resident(person + 50, "WARGA LAIN " + person), person, 2);
                packets.add(again);
                pairs.add(List.of(p.packetId(), again.packetId()));
                expectedPair.put(p.packetId(), "pair");
                expectedPair.put(again.packetId(), "pair");
            }
        }
        int kills = 0;
        for (int round = 0; round < CRASH_POINTS.size(); round++) {
            String point = CRASH_POINTS.get(round);
            try (PlatformProcess platform = PlatformProcess.startDemo(data, work.resolve("round-" + round + ".log"),
                    "--ektp.demo.population=1", "--ektp.role=central", "--ektp.test.crash-at=" + point, "--ektp.request-body.max-size=8MB")) {
                if (round == 0) {
                    for (EnrolmentPacket p : packets) {
                        receive(platform, p);
                    }
                }
                if (awaitCrashPointOrAllSettled(platform, packets)) {
                    platform.killWithDatabase(data);
                    kills++;
                    System.out.printf("round %d: killed at %s%n", round, point);
                } else {
                    System.out.printf("round %d: every record settled before %s was reached%n", round, point);
                    platform.stop();
                }
            }
        }
        assertThat(kills).as("kills that fell in the search stage").isGreaterThanOrEqualTo(3);

        try (PlatformProcess last = PlatformProcess.startDemo(data, work.resolve("after.log"), "--ektp.demo.population=1", "--ektp.role=central")) {
            assertThat(awaitCrashPointOrAllSettled(last, packets)).isFalse();
            for (List<UUID> pair : pairs) {
                JsonNode a = seen(last, pair.get(0));
                JsonNode b = seen(last, pair.get(1));
                List<String> statuses = List.of(a.get("status").asText(), b.get("status").asText());
                assertThat(statuses).as("pair %s", pair).containsExactlyInAnyOrder("PRINT_READY_RECORD", "DUPLICATE_RECORD");
                UUID duplicate = a.get("status").asText().equals("DUPLICATE_RECORD") ? pair.get(0) : pair.get(1);
                UUID kept = duplicate.equals(pair.get(0)) ? pair.get(1) : pair.get(0);
                JsonNode calls = seen(last, duplicate).get("adjudication");
                assertThat(calls).as("hand-overs of %s", duplicate).hasSize(1);
                assertThat(calls.get(0).get("kind").asText()).isEqualTo("CLARIFICATION");
                assertThat(calls.get(0).get("others").get(0).asText()).isEqualTo(kept.toString());
                assertThat(seen(last, kept).get("adjudication")).isEmpty();
            }
            for (EnrolmentPacket p : packets) {
                JsonNode seen = seen(last, p.packetId());
                if (!expectedPair.containsKey(p.packetId())) {
                    assertThat(seen.get("status").asText()).as("packet %s", p.packetId()).isEqualTo("PRINT_READY_RECORD");
                    assertThat(seen.get("adjudication")).isEmpty();
                }
                List<String> history = new ArrayList<>();
                seen.get("history").forEach(h -> history.add(h.asText()));
                assertThat(history).as("statuses told to the station of %s", p.packetId())
                        .filteredOn(FINAL::contains).containsExactly(seen.get("status").asText());
            }
            JsonNode gallery = get(last, "/api/v1/uniqueness/gallery");
            assertThat(gallery.get("members").asInt()).isEqualTo(packets.size());
            assertThat(gallery.get("persons").asInt()).isEqualTo(packets.size());
            assertThat(gallery.get("missing").asInt()).isZero();
            JsonNode overview = get(last, "/api/v1/uniqueness");
            assertThat(overview.at("/stages/DONE").asInt() + overview.at("/stages/CLARIFICATION").asInt()).isEqualTo(packets.size());
            assertThat(overview.at("/stages/PARKED").asInt()).isZero();
            last.stop();
        }
    }

    /** True when the process stands at its crash point; false when every record settled first. */
    private boolean awaitCrashPointOrAllSettled(PlatformProcess platform, List<EnrolmentPacket> packets) throws Exception {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (platform.output().contains("CRASH-POINT ")) {
                return true;
            }
            boolean settled = true;
            for (EnrolmentPacket p : packets) {
                if (!FINAL.contains(seen(platform, p.packetId()).get("status").asText())) {
                    settled = false;
                    break;
                }
            }
            if (settled) {
                return false;
            }
            PlatformProcess.sleep(100);
        }
        throw new AssertionError("neither the crash point nor the end was reached:\n" + platform.output());
    }

    private void receive(PlatformProcess platform, EnrolmentPacket packet) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(platform, "/api/v1/test-intake/packets?station=32.73.01-91")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(PacketJson.write(packet)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private JsonNode seen(PlatformProcess platform, UUID packetId) throws IOException, InterruptedException {
        return get(platform, "/api/v1/test-intake/packets/" + packetId);
    }

    private JsonNode get(PlatformProcess platform, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(platform, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static HttpRequest.Builder request(PlatformProcess platform, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.httpPort + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("datacenter:demo-ektp-2026".getBytes(StandardCharsets.UTF_8)));
    }
}
