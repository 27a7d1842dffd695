package id.ektp.afis.store;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.template.FingerTemplate;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Payload of one log record. Insert: op 1, UUID (16 bytes), finger count, then per finger its ISO
 * position (1 byte), length (4 bytes) and serialized template ({@link FingerTemplate#toBytes()}, the prepared
 * form; SourceAFIS's own form is read too). Delete: op 2, UUID.
 */
final class RecordCodec {

    static final byte INSERT = RecordLog.INSERT;
    static final byte DELETE = RecordLog.DELETE;

    private RecordCodec() {
    }

    static byte[] insert(UUID referenceId, TenPrint record) {
        EnumMap<FingerPosition, byte[]> serialized = new EnumMap<>(FingerPosition.class);
        for (Map.Entry<FingerPosition, FingerTemplate> finger : record.fingers().entrySet()) {
            serialized.put(finger.getKey(), finger.getValue().toBytes());
        }
        return insert(referenceId, serialized);
    }

    /** For templates already serialized by SourceAFIS (bulk loads from another store). */
    static byte[] insert(UUID referenceId, EnumMap<FingerPosition, byte[]> serialized) {
        if (serialized.isEmpty()) {
            throw new AfisException(Reason.EMPTY_TEN_PRINT, "a ten-print needs at least one finger");
        }
        int size = 1 + 16 + 1;
        for (byte[] bytes : serialized.values()) {
            size += 1 + 4 + bytes.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.put(INSERT).putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits());
        buffer.put((byte) serialized.size());
        serialized.forEach((position, bytes) -> buffer.put((byte) position.isoCode()).putInt(bytes.length).put(bytes));
        return buffer.array();
    }

    static byte[] delete(UUID referenceId) {
        return ByteBuffer.allocate(17).put(DELETE)
                .putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits()).array();
    }

    /** Deserializes the fingers of an insert record; the CPU-heavy part of a reload, run in parallel. */
    static TenPrint tenPrint(byte[] payload, long offset) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(payload, 17, payload.length - 17);
            int count = buffer.get() & 0xff;
            EnumMap<FingerPosition, FingerTemplate> fingers = new EnumMap<>(FingerPosition.class);
            for (int i = 0; i < count; i++) {
                FingerPosition position = FingerPosition.ofIsoCode(buffer.get());
                byte[] bytes = new byte[buffer.getInt()];
                buffer.get(bytes);
                fingers.put(position, FingerTemplate.fromBytes(bytes));
            }
            if (buffer.hasRemaining()) {
                throw new IllegalStateException(buffer.remaining() + " trailing bytes");
            }
            return TenPrint.of(fingers);
        } catch (RuntimeException e) {
            throw new AfisException(Reason.CORRUPT_STORE, "insert record at byte " + offset + " cannot be decoded: " + e, e);
        }
    }
}
