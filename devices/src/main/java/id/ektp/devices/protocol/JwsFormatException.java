package id.ektp.devices.protocol;

/** A string that claims to be a compact JWS but is not one (wrong parts, bad base64url, unreadable header). */
public class JwsFormatException extends RuntimeException {
    public JwsFormatException(String message) {
        super(message);
    }

    public JwsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
