package id.ektp.enrollment.scans;

import id.ektp.enrollment.signing.SecretFile;
import id.ektp.enrollment.signing.SigningFiles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals document scans at rest with AES-256-GCM under a key kept outside the database
 * ({@code document-scans.key} beside the signing keys, owner-only, made on first start): a copy of the
 * database alone shows no resident's papers. Each scan is bound to its application and document (the
 * GCM associated data), so a sealed scan moved onto another row does not open.
 */
@Component
class ScanVault {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ScanVault(SigningFiles files) {
        Path file = files.secret("document-scans.key");
        if (!SecretFile.exists(file)) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            SecretFile.create(file, fresh);
        }
        this.key = new SecretKeySpec(SecretFile.read(file), "AES");
    }

    byte[] seal(UUID applicationId, String document, byte[] content) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(applicationId, document));
            byte[] sealed = cipher.doFinal(content);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a document scan cannot be sealed", e);
        }
    }

    byte[] open(UUID applicationId, String document, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(associated(applicationId, document));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the scan of " + document + " of application " + applicationId
                    + " does not open with this platform's key: altered, moved, or sealed under another key", e);
        }
    }

    private static byte[] associated(UUID applicationId, String document) {
        return (applicationId + "/" + document).getBytes(StandardCharsets.US_ASCII);
    }
}
