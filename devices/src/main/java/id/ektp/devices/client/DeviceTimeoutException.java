package id.ektp.devices.client;

/** The device did not deliver a capture within the requested timeout (it said so, or it did not answer at all). */
public class DeviceTimeoutException extends DeviceException {
    public DeviceTimeoutException(String message) {
        super(message);
    }

    public DeviceTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
