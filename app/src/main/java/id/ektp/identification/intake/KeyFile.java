package id.ektp.identification.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * A secret of central's on disk as one Base64 line, owner-only (0600), written whole or not at all (a
 * temporary file renamed), and refused when others may read it, as ssh refuses a private key.
 */
final class KeyFile {

    private static final Set<PosixFilePermission> READABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {
    }

    static byte[] read(Path file) {
        return Base64.getDecoder().decode(readText(file).trim());
    }

    private static String readText(Path file) {
        try {
            if (posix(file) && Files.getPosixFilePermissions(file).stream().anyMatch(READABLE_BY_OTHERS::contains)) {
                throw new IllegalStateException("key file " + file + " is readable by others; restrict it with: chmod 600 " + file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("key file " + file + " cannot be read", e);
        }
    }

    /** A private key as PEM (PKCS#8, {@code PRIVATE KEY}), the form {@code openssl} reads with {@code -inkey}. */
    static void writePrivateKey(Path file, java.security.PrivateKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        writeText(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n", true);
    }

    /** The PKCS#8 bytes of a private key written by {@link #writePrivateKey}. */
    static byte[] readPrivateKey(Path file) {
        String pem = readText(file);
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalStateException("key file " + file + " is not a PEM PKCS#8 private key");
        }
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    static void write(Path file, byte[] secret) {
        writeText(file, Base64.getEncoder().encodeToString(secret) + "\n", true);
    }

    /** A 256-bit secret kept in {@code file}: made from the system's random source on first use, then read back. */
    static byte[] secret256(Path file) {
        if (!Files.exists(file)) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            write(file, secret);
        }
        return read(file);
    }

    /** Writes {@code text} whole (temporary file, then an atomic rename); owner-only when {@code secret}. */
    static void writeText(Path file, String text, boolean secret) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = folder.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (secret && posix(file)) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("file " + file + " cannot be written", e);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
