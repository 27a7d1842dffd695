package id.ektp.accounts;

/**
 * The append-only, hash-chained audit log. Every read and every change of a resident's record goes
 * through here, in the same transaction as the change itself. Who acted (the signed-in officer, or the
 * {@link SystemActor}), when, and from which address are taken by the implementation; with neither an
 * officer nor system work it refuses.
 */
public interface AuditTrail {

    /** Records {@code action} on the record {@code subjectId}; {@code detail} is a short JSON or text. */
    void record(AuditAction action, String subjectId, String detail);

    /** A read: the action with no detail. */
    default void read(AuditAction action, String subjectId) {
        record(action, subjectId, "");
    }
}
