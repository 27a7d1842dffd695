package id.ektp.identification.uniqueness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pipeline's settings: where the gallery lives ({@code ektp.gallery.dir}, default {@code gallery/} beside
 * the embedded database's data folder, a throw-away folder for a throw-away database), how many records are
 * worked at once, and the retry rule (a failing stage waits {@code first-retry}, then twice as long each time,
 * and is parked after {@code max-attempts}).
 */
@Component
class PipelineSettings {

    private final Path galleryDir;
    private final int workers;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration lease;
    private final int maxCandidates;

    PipelineSettings(@Value("${ektp.gallery.dir:}") String galleryDir,
            @Value("${ektp.embedded-postgres.data-dir:}") String dataDir,
            @Value("${ektp.uniqueness.workers:2}") int workers,
            @Value("${ektp.uniqueness.max-attempts:5}") int maxAttempts,
            @Value("${ektp.uniqueness.first-retry:PT2S}") Duration firstRetry,
            @Value("${ektp.uniqueness.lease:PT10M}") Duration lease,
            @Value("${ektp.uniqueness.max-candidates:10}") int maxCandidates) {
        this.galleryDir = !galleryDir.isBlank() ? Path.of(galleryDir).toAbsolutePath() : defaultFolder(dataDir);
        if (workers < 1 || maxAttempts < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("ektp.uniqueness.workers, max-attempts and max-candidates must be at least 1");
        }
        this.workers = workers;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.lease = lease;
        this.maxCandidates = maxCandidates;
    }

    Path galleryDir() {
        return galleryDir;
    }

    int workers() {
        return workers;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The wait before attempt {@code attempt + 1}: doubling from the first retry, at most an hour. */
    Duration backoff(int attempt) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }

    /** How long a worker holds a record it claimed; only a stalled worker's claim ever runs out. */
    Duration lease() {
        return lease;
    }

    int maxCandidates() {
        return maxCandidates;
    }

    private static Path defaultFolder(String dataDir) {
        if (!dataDir.isBlank()) {
            Path data = Path.of(dataDir).toAbsolutePath();
            return (data.getParent() != null ? data.getParent() : data).resolve("gallery");
        }
        try {
            Path temporary = Files.createTempDirectory("ektp-gallery-");
            temporary.toFile().deleteOnExit();
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the gallery of a throw-away database", e);
        }
    }
}
