package id.ektp.devices.protocol;

import java.util.List;

/**
 * Answer of {@code GET /devices/{id}/info}.
 *
 * @param certificate the device certificate, base64 of its DER encoding; its key signs every capture
 * @param signatureAlgorithm the JWS algorithm of the capture signature, {@code ES256}
 */
public record DeviceInfo(String specVersion, String deviceId, DeviceType type, String make, String model,
                         String serial, String firmware, int dpi, List<String> imageFormats, DeviceStatus status,
                         String certificate, String signatureAlgorithm) {
}
