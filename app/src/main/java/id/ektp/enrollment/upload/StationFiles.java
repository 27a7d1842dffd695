package id.ektp.enrollment.upload;

import id.ektp.platform.startup.DataFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the station keeps its key and certificates: {@code ektp.station.dir}, by default {@code station/}
 * beside the embedded database's data folder. The private key is owner-only and outside the database: a
 * copy of the database cannot sign packets as this station.
 */
@Component
@OnServicePoint
class StationFiles {

    private static final Set<PosixFilePermission> READABLE_BY_OTHERS =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private final Path folder;

    StationFiles(DataFolders folders, @Value("${ektp.station.dir:}") String configured) {
        this.folder = folders.folder(configured, "station");
    }

    Path folder() {
        return folder;
    }

    /** The station's private key (PKCS#8, PEM), owner-only; written last, so that its presence means the rest is there. */
    Path key() {
        return folder.resolve("station.key");
    }

    Path certificate() {
        return folder.resolve("station.crt");
    }

    /** Central's encryption certificate: packets are encrypted for it. */
    Path centralCertificate() {
        return folder.resolve("central.crt");
    }

    Path stationCaCertificate() {
        return folder.resolve("station-ca.crt");
    }

    /** The embedded process only: the one-time code its own central left for it. */
    Path localEnrolmentCode() {
        return folder.resolve("enrolment.code");
    }

    static String read(Path file, boolean secret) {
        try {
            if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    && Files.getPosixFilePermissions(file).stream().anyMatch(READABLE_BY_OTHERS::contains)) {
                throw new IllegalStateException("station key " + file + " is readable by others; restrict it with: chmod 600 " + file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("station file " + file + " cannot be read", e);
        }
    }

    /** Writes {@code text} whole (a temporary file renamed); owner-only when {@code secret}. */
    static void write(Path file, String text, boolean secret) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = dir.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("station file " + file + " cannot be written", e);
        }
    }
}
