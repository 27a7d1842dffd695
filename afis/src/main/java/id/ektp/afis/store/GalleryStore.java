package id.ektp.afis.store;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.TenPrint;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import java.util.zip.CRC32C;

/**
 * The gallery on disk: an append-only log of insert and delete records behind an 8-byte file header.
 * Each record is {@code [payload length: 4 bytes][CRC-32C of payload: 4 bytes][payload]} (payload in
 * {@link RecordCodec}). Appending never rewrites earlier bytes, so a crash can only damage the last
 * record; on open such a torn tail (header or payload cut short, or a bad checksum on the very last
 * record, or a zero-filled tail) is dropped and the file truncated to the last whole record. A bad
 * record followed by further records is real corruption and stops the load.
 *
 * <p>Templates are kept in the prepared form (edge table included, {@code PreparedTemplate}) and loaded on a reload, in parallel on
 * all cores; they are never re-extracted.
 */
public final class GalleryStore implements AutoCloseable {

    static final byte[] MAGIC = "EKTPGAL1".getBytes(StandardCharsets.US_ASCII);
    private static final int RECORD_HEADER = 8;
    private static final int MIN_PAYLOAD = 17;
    /** Ten templates of a few KB each; anything near this is not a record we wrote. */
    private static final int MAX_PAYLOAD = 16 << 20;
    private static final int BATCH = 2048;

    private final Path file;
    private FileChannel channel;
    private final boolean syncEachRecord;

    private GalleryStore(Path file, FileChannel channel, boolean syncEachRecord) {
        this.file = file;
        this.channel = channel;
        this.syncEachRecord = syncEachRecord;
    }

