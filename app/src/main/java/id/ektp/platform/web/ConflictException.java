package id.ektp.platform.web;

/** The request clashes with the current state (a username already taken): answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
