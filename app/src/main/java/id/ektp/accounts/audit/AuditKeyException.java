package id.ektp.accounts.audit;

/** The audit key cannot be used; the message tells the operator what to do. */
class AuditKeyException extends IllegalStateException {

    AuditKeyException(String message) {
        super(message);
    }
}
