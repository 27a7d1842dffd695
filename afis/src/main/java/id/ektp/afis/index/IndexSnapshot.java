package id.ektp.afis.index;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.store.AtRestCipher;
import id.ektp.afis.store.AtRestKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ByteChannel;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The code table on disk, so that a restart of a million-person gallery reads 1.3 GB of arrays instead
 * of re-encoding ten million fingers. Raw little-endian arrays behind a header that records how much
 * of the template file the snapshot covers; written to a temporary file and moved into place, so a
 * crash during the write leaves the previous snapshot. A snapshot that claims more of the template file
 * than exists (the log was truncated after a torn write) is ignored and the log replayed in full.
 *
 * <p>When the template file is sealed at rest the snapshot is too ({@link SealedChunks}, bound to that
 * template file): the codes are derived from the minutiae and as personal as the templates. A snapshot
 * in the clear beside a sealed template file is refused ({@link Reason#STORE_NOT_SEALED}), never read.
 */
final class IndexSnapshot {

    static final String FILE = "index.snapshot";
    /**
     * "EKTPIDX5": version 4 has 15-degree bearing bins and bits stored in the background model's rarity
     * order; version 5 the same codes stored finger-major ({@link CodeTable#codeAt}), so a version-4
     * snapshot is read and rearranged; a snapshot of any other version is re-encoded from the template
     * file, never misread.
     */
    private static final long MAGIC = 0x454b5450494458_35L;
    private static final long PERSON_MAJOR_MAGIC = 0x454b5450494458_34L;
    private static final int CHUNK = 8 << 20;

    private IndexSnapshot() {
    }

    /** @param key the template file's key, or null when it is in the clear */
    static void write(Path directory, CodeTable table, TemplateFile templates, AtRestKey key) {
        long covered = templates.length();
        Path target = directory.resolve(FILE);
        Path temporary = directory.resolve(FILE + ".tmp");
        int size = table.size();
        CodeTable.Partition[] partitions = table.partitions();
        try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            SealedChunks sealed = key == null ? null : SealedChunks.create(file, key, templates.fileId(), temporary.toString());
            ByteChannel out = sealed == null ? file : sealed;
            ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            buffer.putLong(MAGIC).putLong(covered).putInt(size).putInt(FingerCode.WORDS);
            for (int p = 0; p * CodeTable.PARTITION < size; p++) {
                CodeTable.Partition partition = partitions[p];
                int n = Math.min(CodeTable.PARTITION, size - p * CodeTable.PARTITION);
                Chunks chunks = new Chunks(out, buffer);
                for (int f = 0; f < CodeTable.FINGERS; f++) {
                    chunks.longs(partition.codes, CodeTable.codeAt(0, f), n * FingerCode.WORDS);
                }
                chunks.floats(partition.weights, n * CodeTable.FINGERS);
                chunks.shorts(partition.masks, n);
                chunks.longs(partition.idHigh, n);
                chunks.longs(partition.idLow, n);
                chunks.longs(partition.offsets, n);
                chunks.booleans(partition.alive, n);
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            if (sealed != null) {
                sealed.finish();
            }
            file.force(true);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot write index snapshot " + temporary + ": " + e, e);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot replace index snapshot " + target + ": " + e, e);
        }
    }

    /**
     * Fills the table from the snapshot; returns the template-file offset from which to replay.
     *
     * @param key the template file's key, or null when it is in the clear
     */
    static long read(Path directory, CodeTable table, TemplateFile templates, AtRestKey key) {
        Path file = directory.resolve(FILE);
        long templateLength = templates.length();
        if (!Files.exists(file)) {
            return templates.firstRecord();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteChannel in = sealedOrClear(channel, file, templates, key);
            if (in == null) {
                return templates.firstRecord(); // the snapshot of another template file: re-encode this one
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            Chunks chunks = new Chunks(in, buffer);
            buffer.limit(0);
            chunks.need(24);
            long magic = buffer.getLong();
            boolean personMajor = magic == PERSON_MAJOR_MAGIC;
            if (magic >>> 8 == MAGIC >>> 8 && magic != MAGIC && !personMajor) {
                // a snapshot of another code version: its codes mean something else, rebuild from the template file
                return templates.firstRecord();
            }
            if (magic != MAGIC && !personMajor) {
                throw new AfisException(Reason.CORRUPT_STORE, file + " is not an index snapshot");
            }
            long covered = buffer.getLong();
            int size = buffer.getInt();
            int words = buffer.getInt();
            if (words != FingerCode.WORDS || covered > templateLength || size < 0) {
                // another code layout, or a log shortened since: rebuild from the template file
                return templates.firstRecord();
            }
            int count = (size + CodeTable.PARTITION - 1) / CodeTable.PARTITION;
            CodeTable.Partition[] partitions = new CodeTable.Partition[count];
            for (int p = 0; p < count; p++) {
                CodeTable.Partition partition = new CodeTable.Partition();
                int n = Math.min(CodeTable.PARTITION, size - p * CodeTable.PARTITION);
                if (personMajor) {
                    long[] person = new long[n * CodeTable.CODE_LONGS];
                    chunks.readLongs(person, 0, person.length);
                    for (int i = 0; i < n; i++) {
                        for (int f = 0; f < CodeTable.FINGERS; f++) {
                            System.arraycopy(person, i * CodeTable.CODE_LONGS + f * FingerCode.WORDS, partition.codes,
                                    CodeTable.codeAt(i, f), FingerCode.WORDS);
                        }
                    }
                } else {
                    for (int f = 0; f < CodeTable.FINGERS; f++) {
                        chunks.readLongs(partition.codes, CodeTable.codeAt(0, f), n * FingerCode.WORDS);
                    }
                }
                chunks.readFloats(partition.weights, n * CodeTable.FINGERS);
                chunks.readShorts(partition.masks, n);
                chunks.readLongs(partition.idHigh, n);
                chunks.readLongs(partition.idLow, n);
                chunks.readLongs(partition.offsets, n);
                chunks.readBooleans(partition.alive, n);
                partitions[p] = partition;
            }
            table.restore(partitions, size);
            return covered;
        } catch (IOException e) {
            throw new AfisException(Reason.STORE_IO, "cannot read index snapshot " + file + ": " + e, e);
        }
    }

    /** The snapshot's bytes: the file itself in the clear, its opened chunks when sealed; null if bound to another template file. */
    private static ByteChannel sealedOrClear(FileChannel channel, Path file, TemplateFile templates, AtRestKey key) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(8);
        while (head.hasRemaining() && channel.read(head, head.position()) >= 0) {
            continue; // until the magic is read whole
        }
        boolean sealed = AtRestCipher.isSealed(head.array());
        if (sealed && key == null) {
            throw new AfisException(Reason.WRONG_STORE_KEY, file + " is sealed at rest and was opened without its key");
        }
        if (!sealed && key != null) {
            throw new AfisException(Reason.STORE_NOT_SEALED, file + " holds the finger codes in the clear beside a sealed template file;"
                    + " it is not read");
        }
        return sealed ? SealedChunks.open(channel, key, templates.fileId(), file.toString()) : channel;
    }

    /** Moves primitive arrays through one direct buffer in chunks. */
    private static final class Chunks {
        private final ByteChannel channel;
        private final ByteBuffer buffer;

        Chunks(ByteChannel channel, ByteBuffer buffer) {
            this.channel = channel;
            this.buffer = buffer;
        }

        void longs(long[] values, int n) throws IOException {
            longs(values, 0, n);
        }

        /** Writes values[from, from + n). */
        void longs(long[] values, int from, int n) throws IOException {
            for (int i = 0; i < n; ) {
                room(8);
                int k = Math.min(n - i, buffer.remaining() / 8);
                buffer.asLongBuffer().put(values, from + i, k);
                buffer.position(buffer.position() + k * 8);
                i += k;
            }
        }

        void shorts(short[] values, int n) throws IOException {
            for (int i = 0; i < n; ) {
                room(2);
                int k = Math.min(n - i, buffer.remaining() / 2);
                buffer.asShortBuffer().put(values, i, k);
                buffer.position(buffer.position() + k * 2);
                i += k;
            }
        }

        void floats(float[] values, int n) throws IOException {
            for (int i = 0; i < n; ) {
                room(4);
                int k = Math.min(n - i, buffer.remaining() / 4);
                buffer.asFloatBuffer().put(values, i, k);
                buffer.position(buffer.position() + k * 4);
                i += k;
            }
        }

        void booleans(boolean[] values, int n) throws IOException {
            for (int i = 0; i < n; i++) {
                room(1);
                buffer.put((byte) (values[i] ? 1 : 0));
            }
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                buffer.clear();
            }
        }

        /** Makes at least {@code bytes} readable (reading mode). */
        void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                if (channel.read(buffer) < 0) {
                    throw new AfisException(Reason.CORRUPT_STORE, "index snapshot ends early");
                }
            }
            buffer.flip();
        }

        void readLongs(long[] values, int n) throws IOException {
            readLongs(values, 0, n);
        }

        /** Reads into values[from, from + n). */
        void readLongs(long[] values, int from, int n) throws IOException {
            for (int i = 0; i < n; ) {
                need(8);
                int k = Math.min(n - i, buffer.remaining() / 8);
                buffer.asLongBuffer().get(values, from + i, k);
                buffer.position(buffer.position() + k * 8);
                i += k;
            }
        }

        void readShorts(short[] values, int n) throws IOException {
            for (int i = 0; i < n; ) {
                need(2);
                int k = Math.min(n - i, buffer.remaining() / 2);
                buffer.asShortBuffer().get(values, i, k);
                buffer.position(buffer.position() + k * 2);
                i += k;
            }
        }

        void readFloats(float[] values, int n) throws IOException {
            for (int i = 0; i < n; ) {
                need(4);
                int k = Math.min(n - i, buffer.remaining() / 4);
                buffer.asFloatBuffer().get(values, i, k);
                buffer.position(buffer.position() + k * 4);
                i += k;
            }
        }

        void readBooleans(boolean[] values, int n) throws IOException {
            for (int i = 0; i < n; i++) {
                need(1);
                values[i] = buffer.get() != 0;
            }
        }
    }
}
