package id.ektp.accounts.audit;

/**
 * The outcome of walking the audit chain. When broken, {@code firstBrokenSeq} names the first entry
 * that fails and {@code reason} says how; when intact, {@code headHash} is the hash of the last entry
 * (worth writing down elsewhere: it is what would reveal the deletion of entries at the very end).
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason, Long lastSeq,
        String headHash) {

    static AuditVerification intact(long checked, long lastSeq, String headHash) {
        return new AuditVerification(true, checked, null, "chain intact", lastSeq, headHash);
    }

    static AuditVerification broken(long checked, long seq, String reason) {
        return new AuditVerification(false, checked, seq, reason, null, null);
    }

    public String describe() {
        return intact
                ? "Audit chain intact: " + entriesChecked + " entries, last seq " + lastSeq + ", head hash " + headHash
                : "Audit chain BROKEN at entry " + firstBrokenSeq + ": " + reason + " (" + entriesChecked + " entries before it verified)";
    }
}
