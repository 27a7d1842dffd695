package id.ektp.devices.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import id.ektp.devices.protocol.CompactJws;
import id.ektp.devices.protocol.DeviceInfo;
import id.ektp.devices.protocol.DeviceProblem;
import id.ektp.devices.protocol.DeviceStatus;
import id.ektp.devices.protocol.DeviceSummary;
import id.ektp.devices.protocol.DeviceType;
import id.ektp.devices.simulator.DeviceSimulator;
import id.ektp.devices.simulator.PresentedSubject;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service point's client against the simulator over real HTTP on loopback. */
class DeviceRoundTripTest {
    private static final String NIK = "3273010101900003";
    private static DeviceSimulator simulator;
    private static DeviceClient client;

    @BeforeAll
    static void start() throws Exception {
        simulator = DeviceSimulator.builder().captureDelay(Duration.ofMillis(20))
                .subject(new PresentedSubject(NIK, false)).build().start();
        client = new DeviceClient(simulator.uri(), DeviceTrust.issuedBy(simulator.certificateAuthority()));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void discoversEveryKindOfCaptureDevice() {
        List<DeviceSummary> devices = client.discover();
        assertThat(devices).extracting(DeviceSummary::type)
                .containsExactlyInAnyOrder(DeviceType.FINGERPRINT, DeviceType.FACE, DeviceType.IRIS,
                        DeviceType.SIGNATURE);
        assertThat(devices).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeviceStatus.READY));

        DeviceInfo info = client.info("fingerprint-1");
        assertThat(info.type()).isEqualTo(DeviceType.FINGERPRINT);
        assertThat(info.serial()).isNotBlank();
        assertThat(info.dpi()).isEqualTo(500);
        assertThat(info.signatureAlgorithm()).isEqualTo("ES256");
    }

    @Test
    void signedFingerprintCaptureOfTheSameResidentMatchesAndAnImpostorDoesNot() throws Exception {
        simulator.present(new PresentedSubject(NIK, false));
        VerifiedCapture enrollment = client.capture("fingerprint-1", List.of(2, 7), Duration.ofSeconds(20));
        assertThat(enrollment.type()).isEqualTo(DeviceType.FINGERPRINT);
        assertThat(enrollment.items()).extracting(CapturedBiometric::position).containsExactlyInAnyOrder(2, 7);
        CapturedBiometric index = enrollment.item(2);
        assertThat(index.quality()).isBetween(1, 100);
        assertThat(index.dpi()).isEqualTo(500);
        assertThat(CompactJws.parse(enrollment.signedCapture()).verify(enrollment.deviceCertificate().getPublicKey()))
                .isTrue();

        // As at the service point: both index fingers (those on the chip) are captured again and verified 1:1.
        VerifiedCapture verification = client.capture("fingerprint-1", List.of(2, 7), Duration.ofSeconds(20));
        simulator.present(new PresentedSubject(NIK, true));
        VerifiedCapture impostor = client.capture("fingerprint-1", List.of(2, 7), Duration.ofSeconds(20));

        assertThat(verification.item(2).png()).isNotEqualTo(index.png());
        try (Gallery gallery = new BruteForceGallery()) {
            UUID resident = UUID.randomUUID();
            gallery.insert(resident, indexFingers(enrollment));
            assertThat(gallery.verify(resident, indexFingers(verification)).match()).isTrue();
            assertThat(gallery.verify(resident, indexFingers(impostor)).match()).isFalse();
        }
    }

    private static TenPrint indexFingers(VerifiedCapture capture) {
        return TenPrint.builder()
                .finger(FingerPosition.ofIsoCode(2), template(capture.item(2)))
                .finger(FingerPosition.ofIsoCode(7), template(capture.item(7)))
                .build();
    }

    @Test
    void capturesFaceIrisAndSignaturePlaceholders() throws Exception {
        simulator.present(new PresentedSubject(NIK, false));
        VerifiedCapture face = client.capture("face-1", List.of(), Duration.ofSeconds(10));
        VerifiedCapture irises = client.capture("iris-1", List.of(1, 2), Duration.ofSeconds(10));
        VerifiedCapture signature = client.capture("signature-1", List.of(), Duration.ofSeconds(10));
        assertThat(image(face.item(0)).getWidth()).isEqualTo(480);
        assertThat(irises.items()).hasSize(2);
        assertThat(image(signature.item(0)).getHeight()).isEqualTo(200);
    }

    @Test
    void invalidRequestAndUnknownDeviceAreReportedByTheDevice() {
        assertThatThrownBy(() -> client.capture("fingerprint-1", List.of(11), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(DeviceErrorException.class,
                        e -> assertThat(e.problem().errorCode()).isEqualTo(DeviceProblem.INVALID_REQUEST))
                .hasMessageContaining("1-10");
        assertThatThrownBy(() -> client.info("scanner-9"))
                .isInstanceOfSatisfying(DeviceErrorException.class,
                        e -> assertThat(e.problem().errorCode()).isEqualTo(DeviceProblem.UNKNOWN_DEVICE));
    }

    @Test
    void deviceOfAnUntrustedProviderIsRejected() throws Exception {
        try (DeviceSimulator other = DeviceSimulator.builder().build()) {
            DeviceClient trustingOnlyOther = new DeviceClient(simulator.uri(),
                    DeviceTrust.issuedBy(other.certificateAuthority()));
            assertThatThrownBy(() -> trustingOnlyOther.capture("face-1", List.of(), Duration.ofSeconds(5)))
                    .isInstanceOf(DeviceSignatureException.class).hasMessageContaining("not issued by a trusted");
        }
    }

    private static FingerTemplate template(CapturedBiometric item) {
        return new TemplateExtractor().extract(item.png(), Resolution.dpi(item.dpi()));
    }

    private static BufferedImage image(CapturedBiometric item) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(item.png()));
    }
}
