package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production's shape on loopback: a service point and central as two processes (separate JVMs, each with
 * its own embedded PostgreSQL), the station registered at central and enrolled at the service point over
 * their APIs. While the service point closes records, central is killed with its database (SIGKILL) with
 * packets in flight, stays down a while, and is restarted: every packet arrives at central exactly once,
 * none is lost, and the service point sees each one delivered.
 */
class TwoProcessDeliveryTest {

    static final int PACKETS = 40;
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PlatformProcess.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws IOException {
        started.forEach(Process::destroyForcibly);
        for (String side : List.of("central", "service-point")) {
            PlatformProcess.postmaster(data(side)).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void everyPacketArrivesExactlyOnceThoughCentralIsKilledWithPacketsInFlight() throws Exception {
        int centralPort = PlatformProcess.freePort();
        int servicePointPort = PlatformProcess.freePort();
        Process central = start("central", centralPort, 1, "--ektp.role=central");
        String stationId = "32.73.01-01";
        HttpResponse<String> registered = send(centralPort, "/api/v1/stations", Map.of("stationId", stationId, "name", "Kecamatan Sukasari 1"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String code = json.readTree(registered.body()).get("code").asText();

        start("service-point", servicePointPort, 1, "--ektp.role=service-point", "--ektp.central.url=http://127.0.0.1:" + centralPort,
                "--ektp.test.feed-packets=" + PACKETS, "--ektp.test.feed-pace=PT0.15S",
                "--ektp.outbox.initial-backoff=PT0.2S", "--ektp.outbox.max-backoff=PT2S", "--ektp.outbox.status-interval=PT1S");
        HttpResponse<String> enrolled = send(servicePointPort, "/api/v1/station/enrolment", Map.of("stationId", stationId, "code", code));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);

        // Kill central once some packets are there and others still to come.
        awaitTrue(() -> count("central", "SELECT count(*) FROM received_packet") >= 8, "central holds 8 packets");
        kill(central, data("central"));
        int atKill = count("service-point", "SELECT count(*) FROM packet_outbox WHERE state = 'DELIVERED'");
        assertThat(atKill).as("packets were still in flight when central died").isLessThan(PACKETS);
        awaitTrue(() -> count("service-point", "SELECT count(*) FROM packet_outbox WHERE state = 'QUEUED' AND attempts > 0") > 0,
                "the service point meets central down and keeps its packets");

        start("central", centralPort, 2, "--ektp.role=central");
        awaitTrue(() -> count("service-point", "SELECT count(*) FROM packet_outbox WHERE state = 'DELIVERED'") == PACKETS,
                "every packet delivered after central's restart");

        assertThat(count("service-point", "SELECT count(*) FROM packet_outbox")).isEqualTo(PACKETS);
        assertThat(count("central", "SELECT count(*) FROM received_packet")).isEqualTo(PACKETS);
        Set<UUID> atCentral = new HashSet<>(uuids("central", "SELECT packet_id FROM received_packet"));
        assertThat(atCentral).containsExactlyInAnyOrderElementsOf(uuids("service-point", "SELECT packet_id FROM packet_outbox"));
        assertThat(count("central", "SELECT count(*) FROM (SELECT subject_id FROM audit_entry WHERE action = 'PACKET_RECEIVE' "
                + "GROUP BY subject_id HAVING count(*) > 1) twice")).as("no packet accepted twice").isZero();
        assertThat(count("central", "SELECT count(DISTINCT subject_id) FROM audit_entry WHERE action = 'PACKET_RECEIVE'")).isEqualTo(PACKETS);
        awaitTrue(() -> count("service-point", "SELECT count(*) FROM packet_outbox WHERE central_status IS NOT NULL") == PACKETS,
                "the service point sees each packet's status at central");
    }

    private Process start(String side, int port, int run, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.profiles.active=demo", "--ektp.demo.population=1",
                "--ektp.embedded-postgres.data-dir=" + data(side)));
        args.addAll(List.of(extra));
        Process process = PlatformProcess.launch(args, work.resolve(side + "-" + run + ".log"));
        started.add(process);
        awaitTrue(() -> {
            if (!process.isAlive()) {
                throw new AssertionError(side + " ended during its start:\n" + log(side, run));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return true;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }, side + " answers HTTP");
        return process;
    }

    private static void kill(Process process, Path dataDirectory) throws IOException, InterruptedException {
        List<ProcessHandle> victims = new ArrayList<>(List.of(process.toHandle()));
        PlatformProcess.postmaster(dataDirectory).ifPresent(pm -> {
            victims.add(pm);
            pm.descendants().forEach(victims::add);
        });
        victims.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : victims) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("process " + p.pid() + " survived SIGKILL", e);
            }
        }
    }

    private HttpResponse<String> send(int port, String path, Object body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", ADMIN).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path data(String side) {
        return work.resolve(side).resolve("data").resolve("postgres");
    }

    private String log(String side, int run) {
        try {
            return PlatformProcess.tail(Files.readString(work.resolve(side + "-" + run + ".log")));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A query on a side's own database, through the password and port its embedded server keeps in its data folder; -1 while it is down. */
    private int count(String side, String sql) {
        try (Connection c = connect(side); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException | IOException e) {
            return -1;
        }
    }

    private List<UUID> uuids(String side, String sql) throws SQLException, IOException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = connect(side); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private Connection connect(String side) throws SQLException, IOException {
        Path folder = data(side);
        List<String> pid = Files.readAllLines(folder.resolve("postmaster.pid"));
        String password = Files.readString(folder.resolve("postgres.password")).trim();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/ektp", "postgres", password);
    }

    /** Polls until {@code condition} holds, failing after three minutes. */
    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 3 minutes: " + what);
            }
            PlatformProcess.sleep(200);
        }
    }
}
