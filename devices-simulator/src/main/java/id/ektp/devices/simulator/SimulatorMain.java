package id.ektp.devices.simulator;

import id.ektp.devices.synthetic.ScannerFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * Runs the device simulator standalone until the process is stopped.
 *
 * <pre>
 * --port 4501            listening port on 127.0.0.1 (default 4501)
 * --identity NIK         the synthetic identity standing at the devices
 * --impostor             an impostor presents themselves under that identity
 * --delay-ms 300         time the resident takes to present a finger
 * --folder DIR           serve fingerprints from an FVC-layout folder instead of synthetic ones
 * --folder-dpi 500       resolution of the folder's images
 * --format OPTICAL_416X416  synthetic image size (default OPTICAL_388X374)
 * --ca-out FILE          write the simulator CA certificate (PEM) for clients to trust
 * </pre>
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        DeviceSimulator.Builder builder = DeviceSimulator.builder().port(4501);
        String identity = "3171010101900001";
        boolean impostor = false;
        Path folder = null;
        int folderDpi = 500;
        ScannerFormat format = ScannerFormat.OPTICAL_388X374;
        Path caOut = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(args[++i]));
                case "--identity" -> identity = args[++i];
                case "--impostor" -> impostor = true;
                case "--delay-ms" -> builder.captureDelay(Duration.ofMillis(Long.parseLong(args[++i])));
                case "--folder" -> folder = Path.of(args[++i]);
                case "--folder-dpi" -> folderDpi = Integer.parseInt(args[++i]);
                case "--format" -> format = ScannerFormat.valueOf(args[++i]);
                case "--ca-out" -> caOut = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown option " + args[i] + "; see the SimulatorMain javadoc");
                    System.exit(2);
                }
            }
        }
        builder.subject(new PresentedSubject(identity, impostor));
        builder.fingerprints(folder != null ? new FolderFingerprintSource(folder, folderDpi)
                : new SyntheticFingerprintSource(format));
        DeviceSimulator simulator = builder.build().start();
        if (caOut != null) {
            String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(simulator.certificateAuthority().getEncoded()) + "\n-----END CERTIFICATE-----\n";
            Files.writeString(caOut, pem, StandardCharsets.US_ASCII);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        System.out.println("Device simulator listening on " + simulator.uri() + " (subject " + identity
                + (impostor ? ", impostor" : "") + ", fingerprints from " + (folder != null ? folder : "synthetic "
                + format) + ")");
    }
}
