package id.ektp.devices.protocol;

/** Whether a device can take a capture request now. */
public enum DeviceStatus {
    READY,
    BUSY,
    NOT_READY
}
