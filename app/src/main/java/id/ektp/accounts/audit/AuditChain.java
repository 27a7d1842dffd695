package id.ektp.accounts.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that links each audit entry to the one before it: SHA-256 over the previous entry's hash
 * and the entry's canonical fields. Each field is written as its length, a colon and its UTF-8 text,
 * so that no choice of field values can make two different entries hash alike.
 */
final class AuditChain {

    /** The previous hash of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, long seq, Instant at, String actor, String actorRole, String remoteAddress,
            String action, String subjectType, String subjectId, String detail) {
        MessageDigest sha256 = sha256();
        for (String field : new String[] {prevHash, Long.toString(seq), at.toString(), actor, actorRole, remoteAddress,
                action, subjectType, subjectId, detail}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    static String hash(AuditEntry e) {
        return hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.actorRole(), e.remoteAddress(), e.action(),
                e.subjectType(), e.subjectId(), e.detail());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
