package id.ektp.accounts.audit;

import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that links the audit chain, read from a file outside the database. Its id (an HMAC of a
 * fixed text, so it reveals nothing of the key) is stored with each entry, which lets verification
 * tell "the wrong key file" from "an entry was edited".
 */
final class AuditKey {

    static final String ALGORITHM = "HmacSHA256";
    static final int MIN_BYTES = 32;

    private final SecretKeySpec secret;
    private final Mac initialised;
    private final Path file;
    private final String id;

    AuditKey(byte[] secret, Path file) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("an audit key has at least " + MIN_BYTES * 8 + " bits");
        }
        this.secret = new SecretKeySpec(secret, ALGORITHM);
        this.initialised = newMac();
        this.file = file;
        this.id = AuditChain.keyedDigest(this, "ektp-audit-key-id").substring(0, 16);
    }

    /**
     * A MAC of its own for one computation ({@code Mac} is not thread-safe): a copy of one set up with
     * the key, which skips the provider look-up and the key schedule of a new instance.
     */
    Mac mac() {
        try {
            return (Mac) initialised.clone();
        } catch (CloneNotSupportedException e) {
            return newMac();
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform provides " + ALGORITHM, e);
        }
    }

    String id() {
        return id;
    }

    Path file() {
        return file;
    }
}
