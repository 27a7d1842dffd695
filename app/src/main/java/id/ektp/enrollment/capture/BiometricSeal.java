package id.ektp.enrollment.capture;

import id.ektp.enrollment.signing.SecretFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the biometric images and templates the service point keeps until central has them: AES-256-GCM
 * under a key kept in a file outside the database ({@code ektp.capture.key-file}, by default
 * {@code capture/biometrics.key} beside the embedded data folder), as the Camats' keys are. Whoever copies
 * the database gets no fingerprint. The associated data binds each sealed value to its row (record, item,
 * image or template), so a value copied onto another row does not open.
 */
@Component
class BiometricSeal {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    BiometricSeal(@Value("${ektp.capture.key-file:}") String configured, @Value("${ektp.embedded-postgres.data-dir:}") String dataDir) {
        Path file = !configured.isBlank() ? Path.of(configured).toAbsolutePath() : defaultFile(dataDir);
        if (!SecretFile.exists(file)) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            SecretFile.create(file, fresh);
        }
        this.key = new SecretKeySpec(SecretFile.read(file), "AES");
    }

    byte[] seal(byte[] plain, String binding) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("biometric data cannot be sealed", e);
        }
    }

    byte[] open(byte[] sealed, String binding) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, IV_BYTES)));
            cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // Never the data itself in the message: only where it belongs.
            throw new IllegalStateException("sealed biometric " + binding + " does not open with this service point's key", e);
        }
    }

    private static Path defaultFile(String dataDir) {
        if (!dataDir.isBlank()) {
            Path data = Path.of(dataDir).toAbsolutePath();
            return (data.getParent() != null ? data.getParent() : data).resolve("capture").resolve("biometrics.key");
        }
        try {
            Path temporary = Files.createTempDirectory("ektp-capture-");
            temporary.toFile().deleteOnExit();
            return temporary.resolve("biometrics.key");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the biometric key of a throw-away database", e);
        }
    }
}
