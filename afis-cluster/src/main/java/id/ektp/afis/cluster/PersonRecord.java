package id.ektp.afis.cluster;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.template.FingerTemplate;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;

/**
 * A ten-print as bytes, as it travels between members and sits in the cluster's map: the finger count,
 * then per finger its ISO position, length and template in the engine's prepared form
 * ({@link FingerTemplate#toBytes}), so that a member loads it in microseconds and scores it exactly as
 * the gallery that enrolled it would.
 */
final class PersonRecord {

    private PersonRecord() {
    }

    static byte[] encode(TenPrint record) {
        Map<FingerPosition, FingerTemplate> fingers = record.fingers();
        if (fingers.isEmpty()) {
            throw new AfisException(Reason.EMPTY_TEN_PRINT, "a ten-print needs at least one finger");
        }
        EnumMap<FingerPosition, byte[]> serialized = new EnumMap<>(FingerPosition.class);
        int size = 1;
        for (Map.Entry<FingerPosition, FingerTemplate> finger : fingers.entrySet()) {
            byte[] bytes = finger.getValue().toBytes();
            serialized.put(finger.getKey(), bytes);
            size += 1 + 4 + bytes.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.put((byte) serialized.size());
        serialized.forEach((position, bytes) -> buffer.put((byte) position.isoCode()).putInt(bytes.length).put(bytes));
        return buffer.array();
    }

    static TenPrint decode(byte[] bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int count = buffer.get() & 0xff;
            EnumMap<FingerPosition, FingerTemplate> fingers = new EnumMap<>(FingerPosition.class);
            for (int i = 0; i < count; i++) {
                FingerPosition position = FingerPosition.ofIsoCode(buffer.get());
                byte[] template = new byte[buffer.getInt()];
                buffer.get(template);
                fingers.put(position, FingerTemplate.fromBytes(template));
            }
            if (buffer.hasRemaining()) {
                throw new AfisException(Reason.CORRUPT_STORE, "a person record has " + buffer.remaining() + " bytes after its fingers");
            }
            return TenPrint.of(fingers);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new AfisException(Reason.CORRUPT_STORE, "a person record is cut short or damaged: " + e, e);
        }
    }
}
