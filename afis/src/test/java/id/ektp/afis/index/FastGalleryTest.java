package id.ektp.afis.index;

import static id.ektp.afis.AfisAssertions.assertFailsWith;
import static id.ektp.afis.index.FvcPersons.id;
import static id.ektp.afis.index.FvcPersons.tenPrint;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.SearchScope;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.gallery.Verification;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast gallery keeps the brute-force gallery's contract: the same persons enrolled in both (FVC
 * chimeric persons 0..7, impression 1) give the same candidates, scores and decisions, whenever the
 * shortlist covers the gallery; and the same answers to list searches, verify, delete and bad calls.
 */
class FastGalleryTest {

    private static final int ENROLLED = 8;

    @TempDir
    Path directory;
    private FastGallery fast;
    private BruteForceGallery brute;

    @BeforeEach
    void enrol() {
        fast = FastGallery.open(directory, MatchPolicy.DEFAULT, new FastGallery.Options(50, 2));
        brute = new BruteForceGallery();
        for (int p = 0; p < ENROLLED; p++) {
            fast.insert(id(p), tenPrint(p, 1));
            brute.insert(id(p), tenPrint(p, 1));
        }
    }

    @AfterEach
    void close() {
        fast.close();
        brute.close();
    }

    @Test
    void identifyGivesTheBruteForceAnswer() {
        for (int p = 0; p < 10; p++) {
            TenPrint probe = tenPrint(p, 3);
            Identification expected = brute.identify(probe, 5);
            Identification actual = fast.identify(probe, 5);

            assertThat(actual).as("person %d", p).isEqualTo(expected);
            assertThat(actual.searched()).isEqualTo(ENROLLED);
        }
        assertThat(fast.identify(tenPrint(2, 5), 5).candidates().get(0).decision()).isEqualTo(Decision.DUPLICATE);
    }

    @Test
    void identifyWithinAListSearchesOnlyTheListedPersons() {
        SearchScope scope = SearchScope.of(List.of(id(1), id(4), id(9), id(4)));
        Identification actual = fast.identify(tenPrint(4, 2), scope, 10);

        assertThat(actual).isEqualTo(brute.identify(tenPrint(4, 2), scope, 10));
        assertThat(actual.searched()).isEqualTo(2);
        assertThat(actual.candidates()).extracting(Candidate::referenceId).containsExactly(id(4), id(1));
    }

    @Test
    void verifyGivesTheBruteForceAnswer() {
        Verification mated = fast.verify(id(6), tenPrint(6, 4));
        Verification nonMated = fast.verify(id(6), tenPrint(5, 4));

        assertThat(mated).isEqualTo(brute.verify(id(6), tenPrint(6, 4)));
        assertThat(mated.match()).isTrue();
        assertThat(nonMated).isEqualTo(brute.verify(id(6), tenPrint(5, 4)));
        assertThat(nonMated.match()).isFalse();
        assertFailsWith(() -> fast.verify(id(9), tenPrint(9, 1)), Reason.UNKNOWN_REFERENCE_ID);
    }

    @Test
    void aDeletedPersonIsNoLongerFound() {
        assertThat(fast.delete(id(3))).isTrue();
        assertThat(fast.delete(id(3))).isFalse();

        assertThat(fast.count()).isEqualTo(ENROLLED - 1);
        assertThat(fast.contains(id(3))).isFalse();
        assertThat(fast.identify(tenPrint(3, 2), 10).candidates()).extracting(Candidate::referenceId).doesNotContain(id(3));
        assertThat(fast.identify(tenPrint(3, 2), 10).decision()).isEqualTo(Decision.NO_MATCH);
        assertFailsWith(() -> fast.verify(id(3), tenPrint(3, 2)), Reason.UNKNOWN_REFERENCE_ID);
    }

    @Test
    void aPersonIsEnrolledOnceAndARefusedInsertStoresNothing() {
        assertFailsWith(() -> fast.insert(id(2), tenPrint(2, 2)), Reason.DUPLICATE_REFERENCE_ID);
        byte[] cut = java.util.Arrays.copyOf(id.ektp.afis.Fvc2002.isoTemplate(id.ektp.afis.Fvc2002.Set.DB1_B, 101, 1), 20);
        assertFailsWith(() -> fast.insertIso(UUID.randomUUID(), java.util.Map.of(FingerPosition.RIGHT_THUMB, cut)),
                Reason.TRUNCATED_TEMPLATE);
        assertThat(fast.count()).isEqualTo(ENROLLED);
    }

    @Test
    void aPersonWithMissingFingersIsSearchedWithTheFingersPresent() {
        UUID amputee = UUID.randomUUID();
        TenPrint twoFingers = TenPrint.builder()
                .finger(FingerPosition.RIGHT_THUMB, tenPrint(8, 1).finger(FingerPosition.RIGHT_THUMB).orElseThrow())
                .finger(FingerPosition.LEFT_INDEX, tenPrint(8, 1).finger(FingerPosition.LEFT_INDEX).orElseThrow())
                .build();
        fast.insert(amputee, twoFingers);
        brute.insert(amputee, twoFingers);

        Identification result = fast.identify(tenPrint(8, 2), 3);

        assertThat(result).isEqualTo(brute.identify(tenPrint(8, 2), 3));
        assertThat(result.candidates().get(0).referenceId()).isEqualTo(amputee);
        assertThat(result.candidates().get(0).fingerScores()).containsOnlyKeys(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_INDEX);
    }

    @Test
    void aClosedGalleryRefusesWork() {
        Gallery closed = fast;
        closed.close();
        assertFailsWith(() -> closed.identify(tenPrint(1, 2), 1), Reason.CLOSED);
        assertFailsWith(() -> closed.insert(UUID.randomUUID(), tenPrint(1, 2)), Reason.CLOSED);
    }
}
