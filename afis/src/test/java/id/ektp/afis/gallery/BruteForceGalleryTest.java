package id.ektp.afis.gallery;

import static id.ektp.afis.AfisAssertions.assertFailsWith;
import static id.ektp.afis.gallery.ChimericPersons.fingers;
import static id.ektp.afis.gallery.ChimericPersons.id;
import static id.ektp.afis.gallery.ChimericPersons.tenPrint;
import static id.ektp.afis.gallery.FingerPosition.LEFT_INDEX;
import static id.ektp.afis.gallery.FingerPosition.LEFT_THUMB;
import static id.ektp.afis.gallery.FingerPosition.RIGHT_INDEX;
import static id.ektp.afis.gallery.FingerPosition.RIGHT_THUMB;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.AfisException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Persons 0..7 are enrolled with impression 1; persons 8 and 9 are never enrolled. */
class BruteForceGalleryTest {

    private static final int ENROLLED = 8;
    private Gallery gallery;

    @BeforeEach
    void enrol() {
        gallery = new BruteForceGallery();
        for (int p = 0; p < ENROLLED; p++) {
            gallery.insert(id(p), tenPrint(p, 1));
        }
    }

    @AfterEach
    void close() {
        gallery.close();
    }

    @Test
    void countsTheEnrolledPersons() {
        assertThat(gallery.count()).isEqualTo(ENROLLED);
        assertThat(gallery.contains(id(0))).isTrue();
        assertThat(gallery.contains(id(9))).isFalse();
    }

    @Test
    void aMatedTenPrintFindsItsPersonFirstAsDuplicate() {
        for (int p = 0; p < ENROLLED; p++) {
            Identification result = gallery.identify(tenPrint(p, 2), 5);

            assertThat(result.searched()).isEqualTo(ENROLLED);
            assertThat(result.candidates()).hasSize(5);
            Candidate best = result.candidates().get(0);
            assertThat(best.referenceId()).as("best candidate for person %d", p).isEqualTo(id(p));
            assertThat(best.decision()).as("decision for person %d (fused %.1f)", p, best.fusedScore()).isEqualTo(Decision.DUPLICATE);
            assertThat(result.decision()).isEqualTo(Decision.DUPLICATE);
            assertThat(best.fingerScores()).containsOnlyKeys(RIGHT_THUMB, RIGHT_INDEX, LEFT_THUMB, LEFT_INDEX);
            assertThat(best.fusedScore()).isEqualTo(gallery.policy().fusion().fuse(best.fingerScores()));
            assertThat(result.candidates().subList(1, 5)).allSatisfy(c -> assertThat(c.decision()).isEqualTo(Decision.NO_MATCH));
            assertThat(result.hits()).containsExactly(best);
        }
    }

    @Test
    void candidatesAreRankedByFusedScore() {
        List<Candidate> candidates = gallery.identify(tenPrint(3, 4), 8).candidates();

        assertThat(candidates).extracting(Candidate::fusedScore).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(candidates).extracting(Candidate::referenceId).doesNotHaveDuplicates();
    }

    @Test
    void anUnenrolledPersonIsNoMatch() {
        for (int p = ENROLLED; p < 10; p++) {
            Identification result = gallery.identify(tenPrint(p, 1), 3);

            assertThat(result.decision()).isEqualTo(Decision.NO_MATCH);
            assertThat(result.hits()).isEmpty();
            assertThat(result.candidates()).allSatisfy(c -> assertThat(c.fusedScore()).isLessThan(DecisionThresholds.DEFAULT.adjudicate()));
        }
    }

    @Test
    void identifyAgainstAListSearchesOnlyThoseIds() {
        UUID unknown = UUID.randomUUID();
        SearchScope withoutMate = SearchScope.of(List.of(id(1), id(2), unknown));
        SearchScope withMate = SearchScope.of(List.of(id(1), id(5)));

        Identification outside = gallery.identify(tenPrint(5, 2), withoutMate, 10);
        Identification inside = gallery.identify(tenPrint(5, 2), withMate, 10);

        assertThat(outside.searched()).isEqualTo(2);
        assertThat(outside.candidates()).extracting(Candidate::referenceId).containsExactlyInAnyOrder(id(1), id(2));
        assertThat(outside.decision()).isEqualTo(Decision.NO_MATCH);
        assertThat(inside.candidates().get(0).referenceId()).isEqualTo(id(5));
        assertThat(inside.decision()).isEqualTo(Decision.DUPLICATE);
    }

    @Test
    void verifyAcceptsTheSamePersonAndRejectsAnother() {
        Verification same = gallery.verify(id(2), fingers(2, 3, RIGHT_THUMB, RIGHT_INDEX));
        Verification other = gallery.verify(id(2), fingers(3, 3, RIGHT_THUMB, RIGHT_INDEX));

        assertThat(same.match()).isTrue();
        assertThat(same.fingerScores()).containsOnlyKeys(RIGHT_THUMB, RIGHT_INDEX);
        assertThat(other.match()).isFalse();
        assertThat(other.fusedScore()).isLessThan(DecisionThresholds.DEFAULT.verify());
    }

