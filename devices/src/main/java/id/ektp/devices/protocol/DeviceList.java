package id.ektp.devices.protocol;

import java.util.List;

/** Answer of {@code GET /devices}. */
public record DeviceList(String specVersion, List<DeviceSummary> devices) {
}
