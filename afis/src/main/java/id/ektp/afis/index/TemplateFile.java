package id.ektp.afis.index;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * The full templates of the fast gallery, on disk: an append-only log of insert and delete records
 * behind an 8-byte header. Each record is {@code [payload length: 4][CRC-32C of payload: 4][payload]};
 * an insert payload is {@code [1][reference ID: 16][finger mask: 2]} followed, for each finger in the
 * mask, by {@code [format: 1][length: 4][template bytes]}; a delete is {@code [2][reference ID: 16]}.
 *
 * <p>Search never holds these templates in memory: the index keeps each person's record offset and
 * the shortlist's records are read back with positional reads, which are safe from many threads.
 * Appends go through a write buffer (a bulk load of a million persons would otherwise make a system
 * call per record); a read of a record still in the buffer flushes it first. A crash can only tear the
 * last record, which {@link #replay} drops and truncates, as the core's gallery store does.
 */
final class TemplateFile implements AutoCloseable {

    private static final byte[] MAGIC = "EKTPTPL1".getBytes(StandardCharsets.US_ASCII);
    static final long FIRST_RECORD = MAGIC.length;
    private static final byte INSERT = 1;
    private static final byte DELETE = 2;
    private static final int MAX_PAYLOAD = 4 << 20;

    private final Path path;
    private final FileChannel channel;
    private final ByteBuffer writeBuffer = ByteBuffer.allocate(1 << 20);
    /** Bytes on disk (flushed); appended bytes = flushed + buffered. */
    private volatile long flushed;

    private TemplateFile(Path path, FileChannel channel, long size) {
        this.path = path;
        this.channel = channel;
        this.flushed = size;
    }

    static TemplateFile open(Path path) {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long size = channel.size();
            if (size == 0) {
                channel.write(ByteBuffer.wrap(MAGIC), 0);
                size = MAGIC.length;
            } else {
                ByteBuffer header = ByteBuffer.allocate(MAGIC.length);
                channel.read(header, 0);
                if (size < MAGIC.length || !Arrays.equals(header.array(), MAGIC)) {
                    channel.close();
                    throw new AfisException(Reason.CORRUPT_STORE, path + " is not a fast-gallery template file");
                }
            }
            return new TemplateFile(path, channel, size);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot open template file " + path + ": " + e, e);
        }
    }

    /** Appends an insert record and returns its offset. */
    synchronized long appendInsert(UUID referenceId, StoredFinger[] fingers) {
        int size = 1 + 16 + 2;
        int mask = 0;
        for (int f = 0; f < fingers.length; f++) {
            if (fingers[f] != null) {
                mask |= 1 << f;
                size += 5 + fingers[f].bytes().length;
            }
        }
        ByteBuffer payload = ByteBuffer.allocate(size);
        payload.put(INSERT).putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits());
        payload.putShort((short) mask);
        for (StoredFinger finger : fingers) {
            if (finger != null) {
                payload.put(finger.format()).putInt(finger.bytes().length).put(finger.bytes());
            }
        }
        return append(payload.array());
    }

    synchronized void appendDelete(UUID referenceId) {
        ByteBuffer payload = ByteBuffer.allocate(17);
        payload.put(DELETE).putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits());
        append(payload.array());
    }

    private long append(byte[] payload) {
        int length = 8 + payload.length;
        if (writeBuffer.remaining() < length) {
            flush();
        }
        long offset = flushed + writeBuffer.position();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        if (length > writeBuffer.capacity()) {
            ByteBuffer big = ByteBuffer.allocate(length);
            big.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
            writeFully(big, offset);
            flushed = offset + length;
            return offset;
        }
        writeBuffer.putInt(payload.length).putInt((int) crc.getValue()).put(payload);
        return offset;
    }

    synchronized void flush() {
        if (writeBuffer.position() == 0) {
            return;
        }
        writeBuffer.flip();
        long at = flushed;
        int length = writeBuffer.remaining();
        writeFully(writeBuffer, at);
        writeBuffer.clear();
        flushed = at + length;
    }

    /** Forces appended records to the disk. */
    synchronized void sync() {
        flush();
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot sync " + path + ": " + e, e);
        }
    }

    /** Length of the log including buffered records: the point a snapshot of the index covers. */
    synchronized long length() {
        return flushed + writeBuffer.position();
    }

    /** The fingers of the insert record at {@code offset}, by ISO position index (0 = right thumb). */
    StoredFinger[] read(long offset) {
        if (offset + 8 > flushed) {
            flush();
        }
        try {
            ByteBuffer head = ByteBuffer.allocate(8);
            readFully(head, offset);
            int length = head.getInt(0);
            if (length < 19 || length > MAX_PAYLOAD) {
                throw new AfisException(Reason.CORRUPT_STORE, "record at " + offset + " of " + path + " has length " + length);
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            readFully(payload, offset + 8);
            return parseFingers(payload.flip(), offset);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot read " + path + " at " + offset + ": " + e, e);
        }
    }

    private StoredFinger[] parseFingers(ByteBuffer payload, long offset) {
        if (payload.get() != INSERT) {
            throw new AfisException(Reason.CORRUPT_STORE, "record at " + offset + " is not an insert");
        }
        payload.position(17);
        int mask = payload.getShort() & 0xffff;
        StoredFinger[] fingers = new StoredFinger[10];
        for (int f = 0; f < 10; f++) {
            if ((mask & (1 << f)) != 0) {
                byte format = payload.get();
                byte[] bytes = new byte[payload.getInt()];
                payload.get(bytes);
                fingers[f] = new StoredFinger(format, bytes);
            }
        }
        return fingers;
    }

    interface Visitor {
        void inserted(UUID referenceId, long offset, StoredFinger[] fingers);

        void deleted(UUID referenceId);
    }

    /**
     * Reads every record from {@code from} to the end, in order. A torn last record (cut short, or a bad
     * checksum with nothing after it) is dropped and the file truncated; damage followed by further
     * records is corruption and stops the load.
     */
    synchronized void replay(long from, Visitor visitor) {
        flush();
        try {
            long end = channel.size();
            long at = from;
            ByteBuffer head = ByteBuffer.allocate(8);
            while (at < end) {
                head.clear();
                if (end - at < 8) {
                    truncate(at);
                    return;
                }
                readFully(head, at);
                int length = head.getInt(0);
                int crc = head.getInt(4);
                if (length == 0 || (length >= 17 && length <= MAX_PAYLOAD && at + 8 + length > end)) {
                    // a zero-filled or cut-off tail: the append that a crash interrupted
                    truncate(at);
                    return;
                }
                if (length < 17 || length > MAX_PAYLOAD) {
                    throw new AfisException(Reason.CORRUPT_STORE, "bad record length " + length + " at " + at + " of " + path);
                }
                ByteBuffer payload = ByteBuffer.allocate(length);
                readFully(payload, at + 8);
                CRC32C check = new CRC32C();
                check.update(payload.array());
                if ((int) check.getValue() != crc) {
                    if (at + 8 + length == end) {
                        truncate(at);
                        return;
                    }
                    throw new AfisException(Reason.CORRUPT_STORE, "checksum mismatch at " + at + " of " + path);
                }
                payload.flip();
                UUID id = new UUID(payload.getLong(1), payload.getLong(9));
                if (payload.get(0) == INSERT) {
                    visitor.inserted(id, at, parseFingers(payload, at));
                } else if (payload.get(0) == DELETE) {
                    visitor.deleted(id);
                } else {
                    throw new AfisException(Reason.CORRUPT_STORE, "unknown record kind " + payload.get(0) + " at " + at);
                }
                at += 8 + length;
            }
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot read " + path + ": " + e, e);
        }
    }

    private void truncate(long at) throws IOException {
        channel.truncate(at);
        channel.force(true);
        flushed = at;
    }

    private void writeFully(ByteBuffer buffer, long at) {
        try {
            long position = at;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot write " + path + ": " + e, e);
        }
    }

    private void readFully(ByteBuffer buffer, long at) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new AfisException(Reason.CORRUPT_STORE, "unexpected end of " + path + " at " + position);
            }
            position += n;
        }
    }

    Path path() {
        return path;
    }

    @Override
    public synchronized void close() {
        try {
            flush();
            channel.force(false);
            channel.close();
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot close " + path + ": " + e, e);
        }
    }

    static boolean exists(Path path) {
        return Files.exists(path);
    }
}
