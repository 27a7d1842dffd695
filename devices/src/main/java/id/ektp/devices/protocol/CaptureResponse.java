package id.ektp.devices.protocol;

/**
 * Answer of a successful capture: the capture document signed as a JWS in compact serialization
 * (ES256, device certificate in the {@code x5c} header).
 */
public record CaptureResponse(String specVersion, String capture) {
}
