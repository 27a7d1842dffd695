package id.ektp.devices.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.ektp.devices.simulator.DeviceSimulator;
import id.ektp.devices.simulator.PresentedSubject;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subject presented with real finger images (PUT /simulator/subject with {@code fingerImages}): those positions give
 * the file's image at every capture, the others the identity's synthetic fingers; a missing file is refused.
 */
class PresentedImagesTest {
    private static final Path DB1 = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "fingerprints", "fvc2002", "DB1_B");
    private static DeviceSimulator simulator;
    private static DeviceClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        simulator = DeviceSimulator.builder().captureDelay(Duration.ofMillis(10))
                .subject(new PresentedSubject("3273010101900005", false)).build().start();
        client = new DeviceClient(simulator.uri(), DeviceTrust.issuedBy(simulator.certificateAuthority()));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void aPresentedImageIsWhatTheScannerDeliversAtThatPositionAtEveryCapture() throws Exception {
        assumeTrue(Files.isDirectory(DB1), "FVC2002 data not found at " + DB1.toAbsolutePath() + "; skipping");
        String file = DB1.resolve("101_6.tif").toAbsolutePath().toString();
        HttpResponse<String> put = put("{\"identity\":\"3273010101900005\",\"impostor\":false,\"fingerImages\":{\"2\":\"" + file + "\"}}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(simulator.presented().fingerImages()).containsEntry(2, file);

        VerifiedCapture first = client.capture("fingerprint-1", List.of(2, 7), Duration.ofSeconds(20));
        VerifiedCapture again = client.capture("fingerprint-1", List.of(2, 7), Duration.ofSeconds(20));
        BufferedImage real = ImageIO.read(Path.of(file).toFile());
        BufferedImage captured = ImageIO.read(new ByteArrayInputStream(first.item(2).png()));
        assertThat(captured.getWidth()).isEqualTo(real.getWidth());
        assertThat(captured.getRaster().getSample(190, 180, 0)).isEqualTo(real.getRaster().getSample(190, 180, 0));
        assertThat(again.item(2).png()).isEqualTo(first.item(2).png());
        // The left index stays synthetic: a new impression at each capture.
        assertThat(again.item(7).png()).isNotEqualTo(first.item(7).png());
    }

    @Test
    void aFileThatDoesNotExistIsRefusedAndTheSubjectStays() throws Exception {
        PresentedSubject before = simulator.presented();
        HttpResponse<String> put = put("{\"identity\":\"x\",\"impostor\":false,\"fingerImages\":{\"2\":\"/no/such/finger.tif\"}}");
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("No image file /no/such/finger.tif");
        assertThat(simulator.presented()).isEqualTo(before);
    }

    private HttpResponse<String> put(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(simulator.uri() + "/simulator/subject"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
