package id.ektp.enrollment.capture;

import java.time.Instant;
import java.util.UUID;

/**
 * What is known of one stored capture without opening its sealed image: its kind and position, how many
 * attempts it took, the engine's quality score and reason (fingers) or the device's (face, signature,
 * iris), whether it was accepted, and the device that signed it.
 */
record CaptureItem(UUID recordId, ItemKind kind, int position, int attempts, int quality, String qualityReason,
        int deviceQuality, boolean accepted, int width, int height, int dpi, String deviceId, String deviceModel,
        String deviceCertificateSha256, Instant capturedAt, boolean purged) {

    /** The item's name in the API and in image paths: {@code FINGER_2}, {@code IRIS_1}, {@code FACE}. */
    String code() {
        return position == 0 ? kind.name() : kind.name() + "_" + position;
    }
}
