package id.ektp.enrollment.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The device service: the station's own (configured URL and trusted provider CAs), or, in the demo and the
 * tests ({@code ektp.capture.simulator.enabled=true}), the device simulator started in this process.
 */
@Configuration(proxyBeanMethods = false)
class DeviceServiceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeviceServiceConfiguration.class);

    /**
     * The simulator when asked for and present; asked for but absent (the packaged jar run with the demo
     * profile), the station's configured devices, with a warning that says how to get the simulator. The
     * simulator is stopped with the context (close() is inferred from its AutoCloseable).
     */
    @Bean
    DeviceService devices(@Value("${ektp.capture.simulator.enabled:false}") boolean simulator,
            @Value("${ektp.capture.simulator.port:0}") int simulatorPort,
            @Value("${ektp.capture.devices.url:http://127.0.0.1:4501}") URI url,
            @Value("${ektp.capture.devices.trusted-ca:}") List<String> caFiles) {
        if (simulator) {
            if (SimulatedDeviceService.available()) {
                return SimulatedDeviceService.start(simulatorPort);
            }
            log.warn("ektp.capture.simulator.enabled is set but the device simulator is not on the class path (the packaged jar): "
                    + "using the station's devices at {}. The README's spring-boot:run command brings the simulator.", url);
        }
        return stationDevices(url, caFiles);
    }

    private static DeviceService stationDevices(URI url, List<String> caFiles) {
        List<X509Certificate> trusted = new ArrayList<>();
        for (String file : caFiles) {
            if (!file.isBlank()) {
                trusted.addAll(readPem(Path.of(file.strip())));
            }
        }
        List<X509Certificate> providers = List.copyOf(trusted);
        return new DeviceService() {
            @Override
            public URI url() {
                return url;
            }

            @Override
            public List<X509Certificate> trustedProviders() {
                return providers;
            }
        };
    }

    static List<X509Certificate> readPem(Path file) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (var certificate : factory.generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        } catch (IOException e) {
            throw new UncheckedIOException("trusted device provider CA file " + file + " cannot be read", e);
        } catch (CertificateException e) {
            throw new IllegalStateException("trusted device provider CA file " + file + " holds no readable certificate", e);
        }
    }
}
