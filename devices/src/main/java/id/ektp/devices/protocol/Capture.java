package id.ektp.devices.protocol;

import java.util.List;

/** The signed payload of a capture: who asked, which device answered, when, and the captured items. */
public record Capture(String transactionId, String deviceId, String serial, DeviceType type, String capturedAt,
                      List<CapturedItem> items) {
}
