package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Request bodies have a limit (1 MiB by default, 16 MiB for the region import), answered with a 413
 * problem: whether the body says its length up front or arrives in chunks, and before any login.
 */
class RequestBodyLimitTest extends AccountsTestSupport {

    static final Path WILAYAH = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "regions", "wilayah.csv");

    @Test
    void aThirtyMegabyteBodyIsRefusedAs413NotAsBadJson() throws Exception {
        String admin = systemAdmin();
        // The body's announced length is enough: the answer comes before a byte of the body is sent.
        assertTooLarge(announceBody("/api/v1/officers", basic(admin), 30L * 1024 * 1024, false));
        // Nobody signed in: refused for its size alike, before the login check.
        assertTooLarge(announceBody("/api/v1/residents", null, 30L * 1024 * 1024, false));
        // A client that asks first (curl does over 1 MB) is told 413 instead of "100 Continue".
        assertTooLarge(announceBody("/api/v1/officers", basic(admin), 30L * 1024 * 1024, true));
    }

    /**
     * Sends only the request head of a JSON POST announcing {@code length} bytes, and reads the answer.
     * A raw socket, since an HTTP client would insist on sending the body the server refuses.
     */
    private HttpResponse<String> announceBody(String path, String authorization, long length, boolean expectContinue)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json\r\nContent-Length: " + length + "\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + (expectContinue ? "Expect: 100-continue\r\n" : "") + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return RawResponse.read(socket.getInputStream());
        }
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        String admin = systemAdmin();
        byte[] body = jsonOfSize(1024 * 1024 + 200 * 1024);
        // A stream publisher announces no length: the body arrives chunked and is counted as it is read.
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/officers"))
                .header("Content-Type", "application/json").header("Authorization", basic(admin))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTooLarge(response);
        assertThat(jdbc.sql("SELECT count(*) FROM officer WHERE username = 'besar.sekali'").query(Integer.class).single()).isZero();
    }

    @Test
    void aBodyUnderTheLimitIsStillRead() {
        String admin = systemAdmin();
        String padded = "{\"username\": \"tidak.besar\", \"fullName\": \"" + "x".repeat(900_000) + "\"}";
        HttpResponse<String> response = post("/api/v1/officers", basic(admin), padded);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("errors").findValuesAsText("field")).contains("fullName");
    }

    @Test
    void theOfficialRegionListStillImportsThroughTheApi() throws Exception {
        assumeThat(Files.exists(WILAYAH)).as("../shared/data/regions/wilayah.csv is absent").isTrue();
        String admin = officer(Role.SYSTEM_ADMIN, "", "PUSAT");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/regions/import"))
                .header("Content-Type", "text/csv").header("Authorization", basic(admin))
                .POST(HttpRequest.BodyPublishers.ofFile(WILAYAH)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).path("rows").asLong()).isGreaterThan(90_000);
    }

    private void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).contains("larger than").doesNotContain("JSON");
    }

    /** A well-formed officer request padded to {@code size} bytes. */
    private static byte[] jsonOfSize(int size) {
        String head = "{\"username\": \"besar.sekali\", \"fullName\": \"";
        String tail = "\"}";
        return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }
}
