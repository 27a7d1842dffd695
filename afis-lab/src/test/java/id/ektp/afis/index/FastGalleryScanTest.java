package id.ektp.afis.index;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.SearchScope;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the fast path that only large galleries reach, on a gallery large enough to reach them:
 * the two-pass scan (pass one on the probe's fullest fingers) and the screen of the list's tail on one
 * finger. Ten-finger synthetic persons, 4,000 of them, so that the partition is many times the list;
 * a shortlist of one, so that every mate the codes rank second or lower is found only through the
 * one-finger screen. The gallery runs issue 5's plan ({@link FastGallery.Plan#WHOLE_LIST}: the two-pass
 * scan at every size, every listed person compared), which still serves galleries beyond
 * {@link FastGallery#ONE_PASS_UP_TO}; the default plan's stop is tested on the same gallery through
 * {@link FastGallery#identify(TenPrint, SearchScope, int, FastGallery.Options)}.
 */
class FastGalleryScanTest {

    private static final int PERSONS = 4_000;
    private static final int LISTED = 200;
    private static final SyntheticPopulation POPULATION = new SyntheticPopulation(7);

    @TempDir
    static Path directory;
    private static FastGallery gallery;

    @BeforeAll
    static void enrol() {
        gallery = FastGallery.open(directory.resolve("gallery"), MatchPolicy.DEFAULT, new FastGallery.Options(1, LISTED, 2, FastGallery.Plan.WHOLE_LIST));
        IntStream.range(0, PERSONS).parallel().forEach(p -> gallery.insertIso(id(p), records(p, 0)));
    }

    @AfterAll
    static void close() {
        gallery.close();
    }

    @Test
    void twoPassScanListsTheMateAndIdentifyReturnsItFirst() {
        ProbeCodes codes = new ProbeCodes(POPULATION.tenPrint(0, 1));
        assertThat(Integer.bitCount(codes.passOneFingers())).as("pass one scores only some fingers").isEqualTo(ProbeCodes.PASS_ONE_FINGERS);
        for (int p = 0; p < PERSONS; p += 200) {
            TenPrint probe = POPULATION.tenPrint(p, 1);
            assertThat(new FirstStageRanks(gallery).listPositionOf(probe, id(p), LISTED)).as("list position of person %d", p).isBetween(0, LISTED - 1);
            Identification result = gallery.identify(probe, 5);
            assertThat(result.candidates().get(0).referenceId()).as("person %d", p).isEqualTo(id(p));
            assertThat(result.decision()).isEqualTo(Decision.DUPLICATE);
        }
    }

    @Test
    void aPersonWithoutPassOnesFingersIsStillFound() {
        // enrolled without any of the fingers pass one scores for this probe: only the other four
        TenPrint probe = POPULATION.tenPrint(PERSONS + 2, 1);
        assertFoundWhenEnrolledWithout(PERSONS + 2, probe, new ProbeCodes(probe).passOneFingers());
    }

    @Test
    void aPersonEnrolledWithHalfTheFingersIsFound() {
        // right hand missing at enrolment (ISO positions 1-5), a ten-finger probe
        assertFoundWhenEnrolledWithout(PERSONS + 1, POPULATION.tenPrint(PERSONS + 1, 1), 0b11111);
    }

    private static void assertFoundWhenEnrolledWithout(long person, TenPrint probe, int withoutFingers) {
        UUID id = id(person);
        gallery.insertIso(id, records(person, withoutFingers));
        try {
            assertThat(new FirstStageRanks(gallery).listPositionOf(probe, id, LISTED)).isBetween(0, LISTED - 1);
            assertThat(gallery.identify(probe, 5).candidates().get(0).referenceId()).isEqualTo(id);
        } finally {
            gallery.delete(id);
        }
    }

    @Test
    void screenedTailFindsMatesTheShortlistDoesNotHold() {
        int screened = 0;
        for (int p = 0; p < PERSONS; p += 25) {
            TenPrint probe = POPULATION.tenPrint(p, 1);
            int position = new FirstStageRanks(gallery).listPositionOf(probe, id(p), LISTED);
            if (position >= 1) {
                screened++;
                Identification result = gallery.identify(probe, 1);
                assertThat(result.candidates()).as("person %d at list position %d", p, position).isNotEmpty();
                assertThat(result.candidates().get(0).referenceId()).as("person %d at list position %d", p, position).isEqualTo(id(p));
            }
        }
        assertThat(screened).as("mated probes whose mate the codes rank below first").isPositive();
    }

    private static final FastGallery.Options DECIDED_STOP = new FastGallery.Options(1, LISTED, 2, FastGallery.Plan.DECIDED_STOP);
    private static final int HEAD = 5;

    @Test
    void aDecidedDuplicateEndsTheSearchAtTheHeadWithIssueFivesAnswer() {
        int decided = 0;
        for (int p = 0; p < PERSONS; p += 400) {
            TenPrint probe = POPULATION.tenPrint(p, 1);
            long before = gallery.comparisons();
            Identification stopped = gallery.identify(probe, SearchScope.all(), HEAD, DECIDED_STOP);
            long compared = gallery.comparisons() - before;
            Identification whole = gallery.identify(probe, SearchScope.all(), HEAD);
            UUID mate = id(p);
            if (whole.candidates().stream().limit(HEAD).noneMatch(c -> c.referenceId().equals(mate))) {
                continue; // the codes did not put the mate in the head: nothing is decided there
            }
            decided++;
            assertThat(compared).as("person %d: only the head, ten fingers each", p).isLessThanOrEqualTo(HEAD * 10);
            assertThat(stopped.decision()).isEqualTo(Decision.DUPLICATE);
            assertThat(stopped.candidates().get(0)).as("person %d", p).isEqualTo(whole.candidates().get(0));
        }
        assertThat(decided).as("mated probes decided in the head").isGreaterThanOrEqualTo(8);
    }

    @Test
    void withoutADecidedDuplicateTheWholeListIsCompared() {
        for (int n = 0; n < 3; n++) {
            TenPrint stranger = POPULATION.tenPrint(PERSONS + 100 + n, 1);
            long before = gallery.comparisons();
            Identification result = gallery.identify(stranger, SearchScope.all(), HEAD, DECIDED_STOP);
            long compared = gallery.comparisons() - before;
            assertThat(result.hits()).isEmpty();
            // at least one finger of everyone listed (a decided search stops at the head's ten fingers each)
            assertThat(compared).isGreaterThanOrEqualTo(LISTED);
        }
    }

    @Test
    void theDefaultPlanStillFindsMatesTheCodesRankLow() {
        int screened = 0;
        for (int p = 0; p < PERSONS; p += 25) {
            TenPrint probe = POPULATION.tenPrint(p, 1);
            int position = new FirstStageRanks(gallery).listPositionOf(probe, id(p), LISTED);
            if (position >= 1) {
                screened++;
                Identification result = gallery.identify(probe, SearchScope.all(), 1, DECIDED_STOP);
                assertThat(result.candidates()).as("person %d at list position %d", p, position).isNotEmpty();
                assertThat(result.candidates().get(0).referenceId()).as("person %d at list position %d", p, position).isEqualTo(id(p));
            }
        }
        assertThat(screened).as("mated probes whose mate the codes rank below first").isPositive();
    }

    private static UUID id(long person) {
        return new UUID(7, person);
    }

    /** The enrolment records of a person, without the fingers whose ISO position bits {@code without} has. */
    private static EnumMap<FingerPosition, byte[]> records(long person, int without) {
        EnumMap<FingerPosition, byte[]> records = new EnumMap<>(FingerPosition.class);
        for (FingerPosition position : FingerPosition.values()) {
            if ((without & (1 << (position.isoCode() - 1))) == 0 && POPULATION.enrollable(person, position, 0)) {
                records.put(position, POPULATION.isoRecord(person, position, 0));
            }
        }
        return records;
    }
}