    @Test
    void verifyOfAnUnknownIdFails() {
        assertFailsWith(() -> gallery.verify(id(9), tenPrint(9, 1)), Reason.UNKNOWN_REFERENCE_ID);
    }

    @Test
    void aDeletedPersonIsNoLongerFound() {
        assertThat(gallery.delete(id(4))).isTrue();

        assertThat(gallery.count()).isEqualTo(ENROLLED - 1);
        assertThat(gallery.contains(id(4))).isFalse();
        assertThat(gallery.identify(tenPrint(4, 2), 10).candidates()).extracting(Candidate::referenceId).doesNotContain(id(4));
        assertThat(gallery.identify(tenPrint(4, 2), 10).decision()).isEqualTo(Decision.NO_MATCH);
        assertThat(gallery.delete(id(4))).isFalse();
        assertFailsWith(() -> gallery.verify(id(4), tenPrint(4, 2)), Reason.UNKNOWN_REFERENCE_ID);
    }

    @Test
    void anIdCannotBeEnrolledTwice() {
        assertFailsWith(() -> gallery.insert(id(0), tenPrint(9, 1)), Reason.DUPLICATE_REFERENCE_ID);
        assertThat(gallery.count()).isEqualTo(ENROLLED);
    }

    @Test
    void aTenPrintNeedsAFinger() {
        assertFailsWith(() -> TenPrint.builder().build(), Reason.EMPTY_TEN_PRINT);
    }

    @Test
    void aPersonWithMissingFingersIsFoundWithTheFingersPresent() {
        UUID amputee = UUID.randomUUID();
        gallery.insert(amputee, fingers(8, 1, RIGHT_THUMB, RIGHT_INDEX));

        Identification fullProbe = gallery.identify(tenPrint(8, 2), 3);
        Identification oneFinger = gallery.identify(fingers(8, 2, RIGHT_INDEX), 3);
        Identification otherFingers = gallery.identify(fingers(8, 2, LEFT_THUMB, LEFT_INDEX), SearchScope.of(List.of(amputee)), 3);

        assertThat(fullProbe.candidates().get(0).referenceId()).isEqualTo(amputee);
        assertThat(fullProbe.candidates().get(0).fingerScores()).containsOnlyKeys(RIGHT_THUMB, RIGHT_INDEX);
        assertThat(fullProbe.decision()).isEqualTo(Decision.DUPLICATE);
        assertThat(oneFinger.candidates().get(0).referenceId()).isEqualTo(amputee);
        assertThat(oneFinger.candidates().get(0).fingerScores()).containsOnlyKeys(RIGHT_INDEX);
        assertThat(otherFingers.candidates().get(0).fingerScores()).isEmpty();
        assertThat(otherFingers.candidates().get(0).fusedScore()).isZero();
        assertThat(otherFingers.decision()).isEqualTo(Decision.NO_MATCH);
    }

    @Test
    void aFusedScoreBetweenTheThresholdsGoesToAdjudication() {
        double mate = gallery.identify(tenPrint(6, 2), 1).candidates().get(0).fusedScore();
        try (Gallery strict = new BruteForceGallery(new MatchPolicy(FusionRule.DEFAULT,
                new DecisionThresholds(mate + 1, mate - 1, 40)))) {
            strict.insert(id(6), tenPrint(6, 1));

            assertThat(strict.identify(tenPrint(6, 2), 1).decision()).isEqualTo(Decision.ADJUDICATE);
        }
    }

    @Test
    void concurrentInsertsDeletesAndSearchesKeepTheGalleryConsistent() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            List<UUID> extra = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                UUID id = UUID.randomUUID();
                extra.add(id);
                int person = i % 10;
                work.add(threads.submit(() -> gallery.insert(id, fingers(person, 3, RIGHT_THUMB))));
                work.add(threads.submit(() -> assertThat(gallery.identify(tenPrint(0, 2), 1).candidates().get(0).referenceId())
                        .isIn(List.of(id(0))).isNotNull()));
            }
            for (Future<?> f : work) {
                f.get();
            }
            List<Future<Boolean>> deletes = new ArrayList<>();
            for (UUID id : extra.subList(0, 20)) {
                deletes.add(threads.submit(() -> gallery.delete(id)));
            }
            for (Future<Boolean> d : deletes) {
                assertThat(d.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(gallery.count()).isEqualTo(ENROLLED + 20);
    }

    @Test
    void aClosedGalleryRefusesWork() {
        gallery.close();

        assertFailsWith(() -> gallery.identify(tenPrint(0, 2), 1), Reason.CLOSED);
        assertFailsWith(() -> gallery.insert(UUID.randomUUID(), tenPrint(0, 2)), Reason.CLOSED);
    }
}
