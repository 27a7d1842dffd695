package id.ektp.devices.protocol;

/** What a capture device captures. */
public enum DeviceType {
    FINGERPRINT,
    FACE,
    IRIS,
    SIGNATURE
}
