package id.ektp.enrollment.capture;

import java.util.List;

/**
 * A capture as the operator's page and the API show it: the record, every step with its state, the stored
 * items (no image bytes: those are fetched one by one), the finger exceptions, the chip fingers' check and
 * what is still missing before it can be closed.
 */
public record CaptureView(CaptureRecord record, List<StepView> steps, List<ItemView> items, List<FingerException> exceptions,
        List<Integer> chipFingers, int chipAttemptsLeft, String nextStep, boolean closable) {

    /** A step of the fixed order and whether it is done. */
    public record StepView(String step, boolean done) {
    }

    /** A stored capture without its image. */
    public record ItemView(String item, String kind, int position, int attempts, int quality, String qualityReason, int deviceQuality,
            boolean accepted, String deviceId, String deviceCertificateSha256, java.time.Instant capturedAt, boolean purged) {
    }
}
