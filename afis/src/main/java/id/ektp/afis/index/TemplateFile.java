package id.ektp.afis.index;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.store.AtRestKey;
import id.ektp.afis.store.RecordLog;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The full templates of the fast gallery, on disk: a {@link RecordLog} (header {@code EKTPTPL1}) whose
 * insert payload is {@code [1][reference ID: 16][finger mask: 2]} followed, for each finger in the mask,
 * by {@code [format: 1][length: 4][template bytes]}, and whose delete is {@code [2][reference ID: 16]}.
 *
 * <p>Sealed at rest when opened with a key ({@link RecordLog}): the payloads above are then stored
 * encrypted, each bound to its offset in this file.
 *
 * <p>Search never holds these templates in memory: the index keeps each person's record offset and
 * the shortlist's records are read back with positional reads.
 */
final class TemplateFile implements AutoCloseable {

    private static final String MAGIC = "EKTPTPL1";

    private final RecordLog log;

    private TemplateFile(RecordLog log) {
        this.log = log;
    }

    /** @param key the key the file is sealed under, or null for a file in the clear */
    static TemplateFile open(Path path, AtRestKey key) {
        String kind = "fast-gallery template file";
        return new TemplateFile(key == null ? RecordLog.open(path, MAGIC, kind) : RecordLog.open(path, MAGIC, kind, key));
    }

    /** Where the first record starts (the header is longer when sealed). */
    long firstRecord() {
        return log.firstRecord();
    }

    /** The file's identity when sealed, which the index snapshot is bound to; null in the clear. */
    byte[] fileId() {
        return log.fileId();
    }

    /** Appends an insert record and returns its offset. */
    long appendInsert(UUID referenceId, StoredFinger[] fingers) {
        int size = 1 + 16 + 2;
        int mask = 0;
        for (int f = 0; f < fingers.length; f++) {
            if (fingers[f] != null) {
                mask |= 1 << f;
                size += 5 + fingers[f].bytes().length;
            }
        }
        ByteBuffer payload = ByteBuffer.allocate(size);
        payload.put(RecordLog.INSERT).putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits());
        payload.putShort((short) mask);
        for (StoredFinger finger : fingers) {
            if (finger != null) {
                payload.put(finger.format()).putInt(finger.bytes().length).put(finger.bytes());
            }
        }
        return log.append(payload.array());
    }

    void appendDelete(UUID referenceId) {
        ByteBuffer payload = ByteBuffer.allocate(17);
        payload.put(RecordLog.DELETE).putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits());
        log.append(payload.array());
    }

    void flush() {
        log.flush();
    }

    /** Forces appended records to the disk. */
    void sync() {
        log.sync();
    }

    /** Length of the log including buffered records: the point a snapshot of the index covers. */
    long length() {
        return log.length();
    }

    /** The fingers of the insert record at {@code offset}, by ISO position index (0 = right thumb). */
    StoredFinger[] read(long offset) {
        return parseFingers(ByteBuffer.wrap(log.read(offset)), offset);
    }

    private static StoredFinger[] parseFingers(ByteBuffer payload, long offset) {
        if (payload.get() != RecordLog.INSERT) {
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
     * Reads every record from {@code from} to the end, in order; a torn tail is dropped and damage
     * followed by further records stops the load ({@link RecordLog#replay}).
     */
    void replay(long from, Visitor visitor) {
        log.replay(from, (offset, end, payload) -> {
            UUID id = RecordLog.referenceId(payload);
            if (RecordLog.kind(payload) == RecordLog.INSERT) {
                visitor.inserted(id, offset, parseFingers(ByteBuffer.wrap(payload), offset));
            } else {
                visitor.deleted(id);
            }
        });
    }

    Path path() {
        return log.file();
    }

    @Override
    public void close() {
        log.close();
    }
}
