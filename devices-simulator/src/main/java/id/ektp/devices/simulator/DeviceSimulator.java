package id.ektp.devices.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.ektp.devices.protocol.Capture;
import id.ektp.devices.protocol.CaptureRequest;
import id.ektp.devices.protocol.CaptureResponse;
import id.ektp.devices.protocol.CapturedItem;
import id.ektp.devices.protocol.CompactJws;
import id.ektp.devices.protocol.DeviceInfo;
import id.ektp.devices.protocol.DeviceList;
import id.ektp.devices.protocol.DeviceProblem;
import id.ektp.devices.protocol.DeviceProtocol;
import id.ektp.devices.protocol.DeviceStatus;
import id.ektp.devices.protocol.DeviceSummary;
import id.ektp.devices.protocol.DeviceType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Capture devices simulated over real HTTP on loopback: a fingerprint scanner, a face camera, an iris camera and a
 * signature pad, speaking the device protocol of {@code docs/devices.md}. Besides the protocol it has a
 * {@code /simulator/} control surface (who stands at the devices, the CA certificate) that no real device has and no
 * client depends on.
 */
public final class DeviceSimulator implements AutoCloseable {
    static final String MAKE = "e-KTP Simulator";

    private final HttpServer server;
    private final ExecutorService workers;
    private final DeviceCertificateAuthority authority;
    private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();
    private final BiometricCapturer capturer;
    private final Duration captureDelay;
    private final AtomicReference<PresentedSubject> subject;