    /**
     * Opens (or creates) the store.
     *
     * @param syncEachRecord force every record to the disk before returning (what the central intake
     *                       wants); false for bulk loads, which call {@link #sync()} at the end
     */
    public static GalleryStore open(Path file, boolean syncEachRecord) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (channel.size() == 0) {
                channel.write(ByteBuffer.wrap(MAGIC));
                channel.force(true);
            }
            return new GalleryStore(file, channel, syncEachRecord);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot open gallery file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replays the log into an empty gallery, deserializing templates on all cores, drops a torn last
     * record and positions the store for appending.
     */
    public synchronized LoadReport loadInto(Gallery gallery) {
        long started = System.nanoTime();
        long inserts = 0;
        long deletes = 0;
        long goodEnd;
        long size;
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            size = channel.size();
            InputStream raw = Channels.newInputStream(channel.position(0));
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 20));
            checkMagic(in, size);
            long offset = MAGIC.length;
            List<Entry> batch = new ArrayList<>(BATCH);
            while (true) {
                Entry entry = readEntry(in, offset, size);
                if (entry == null) {
                    break;
                }
                batch.add(entry);
                offset = entry.end;
                if (batch.size() == BATCH) {
                    apply(batch, gallery, pool);
                    batch.clear();
                }
                if (entry.op == RecordCodec.INSERT) {
                    inserts++;
                } else {
                    deletes++;
                }
            }
            apply(batch, gallery, pool);
            goodEnd = offset;
            if (goodEnd < size) {
                channel.truncate(goodEnd);
                channel.force(true);
            }
            channel.position(goodEnd);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot read gallery file " + file + ": " + e.getMessage(), e);
        } finally {
            pool.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new LoadReport(gallery.count(), inserts, deletes, size - goodEnd, millis);
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
     * superseded by a delete, so that a reload does not deserialize templates that are gone. The new
     * log is written beside the old one, forced to disk and moved over it atomically: a crash during
     * compaction leaves the old, complete log.
     *
     * @return the file size before and after, in bytes
     */
    public synchronized long[] compact() {
        Path temporary = file.resolveSibling(file.getFileName() + ".compacting");
        try {
            long before = channel.size();
            java.util.LinkedHashMap<UUID, byte[]> live = new java.util.LinkedHashMap<>();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 20));
            checkMagic(in, before);
            long offset = MAGIC.length;
            for (Entry e = readEntry(in, offset, before); e != null; e = readEntry(in, offset, before)) {
                offset = e.end;
                if (e.op == RecordCodec.INSERT) {
                    live.put(e.referenceId, e.payload);
                } else {
                    live.remove(e.referenceId);
                }
            }
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(MAGIC));
                for (byte[] payload : live.values()) {
                    ByteBuffer record = frame(payload);
                    while (record.hasRemaining()) {
                        out.write(record);
                    }
                }
                out.force(true);
            }
            channel.close();
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            channel.position(channel.size());
            return new long[] {before, channel.size()};
        } catch (IOException e) {
            reopenAfterFailedCompaction(e);
            throw new AfisException(Reason.STORE_IO, "cannot compact gallery file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The old log is still complete (the rename either happened whole or not at all): keep appending to it. */
    private void reopenAfterFailedCompaction(IOException failure) {
        if (channel.isOpen()) {
            return;
        }
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            channel.position(channel.size());
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Makes the rename durable: on Linux a directory can be opened and forced like a file. */
    private void syncDirectory() {
        Path directory = file.toAbsolutePath().getParent();
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a directory; the rename is then as durable as the OS makes it.
        }
    }

    /** Forces appended records to the disk. */
    public synchronized void sync() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot sync gallery file " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            if (channel.isOpen()) {
                channel.force(false);
                channel.close();
            }
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot close gallery file " + file + ": " + e.getMessage(), e);
        }
    }

    private static ByteBuffer frame(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer buffer = ByteBuffer.allocate(RECORD_HEADER + payload.length);
        buffer.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        return buffer;
    }

    private void append(byte[] payload) {
        ByteBuffer buffer = frame(payload);
        try {
            long start = channel.size();
            channel.position(start);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (syncEachRecord) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot append to gallery file " + file + ": " + e.getMessage(), e);
        }
    }

    private void checkMagic(DataInputStream in, long size) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        if (size < MAGIC.length) {
            throw new AfisException(Reason.CORRUPT_STORE, file + " is " + size + " bytes, shorter than its header");
        }
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new AfisException(Reason.CORRUPT_STORE, file + " is not a gallery file (bad header)");
        }
    }

    /** The next whole record, or null at the end of the file or at a torn last record. */
    private Entry readEntry(DataInputStream in, long offset, long size) throws IOException {
        long remaining = size - offset;
        if (remaining == 0) {
            return null;
        }
        if (remaining < RECORD_HEADER) {
            return null; // header cut short
        }
        int length = in.readInt();
        int crc = in.readInt();
        if (length == 0 && crc == 0 && restIsZero(in, remaining - RECORD_HEADER)) {
            return null; // file extended by the crash but the record never written
        }
        if (length < MIN_PAYLOAD || length > MAX_PAYLOAD) {
            if (length > remaining - RECORD_HEADER) {
                return null; // most likely a length cut short; nothing follows it anyway
            }
            throw new AfisException(Reason.CORRUPT_STORE, "record at byte " + offset + " of " + file + " declares " + length + " bytes");
        }
        if (length > remaining - RECORD_HEADER) {
            return null; // payload cut short
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        CRC32C check = new CRC32C();
        check.update(payload);
        long end = offset + RECORD_HEADER + length;
        if ((int) check.getValue() != crc || (payload[0] != RecordCodec.INSERT && payload[0] != RecordCodec.DELETE)) {
            if (end == size) {
                return null; // torn last record
            }
            throw new AfisException(Reason.CORRUPT_STORE, "record at byte " + offset + " of " + file
                    + " fails its checksum and is followed by further records");
        }
        return new Entry(RecordCodec.op(payload), RecordCodec.referenceId(payload), payload, offset, end);
    }

    private static boolean restIsZero(DataInputStream in, long count) throws IOException {
        // Only called at a zero header; if anything non-zero follows, the caller reports corruption,
        // so consuming the stream here is harmless.
        for (long i = 0; i < count; i++) {
            if (in.read() != 0) {
                return false;
            }
        }
        return true;
    }

    private static void apply(List<Entry> batch, Gallery gallery, ForkJoinPool pool) {
        if (batch.isEmpty()) {
            return;
        }
        pool.submit(() -> batch.parallelStream()
                .filter(e -> e.op == RecordCodec.INSERT)
                .forEach(e -> e.tenPrint = RecordCodec.tenPrint(e.payload, e.offset))).join();
        // Replayed in log order: a delete followed by a re-insert of the same ID must end enrolled.
        for (Entry e : batch) {
            if (e.op == RecordCodec.INSERT) {
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

    private static final class Entry {
        final byte op;
        final UUID referenceId;
        final byte[] payload;
        final long offset;
        final long end;
        TenPrint tenPrint;

        Entry(byte op, UUID referenceId, byte[] payload, long offset, long end) {
            this.op = op;
            this.referenceId = referenceId;
            this.payload = payload;
            this.offset = offset;
            this.end = end;
        }
    }
}
