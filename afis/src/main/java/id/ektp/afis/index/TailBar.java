package id.ektp.afis.index;

/**
 * The screened tail's first look ({@link FastGallery.Plan#BARRED_TAIL}): a person after the shortlist is
 * screened on its best-agreeing finger only if that finger's code similarity (the first stage's own
 * per-finger score, {@link ProbeCodes#similarity}) reaches {@link #BAR}; below it the person is dropped
 * without reading its templates or running SourceAFIS.
 */
final class TailBar {

    /** The lowest best-finger code similarity a tail person needs to be screened (chosen from measurement, README "Issue 16"). */
    static final float BAR = 1.0f;

    private TailBar() {
    }

    /** Whether the tail person at {@code slot}, its fingers in {@code fingerOrder} (best-agreeing first), is screened. */
    static boolean screens(ProbeCodes codes, CodeTable table, int slot, int[] fingerOrder) {
        return fingerOrder.length > 0 && screens(codes.similarity(table, slot, fingerOrder[0]), BAR);
    }

    static boolean screens(float bestSimilarity, float bar) {
        return bestSimilarity >= bar;
    }
}
