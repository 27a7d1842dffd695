package id.ektp.devices.client;

import id.ektp.devices.protocol.DeviceType;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * A capture whose signature, device certificate and transaction were checked. The compact JWS is kept as the
 * evidence that travels on with the enrollment packet.
 */
public record VerifiedCapture(String transactionId, String deviceId, String serial, DeviceType type,
                              Instant capturedAt, List<CapturedBiometric> items, X509Certificate deviceCertificate,
                              String signedCapture) {

    public CapturedBiometric item(int position) {
        return items.stream().filter(i -> i.position() == position).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item at position " + position));
    }
}
