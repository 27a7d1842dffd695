package id.ektp.afis.index;

import java.util.Arrays;
import java.util.UUID;

/**
 * What the search keeps in memory for every enrolled person, in primitive arrays cut into partitions
 * of {@value #PARTITION} persons (so that the table grows without copying and the scan splits across
 * cores by partition): the ten finger codes (1,280 bytes), their effective weights ({@link BackgroundModel}), which fingers are present,
 * the reference ID, whether the person is still enrolled, and where the full templates are in the
 * template file. About 1.35 KB a person, against 2 KB allowed.
 *
 * <p>One writer at a time appends (the gallery's insert lock); searches read concurrently. A slot is
 * filled completely before {@link #size} is raised past it, and {@code size} is volatile, so a search
 * sees a person either whole or not at all.
 */
final class CodeTable {

    static final int PARTITION = 1 << 14;
    static final int FINGERS = 10;
    static final int CODE_LONGS = FINGERS * FingerCode.WORDS;

    /**
     * Codes are stored finger-major: all persons' right thumbs, then all index fingers, and so on. Why:
     * the scan's first pass reads six of the ten fingers, and reading six whole arrays streams from
     * memory where picking six fingers out of each person's 1,280 bytes does not (measured: six fingers
     * picked from person-major codes cost more than all ten; six finger-major arrays cost 0.62 of ten).
     */
    static int codeAt(int i, int finger) {
        return (finger * PARTITION + i) * FingerCode.WORDS;
    }

    static final class Partition {
        final long[] codes = new long[PARTITION * CODE_LONGS];
        final float[] weights = new float[PARTITION * FINGERS];
        final short[] masks = new short[PARTITION];
        final long[] idHigh = new long[PARTITION];
        final long[] idLow = new long[PARTITION];
        final long[] offsets = new long[PARTITION];
        final boolean[] alive = new boolean[PARTITION];
    }

    private volatile Partition[] partitions = new Partition[0];
    private volatile int size;

    int size() {
        return size;
    }

    Partition[] partitions() {
        return partitions;
    }

    /** Appends a person; the caller holds the writer lock. Returns the slot. */
    int append(UUID referenceId, long offset, int mask, long[] codes, float[] weights) {
        int slot = size;
        int p = slot / PARTITION;
        Partition[] current = partitions;
        if (p == current.length) {
            current = Arrays.copyOf(current, p + 1);
            current[p] = new Partition();
            partitions = current;
        }
        Partition partition = current[p];
        int i = slot % PARTITION;
        for (int f = 0; f < FINGERS; f++) {
            System.arraycopy(codes, f * FingerCode.WORDS, partition.codes, codeAt(i, f), FingerCode.WORDS);
        }
        System.arraycopy(weights, 0, partition.weights, i * FINGERS, FINGERS);
        partition.masks[i] = (short) mask;
        partition.idHigh[i] = referenceId.getMostSignificantBits();
        partition.idLow[i] = referenceId.getLeastSignificantBits();
        partition.offsets[i] = offset;
        partition.alive[i] = true;
        size = slot + 1;
        return slot;
    }

    void kill(int slot) {
        partitions[slot / PARTITION].alive[slot % PARTITION] = false;
    }

    boolean alive(int slot) {
        return partitions[slot / PARTITION].alive[slot % PARTITION];
    }

    UUID referenceId(int slot) {
        Partition partition = partitions[slot / PARTITION];
        return new UUID(partition.idHigh[slot % PARTITION], partition.idLow[slot % PARTITION]);
    }

    long offset(int slot) {
        return partitions[slot / PARTITION].offsets[slot % PARTITION];
    }

    /** Bytes held per slot, for the memory figure of the benchmark. */
    static long bytesPerSlot() {
        return CODE_LONGS * 8L + FINGERS * 4L + 2 + 8 + 8 + 8 + 1;
    }

    /** Restores a table read from a snapshot (see {@link IndexSnapshot}). */
    void restore(Partition[] restored, int restoredSize) {
        partitions = restored;
        size = restoredSize;
    }
}
