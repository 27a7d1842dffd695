package id.ektp.afis.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A member's secret on disk (central's gallery key, the database password): one line, refused when others
 * may read it, as ssh refuses a private key and as central refuses its own key files.
 */
final class SecretFile {

    private static final Set<PosixFilePermission> READABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private SecretFile() {
    }

    /**
     * The file's text, trimmed.
     *
     * @throws IllegalStateException if others may read it or it is empty
     */
    static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " does not exist or is not a file");
        }
        checkOwnerOnly(file);
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            throw new IllegalStateException(file + " is empty");
        }
        return text;
    }

    static void checkOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")
                && Files.getPosixFilePermissions(file).stream().anyMatch(READABLE_BY_OTHERS::contains)) {
            throw new IllegalStateException(file + " is readable by others; restrict it with: chmod 600 " + file);
        }
    }
}
