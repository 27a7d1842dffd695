package id.ektp.enrollment;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One service point seen from outside, over its REST API only, so that a test drives a service point in its
 * own JVM and one in another process the same way: the desk registers a resident and confirms them at
 * check-in, the operator captures them through the device simulator (whose presented subject the test sets)
 * and closes the record into a packet, and anyone of the kecamatan reads the packet's line in the outbox.
 */
public final class ServicePointClient {

    /** An officer of this service point and their password. */
    public record Login(String username, String password) {

        public String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Who stands at the devices: a finger position (ISO 1-10) to a real image file; the other fingers are the identity's synthetic ones. */
    public record Presented(Map<Integer, Path> fingerImages) {

        public static Presented synthetic() {
            return new Presented(Map.of());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_STEPS = 40;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final URI simulator;
    private final Login desk;
    private final Login operator;

    public ServicePointClient(URI base, URI simulator, Login desk, Login operator) {
        this.base = base;
        this.simulator = simulator;
        this.desk = desk;
        this.operator = operator;
    }

    /** Registers a wajib-KTP head of family (born 2000-03-14, male) in a desa of this kecamatan; returns the NIK. */
    public String register(String fullName, String desaCode) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("fullName", fullName);
        r.put("birthPlace", "Bandung");
        r.put("birthDate", "2000-03-14");
        r.put("sex", "LAKI_LAKI");
        r.put("bloodGroup", "O_POS");
        r.put("religion", "ISLAM");
        r.put("maritalStatus", "BELUM_KAWIN");
        r.put("occupation", "Karyawan Swasta");
        r.put("citizenship", "WNI");
        r.put("street", "Jl. Dago No. 21");
        r.put("rt", "002");
        r.put("rw", "004");
        r.put("desaCode", desaCode);
        r.put("familyRelation", "KEPALA_KELUARGA");
        return call("POST", "/api/v1/residents", desk, write(r), 201).get("nik").asText();
    }

    /**
     * The resident's whole visit: checked in by NIK and confirmed at the desk, presented at the simulator, every
     * step of the capture taken with {@code exceptions} (ISO position to AMPUTATED, BANDAGED or UNUSABLE) recorded
     * first, and the record closed. Returns the packet queued for central.
     */
    public UUID enrol(String nik, Presented presented, Map<Integer, String> exceptions) {
        String checkIn = call("POST", "/api/v1/desk/check-ins", desk, write(Map.of("nik", nik)), 201).get("id").asText();
        // Residents checked in earlier at this desk are called first.
        for (int i = 0; !call("POST", "/api/v1/desk/queue/next", desk, null, 200).get("id").asText().equals(checkIn); i++) {
            assertThat(i).as("the desk calls %s", nik).isLessThan(50);
        }
        call("POST", "/api/v1/desk/check-ins/" + checkIn + "/decision", desk, "{\"confirmed\":true}", 200);
        present(nik, presented);
        String capture = call("POST", "/api/v1/captures", operator, write(Map.of("checkInId", checkIn)), 201).at("/record/id").asText();
        exceptions.forEach((position, reason) ->
                call("POST", "/api/v1/captures/" + capture + "/exceptions", operator, write(Map.of("position", position, "reason", reason)), 200));
        JsonNode view = call("GET", "/api/v1/captures/" + capture, operator, null, 200);
        for (int i = 0; !view.get("nextStep").isNull(); i++) {
            assertThat(i).as("capture steps of %s: %s", nik, view).isLessThan(MAX_STEPS);
            view = call("POST", "/api/v1/captures/" + capture + "/next", operator, null, 200);
        }
        assertThat(view.at("/record/chipVerified").asBoolean()).as("chip fingers of %s verified: %s", nik, view).isTrue();
        JsonNode closed = call("POST", "/api/v1/captures/" + capture + "/close", operator, null, 200);
        return UUID.fromString(closed.at("/record/packetId").asText());
    }

    /** The packet's line in this service point's outbox: delivery state, and the status and reason central gave. */
    public JsonNode outbox(UUID packetId) {
        return call("GET", "/api/v1/outbox/" + packetId, desk, null, 200);
    }

    /** The resident's e-KTP status in this service point's registry, as its desk officer sees it. */
    public String ktpStatus(String nik) {
        return call("GET", "/api/v1/residents/" + nik, desk, null, 200).path("ktpStatus").asText();
    }

    private void present(String nik, Presented presented) {
        Map<String, String> images = new LinkedHashMap<>();
        presented.fingerImages().forEach((position, file) -> images.put(position.toString(), file.toAbsolutePath().toString()));
        String subject = write(Map.of("identity", nik, "impostor", false, "fingerImages", images));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(simulator.resolve("/simulator/subject"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(subject)).build());
        assertThat(answer.statusCode()).as("the simulator takes %s: %s", subject, answer.body()).isEqualTo(200);
    }

    private JsonNode call(String method, String path, Login officer, String body, int expected) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", officer.basic()).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as("%s %s%s: %s", method, base, path, response.body()).isEqualTo(expected);
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
