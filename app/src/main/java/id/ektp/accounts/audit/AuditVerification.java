package id.ektp.accounts.audit;

/**
 * The outcome of walking the audit chain. When broken, {@code firstBrokenSeq} names the first entry
 * that fails and {@code reason} says how. When intact, {@code lastSeq} and {@code headHash} (the last
 * entry's link) are the head worth copying to another system from time to time; {@code anchoredSeq}
 * is where the anchor file stands (entries after it committed after the last anchor write);
 * {@code legacyEntries} counts the entries made before the audit key existed, verified only as the
 * unkeyed SHA-256 chain (pinned by the first keyed entry and the anchor, not by a key of their own).
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason, Long lastSeq,
        String headHash, long legacyEntries, String keyId, Long anchoredSeq) {

    static AuditVerification intact(long checked, AuditHead head, long legacy, String keyId, Long anchoredSeq) {
        return new AuditVerification(true, checked, null, "chain intact", head.seq(), head.link(), legacy, keyId, anchoredSeq);
    }

    static AuditVerification broken(long checked, long seq, String reason, long legacy, String keyId) {
        return new AuditVerification(false, checked, seq, reason, null, null, legacy, keyId, null);
    }

    public String describe() {
        if (!intact) {
            return "Audit chain BROKEN at entry " + firstBrokenSeq + ": " + reason + " (" + entriesChecked
                    + " entries before it verified)";
        }
        StringBuilder text = new StringBuilder("Audit chain intact: ").append(entriesChecked).append(" entries");
        if (legacyEntries > 0) {
            text.append(" (").append(legacyEntries).append(" legacy entries before the audit key, verified as the unkeyed chain)");
        }
        text.append(", head seq ").append(lastSeq).append(" link ").append(headHash);
        if (keyId != null) {
            text.append(", key ").append(keyId);
        }
        if (anchoredSeq != null) {
            text.append(", anchor at seq ").append(anchoredSeq);
            if (lastSeq > anchoredSeq) {
                text.append(" (").append(lastSeq - anchoredSeq).append(" later entries not yet anchored)");
            }
        }
        return text.toString();
    }
}
