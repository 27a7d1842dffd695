package id.ektp.accounts;

/**
 * The append-only, hash-chained audit log. Every read and every change of a resident's record goes
 * through here, in the same transaction as the change itself. Who acted, when, and from which address
 * are taken from the current request by the implementation.
 */
public interface AuditTrail {

    /** A read of a record, e.g. {@code read("RESIDENT", nik)}. */
    void read(String subjectType, String subjectId);

    /** A change of a record: {@code action} such as CREATE, UPDATE, DELETE, IMPORT; {@code detail} a short JSON or text. */
    void change(String action, String subjectType, String subjectId, String detail);
}
