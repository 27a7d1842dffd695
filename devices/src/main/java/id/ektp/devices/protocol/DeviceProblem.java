package id.ektp.devices.protocol;

/**
 * An error answer, as RFC 7807 problem details ({@code application/problem+json}) with a machine-readable code.
 */
public record DeviceProblem(String type, String title, int status, String detail, String errorCode) {
    public static final String UNKNOWN_DEVICE = "UNKNOWN_DEVICE";
    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String CAPTURE_TIMEOUT = "CAPTURE_TIMEOUT";
    public static final String DEVICE_BUSY = "DEVICE_BUSY";
    public static final String CAPTURE_FAILED = "CAPTURE_FAILED";

    public static DeviceProblem of(int status, String errorCode, String title, String detail) {
        return new DeviceProblem("urn:ektp:device:" + errorCode.toLowerCase().replace('_', '-'), title, status, detail,
                errorCode);
    }
}
