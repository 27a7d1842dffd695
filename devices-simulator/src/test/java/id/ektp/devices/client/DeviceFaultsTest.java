package id.ektp.devices.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.ektp.devices.protocol.DeviceProtocol;
import id.ektp.devices.simulator.DeviceSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client refuses captures that were altered, forged, malformed or late. */
class DeviceFaultsTest {
    private static DeviceSimulator simulator;
    private static DeviceTrust trust;

    @BeforeAll
    static void start() throws IOException {
        simulator = DeviceSimulator.builder().captureDelay(Duration.ofMillis(10)).build().start();
        trust = DeviceTrust.issuedBy(simulator.certificateAuthority());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void alteredCapturePayloadFailsSignatureVerification() throws IOException {
        // Swap the quality of the signed capture for a better one, keeping the device's signature.
        UnaryOperator<String> raiseQuality = body -> rewriteJws(body, parts -> {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            String forged = payload.replaceFirst("\"quality\":\\d+", "\"quality\":100");
            parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
        });
        try (InterposedDevice device = InterposedDevice.rewriting(simulator.uri(), raiseQuality)) {
            DeviceClient client = new DeviceClient(device.uri(), trust);
            assertThatThrownBy(() -> client.capture("face-1", List.of(), Duration.ofSeconds(5)))
                    .isInstanceOf(DeviceSignatureException.class).hasMessageContaining("does not verify");
        }
    }

    @Test
    void tamperedSignatureIsRejected() throws IOException {
        UnaryOperator<String> flipSignature = body -> rewriteJws(body, parts -> {
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            signature[10] ^= 0x01;
            parts[2] = Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        });
        try (InterposedDevice device = InterposedDevice.rewriting(simulator.uri(), flipSignature)) {
            DeviceClient client = new DeviceClient(device.uri(), trust);
            assertThatThrownBy(() -> client.capture("face-1", List.of(), Duration.ofSeconds(5)))
                    .isInstanceOf(DeviceSignatureException.class);
        }
    }

    @Test
    void captureSignedByAnotherDeviceIsRejected() throws IOException {
        try (DeviceSimulator forger = DeviceSimulator.builder().captureDelay(Duration.ZERO).build().start()) {
            // A validly signed capture, but by another device's key: not the certificate this device published.
            UnaryOperator<String> substitute = body -> {
                try {
                    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            forger.uri().resolve("/devices/face-1/capture")).POST(
                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "{\"transactionId\":\"x\",\"timeoutMs\":5000,\"positions\":[]}")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            try (InterposedDevice device = InterposedDevice.rewriting(simulator.uri(), substitute)) {
                DeviceClient client = new DeviceClient(device.uri(), trust);
                assertThatThrownBy(() -> client.capture("face-1", List.of(), Duration.ofSeconds(5)))
                        .isInstanceOf(DeviceSignatureException.class).hasMessageContaining("another certificate");
            }
        }
    }

    @Test
    void malformedDeviceResponsesAreRejectedWithAClearError() throws IOException {
        try (InterposedDevice notJson = InterposedDevice.rewriting(simulator.uri(), body -> "<html>oops</html>");
             InterposedDevice notJws = InterposedDevice.rewriting(simulator.uri(),
                     body -> "{\"specVersion\":\"1.0\",\"capture\":\"only.two\"}");
             InterposedDevice truncated = InterposedDevice.rewriting(simulator.uri(),
                     body -> body.substring(0, body.length() / 2))) {
            assertThatThrownBy(() -> new DeviceClient(notJson.uri(), trust)
                    .capture("fingerprint-1", List.of(1), Duration.ofSeconds(20)))
                    .isInstanceOf(MalformedDeviceResponseException.class).hasMessageContaining("CaptureResponse");
            assertThatThrownBy(() -> new DeviceClient(notJws.uri(), trust)
                    .capture("face-1", List.of(), Duration.ofSeconds(5)))
                    .isInstanceOf(MalformedDeviceResponseException.class).hasMessageContaining("3 dot-separated");
            assertThatThrownBy(() -> new DeviceClient(truncated.uri(), trust)
                    .capture("signature-1", List.of(), Duration.ofSeconds(5)))
                    .isInstanceOf(MalformedDeviceResponseException.class);
        }
    }

    @Test
    void deviceThatReportsTimeoutGivesATimeoutException() throws IOException {
        try (DeviceSimulator slow = DeviceSimulator.builder().captureDelay(Duration.ofSeconds(30)).build().start()) {
            DeviceClient client = new DeviceClient(slow.uri(), DeviceTrust.issuedBy(slow.certificateAuthority()));
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.capture("fingerprint-1", List.of(2), Duration.ofMillis(300)))
                    .isInstanceOf(DeviceTimeoutException.class).hasMessageContaining("300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void deviceThatNeverAnswersTimesOutAtTheCaptureTimeoutPlusGrace() throws IOException {
        try (InterposedDevice silent = InterposedDevice.silentOnCapture(simulator.uri())) {
            DeviceClient client = new DeviceClient(silent.uri(), trust);
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.capture("face-1", List.of(), Duration.ofMillis(200)))
                    .isInstanceOf(DeviceTimeoutException.class).hasMessageContaining("did not answer");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(200).plus(DeviceClient.ANSWER_GRACE));
            assertThat(waited).isLessThan(Duration.ofSeconds(10));
        }
    }

    private static String rewriteJws(String body, java.util.function.Consumer<String[]> rewrite) {
        try {
            ObjectNode answer = (ObjectNode) DeviceProtocol.json().readTree(body);
            String[] parts = answer.get("capture").asText().split("\\.");
            rewrite.accept(parts);
            answer.put("capture", String.join(".", parts));
            return DeviceProtocol.json().writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
