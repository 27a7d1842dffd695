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
    private final ByteBuffer writeBuffer = ByteBuffer.allocate(1 << 20);
    private FileChannel channel;
    /** Bytes on disk; appended bytes = flushed + buffered. */
    private volatile long flushed;

    private RecordLog(Path file, byte[] magic, String kind, FileChannel channel, long size) {
        this.file = file;
        this.magic = magic;
        this.kind = kind;
        this.channel = channel;
        this.flushed = size;
    }

    /**
     * Opens (or creates) a log.
     *
     * @param magic the 8 ASCII characters that name the format in the file header
     * @param kind  what the file is, for messages ("gallery file")
     * @throws AfisException {@link Reason#CORRUPT_STORE} if the file exists with another header
     */
    public static RecordLog open(Path file, String magic, String kind) {
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
            if (size == 0) {
                writeFully(channel, ByteBuffer.wrap(header), 0);
                channel.force(true);
                size = header.length;
            } else {
                ByteBuffer found = ByteBuffer.allocate(header.length);
                if (size >= header.length) {
                    channel.read(found, 0);
                }
                if (size < header.length || !Arrays.equals(found.array(), header)) {
                    channel.close();
                    throw new AfisException(Reason.CORRUPT_STORE, file + " is not a " + kind + " (bad header)");
                }
            }
            return new RecordLog(file, header, kind, channel, size);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot open " + kind + " " + file + ": " + e.getMessage(), e);
        }
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
        int length = RECORD_HEADER + payload.length;
        if (writeBuffer.remaining() < length) {
            flush();
        }
        long offset = flushed + writeBuffer.position();
        if (length > writeBuffer.capacity()) {
            ByteBuffer big = frame(payload);
            write(big, offset);
            flushed = offset + length;
            return offset;
        }
        writeBuffer.put(frame(payload));
        return offset;
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
            ByteBuffer head = ByteBuffer.allocate(RECORD_HEADER);
            readFully(head, offset);
            int length = head.getInt(0);
            if (length < MIN_PAYLOAD || length > MAX_PAYLOAD) {
                throw new AfisException(Reason.CORRUPT_STORE, "record at byte " + offset + " of " + file + " declares " + length + " bytes");
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            readFully(payload, offset + RECORD_HEADER);
            return payload.array();
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
            for (byte[] payload = next(in, offset, size); payload != null; payload = next(in, offset, size)) {
                long end = offset + RECORD_HEADER + payload.length;
                visitor.record(offset, end, payload);
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
     * the old one, forced to disk and moved over it atomically: a crash leaves the old, complete log.
     */
    public synchronized void rewrite(Iterable<byte[]> payloads) {
        flush();
        Path temporary = file.resolveSibling(file.getFileName() + ".compacting");
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                long at = writeFully(out, ByteBuffer.wrap(magic), 0);
                for (byte[] payload : payloads) {
                    at = writeFully(out, frame(payload), at);
                }
                out.force(true);
            }
            channel.close();
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
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

    /** The next whole record's payload, or null at the end of the file or at a torn last record. */
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
        if ((int) check.getValue() != crc || (payload[0] != INSERT && payload[0] != DELETE)) {
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
