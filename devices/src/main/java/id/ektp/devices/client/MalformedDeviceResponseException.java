package id.ektp.devices.client;

/** The device answered something that is not a valid protocol message; nothing of it is used. */
public class MalformedDeviceResponseException extends DeviceException {
    public MalformedDeviceResponseException(String message) {
        super(message);
    }

    public MalformedDeviceResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
