package id.ektp.accounts.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The audit key on disk: one line, the Base64 of at least 256 random bits. Created owner-only (0600);
 * a key that anyone but its owner may read is refused, as ssh refuses such a private key, because
 * whoever reads it can rewrite the chain undetected.
 */
final class AuditKeyFile {

    private static final Set<PosixFilePermission> READABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private AuditKeyFile() {
    }

    /** @throws AuditKeyException with a message for the operator: missing, readable by others, unreadable, malformed */
    static AuditKey read(Path file) {
        if (!Files.exists(file)) {
            throw new AuditKeyException("audit key file " + file + " is missing");
        }
        refuseIfReadableByOthers(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new AuditKeyException("audit key file " + file + " cannot be read: " + e.getMessage());
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new AuditKeyException("audit key file " + file + " does not hold a Base64 key");
        }
        if (secret.length < AuditKey.MIN_BYTES) {
            throw new AuditKeyException("audit key file " + file + " holds " + secret.length * 8
                    + " bits; an audit key has at least " + AuditKey.MIN_BYTES * 8);
        }
        return new AuditKey(secret, file);
    }

    /** Writes a new random 256-bit key, owner-only; refuses to overwrite an existing file. */
    static AuditKey create(Path file) {
        byte[] secret = new byte[AuditKey.MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new AuditKeyException("audit key file " + file + " appeared while a new key was being created");
        } catch (IOException e) {
            throw new AuditKeyException("audit key file " + file + " cannot be created: " + e.getMessage());
        }
        return new AuditKey(secret, file);
    }

    private static void refuseIfReadableByOthers(Path file) {
        if (!posix(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(READABLE_BY_OTHERS::contains)) {
                throw new AuditKeyException("audit key file " + file + " is readable by users other than its owner ("
                        + PosixFilePermissions.toString(permissions) + "); restrict it with: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new AuditKeyException("audit key file " + file + " cannot be checked: " + e.getMessage());
        }
    }

    private static boolean posix(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path probe = Files.exists(file) ? file : dir != null && Files.exists(dir) ? dir : null;
        return probe == null
                ? file.getFileSystem().supportedFileAttributeViews().contains("posix")
                : Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null;
    }
}
