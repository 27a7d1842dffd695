package id.ektp.afis.store;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealing of one of the engine's files: AES-256-GCM under a key derived for this file alone from the
 * caller's {@link AtRestKey} and a random 16-byte salt (the file's identity), so that the same record
 * sealed in two files never looks alike and a record moved from one file to another fails its tag. The
 * file's header carries the salt and a key check, so a wrong key is told at open, not as garbage later.
 *
 * <p>Each record gets a fresh random 96-bit nonce rather than one derived from its offset: after a crash
 * the log truncates a torn last record and writes the next record at the same offset, and a nonce
 * derived from the offset would then seal two different plaintexts under one nonce, which in GCM gives
 * away both plaintexts' XOR and the authentication key. Random nonces stay safe up to about 2^32 records
 * per file key (NIST SP 800-38D), and the key is per file. The record's offset goes into the associated
 * data, so records swapped or moved within the file are refused too.
 *
 * <p>Public only because the index snapshot (package {@code index}) seals its chunks with it; callers
 * of the engine pass an {@link AtRestKey} and never need this class.
 */
public final class AtRestCipher {

    /** {@code [EKTPSEAL][owner's magic: 8][salt: 16][key check: 16]}. */
    public static final int HEADER = 48;
    public static final int NONCE = 12;
    public static final int TAG = 16;
    /** Bytes a sealed record adds to its plaintext: the nonce and the tag. */
    public static final int OVERHEAD = NONCE + TAG;
    private static final int SALT = 16;
    private static final int CHECK = 16;
    private static final byte[] SEALED = "EKTPSEAL".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DERIVATION = "ektp at-rest file key v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_CHECK = "ektp at-rest key check".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(AtRestCipher::gcm);

    private final byte[] magic;
    private final byte[] salt;
    private final SecretKeySpec fileKey;
    private final byte[] check;

    private AtRestCipher(byte[] magic, byte[] salt, byte[] fileKey) {
        this.magic = magic;
        this.salt = salt;
        this.fileKey = new SecretKeySpec(fileKey, "AES");
        this.check = Arrays.copyOf(hmac(fileKey, KEY_CHECK), CHECK);
    }

    /** The sealing of a new file (a fresh salt) whose owner names its format with {@code magic} (8 ASCII characters). */
    public static AtRestCipher create(AtRestKey key, String magic) {
        byte[] salt = new byte[SALT];
        RANDOM.nextBytes(salt);
        return derive(key, ascii(magic), salt);
    }

    /** Whether a file's first bytes say it is sealed. */
    public static boolean isSealed(byte[] head) {
        return head.length >= SEALED.length && Arrays.equals(head, 0, SEALED.length, SEALED, 0, SEALED.length);
    }

    /**
     * The sealing of an existing file from its {@link #HEADER} bytes.
     *
     * @param what the file, for messages
     * @throws AfisException {@link Reason#CORRUPT_STORE} if the header is not a sealed header of
     *                       {@code magic}; {@link Reason#WRONG_STORE_KEY} if the file was sealed under another key
     */
    public static AtRestCipher fromHeader(AtRestKey key, String magic, byte[] header, String what) {
        byte[] owner = ascii(magic);
        if (header.length < HEADER || !isSealed(header) || !Arrays.equals(header, 8, 16, owner, 0, 8)) {
            throw new AfisException(Reason.CORRUPT_STORE, what + " is not a sealed " + magic + " file (bad header)");
        }
        AtRestCipher cipher = derive(key, owner, Arrays.copyOfRange(header, 16, 16 + SALT));
        if (!MessageDigest.isEqual(cipher.check, Arrays.copyOfRange(header, 16 + SALT, HEADER))) {
            throw new AfisException(Reason.WRONG_STORE_KEY, what + " was sealed under another key than the one given");
        }
        return cipher;
    }

    public byte[] header() {
        return ByteBuffer.allocate(HEADER).put(SEALED).put(magic).put(salt).put(check).array();
    }

    /** The file's identity: its random salt (a copy). */
    public byte[] fileId() {
        return salt.clone();
    }

    /** {@code [salt][position: 8]}: what binds a record to its place in this file. */
    public byte[] associated(long position) {
        return ByteBuffer.allocate(SALT + 8).put(salt).putLong(position).array();
    }

    /** {@code [nonce: 12][ciphertext][tag: 16]} of {@code plain[offset, offset + length)}. */
    public byte[] seal(byte[] plain, int offset, int length, byte[] associated) {
        byte[] out = new byte[OVERHEAD + length];
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        System.arraycopy(nonce, 0, out, 0, NONCE);
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, fileKey, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(associated);
            cipher.doFinal(plain, offset, length, out, NONCE);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e, e);
        }
    }

    /**
     * The plaintext of {@code sealed[offset, offset + length)}.
     *
     * @param where the record, for the message
     * @throws AfisException {@link Reason#CORRUPT_STORE} if it fails its tag: altered, or not sealed at this place of this file
     */
    public byte[] open(byte[] sealed, int offset, int length, byte[] associated, String where) {
        if (length < OVERHEAD) {
            throw new AfisException(Reason.CORRUPT_STORE, where + " is shorter than a sealed record");
        }
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, fileKey, new GCMParameterSpec(TAG * 8, sealed, offset, NONCE));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, offset + NONCE, length - NONCE);
        } catch (AEADBadTagException e) {
            throw new AfisException(Reason.CORRUPT_STORE, where + " fails its authentication tag: altered, or moved from another place or file", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e, e);
        }
    }

    private static AtRestCipher derive(AtRestKey key, byte[] magic, byte[] salt) {
        byte[] input = ByteBuffer.allocate(DERIVATION.length + magic.length + salt.length).put(DERIVATION).put(magic).put(salt).array();
        return new AtRestCipher(magic, salt, hmac(key.secret(), input));
    }

    private static byte[] hmac(byte[] key, byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available: " + e, e);
        }
    }

    private static byte[] ascii(String magic) {
        byte[] bytes = magic.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length != 8) {
            throw new IllegalArgumentException("a file's magic has 8 characters: " + magic);
        }
        return bytes;
    }

    private static Cipher gcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e, e);
        }
    }
}
