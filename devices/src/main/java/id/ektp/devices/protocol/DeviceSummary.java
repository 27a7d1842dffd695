package id.ektp.devices.protocol;

/** One entry of the discovery answer. */
public record DeviceSummary(String deviceId, DeviceType type, DeviceStatus status, String make, String model) {
}
