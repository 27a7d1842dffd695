package id.ektp.enrollment.capture;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.devices.simulator.DeviceCertificateAuthority;
import id.ektp.devices.simulator.DeviceSimulator;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A station whose device service is not of a certified provider: the service point trusts one provider's CA,
 * and the devices at its address carry certificates of another. Every capture is refused with the reason,
 * audited, and nothing of it is stored.
 */
@TestPropertySource(properties = "ektp.capture.simulator.enabled=false")
class UntrustedDeviceTest extends CaptureTestSupport {

    private static DeviceSimulator rogue;

    @DynamicPropertySource
    static void devices(DynamicPropertyRegistry registry) throws Exception {
        rogue = DeviceSimulator.builder().build().start();
        Path trusted = Files.createTempFile("certified-provider-ca", ".pem");
        trusted.toFile().deleteOnExit();
        byte[] der = new DeviceCertificateAuthority("Certified Device Provider CA").certificate().getEncoded();
        Files.writeString(trusted, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        registry.add("ektp.capture.devices.url", () -> rogue.uri().toString());
        registry.add("ektp.capture.devices.trusted-ca", trusted::toString);
    }

    @AfterAll
    static void stopDevices() {
        rogue.close();
    }

    @Test
    void aCaptureFromADeviceOfAnUntrustedProviderIsRefusedAuditedAndNotStored() {
        Point point = servicePoint(SUKASARI);
        String nik = resident(point.pelayanan(), "32.73.01.1004", "IWAN SETIAWAN");
        String id = id(start(point.operator(), confirmedCheckIn(point, nik)));
        int refusedBefore = audited("CAPTURE_DEVICE_REFUSED");

        HttpResponse<String> refused = post("/api/v1/captures/" + id + "/next", basic(point.operator()), null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(body(refused).get("type").asText()).endsWith("/device-refused");
        assertThat(body(refused).at("/errors/0/reason").asText()).contains("not issued by a trusted device provider");

        assertThat(audited("CAPTURE_DEVICE_REFUSED")).isEqualTo(refusedBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM capture_item WHERE record_id = ?::uuid").param(id).query(Integer.class).single()).isZero();
        assertThat(body(get("/api/v1/captures/" + id, basic(point.operator()))).get("nextStep").asText()).isEqualTo("FINGER_1");
    }
}
