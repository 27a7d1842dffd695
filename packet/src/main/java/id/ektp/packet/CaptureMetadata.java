package id.ektp.packet;

import java.time.Instant;
import java.util.List;

/**
 * How the capture was made: the officer who ran it, the service-point station, the capture device (its
 * identifier, model and the SHA-256 fingerprint of the certificate it signed its captures with), when, and
 * the fingers that could not be captured and why.
 */
public record CaptureMetadata(
        String officer,
        String station,
        Device device,
        Instant capturedAt,
        List<CaptureException> exceptions) {

    public CaptureMetadata {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public record Device(String deviceId, String model, String certificateSha256) {
    }

    /** A finger not captured: AMPUTATED, BANDAGED, or UNUSABLE (worn or scarred past reading). */
    public record CaptureException(FingerPosition position, Reason reason) {
        public enum Reason { AMPUTATED, BANDAGED, UNUSABLE }
    }
}
