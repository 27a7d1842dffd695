package id.ektp.enrollment.capture;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device simulator ({@code devices-simulator}) started in this process on a free loopback port, for the
 * demo and the tests. The shipped application does not depend on the simulator (the enforcer bans it):
 * it is on the class path only when the demo is run with {@code spring-boot:run} (app/pom.xml's
 * {@code demo-simulator} profile) or in the tests, so it is found by name (its absence: the station's
 * configured devices, with a warning). Everything after the start goes through the device protocol like
 * any real device service; who stands at the devices is set through the simulator's control surface.
 */
final class SimulatedDeviceService implements DeviceService, AutoCloseable {

    static final String SIMULATOR = "id.ektp.devices.simulator.DeviceSimulator";
    private static final Logger log = LoggerFactory.getLogger(SimulatedDeviceService.class);

    private final AutoCloseable simulator;
    private final URI url;
    private final X509Certificate authority;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SimulatedDeviceService(AutoCloseable simulator, URI url, X509Certificate authority) {
        this.simulator = simulator;
        this.url = url;
        this.authority = authority;
    }

    static boolean available() {
        try {
            Class.forName(SIMULATOR, false, SimulatedDeviceService.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Starts the simulator on {@code port} of the loopback (0: a free one; a test that drives it from another process names one). */
    static SimulatedDeviceService start(int port) {
        try {
            Class<?> type = Class.forName(SIMULATOR);
            Object builder = type.getMethod("builder").invoke(null);
            builder.getClass().getMethod("port", int.class).invoke(builder, port);
            Object simulator = type.getMethod("start").invoke(builder.getClass().getMethod("build").invoke(builder));
            URI url = (URI) type.getMethod("uri").invoke(simulator);
            X509Certificate authority = (X509Certificate) type.getMethod("certificateAuthority").invoke(simulator);
            log.info("Device simulator (scanner, camera, iris camera, signature pad) listening on {}", url);
            return new SimulatedDeviceService((AutoCloseable) simulator, url, authority);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("ektp.capture.simulator.enabled is set but the device simulator is not on the class path: "
                    + "run the demo with ./mvnw -pl app -am spring-boot:run -Dspring-boot.run.profiles=demo (README)", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the device simulator did not start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the device simulator's API is not the one this platform knows", e);
        }
    }

    @Override
    public URI url() {
        return url;
    }

    @Override
    public List<X509Certificate> trustedProviders() {
        return List.of(authority);
    }

    /** Puts the resident at the simulated devices, unless they stand there already (an impostor set by a test stays). */
    @Override
    public void present(String nik) {
        try {
            HttpResponse<String> current = http.send(HttpRequest.newBuilder(url.resolve("/simulator/subject")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (current.statusCode() == 200 && current.body().contains("\"" + nik + "\"")) {
                return;
            }
            http.send(HttpRequest.newBuilder(url.resolve("/simulator/subject")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"identity\":\"" + nik + "\",\"impostor\":false}", StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            log.warn("the device simulator at {} did not take the subject: {}", url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            simulator.close();
        } catch (Exception e) {
            log.warn("the device simulator did not stop cleanly: {}", e.toString());
        }
    }
}
