package id.ektp.enrollment.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the signing CA's key and the key-encryption key live: where configured
 * ({@code ektp.signing.dir}), otherwise in {@code signing/} beside the embedded database's data folder,
 * and for a throw-away database (the tests) in a throw-away folder. Outside the database for the same
 * reason as the audit key: whoever copies the database must not be able to sign summons.
 */
@Component
public class SigningFiles {

    private final Path folder;

    SigningFiles(@Value("${ektp.signing.dir:}") String configured, @Value("${ektp.embedded-postgres.data-dir:}") String dataDir) {
        this.folder = !configured.isBlank() ? Path.of(configured).toAbsolutePath() : defaultFolder(dataDir);
    }

    /** Another secret of the service point kept beside the signing keys (the document scans' key). */
    public Path secret(String fileName) {
        return folder.resolve(fileName);
    }

    Path caKey() {
        return folder.resolve("summons-ca.key");
    }

    Path caCertificate() {
        return folder.resolve("summons-ca.crt");
    }

    Path keyEncryptionKey() {
        return folder.resolve("camat-keys.kek");
    }

    private static Path defaultFolder(String dataDir) {
        if (!dataDir.isBlank()) {
            Path data = Path.of(dataDir).toAbsolutePath();
            return (data.getParent() != null ? data.getParent() : data).resolve("signing");
        }
        try {
            Path temporary = Files.createTempDirectory("ektp-signing-");
            temporary.toFile().deleteOnExit();
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the signing CA of a throw-away database", e);
        }
    }
}
