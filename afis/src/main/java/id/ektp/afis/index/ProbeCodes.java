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

    /** Pass one of a large partition scores the probe's {@value} fullest fingers ... */
    static final int PASS_ONE_FINGERS = 6;
    /** ... and passes this share of the partition (at least the first stage's list) on to the full score. */
    static final double PASS_ONE_SHARE = 0.05;

    private final ProbeFinger[] fingers = new ProbeFinger[CodeTable.FINGERS];
    private final int mask;
    /** The fingers pass one scores: a subset of {@link #mask}. */
    private final int passOne;

    ProbeCodes(TenPrint probe) {
        int m = 0;
        for (var entry : probe.fingers().entrySet()) {
            int f = entry.getKey().isoCode() - 1;
            fingers[f] = new ProbeFinger(FingerCode.encode(StoredFinger.minutiaeOf(entry.getValue()), f), 0, f);
            m |= 1 << f;
        }
        this.mask = m;
        this.passOne = fullestFingers(PASS_ONE_FINGERS);
    }

    /** The fingers pass one scores, as ISO position bits (bit 0 = right thumb). */
    int passOneFingers() {
        return passOne;
    }

    private int fullestFingers(int count) {
        int chosen = 0;
        for (int n = 0; n < count; n++) {
            int best = -1;
            for (int f = 0; f < CodeTable.FINGERS; f++) {
                if ((mask & ~chosen & (1 << f)) != 0 && (best < 0 || fingers[f].bits > fingers[best].bits)) {
                    best = f;
                }
            }
            if (best < 0) {
                break;
            }
            chosen |= 1 << best;
        }
        return chosen;
    }

    static int maskOf(TenPrint print) {
        int m = 0;
        for (FingerPosition position : print.positions()) {
            m |= 1 << (position.isoCode() - 1);
        }
        return m;
    }

    /**
     * Scores slots [0, to) of one partition into the shortlist, finger by finger over the partition's
     * finger-major codes ({@link CodeTable#codeAt}). A partition much larger than the list is scanned in
     * two passes: pass one scores every person on the probe's {@value #PASS_ONE_FINGERS} fullest
     * fingers (the most set bits, the most evidence), pass two gives the full score to the best
     * {@value #PASS_ONE_SHARE} of them, and at least as many as the list holds (adding the other
     * fingers to the partial sum, so its score is the full score up to the order of the float
     * additions). Why: the scan of a million persons is most of a search's CPU, and six of ten fingers cost 0.62 of it; the mate's
     * partial score on six fingers fell out of the best 5 % for none of 250 probes at a million persons
     * that a one-pass scan listed within 1,000 (README, "Fast 1:N"). A person missing one of pass one's
     * fingers always goes on to pass two, so a ten-print with a missing finger is never dropped for it.
     */
    void scan(CodeTable.Partition partition, int base, int to, Shortlist shortlist) {
        scan(partition, base, to, shortlist, false);
    }

    /** As {@link #scan(CodeTable.Partition, int, int, Shortlist)}; {@code onePass} scores every finger of every person in one pass. */
    void scan(CodeTable.Partition partition, int base, int to, Shortlist shortlist, boolean onePass) {
        int keep = Math.max(shortlist.capacity(), (int) Math.ceil(PASS_ONE_SHARE * to));
        boolean twoPass = !onePass && passOne != mask && 2 * keep < to;
        float[] sum = new float[to];
        int scanned = twoPass ? passOne : mask;
        for (int f = 0; f < CodeTable.FINGERS; f++) {
            if ((scanned & (1 << f)) != 0) {
                addFinger(partition, f, sum);
            }
        }
        if (!twoPass) {
            // the same sum, in the same finger order, as score(): a one-pass list is exact
            for (int i = 0; i < to; i++) {
                int common = mask & partition.masks[i];
                if (partition.alive[i] && common != 0) {
                    shortlist.offer(base + i, fused(sum[i], common));
                }
            }
            return;
        }
        int scored = 0;
        for (int i = 0; i < to; i++) {
            int present = partition.masks[i];
            if (!partition.alive[i] || (mask & present) == 0) {
                sum[i] = Float.NaN;
            } else if ((present & passOne) != passOne) {
                sum[i] = Float.POSITIVE_INFINITY;
            } else {
                scored++;
            }
        }
        float bar = bar(sum, scored, keep);
        int[] passed = new int[to];
        int n = 0;
        for (int i = 0; i < to; i++) {
            if (sum[i] == Float.POSITIVE_INFINITY) {
                shortlist.offer(base + i, score(partition, i));
            } else if (sum[i] >= bar) {
                passed[n++] = i;
            }
        }
        // pass two adds the other fingers, again finger by finger, in slot order
        for (int f = 0; f < CodeTable.FINGERS; f++) {
            if ((mask & ~passOne & (1 << f)) != 0) {
                addFinger(partition, f, sum, passed, n);
            }
        }
        for (int j = 0; j < n; j++) {
            int i = passed[j];
            shortlist.offer(base + i, fused(sum[i], mask & partition.masks[i]));
        }
    }

    /** Adds finger f's similarity to the sums of the listed persons of the partition who have that finger. */
    private void addFinger(CodeTable.Partition partition, int f, float[] sum, int[] persons, int n) {
        for (int j = 0; j < n; j++) {
            int i = persons[j];
            if ((partition.masks[i] & (1 << f)) != 0) {
                sum[i] += similarity(partition, i, f);
            }
        }
    }

    /** Adds finger f's similarity to the sums of all persons of the partition who have that finger. */
    private void addFinger(CodeTable.Partition partition, int f, float[] sum) {
        for (int i = 0; i < sum.length; i++) {
            if ((partition.masks[i] & (1 << f)) != 0) {
                sum[i] += similarity(partition, i, f);
            }
        }
    }

    /**
     * About the {@code keep}-th best of the {@code scored} finite partial sums of the partition (the
     * persons passed anyway are not counted), from a sample of about 2,048 of them: exact selection is
     * not needed (a few persons more or fewer go to pass two), and sorting a sample costs microseconds
     * where sorting the partition would cost a millisecond.
     */
    private static float bar(float[] partial, int scored, int keep) {
        int stride = Math.max(1, scored / 2048);
        float[] sample = new float[(partial.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < partial.length; i += stride) {
            if (Float.isFinite(partial[i])) {
                sample[n++] = partial[i];
            }
        }
        if (n == 0 || keep >= scored) {
            return Float.NEGATIVE_INFINITY;
        }
        java.util.Arrays.sort(sample, 0, n);
        int fromTop = (int) ((long) keep * n / scored);
        return sample[Math.max(0, n - 1 - fromTop)];
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
        for (int f = 0; f < CodeTable.FINGERS; f++) {
            if ((common & (1 << f)) != 0) {
                sum += similarity(partition, i, f);
            }
        }
        return fused(sum, common);
    }

    /**
     * Fuses the summed similarities of the fingers in {@code common}: divided by the square root of
     * their number (see the class comment), or minus infinity when probe and person share no finger.
     */
    private static float fused(float sum, int common) {
        return common == 0 ? Float.NEGATIVE_INFINITY : sum * INVERSE_ROOT[Integer.bitCount(common)];
    }

    private float similarity(CodeTable.Partition partition, int i, int f) {
        return fingers[f].similarity(partition.codes, CodeTable.codeAt(i, f),
                partition.weights[i * CodeTable.FINGERS + f]);
    }

    private static final float[] INVERSE_ROOT = new float[CodeTable.FINGERS + 1];

    static {
        for (int k = 1; k <= CodeTable.FINGERS; k++) {
            INVERSE_ROOT[k] = (float) (1 / Math.sqrt(k));
        }
    }
}
