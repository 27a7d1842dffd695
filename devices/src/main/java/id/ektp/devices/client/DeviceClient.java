package id.ektp.devices.client;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.devices.protocol.Capture;
import id.ektp.devices.protocol.CaptureRequest;
import id.ektp.devices.protocol.CaptureResponse;
import id.ektp.devices.protocol.CapturedItem;
import id.ektp.devices.protocol.CompactJws;
import id.ektp.devices.protocol.DeviceInfo;
import id.ektp.devices.protocol.DeviceList;
import id.ektp.devices.protocol.DeviceProblem;
import id.ektp.devices.protocol.DeviceProtocol;
import id.ektp.devices.protocol.DeviceSummary;
import id.ektp.devices.protocol.JwsFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The service point's client of a local device service: discover, info, capture. A capture is returned only after
 * its signature verified with the device certificate, that certificate chained to a trusted provider CA, and the
 * signed content matched the request (transaction, device, positions).
 */
public final class DeviceClient {
    /** Time given to the device beyond the capture timeout to send its own answer (a capture or a timeout error). */
    static final Duration ANSWER_GRACE = Duration.ofSeconds(2);
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final URI base;
    private final DeviceTrust trust;
    private final HttpClient http;

    public DeviceClient(URI base, DeviceTrust trust) {
        this.base = base;
        this.trust = trust;
        this.http = HttpClient.newBuilder().connectTimeout(QUERY_TIMEOUT).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public List<DeviceSummary> discover() {
        DeviceList list = read(send(get("/devices"), QUERY_TIMEOUT), DeviceList.class);
        if (list.devices() == null) {
            throw new MalformedDeviceResponseException("Discovery answer has no 'devices' list");
        }
        return List.copyOf(list.devices());
    }

    public DeviceInfo info(String deviceId) {
        DeviceInfo info = read(send(get("/devices/" + encode(deviceId) + "/info"), QUERY_TIMEOUT), DeviceInfo.class);
        if (!deviceId.equals(info.deviceId()) || info.type() == null || info.certificate() == null) {
            throw new MalformedDeviceResponseException("Device info for '" + deviceId + "' is incomplete or names "
                    + "another device: " + info.deviceId());
        }
        return info;
    }

    /**
     * Captures the given positions (finger 1-10, eye 1-2; none for face and signature) within the timeout.
     *
     * @throws DeviceTimeoutException when nothing was captured in time
     * @throws DeviceSignatureException when the capture is not signed by the trusted device
     * @throws MalformedDeviceResponseException when the answer is not a valid capture for this request
     * @throws DeviceErrorException when the device refuses or fails
     */
    public VerifiedCapture capture(String deviceId, List<Integer> positions, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > CaptureRequest.MAX_TIMEOUT_MS) {
            throw new IllegalArgumentException("Capture timeout must be 1 ms to 60 s, was " + timeout);
        }
        DeviceInfo info = info(deviceId);
        X509Certificate deviceCertificate = certificate(info.certificate());
        trust.check(deviceCertificate);

        String transactionId = UUID.randomUUID().toString();
        CaptureRequest request = new CaptureRequest(transactionId, timeout.toMillis(), List.copyOf(positions), "PNG");
        HttpRequest post;
        try {
            post = HttpRequest.newBuilder(base.resolve("/devices/" + encode(deviceId) + "/capture"))
                    .header("Content-Type", DeviceProtocol.JSON).header("Accept", DeviceProtocol.JSON)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(DeviceProtocol.json().writeValueAsBytes(request)))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a capture request", e);
        }
        HttpResponse<byte[]> response = send(post, timeout.plus(ANSWER_GRACE));
        CaptureResponse answer = read(response, CaptureResponse.class);

