package id.ektp.accounts.audit;

import java.time.Instant;

/** One entry of the audit log, as stored. */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String actorRole,
        String remoteAddress,
        String action,
        String subjectType,
        String subjectId,
        String detail,
        String prevHash,
        String hash) {
}
