package id.ektp.devices.client;

/** No device service answers at the configured address. */
public class DeviceUnreachableException extends DeviceException {
    public DeviceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
