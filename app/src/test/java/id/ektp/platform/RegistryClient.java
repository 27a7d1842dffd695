package id.ektp.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registry's REST API over real HTTP, as a service officer with a bearer token. */
final class RegistryClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String token;

    private RegistryClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs in as the demo service officer of Sukasari (32.73.01). */
    static RegistryClient serviceOfficer(int port) throws IOException, InterruptedException {
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", "pelayanan", "password", PlatformProcess.DEMO_PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("sign-in answered " + r.statusCode() + ": " + r.body());
        }
        return new RegistryClient(base, JSON.readTree(r.body()).get("accessToken").asText());
    }

    static int tokenStatus(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", "pelayanan", "password", PlatformProcess.DEMO_PASSWORD)))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    record Registered(String nik, String kkNumber, String fullName, String birthDate) {
    }

    /** Registers a new head of family in Sukasari; the platform issues the NIK and a new KK. Null unless 201. */
    Registered register(String fullName, String birthDate) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", fullName);
        body.put("birthPlace", "Bandung");
        body.put("birthDate", birthDate);
        body.put("sex", "LAKI_LAKI");
        body.put("bloodGroup", "O_POS");
        body.put("religion", "ISLAM");
        body.put("maritalStatus", "BELUM_KAWIN");
        body.put("occupation", "Pelajar/Mahasiswa");
        body.put("citizenship", "WNI");
        body.put("street", "Jl. Gegerkalong Hilir No. 12");
        body.put("rt", "003");
        body.put("rw", "005");
        body.put("desaCode", "32.73.01.1002");
        body.put("familyRelation", "KEPALA_KELUARGA");
        HttpResponse<String> r = http.send(authorised("/api/v1/residents").timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            return null;
        }
        return registered(JSON.readTree(r.body()));
    }

    /** The resident as the platform now holds it, or null when it answers 404. */
    Registered read(String nik) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(authorised("/api/v1/residents/" + nik).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 404) {
            return null;
        }
        if (r.statusCode() != 200) {
            throw new AssertionError("reading " + nik + " answered " + r.statusCode() + ": " + r.body());
        }
        return registered(JSON.readTree(r.body()));
    }

    private static Registered registered(JsonNode n) {
        return new Registered(n.get("nik").asText(), n.get("kkNumber").asText(), n.get("fullName").asText(), n.get("birthDate").asText());
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }
}
