package id.ektp.afis.index;

import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.TenPrint;

/**
 * A probe prepared for the first stage: its finger codes split by rarity ({@link ProbeFinger}), and the
 * scan that scores one partition against it. Fused score: the sum of the per-finger similarities over
 * fingers present in both, divided by the square root of their number, so that persons with missing
 * fingers stay on the same scale (a sum of k unit-variance chance scores has standard deviation sqrt(k)).
 */
final class ProbeCodes {

    private final ProbeFinger[] fingers = new ProbeFinger[CodeTable.FINGERS];
    private final int mask;

    ProbeCodes(TenPrint probe) {
        int m = 0;
        for (var entry : probe.fingers().entrySet()) {
            int f = entry.getKey().isoCode() - 1;
            fingers[f] = new ProbeFinger(FingerCode.encode(StoredFinger.minutiaeOf(entry.getValue()), f), 0, f);
            m |= 1 << f;
        }
        this.mask = m;
    }

    static int maskOf(TenPrint print) {
        int m = 0;
        for (FingerPosition position : print.positions()) {
            m |= 1 << (position.isoCode() - 1);
        }
        return m;
    }

    /**
     * Scores slots [0, to) of one partition into the shortlist. Every finger of every person, in storage
     * order: a two-pass scan (pass one on the probe's six fullest fingers, the best 6 % on to the full
     * score) kept the mates but cost as much CPU as the full scan, because skipping fingers inside each
     * person's 1,280 bytes of codes breaks the sequential stream the scan lives on (README, "Fast 1:N").
     */
    void scan(CodeTable.Partition partition, int base, int to, Shortlist shortlist) {
        for (int i = 0; i < to; i++) {
            if (partition.alive[i] && (mask & partition.masks[i]) != 0) {
                shortlist.offer(base + i, score(partition, i));
            }
        }
    }

    /** Persons in [0, to) of one partition that the shortlist would rank above the target slot. */
    int countAbove(CodeTable.Partition partition, int base, int to, float targetScore, int targetSlot) {
        int above = 0;
        for (int i = 0; i < to; i++) {
            if (partition.alive[i] && (mask & partition.masks[i]) != 0 && base + i != targetSlot) {
                float score = score(partition, i);
                if (score > targetScore || (score == targetScore && base + i < targetSlot)) {
                    above++;
                }
            }
        }
        return above;
    }

    float score(CodeTable table, int slot) {
        return score(table.partitions()[slot / CodeTable.PARTITION], slot % CodeTable.PARTITION);
    }

    /**
     * The ISO position indexes of the fingers present in both probe and slot, best-agreeing codes first:
     * the order in which the second stage compares them.
     */
    int[] fingerOrder(CodeTable table, int slot) {
        CodeTable.Partition partition = table.partitions()[slot / CodeTable.PARTITION];
        int i = slot % CodeTable.PARTITION;
        int common = mask & partition.masks[i];
        int[] order = new int[Integer.bitCount(common)];
        float[] similarity = new float[order.length];
        int k = 0;
        for (int f = 0; f < CodeTable.FINGERS; f++) {
            if ((common & (1 << f)) != 0) {
                float s = similarity(partition, i, f);
                int p = k++;
                while (p > 0 && similarity[p - 1] < s) {
                    similarity[p] = similarity[p - 1];
                    order[p] = order[p - 1];
                    p--;
                }
                similarity[p] = s;
                order[p] = f;
            }
        }
        return order;
    }

    /** The fused first-stage score of one slot. */
    private float score(CodeTable.Partition partition, int i) {
        int common = mask & partition.masks[i];
        float sum = 0;
        int k = 0;
        for (int f = 0; f < CodeTable.FINGERS; f++) {
            if ((common & (1 << f)) != 0) {
                sum += similarity(partition, i, f);
                k++;
            }
        }
        return k == 0 ? Float.NEGATIVE_INFINITY : sum * INVERSE_ROOT[k];
    }

    private float similarity(CodeTable.Partition partition, int i, int f) {
        return fingers[f].similarity(partition.codes, i * CodeTable.CODE_LONGS + f * FingerCode.WORDS,
                partition.weights[i * CodeTable.FINGERS + f]);
    }

    private static final float[] INVERSE_ROOT = new float[CodeTable.FINGERS + 1];

    static {
        for (int k = 1; k <= CodeTable.FINGERS; k++) {
            INVERSE_ROOT[k] = (float) (1 / Math.sqrt(k));
        }
    }
}
