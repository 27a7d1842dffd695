package id.ektp.enrollment.upload;

/** Central did not answer (not reachable, timed out, or a server error): worth trying again later. */
class CentralUnreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CentralUnreachable(String message) {
        super(message);
    }

    CentralUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
