package id.ektp.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ektp.accounts.officers.AccountSeeder;
import id.ektp.accounts.officers.OfficeKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application on a random port with its real PostgreSQL, a real HTTP client, and
 * offices and officers to act as. All test classes share one application context (same
 * configuration), so each test names its own officers to stay independent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class AccountsTestSupport {

    protected static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountSeeder seeder;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ObjectMapper json;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void offices() {
        seeder.ensureOffice("PUSAT", "Pusat Data", OfficeKind.DATA_CENTRE, "");
        seeder.ensureOffice("DINAS-3273", "Dinas Dukcapil Kota Bandung", OfficeKind.DINAS, "32.73");
        seeder.ensureOffice("DINAS-3271", "Dinas Dukcapil Kota Bogor", OfficeKind.DINAS, "32.71");
        seeder.ensureOffice("KEC-327301", "Kecamatan Sukasari", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.01");
        seeder.ensureOffice("KEC-327302", "Kecamatan Coblong", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.02");
        seeder.ensureOffice("KEC-327101", "Kecamatan Bogor Selatan", OfficeKind.KECAMATAN_SERVICE_POINT, "32.71.01");
    }

    /** Opens an officer with a fresh username and {@link #PASSWORD}; returns the username. */
    protected String officer(Role role, String regionCode, String officeCode) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + NAMES.incrementAndGet();
        seeder.ensureOfficer(username, "Test " + username, role, regionCode, officeCode, PASSWORD);
        return username;
    }

    protected String systemAdmin() {
        return officer(Role.SYSTEM_ADMIN, "", "PUSAT");
    }

    protected static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected static String basic(String username) {
        return basic(username, PASSWORD);
    }

    protected HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    protected HttpResponse<String> post(String path, String authorization, String body) {
        return send("POST", path, authorization, body);
    }

    protected HttpResponse<String> send(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    protected JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
