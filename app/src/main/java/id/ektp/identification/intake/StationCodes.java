package id.ektp.identification.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time registration codes: 12 characters of Crockford's base32 (no I, L, O, U: nothing an
 * administrator misreads over the phone), 60 random bits, shown as {@code XXXX-XXXX-XXXX}. Central keeps
 * only the SHA-256 of a code; with 60 bits, one use and an expiry, a plain hash is enough.
 */
final class StationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private StationCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    static byte[] hash(String code) {
        String normal = code == null ? "" : code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            return MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String code, byte[] expectedHash) {
        return expectedHash != null && MessageDigest.isEqual(hash(code), expectedHash);
    }
}
