package id.ektp.accounts.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The link that ties each audit entry to the one before it, over the previous link and the entry's
 * canonical fields. Each field is written as its length, a colon and its UTF-8 text, so that no choice
 * of field values can make two different entries encode alike.
 *
 * <p>Keyed entries are linked with HMAC-SHA256 under the {@link AuditKey}, which is kept outside the
 * database: someone who can edit the table cannot compute a valid link. Entries written before the
 * key existed (no {@code key_id}) carry the legacy plain SHA-256 link, which anyone can recompute; they
 * are verified as such and reported as legacy.
 */
final class AuditChain {

    /** The previous link of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    /** Keeps a keyed link from ever equalling an HMAC the same key makes for another purpose (the anchor). */
    private static final String ENTRY_PURPOSE = "ektp-audit-entry-v2";

    private AuditChain() {
    }

    static String keyedLink(AuditKey key, AuditEntry e) {
        Mac mac = key.mac();
        update(mac, ENTRY_PURPOSE);
        for (String field : fields(e)) {
            update(mac, field);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** The unkeyed SHA-256 link of entries made before the audit key was introduced. */
    static String legacyHash(AuditEntry e) {
        MessageDigest sha256 = sha256();
        for (String field : fields(e)) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** An HMAC over length-prefixed fields, for other records the key vouches for (the anchor, the key id). */
    static String keyedDigest(AuditKey key, String... fields) {
        Mac mac = key.mac();
        for (String field : fields) {
            update(mac, field);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private static String[] fields(AuditEntry e) {
        return new String[] {e.prevHash(), Long.toString(e.seq()), e.at().toString(), e.actor(), e.actorRole(),
                e.remoteAddress(), e.action(), e.subjectType(), e.subjectId(), e.detail()};
    }

    private static void update(Mac mac, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        mac.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
