package id.ektp.afis.store;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.TenPrint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;

/**
 * The gallery on disk: a {@link RecordLog} (header {@code EKTPGAL1}) of insert and delete records, the
 * payloads in {@link RecordCodec}. A crash can only damage the last record, which a load drops.
 *
 * <p>Templates are kept in the prepared form (edge table included, {@code PreparedTemplate}) and loaded on a reload, in parallel on
 * all cores; they are never re-extracted.
 */
public final class GalleryStore implements AutoCloseable {

    static final byte[] MAGIC = "EKTPGAL1".getBytes(StandardCharsets.US_ASCII);
    private static final int BATCH = 2048;

    private final RecordLog log;
    private final boolean syncEachRecord;

    private GalleryStore(RecordLog log, boolean syncEachRecord) {
        this.log = log;
        this.syncEachRecord = syncEachRecord;
    }

    /**
     * Opens (or creates) the store.
     *
     * @param syncEachRecord force every record to the disk before returning (what the central intake
     *                       wants); false for bulk loads, which call {@link #sync()} at the end
     */
    public static GalleryStore open(Path file, boolean syncEachRecord) {
        return new GalleryStore(RecordLog.open(file, new String(MAGIC, StandardCharsets.US_ASCII), "gallery file"), syncEachRecord);
    }

    /**
     * Opens (or creates) the store sealed at rest under {@code key} (see {@link RecordLog}).
     *
     * @throws AfisException {@link Reason#WRONG_STORE_KEY} for another key, {@link Reason#STORE_NOT_SEALED} for a file in the clear
     */
    public static GalleryStore open(Path file, boolean syncEachRecord, AtRestKey key) {
        return new GalleryStore(RecordLog.open(file, new String(MAGIC, StandardCharsets.US_ASCII), "gallery file", key), syncEachRecord);
    }

    /**
     * Replays the log into an empty gallery, deserializing templates on all cores, drops a torn last
     * record and positions the store for appending.
     */
    public synchronized LoadReport loadInto(Gallery gallery) {
        long started = System.nanoTime();
        long[] counts = new long[2];
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        RecordLog.Replay replay;
        try {
            List<Entry> batch = new ArrayList<>(BATCH);
            replay = log.replay(log.firstRecord(), (offset, end, payload) -> {
                Entry entry = new Entry(RecordLog.kind(payload), RecordLog.referenceId(payload), payload, offset);
                batch.add(entry);
                counts[entry.op == RecordLog.INSERT ? 0 : 1]++;
                if (batch.size() == BATCH) {
                    apply(batch, gallery, pool);
                    batch.clear();
                }
            });
            apply(batch, gallery, pool);
        } finally {
            pool.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new LoadReport(gallery.count(), counts[0], counts[1], replay.tornBytes(), millis);
    }

    public synchronized void appendInsert(UUID referenceId, TenPrint record) {
        append(RecordCodec.insert(referenceId, record));
    }

    /**
     * Appends a person whose templates are already in SourceAFIS's serialized form, without
     * deserializing them (bulk migration from another store, and the reload measurement).
     */
    public synchronized void appendSerializedInsert(UUID referenceId, EnumMap<FingerPosition, byte[]> templates) {
        append(RecordCodec.insert(referenceId, templates));
    }

    public synchronized void appendDelete(UUID referenceId) {
        append(RecordCodec.delete(referenceId));
    }

    /**
     * Rewrites the log with only the persons enrolled now, dropping deleted persons and records
     * superseded by a delete, so that a reload does not deserialize templates that are gone; a crash
     * during compaction leaves the old, complete log ({@link RecordLog#rewrite}).
     *
     * @return the file size before and after, in bytes
     */
    public synchronized long[] compact() {
        long before = log.length();
        LinkedHashMap<UUID, byte[]> live = new LinkedHashMap<>();
        log.replay(log.firstRecord(), (offset, end, payload) -> {
            if (RecordLog.kind(payload) == RecordLog.INSERT) {
                live.put(RecordLog.referenceId(payload), payload);
            } else {
                live.remove(RecordLog.referenceId(payload));
            }
        });
        log.rewrite(live.values());
        return new long[] {before, log.length()};
    }

    /** Forces appended records to the disk. */
    public synchronized void sync() {
        log.sync();
    }

    public Path file() {
        return log.file();
    }

    @Override
    public synchronized void close() {
        log.close();
    }

    /** Every record reaches the operating system at once (a process crash loses nothing), the disk if asked. */
    private void append(byte[] payload) {
        log.append(payload);
        if (syncEachRecord) {
            log.sync();
        } else {
            log.flush();
        }
    }

    private static void apply(List<Entry> batch, Gallery gallery, ForkJoinPool pool) {
        if (batch.isEmpty()) {
            return;
        }
        pool.submit(() -> batch.parallelStream()
                .filter(e -> e.op == RecordLog.INSERT)
                .forEach(e -> e.tenPrint = RecordCodec.tenPrint(e.payload, e.offset))).join();
        // Replayed in log order: a delete followed by a re-insert of the same ID must end enrolled.
        for (Entry e : batch) {
            if (e.op == RecordLog.INSERT) {
                if (gallery.contains(e.referenceId)) {
                    throw new AfisException(Reason.CORRUPT_STORE, "reference ID " + e.referenceId
                            + " inserted twice without a delete (record at byte " + e.offset + ")");
                }
                gallery.insert(e.referenceId, e.tenPrint);
            } else {
                gallery.delete(e.referenceId);
            }
        }
    }

    /** A replayed record; the insert's ten-print is decoded in parallel before the batch is applied. */
    private static final class Entry {
        final byte op;
        final UUID referenceId;
        final byte[] payload;
        final long offset;
        TenPrint tenPrint;

        Entry(byte op, UUID referenceId, byte[] payload, long offset) {
            this.op = op;
            this.referenceId = referenceId;
            this.payload = payload;
            this.offset = offset;
        }
    }
}
