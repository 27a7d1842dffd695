package id.ektp.platform.domain;

/**
 * A refusal by a module's domain: the input breaks a rule, the record does not exist (or the caller may not
 * know it does), or the request clashes with what is stored. The domain names the {@link Kind}; the web
 * layer alone decides what that means for HTTP (a problem's status and type) and for a page.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal; each maps to one HTTP status in the web layer. */
    public enum Kind {
        /** The input breaks a rule (a malformed NIK, an unknown region); names each field. */
        INVALID_INPUT,
        /** No such record, or not one the caller may see. */
        NOT_FOUND,
        /** It clashes with the current state (a username already taken). */
        CONFLICT
    }

    private final Kind kind;

    protected DomainException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
