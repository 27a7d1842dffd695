package id.ektp.accounts.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The chain's head kept outside the database, so that deleting the last entries, or rewriting the
 * chain from some point, shows against it. Handed each committed head, it writes the latest one MAC'd
 * with the audit key (so that it cannot be forged), atomically (a temporary file, fsync, rename), and
 * never backwards.
 *
 * <p>The write runs on a thread of its own so that an audited request does not wait for an fsync
 * (one costs several times a whole append on a busy disk), and at most once per {@link #MIN_INTERVAL}
 * so that a burst of appends costs a few fsyncs, not one each. The price: the file trails the last
 * commit by up to that interval and the write in progress, and a crash (the folder is not fsynced
 * either) can leave it that many entries behind; verification accepts a chain ahead of its anchor, because those entries are still checked
 * by their keyed links, and reports how far ahead it is.
 */
@Component
class AuditAnchor {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);
    private static final String FORMAT = "ektp-audit-anchor 1";
    private static final String PURPOSE = "ektp-audit-anchor-v1";
    /** At most one fsync per interval, whatever the append rate; an append after a quiet spell is written at once. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(20);

    private final Path file;
    private final AuditKeys keys;
    private final Object writeLock = new Object();
    private final AtomicReference<AuditHead> latestCommitted = new AtomicReference<>(AuditHead.EMPTY);
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "audit-anchor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastWriteNanos = System.nanoTime() - MIN_INTERVAL.toNanos();
    private volatile AnchoredHead written;

    @Autowired
    AuditAnchor(AuditFiles files, AuditKeys keys) {
        this(files.anchorFile(), keys);
    }

    AuditAnchor(Path file, AuditKeys keys) {
        this.file = file;
        this.keys = keys;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /**
     * The anchored head, checked against the key, or empty when there is no anchor file.
     *
     * @throws AuditKeyException when the file is not a well-formed anchor or its MAC does not match the key
     */
    Optional<AnchoredHead> read(AuditKey key) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        try {
            var lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
                throw new AuditKeyException("audit anchor file " + file + " is not an audit anchor");
            }
            for (String line : lines.subList(1, lines.size())) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    fields.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        } catch (IOException e) {
            throw new AuditKeyException("audit anchor file " + file + " cannot be read: " + e.getMessage());
        }
        AnchoredHead head;
        try {
            head = new AnchoredHead(Long.parseLong(fields.get("seq")), require(fields, "link"),
                    Long.parseLong(fields.get("keyed-from")));
        } catch (NumberFormatException e) {
            throw new AuditKeyException("audit anchor file " + file + " is damaged");
        }
        String mac = require(fields, "mac");
        if (!MessageDigest.isEqual(mac(key, head).getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII))) {
            throw new AuditKeyException("audit anchor file " + file + " does not match the audit key (forged, or written with another key)");
        }
        return Optional.of(head);
    }

    /** The head the anchor file stands at, or null before anchoring started. */
    AnchoredHead anchored() {
        return written;
    }

    /** Starts anchoring from this head: the one read at start-up, or the first anchor of a new key. */
    void startFrom(AnchoredHead head, boolean writeNow) {
        synchronized (writeLock) {
            if (writeNow) {
                write(keys.require(), head);
            }
            written = head;
        }
    }

    /**
     * Hands over a committed head. The write happens on the anchor's own thread, which always takes
     * the latest head handed over: a commit never waits for an fsync, and commits that arrive during
     * one write share the next.
     */
    void advance(AuditHead head) {
        latestCommitted.accumulateAndGet(head, (a, b) -> a.seq() >= b.seq() ? a : b);
        if (writeScheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, lastWriteNanos + MIN_INTERVAL.toNanos() - System.nanoTime());
            writer.schedule(this::writeLatest, wait, TimeUnit.NANOSECONDS);
        }
    }

    /** Waits (up to the timeout) until the heads handed over so far are in the file. */
    void awaitWritten(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (writeLock) {
            while (written != null && written.seq() < latestCommitted.get().seq()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(writeLock, left);
            }
        }
    }

    /** On a clean stop, the last committed head is in the file. */
    @PreDestroy
    void close() throws InterruptedException {
        awaitWritten(Duration.ofSeconds(5));
        writer.shutdown();
    }

    private void writeLatest() {
        // Cleared before reading the head: a head handed over from now on schedules another write.
        writeScheduled.set(false);
        AuditHead latest = latestCommitted.get();
        synchronized (writeLock) {
            if (written == null) {
                log.warn("audit anchor not started; entry {} is not anchored", latest.seq());
                return;
            }
            if (written.seq() >= latest.seq()) {
                return;
            }
            AnchoredHead next = written.advancedTo(latest);
            try {
                write(keys.require(), next);
                written = next;
                lastWriteNanos = System.nanoTime();
            } catch (RuntimeException e) {
                // The entries are committed: the anchor stays behind, which verification reports as entries not yet anchored.
                log.error("audit anchor {} not advanced to entry {}: {}", file, latest.seq(), e.getMessage());
            } finally {
                writeLock.notifyAll();
            }
        }
    }

    private void write(AuditKey key, AnchoredHead head) {
        String text = FORMAT + "\n"
                + "seq " + head.seq() + "\n"
                + "link " + head.link() + "\n"
                + "keyed-from " + head.keyedFrom() + "\n"
                + "key-id " + key.id() + "\n"
                + "mac " + mac(key, head) + "\n";
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AuditKeyException("audit anchor file " + file + " cannot be written: " + e.getMessage());
        }
    }

    private static String mac(AuditKey key, AnchoredHead head) {
        return AuditChain.keyedDigest(key, PURPOSE, Long.toString(head.seq()), head.link(), Long.toString(head.keyedFrom()));
    }

    private String require(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new AuditKeyException("audit anchor file " + file + " is damaged (no " + name + ")");
        }
        return value;
    }
}
