package id.ektp.afis.index;

/**
 * The best {@code capacity} slots by first-stage score, kept in a primitive min-heap (the scan of a
 * million persons must not allocate per person). One per scan task; merged at the end. Equal scores
 * are ordered by reference ID, not by slot: a slot is where a person happens to sit in this gallery,
 * so a tie broken by it would list other persons in a gallery split over machines ({@code afis-cluster},
 * whose merge orders by score and reference ID too) or filled in another order.
 */
final class Shortlist {

    private final int capacity;
    private final CodeTable table;
    private final float[] scores;
    private final int[] slots;
    private int size;

    Shortlist(int capacity, CodeTable table) {
        this.capacity = capacity;
        this.table = table;
        this.scores = new float[capacity];
        this.slots = new int[capacity];
    }

    int capacity() {
        return capacity;
    }

    /** The score a newcomer must beat once the list is full. */
    float floor() {
        return size < capacity ? Float.NEGATIVE_INFINITY : scores[0];
    }

    void offer(int slot, float score) {
        if (size < capacity) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(score, slot, scores[parent], slots[parent])) {
                    break;
                }
                scores[i] = scores[parent];
                slots[i] = slots[parent];
                i = parent;
            }
            scores[i] = score;
            slots[i] = slot;
        } else if (less(scores[0], slots[0], score, slot)) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(scores[child + 1], slots[child + 1], scores[child], slots[child])) {
                    child++;
                }
                if (!less(scores[child], slots[child], score, slot)) {
                    break;
                }
                scores[i] = scores[child];
                slots[i] = slots[child];
                i = child;
            }
            scores[i] = score;
            slots[i] = slot;
        }
    }

    void addAll(Shortlist other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.slots[i], other.scores[i]);
        }
    }

    int size() {
        return size;
    }

    /** The slots, best first (ties by reference ID, so the order is the same in every gallery). */
    int[] ranked() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> less(scores[a], slots[a], scores[b], slots[b]) ? 1 : -1);
        int[] ranked = new int[size];
        for (int i = 0; i < size; i++) {
            ranked[i] = slots[order[i]];
        }
        return ranked;
    }

    /** Worse-than order: lower score, or equal score and higher reference ID (ties are rare: the IDs are read only then). */
    private boolean less(float scoreA, int slotA, float scoreB, int slotB) {
        return scoreA < scoreB || (scoreA == scoreB && slotA != slotB && table.referenceId(slotA).compareTo(table.referenceId(slotB)) > 0);
    }
}
