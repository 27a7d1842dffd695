package id.ektp.enrollment.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * A secret (signing keys, the document scans' key, the capture's biometric key) kept on disk as one Base64
 * line, owner-only (0600); refused when others may read it, as ssh does.
 */
public final class SecretFile {

    private static final Set<PosixFilePermission> READABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private SecretFile() {
    }

    public static boolean exists(Path file) {
        return Files.exists(file);
    }

    public static byte[] read(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    && Files.getPosixFilePermissions(file).stream().anyMatch(READABLE_BY_OTHERS::contains)) {
                throw new IllegalStateException("secret " + file + " is readable by others; restrict it with: chmod 600 " + file);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("secret " + file + " cannot be read", e);
        }
    }

    public static void create(Path file, byte[] secret) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("secret " + file + " cannot be created", e);
        }
    }
}
