package id.ektp.afis.index;

import id.ektp.afis.gallery.TenPrint;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a {@link FastGallery}'s first stage puts a known person for a probe. The lab measures recall
 * against penetration with it and the tests pin the scan with it; a search never needs it, which is
 * why it sits beside the gallery rather than in it. It reads the gallery and changes nothing.
 */
public final class FirstStageRanks {
    private final FastGallery gallery;

    public FirstStageRanks(FastGallery gallery) {
        this.gallery = Objects.requireNonNull(gallery, "gallery");
    }

    /**
     * The person's rank by finger codes for this probe (0 = first): how many enrolled persons score
     * above it over the whole gallery, however long the list; -1 if the person is not enrolled.
     */
    public int rankOf(TenPrint probe, UUID referenceId) {
        Integer target = gallery.slotOf(referenceId);
        return target == null ? -1 : gallery.countAbove(new ProbeCodes(probe), target);
    }

    /**
     * The person's position in the first stage's list of {@code size} for this probe (0 = first), -1 if
     * not within it: which stage lost a mate, when a search misses it.
     */
    public int listPositionOf(TenPrint probe, UUID referenceId, int size) {
        Integer target = gallery.slotOf(referenceId);
        int[] listed = gallery.shortlist(new ProbeCodes(probe), size);
        for (int i = 0; target != null && i < listed.length; i++) {
            if (listed[i] == target) {
                return i;
            }
        }
        return -1;
    }
}