        CompactJws jws;
        Capture capture;
        try {
            jws = CompactJws.parse(answer.capture());
            if (!jws.signerCertificate().equals(deviceCertificate)) {
                throw new DeviceSignatureException("Capture is signed with another certificate than device "
                        + deviceId + "'s");
            }
            if (!jws.verify(deviceCertificate.getPublicKey())) {
                throw new DeviceSignatureException("Capture signature of device " + deviceId + " does not verify");
            }
            capture = DeviceProtocol.json().readValue(jws.payload(), Capture.class);
        } catch (JwsFormatException e) {
            throw new MalformedDeviceResponseException("Capture is not a compact JWS: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MalformedDeviceResponseException("Signed capture is not a capture document: " + e.getMessage(),
                    e);
        }
        return verified(capture, request, info, deviceCertificate, answer.capture());
    }

    private VerifiedCapture verified(Capture capture, CaptureRequest request, DeviceInfo info,
                                     X509Certificate certificate, String jws) {
        if (!request.transactionId().equals(capture.transactionId())) {
            throw new MalformedDeviceResponseException("Capture answers transaction " + capture.transactionId()
                    + ", not the requested " + request.transactionId() + " (replayed or mixed up)");
        }
        if (!info.deviceId().equals(capture.deviceId()) || info.type() != capture.type()) {
            throw new MalformedDeviceResponseException("Capture names device " + capture.deviceId() + " ("
                    + capture.type() + "), expected " + info.deviceId() + " (" + info.type() + ")");
        }
        Set<Integer> expected = new HashSet<>(request.positions().isEmpty() ? List.of(0) : request.positions());
        Set<Integer> delivered = new HashSet<>();
        List<CapturedBiometric> items = new ArrayList<>();
        for (CapturedItem item : capture.items() == null ? List.<CapturedItem>of() : capture.items()) {
            if (!delivered.add(item.position())) {
                throw new MalformedDeviceResponseException("Position " + item.position() + " delivered twice");
            }
            if (item.quality() < 0 || item.quality() > 100) {
                throw new MalformedDeviceResponseException("Quality " + item.quality() + " is outside 0-100");
            }
            byte[] png;
            try {
                png = Base64.getDecoder().decode(item.image() == null ? "" : item.image());
            } catch (IllegalArgumentException e) {
                throw new MalformedDeviceResponseException("Image at position " + item.position()
                        + " is not base64", e);
            }
            if (!"PNG".equals(item.format()) || png.length < PNG_SIGNATURE.length
                    || !Arrays.equals(Arrays.copyOf(png, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
                throw new MalformedDeviceResponseException("Image at position " + item.position() + " is not a PNG");
            }
            items.add(new CapturedBiometric(item.position(), item.quality(), item.dpi(), item.width(), item.height(),
                    png));
        }
        if (!delivered.equals(expected)) {
            throw new MalformedDeviceResponseException("Capture delivered positions " + delivered + ", requested "
                    + expected);
        }
        Instant capturedAt;
        try {
            capturedAt = Instant.parse(capture.capturedAt());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new MalformedDeviceResponseException("capturedAt is not an ISO-8601 instant: "
                    + capture.capturedAt(), e);
        }
        return new VerifiedCapture(capture.transactionId(), capture.deviceId(), capture.serial(), capture.type(),
                capturedAt, List.copyOf(items), certificate, jws);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", DeviceProtocol.JSON).GET().build();
    }

    private HttpResponse<byte[]> send(HttpRequest request, Duration timeout) {
        HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
        try {
            return http.send(timed, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new DeviceTimeoutException("Device service at " + base + " did not answer " + request.method() + " "
                    + request.uri().getPath() + " within " + timeout.toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw new DeviceUnreachableException("No device service at " + base, e);
        } catch (IOException e) {
            throw new DeviceUnreachableException("Connection to the device service at " + base + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceUnreachableException("Interrupted while waiting for the device service", e);
        }
    }

    private static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        if (response.statusCode() != 200) {
            DeviceProblem problem = problem(response);
            if (DeviceProblem.CAPTURE_TIMEOUT.equals(problem.errorCode())) {
                throw new DeviceTimeoutException("Device reports: " + problem.detail());
            }
            throw new DeviceErrorException(problem);
        }
        try {
            T value = DeviceProtocol.json().readValue(response.body(), type);
            if (value == null) {
                throw new MalformedDeviceResponseException("Empty " + type.getSimpleName() + " from the device");
            }
            return value;
        } catch (IOException e) {
            throw new MalformedDeviceResponseException("Device answer is not a valid " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static DeviceProblem problem(HttpResponse<byte[]> response) {
        try {
            JsonNode node = DeviceProtocol.json().readTree(response.body());
            if (node != null && node.hasNonNull("errorCode")) {
                return DeviceProtocol.json().treeToValue(node, DeviceProblem.class);
            }
        } catch (IOException e) {
            // Fall through: an error without a problem document is still an error.
        }
        return DeviceProblem.of(response.statusCode(), "HTTP_" + response.statusCode(), "Device error",
                new String(response.body(), StandardCharsets.UTF_8));
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new MalformedDeviceResponseException("Device certificate is unreadable: " + e.getMessage(), e);
        }
    }

    private static String encode(String deviceId) {
        return URLEncoder.encode(deviceId, StandardCharsets.UTF_8);
    }
}
