package id.ektp.enrollment.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service point's HTTP client of central (the JDK's): delivering a sealed packet, enrolling the
 * station, asking for statuses. An answer is either central's word (accepted, refused with a reason) or
 * {@link CentralUnreachable}: no connection, a timeout, or a server error, all of which are tried again.
 */
@Component
@OnServicePoint
class CentralClient {

    static final String PACKET_MEDIA_TYPE = "application/vnd.ektp.packet+cms";

    /** What central answered a delivery. */
    sealed interface Delivery permits Accepted, Refused {
    }

    /** Central holds the packet ({@code firstTime} false: it had it already). */
    record Accepted(boolean firstTime, Instant receivedAt, String status) implements Delivery {
    }

    /** Central refused the packet for good, with its reason (a packet is not sent again once refused). */
    record Refused(int httpStatus, String reason, String detail) implements Delivery {
    }

    /** The PEM texts central answers an enrolment with. */
    record Enrolment(String certificate, String centralCertificate, String stationCaCertificate) {
    }

    private final CentralAddress address;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Duration timeout;

    CentralClient(CentralAddress address, ObjectMapper json, @Value("${ektp.outbox.request-timeout:PT60S}") Duration timeout) {
        this.address = address;
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    Delivery deliver(byte[] sealed) {
        HttpRequest request = HttpRequest.newBuilder(address.resolve("/api/v1/intake/packets")).timeout(timeout)
                .header("Content-Type", PACKET_MEDIA_TYPE).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sealed)).build();
        HttpResponse<byte[]> response = send(request);
        JsonNode body = body(response);
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return new Accepted(status == 201, Instant.parse(body.path("receivedAt").asText()), body.path("status").asText());
        }
        if (retryable(status)) {
            throw new CentralUnreachable("central answered " + status);
        }
        return new Refused(status, body.path("reason").asText(body.path("title").asText("HTTP " + status)), body.path("detail").asText(""));
    }

    /**
     * Sends the station's certification request with its one-time code.
     *
     * @throws EnrolmentRefused when central refuses (unknown station, wrong or expired code)
     */
    Enrolment enrol(String stationId, String code, String certificationRequest) {
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(Map.of("code", code, "certificationRequest", certificationRequest));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(address.resolve("/api/v1/stations/" + stationId + "/enrolment")).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload)).build();
        HttpResponse<byte[]> response = send(request);
        JsonNode body = body(response);
        if (response.statusCode() == 200) {
            return new Enrolment(body.path("certificate").asText(), body.path("centralCertificate").asText(),
                    body.path("stationCaCertificate").asText());
        }
        if (retryable(response.statusCode())) {
            throw new CentralUnreachable("central answered " + response.statusCode());
        }
        throw new EnrolmentRefused(body.path("detail").asText("central refused the enrolment (HTTP " + response.statusCode() + ")"));
    }

    /** POSTs a signed status request; the JSON answer. */
    JsonNode statuses(byte[] signedRequest) {
        HttpRequest request = HttpRequest.newBuilder(address.resolve("/api/v1/intake/statuses")).timeout(timeout)
                .header("Content-Type", "application/pkcs7-mime").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(signedRequest)).build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            throw new CentralUnreachable("central answered the status request with " + response.statusCode());
        }
        return body(response);
    }

    private static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CentralUnreachable("central is not reachable at " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CentralUnreachable("interrupted while talking to central", e);
        }
    }

    private JsonNode body(HttpResponse<byte[]> response) {
        try {
            return response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            if (retryable(response.statusCode())) {
                return json.createObjectNode();
            }
            throw new CentralUnreachable("central's answer (" + response.statusCode() + ") is not JSON", e);
        }
    }

    /** Central refused an enrolment. */
    static class EnrolmentRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnrolmentRefused(String message) {
            super(message);
        }
    }
}
