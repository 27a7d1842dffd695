package id.ektp.devices.client;

/** Base of everything that can go wrong talking to a capture device. */
public abstract class DeviceException extends RuntimeException {
    protected DeviceException(String message) {
        super(message);
    }

    protected DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
