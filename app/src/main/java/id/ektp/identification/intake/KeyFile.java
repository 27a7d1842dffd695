package id.ektp.identification.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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

    private KeyFile() {
    }

    static byte[] read(Path file) {
        try {
            if (posix(file) && Files.getPosixFilePermissions(file).stream().anyMatch(READABLE_BY_OTHERS::contains)) {
                throw new IllegalStateException("key file " + file + " is readable by others; restrict it with: chmod 600 " + file);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("key file " + file + " cannot be read", e);
        }
    }

    static void write(Path file, byte[] secret) {
        writeText(file, Base64.getEncoder().encodeToString(secret) + "\n", true);
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
