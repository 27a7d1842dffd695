package id.ektp.devices.client;

/**
 * The capture's signature does not verify, was made with another certificate than the device's, or the device
 * certificate is not trusted: the capture may have been forged or altered and is rejected.
 */
public class DeviceSignatureException extends DeviceException {
    public DeviceSignatureException(String message) {
        super(message);
    }

    public DeviceSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
