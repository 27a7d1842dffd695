package id.ektp.devices.protocol;

import java.util.List;

/**
 * Body of {@code POST /devices/{id}/capture}.
 *
 * @param transactionId chosen by the caller and echoed inside the signed capture, so an old capture cannot be
 *                      replayed as a new one
 * @param timeoutMs how long the device may wait for the finger, face or pen (1 to 60,000 ms)
 * @param positions fingerprint: ISO/IEC 19794-4 finger positions 1-10; iris: 1 right eye, 2 left eye
 *                  (ISO/IEC 19794-6); face and signature: empty
 * @param format image encoding wanted, {@code PNG}
 */
public record CaptureRequest(String transactionId, long timeoutMs, List<Integer> positions, String format) {
    public static final long MAX_TIMEOUT_MS = 60_000;
}
