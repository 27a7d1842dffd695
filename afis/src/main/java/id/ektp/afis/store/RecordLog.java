package id.ektp.afis.store;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * The engine's one append-only log on disk, under both the {@link GalleryStore} and the fast gallery's
 * template file: an 8-byte file header naming the format, then records
 * {@code [payload length: 4][CRC-32C of payload: 4][payload]}, each payload starting with its kind
 * ({@link #INSERT} or {@link #DELETE}) and a reference ID (16 bytes); what follows is the owner's.
 *
 * <p>Appending never rewrites earlier bytes, so a crash can only damage the last record; {@link #replay}
 * drops such a torn tail (header or payload cut short, a bad checksum on the very last record, a
 * zero-filled tail) and truncates the file to the last whole record. A bad record followed by further
 * records is real corruption and stops the load. Appends collect in a write buffer until
 * {@link #flush} (a bulk load of a million persons would otherwise make a system call per record);
 * records are read back with positional reads, which are safe from many threads.
 *
 * <p>Sealed at rest when opened with an {@link AtRestKey}: the header is then {@link AtRestCipher#HEADER}
 * bytes ({@code EKTPSEAL}, the owner's magic, the file's salt and a key check) and each record's payload
 * is stored as {@code [nonce: 12][AES-256-GCM ciphertext][tag: 16]} bound to its offset and the file's
 * salt ({@link AtRestCipher}); the length and checksum frame the stored bytes, so a torn last record is
 * still told and dropped as before, and a record whose checksum holds but whose tag fails was altered
 * and stops the load. The payloads the owner appends and reads are the same in both forms.
 */
public final class RecordLog implements AutoCloseable {
    public static final byte INSERT = 1;
    public static final byte DELETE = 2;
    /** Where the first record starts: after the file header. */
    public static final long FIRST_RECORD = 8;
    private static final int RECORD_HEADER = 8;
    private static final int MIN_PAYLOAD = 17;
    /** Ten templates of a few KB each; anything near this is not a record we wrote. */
    private static final int MAX_PAYLOAD = 16 << 20;

    private final Path file;
    private final byte[] magic;
    private final String kind;
    /** Null when the file is in the clear. */
    private final AtRestKey key;
    /** Replaced by {@link #rewrite}, which seals the new file under a fresh salt. */
    private volatile AtRestCipher cipher;
    private final ByteBuffer writeBuffer = ByteBuffer.allocate(1 << 20);
    private FileChannel channel;
    /** Bytes on disk; appended bytes = flushed + buffered. */
    private volatile long flushed;

    private RecordLog(Path file, byte[] magic, String kind, AtRestKey key, AtRestCipher cipher, FileChannel channel, long size) {
        this.file = file;
        this.magic = magic;
        this.kind = kind;
        this.key = key;
        this.cipher = cipher;
        this.channel = channel;
        this.flushed = size;
    }

    /**
     * Opens (or creates) a log whose records are in the clear (measurements, and files written before
     * sealing); what holds biometric data in production is opened with {@link #open(Path, String, String, AtRestKey)}.
     *
     * @param magic the 8 ASCII characters that name the format in the file header
     * @param kind  what the file is, for messages ("gallery file")
     * @throws AfisException {@link Reason#CORRUPT_STORE} if the file exists with another header;
     *                       {@link Reason#WRONG_STORE_KEY} if it is sealed
     */
    public static RecordLog open(Path file, String magic, String kind) {
        return openWith(file, magic, kind, null);
    }

    /**
     * Opens (or creates) a log sealed at rest under {@code key}.
     *
     * @throws AfisException {@link Reason#WRONG_STORE_KEY} if the file was sealed under another key;
     *                       {@link Reason#STORE_NOT_SEALED} if it holds its records in the clear;
     *                       {@link Reason#CORRUPT_STORE} if it exists with another header
     */
    public static RecordLog open(Path file, String magic, String kind, AtRestKey key) {
        return openWith(file, magic, kind, Objects.requireNonNull(key, "key"));
    }

    private static RecordLog openWith(Path file, String magic, String kind, AtRestKey key) {
        byte[] header = magic.getBytes(StandardCharsets.US_ASCII);
        if (header.length != FIRST_RECORD) {
            throw new IllegalArgumentException("a log header has " + FIRST_RECORD + " characters: " + magic);
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long size = channel.size();
            AtRestCipher cipher = null;
            if (size == 0) {
                cipher = key == null ? null : AtRestCipher.create(key, magic);
                byte[] first = cipher == null ? header : cipher.header();
                writeFully(channel, ByteBuffer.wrap(first), 0);
                channel.force(true);
                size = first.length;
            } else {
                ByteBuffer found = ByteBuffer.allocate((int) Math.min(size, AtRestCipher.HEADER));
                while (found.hasRemaining() && channel.read(found, found.position()) >= 0) {
                    continue; // until the header is read whole
                }
                try {
                    cipher = checkHeader(found.array(), header, key, file + " (" + kind + ")");
                } catch (AfisException e) {
                    channel.close();
                    throw e;
                }
            }
            return new RecordLog(file, header, kind, key, cipher, channel, size);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot open " + kind + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** The sealing the header names, or null for a file in the clear; refuses what does not fit the key given. */
    private static AtRestCipher checkHeader(byte[] found, byte[] header, AtRestKey key, String what) {
        String magic = new String(header, StandardCharsets.US_ASCII);
        if (AtRestCipher.isSealed(found)) {
            if (key == null) {
                throw new AfisException(Reason.WRONG_STORE_KEY, what + " is sealed at rest and was opened without its key");
            }
            return AtRestCipher.fromHeader(key, magic, found, what);
        }
        if (found.length < header.length || !Arrays.equals(found, 0, header.length, header, 0, header.length)) {
            throw new AfisException(Reason.CORRUPT_STORE, what + " is not a " + magic + " file (bad header)");
        }
        if (key != null) {
            throw new AfisException(Reason.STORE_NOT_SEALED, what + " holds its records in the clear (written before the gallery was"
                    + " sealed at rest); it is not read as sealed");
        }
        return null;
    }

    /** Where the first record starts: after the file header ({@link #FIRST_RECORD} in the clear, longer sealed). */
    public long firstRecord() {
        return cipher == null ? FIRST_RECORD : AtRestCipher.HEADER;
    }

    /** The file's identity when sealed (its random salt, which a rewrite renews), else null. */
    public byte[] fileId() {
        AtRestCipher sealing = cipher;
        return sealing == null ? null : sealing.fileId();
    }

    /** The kind of a record's payload ({@link #INSERT}, {@link #DELETE}). */
    public static byte kind(byte[] payload) {
        return payload[0];
    }

    public static UUID referenceId(byte[] payload) {
        ByteBuffer buffer = ByteBuffer.wrap(payload, 1, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** Appends one record (to the write buffer) and returns its offset in the file. */
    public synchronized long append(byte[] payload) {
        int length = RECORD_HEADER + payload.length + overhead();
        if (writeBuffer.remaining() < length) {
            flush();
        }
        long offset = flushed + writeBuffer.position();
        if (length > writeBuffer.capacity()) {
            ByteBuffer big = frame(stored(payload, cipher, offset));
            write(big, offset);
            flushed = offset + length;
            return offset;
        }
        writeBuffer.put(frame(stored(payload, cipher, offset)));
        return offset;
    }

    private int overhead() {
        return cipher == null ? 0 : AtRestCipher.OVERHEAD;
    }

    /** The bytes a payload is stored as at {@code offset}: itself in the clear, else sealed to that place. */
    private static byte[] stored(byte[] payload, AtRestCipher cipher, long offset) {
        return cipher == null ? payload : cipher.seal(payload, 0, payload.length, cipher.associated(offset));
    }

    private byte[] payload(byte[] stored, AtRestCipher cipher, long offset) {
        return cipher == null ? stored
                : cipher.open(stored, 0, stored.length, cipher.associated(offset), "record at byte " + offset + " of " + file);
    }

    /** Hands buffered records to the operating system (they survive the process, not a power cut). */
    public synchronized void flush() {
        if (writeBuffer.position() == 0) {
            return;
        }
        writeBuffer.flip();
        long at = flushed;
        int length = writeBuffer.remaining();
        write(writeBuffer, at);
        writeBuffer.clear();
        flushed = at + length;
    }

    /** Forces appended records to the disk. */
    public synchronized void sync() {
        flush();
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot sync " + kind + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** Length of the log including buffered records. */
    public synchronized long length() {
        return flushed + writeBuffer.position();
    }

    /** The payload of the record at {@code offset} (an offset {@link #append} returned or replay visited). */
    public byte[] read(long offset) {
        if (offset + RECORD_HEADER > flushed) {
            flush();
        }
        try {
            AtRestCipher sealing = cipher;
            ByteBuffer head = ByteBuffer.allocate(RECORD_HEADER);
            readFully(head, offset);
            int length = head.getInt(0);
            if (length < MIN_PAYLOAD + overhead() || length > MAX_PAYLOAD) {
                throw new AfisException(Reason.CORRUPT_STORE, "record at byte " + offset + " of " + file + " declares " + length + " bytes");
            }
            ByteBuffer stored = ByteBuffer.allocate(length);
            readFully(stored, offset + RECORD_HEADER);
            return payload(stored.array(), sealing, offset);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot read " + file + " at " + offset + ": " + e.getMessage(), e);
        }
    }

    /** Receives the records of a replay in log order. */
    public interface Visitor {
        /** @param end where the next record starts */
        void record(long offset, long end, byte[] payload);
    }

    /** What a replay found: where the whole records end, and the torn bytes it cut off after them. */
    public record Replay(long end, long tornBytes) {
    }

    /**
     * Reads every record from {@code from} (a record boundary) to the end, in order, drops a torn tail
     * and positions the log for appending after the last whole record.
     *
     * @throws AfisException {@link Reason#CORRUPT_STORE} for damage that is not a torn tail
     */
    public synchronized Replay replay(long from, Visitor visitor) {
        flush();
        try {
            long size = channel.size();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel.position(from)), 1 << 20));
            long offset = from;
            for (byte[] stored = next(in, offset, size); stored != null; stored = next(in, offset, size)) {
                long end = offset + RECORD_HEADER + stored.length;
                visitor.record(offset, end, checkedPayload(stored, offset));
                offset = end;
            }
            if (offset < size) {
                channel.truncate(offset);
                channel.force(true);
            }
            flushed = offset;
            return new Replay(offset, size - offset);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot read " + kind + " " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the log by one holding only the given payloads (compaction). The new log is written beside
     * the old one, forced to disk and moved over it atomically: a crash leaves the old, complete log. A
     * sealed log is sealed again under a fresh salt: the new file is another file.
     */
    public synchronized void rewrite(Iterable<byte[]> payloads) {
        flush();
        Path temporary = file.resolveSibling(file.getFileName() + ".compacting");
        AtRestCipher next = key == null ? null : AtRestCipher.create(key, new String(magic, StandardCharsets.US_ASCII));
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                long at = writeFully(out, ByteBuffer.wrap(next == null ? magic : next.header()), 0);
                for (byte[] payload : payloads) {
                    at = writeFully(out, frame(stored(payload, next, at)), at);
                }
                out.force(true);
            }
            channel.close();
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            cipher = next;
            flushed = channel.size();
        } catch (IOException e) {
            reopenAfterFailedRewrite(e);
            throw new AfisException(Reason.STORE_IO, "cannot compact " + kind + " " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            if (channel.isOpen()) {
                flush();
                channel.force(false);
                channel.close();
            }
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot close " + kind + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** The payload of a record whose frame is whole: opened if sealed, its kind checked. */
    private byte[] checkedPayload(byte[] stored, long offset) {
        if (cipher == null) {
            return stored; // next() checked the kind with the checksum
        }
        byte[] payload = payload(stored, cipher, offset);
        if (payload.length < MIN_PAYLOAD || (payload[0] != INSERT && payload[0] != DELETE)) {
            throw new AfisException(Reason.CORRUPT_STORE, "record at byte " + offset + " of " + file + " is neither an insert nor a delete");
        }
        return payload;
    }

    /** The next whole record's stored bytes, or null at the end of the file or at a torn last record. */
    private byte[] next(DataInputStream in, long offset, long size) throws IOException {
        long remaining = size - offset;
        if (remaining < RECORD_HEADER) {
            return null; // the end, or a header cut short
        }
        int length = in.readInt();
        int crc = in.readInt();
        if (length == 0 && crc == 0 && restIsZero(in, remaining - RECORD_HEADER)) {
            return null; // file extended by the crash but the record never written
        }
        if (length < MIN_PAYLOAD + overhead() || length > MAX_PAYLOAD) {
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
        if ((int) check.getValue() != crc || (cipher == null && payload[0] != INSERT && payload[0] != DELETE)) {
            if (offset + RECORD_HEADER + length == size) {
                return null; // torn last record
            }
            throw new AfisException(Reason.CORRUPT_STORE, "record at byte " + offset + " of " + file
                    + " fails its checksum and is followed by further records");
        }
        return payload;
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

    private static ByteBuffer frame(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer buffer = ByteBuffer.allocate(RECORD_HEADER + payload.length);
        buffer.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        return buffer;
    }

    private void write(ByteBuffer buffer, long at) {
        try {
            writeFully(channel, buffer, at);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot append to " + kind + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static long writeFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        return position;
    }

    private void readFully(ByteBuffer buffer, long at) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new AfisException(Reason.CORRUPT_STORE, "unexpected end of " + file + " at " + position);
            }
            position += n;
        }
    }

    /** The old log is still complete (the rename either happened whole or not at all): keep appending to it. */
    private void reopenAfterFailedRewrite(IOException failure) {
        if (channel.isOpen()) {
            return;
        }
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            flushed = channel.size();
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
}