    private DeviceSimulator(Builder builder) throws IOException {
        this.authority = new DeviceCertificateAuthority("e-KTP Simulated Device Provider CA");
        this.capturer = new BiometricCapturer(builder.fingerprints);
        this.captureDelay = builder.captureDelay;
        this.subject = new AtomicReference<>(builder.subject);
        int serial = 1;
        for (DeviceType type : DeviceType.values()) {
            String id = type.name().toLowerCase() + "-1";
            String serialNumber = String.format("SIM-%s-%06d", type.name().substring(0, 2), serial++);
            devices.put(id, new SimulatedDevice(id, type, "SIM-" + type.name(), serialNumber,
                    authority.issue(serialNumber)));
        }
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "device-simulator");
            thread.setDaemon(true);
            return thread;
        });
        // Loopback only: a device service must not be reachable from the network.
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 16);
        server.setExecutor(workers);
        server.createContext("/devices", this::devicesRoute);
        server.createContext("/simulator/subject", this::subjectRoute);
        server.createContext("/simulator/ca", this::caRoute);
    }

    public static Builder builder() {
        return new Builder();
    }

    public DeviceSimulator start() {
        server.start();
        return this;
    }

    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** The certificate clients trust to accept this simulator's devices. */
    public X509Certificate certificateAuthority() {
        return authority.certificate();
    }

    public void present(PresentedSubject presented) {
        subject.set(Objects.requireNonNull(presented, "presented"));
    }

    public PresentedSubject presented() {
        return subject.get();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void devicesRoute(HttpExchange exchange) throws IOException {
        // Not try-with-resources: the exchange must stay open for the problem answer in the catch blocks.
        try {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/");
            // "", "devices", id, action
            if (parts.length == 2 && "GET".equals(exchange.getRequestMethod())) {
                send(exchange, 200, DeviceProtocol.JSON, discover());
            } else if (parts.length == 4 && "info".equals(parts[3]) && "GET".equals(exchange.getRequestMethod())) {
                send(exchange, 200, DeviceProtocol.JSON, info(device(parts[2])));
            } else if (parts.length == 4 && "capture".equals(parts[3])
                    && "POST".equals(exchange.getRequestMethod())) {
                send(exchange, 200, DeviceProtocol.JSON, capture(device(parts[2]), exchange.getRequestBody()));
            } else {
                throw new ProblemException(404, DeviceProblem.INVALID_REQUEST, "No such operation",
                        exchange.getRequestMethod() + " " + path + " is not part of the device protocol");
            }
        } catch (ProblemException e) {
            send(exchange, e.problem().status(), DeviceProtocol.PROBLEM_JSON, e.problem());
        } catch (RuntimeException e) {
            send(exchange, 500, DeviceProtocol.PROBLEM_JSON, DeviceProblem.of(500, DeviceProblem.CAPTURE_FAILED,
                    "Device failure", e.toString()));
        } finally {
            exchange.close();
        }
    }

    private DeviceList discover() {
        List<DeviceSummary> summaries = new ArrayList<>();
        for (SimulatedDevice d : devices.values()) {
            summaries.add(new DeviceSummary(d.deviceId(), d.type(), status(d), MAKE, d.model()));
        }
        return new DeviceList(DeviceProtocol.SPEC_VERSION, summaries);
    }

    private DeviceInfo info(SimulatedDevice d) {
        try {
            return new DeviceInfo(DeviceProtocol.SPEC_VERSION, d.deviceId(), d.type(), MAKE, d.model(), d.serial(),
                    "1.0.0", d.type() == DeviceType.FINGERPRINT ? 500 : 0, List.of("PNG"), status(d),
                    Base64.getEncoder().encodeToString(d.credentials().certificate().getEncoded()),
                    DeviceProtocol.SIGNATURE_ALGORITHM);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Device certificate cannot be encoded", e);
        }
    }

    private static DeviceStatus status(SimulatedDevice d) {
        return d.isBusy() ? DeviceStatus.BUSY : DeviceStatus.READY;
    }

    private SimulatedDevice device(String id) {
        SimulatedDevice d = devices.get(id);
        if (d == null) {
            throw new ProblemException(404, DeviceProblem.UNKNOWN_DEVICE, "Unknown device",
                    "No device with id '" + id + "'");
        }
        return d;
    }

    private CaptureResponse capture(SimulatedDevice device, InputStream body) throws IOException {
        CaptureRequest request = CaptureRequestReader.read(device.type(), body);
        if (!device.tryAcquire()) {
            throw new ProblemException(409, DeviceProblem.DEVICE_BUSY, "Device busy",
                    "Device " + device.deviceId() + " is already capturing");
        }
        try {
            PresentedSubject presented = subject.get();
            // The delay stands for the resident placing the finger; the device gives up at the caller's timeout.
            CompletableFuture<List<CapturedItem>> items = CompletableFuture.supplyAsync(
                    () -> capturer.capture(device.type(), presented, request.positions()),
                    CompletableFuture.delayedExecutor(captureDelay.toMillis(), TimeUnit.MILLISECONDS, workers));
            List<CapturedItem> captured;
            try {
                captured = items.get(request.timeoutMs(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                items.cancel(true);
                throw new ProblemException(408, DeviceProblem.CAPTURE_TIMEOUT, "Capture timed out",
                        "No " + device.type().name().toLowerCase() + " was captured within " + request.timeoutMs()
                                + " ms");
            } catch (ExecutionException e) {
                throw new ProblemException(500, DeviceProblem.CAPTURE_FAILED, "Capture failed",
                        String.valueOf(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProblemException(500, DeviceProblem.CAPTURE_FAILED, "Capture interrupted", e.toString());
            }
            Capture capture = new Capture(request.transactionId(), device.deviceId(), device.serial(), device.type(),
                    Instant.now().toString(), captured);
            String jws = CompactJws.sign(DeviceProtocol.json().writeValueAsBytes(capture),
                    device.credentials().privateKey(), device.credentials().certificate());
            return new CaptureResponse(DeviceProtocol.SPEC_VERSION, jws);
        } finally {
            device.release();
        }
    }

    private void subjectRoute(HttpExchange exchange) throws IOException {
        try {
            switch (exchange.getRequestMethod()) {
                case "GET" -> send(exchange, 200, DeviceProtocol.JSON, subject.get());
                case "PUT" -> {
                    PresentedSubject presented;
                    try {
                        presented = DeviceProtocol.json().readValue(exchange.getRequestBody(),
                                PresentedSubject.class);
                    } catch (IOException | IllegalArgumentException e) {
                        throw CaptureRequestReader.invalid(
                                "Expected {\"identity\": \"...\", \"impostor\": false, \"fingerImages\": {\"2\": \"/path/101_1.tif\"}}: " + e.getMessage());
                    }
                    present(presented);
                    send(exchange, 200, DeviceProtocol.JSON, presented);
                }
                default -> throw CaptureRequestReader.invalid("Use GET or PUT on /simulator/subject");
            }
        } catch (ProblemException e) {
            send(exchange, e.problem().status(), DeviceProtocol.PROBLEM_JSON, e.problem());
        } finally {
            exchange.close();
        }
    }

    private void caRoute(HttpExchange exchange) throws IOException {
        try (exchange) {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(authority.certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            byte[] bytes = pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().set("Content-Type", "application/x-pem-file");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (CertificateEncodingException e) {
            throw new IOException("CA certificate cannot be encoded", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = DeviceProtocol.json().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IOException("Cannot encode answer", e);
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Options of a simulator. */
    public static final class Builder {
        private int port;
        private Duration captureDelay = Duration.ofMillis(300);
        private FingerprintSource fingerprints;
        private PresentedSubject subject = new PresentedSubject("3171010101900001", false);

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** How long the simulated resident takes to present the finger, face, eye or pen. */
        public Builder captureDelay(Duration delay) {
            this.captureDelay = Objects.requireNonNull(delay, "delay");
            return this;
        }

        public Builder fingerprints(FingerprintSource source) {
            this.fingerprints = source;
            return this;
        }

        public Builder subject(PresentedSubject presented) {
            this.subject = Objects.requireNonNull(presented, "presented");
            return this;
        }

        public DeviceSimulator build() throws IOException {
            if (fingerprints == null) {
                fingerprints = new SyntheticFingerprintSource(
                        id.ektp.devices.synthetic.ScannerFormat.OPTICAL_388X374);
            }
            return new DeviceSimulator(this);
        }
    }
}
