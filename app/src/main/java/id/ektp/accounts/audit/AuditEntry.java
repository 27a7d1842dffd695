package id.ektp.accounts.audit;

import java.time.Instant;

/**
 * One entry of the audit log, as stored. {@code hash} is the entry's link and {@code prevHash} its
 * predecessor's; {@code keyId} names the audit key that made the link, or is null for a legacy entry
 * linked with plain SHA-256 before the key existed.
 */
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
        String hash,
        String keyId) {

    AuditEntry withLink(String link, String linkKeyId) {
        return new AuditEntry(seq, at, actor, actorRole, remoteAddress, action, subjectType, subjectId, detail, prevHash,
                link, linkKeyId);
    }

    boolean legacy() {
        return keyId == null;
    }
}
