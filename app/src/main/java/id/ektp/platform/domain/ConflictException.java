package id.ektp.platform.domain;

/** The request clashes with the current state (a username already taken). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(Kind.CONFLICT, message);
    }
}
