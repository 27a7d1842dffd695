package id.ektp.platform.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a process keeps a folder of files outside the database (keys, certificates): where configured,
 * otherwise beside the embedded database's data folder, and for a throw-away database (the tests) in
 * one throw-away folder per process, so that the two sides of an embedded process find the same one.
 */
@Component
public class DataFolders {

    private final String dataDir;
    private Path throwAway;

    DataFolders(@Value("${ektp.embedded-postgres.data-dir:}") String dataDir) {
        this.dataDir = dataDir;
    }

    /** {@code configured} when set, otherwise the folder {@code name} beside the data folder. */
    public synchronized Path folder(String configured, String name) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        if (!dataDir.isBlank()) {
            Path data = Path.of(dataDir).toAbsolutePath();
            return (data.getParent() != null ? data.getParent() : data).resolve(name);
        }
        try {
            if (throwAway == null) {
                throwAway = Files.createTempDirectory("ektp-files-");
                throwAway.toFile().deleteOnExit();
            }
            return throwAway.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the files of a throw-away database", e);
        }
    }
}
