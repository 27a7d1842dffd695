package id.ektp.accounts.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the audit key and the anchor live: where configured ({@code ektp.audit.key-file},
 * {@code ektp.audit.anchor-file}), otherwise beside the embedded database's data folder, and for a
 * throw-away database (the tests) in a throw-away folder of their own. The anchor defaults to the
 * key's folder because both must survive what the database does not: a restore, a rewrite.
 */
@Component
class AuditFiles {

    static final String KEY_FILE = "audit.key";
    static final String ANCHOR_FILE = "audit.anchor";

    private final Path keyFile;
    private final Path anchorFile;

    AuditFiles(@Value("${ektp.audit.key-file:}") String keyFile,
            @Value("${ektp.audit.anchor-file:}") String anchorFile,
            @Value("${ektp.embedded-postgres.data-dir:}") String dataDir) {
        this.keyFile = keyFile.isBlank() ? defaultFolder(dataDir).resolve(KEY_FILE) : Path.of(keyFile).toAbsolutePath();
        this.anchorFile = anchorFile.isBlank() ? this.keyFile.resolveSibling(ANCHOR_FILE) : Path.of(anchorFile).toAbsolutePath();
    }

    Path keyFile() {
        return keyFile;
    }

    Path anchorFile() {
        return anchorFile;
    }

    private static Path defaultFolder(String dataDir) {
        if (!dataDir.isBlank()) {
            Path parent = Path.of(dataDir).toAbsolutePath().getParent();
            return parent != null ? parent : Path.of(dataDir).toAbsolutePath();
        }
        try {
            Path temporary = Files.createTempDirectory("ektp-audit-");
            temporary.toFile().deleteOnExit();
            temporary.resolve(KEY_FILE).toFile().deleteOnExit();
            temporary.resolve(ANCHOR_FILE).toFile().deleteOnExit();
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the audit key of a throw-away database", e);
        }
    }
}
