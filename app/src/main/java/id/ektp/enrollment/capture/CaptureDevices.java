package id.ektp.enrollment.capture;

import id.ektp.devices.client.DeviceClient;
import id.ektp.devices.client.DeviceSignatureException;
import id.ektp.devices.client.DeviceTrust;
import id.ektp.devices.client.DeviceUnreachableException;
import id.ektp.devices.client.VerifiedCapture;
import id.ektp.devices.protocol.DeviceStatus;
import id.ektp.devices.protocol.DeviceSummary;
import id.ektp.devices.protocol.DeviceType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The station's capture devices through the EDS 1.0 client: finds the device of a type and captures with it.
 * Every capture returned here was signed by a device whose certificate chains to a trusted provider CA;
 * anything else is a {@link DeviceSignatureException} from the client.
 */
@Component
class CaptureDevices {

    /** A verified capture with the device's model, as the packet names it. */
    record DeviceCapture(VerifiedCapture capture, String model) {

        String certificateSha256() {
            return sha256(capture.deviceCertificate());
        }
    }

    private final DeviceService service;
    private final Duration timeout;

    CaptureDevices(DeviceService service, @Value("${ektp.capture.device-timeout:20s}") Duration timeout) {
        this.service = service;
        this.timeout = timeout;
    }

    void present(String nik) {
        service.present(nik);
    }

    DeviceCapture capture(DeviceType type, List<Integer> positions) {
        List<X509Certificate> trusted = service.trustedProviders();
        if (trusted.isEmpty()) {
            throw new DeviceSignatureException("no trusted device provider CA is configured (ektp.capture.devices.trusted-ca)");
        }
        DeviceClient client = new DeviceClient(service.url(), DeviceTrust.issuedBy(trusted.toArray(X509Certificate[]::new)));
        DeviceSummary device = client.discover().stream().filter(d -> d.type() == type && d.status() != DeviceStatus.NOT_READY).findFirst()
                .orElseThrow(() -> new DeviceUnreachableException("no " + type + " device is connected at " + service.url(), null));
        return new DeviceCapture(client.capture(device.deviceId(), positions, timeout), device.model());
    }

    static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("device certificate cannot be fingerprinted", e);
        }
    }
}
