package id.ektp.afis.index;

import static id.ektp.afis.index.FvcPersons.id;
import static id.ektp.afis.index.FvcPersons.tenPrint;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first stage on real fingerprints: FVC2002 chimeric persons 0..7 (impression 1) hidden among
 * synthetic persons, with a shortlist far smaller than the gallery, so that the real mate must come
 * through the finger codes, not through a shortlist that covers everyone.
 */
class FastGalleryRealDataTest {

    private static final int DISTRACTORS = 3_000;
    private static final int SHORTLIST = 30;
    private static final int ENROLLED = 8;

    @TempDir
    static Path directory;
    private static FastGallery gallery;

    @BeforeAll
    static void enrol() {
        gallery = FastGallery.open(directory, MatchPolicy.DEFAULT, new FastGallery.Options(SHORTLIST, 2));
        SyntheticPopulation population = new SyntheticPopulation(99);
        IntStream.range(0, DISTRACTORS).parallel().forEach(p -> {
            Map<FingerPosition, byte[]> records = population.enrolmentRecords(p);
            gallery.insertIso(new UUID(99, p), records);
        });
        for (int p = 0; p < ENROLLED; p++) {
            gallery.insert(id(p), tenPrint(p, 1));
        }
    }

    @AfterAll
    static void close() {
        gallery.close();
    }

    @Test
    void everyMatedRealProbeFindsItsPersonFirst() {
        int probes = 0;
        for (int p = 0; p < ENROLLED; p++) {
            for (int impression = 2; impression <= 8; impression += 2) {
                TenPrint probe = tenPrint(p, impression);
                Identification result = gallery.identify(probe, 3);

                assertThat(new FirstStageRanks(gallery).rankOf(probe, id(p)))
                        .as("first-stage rank of person %d impression %d", p, impression).isLessThan(SHORTLIST);
                assertThat(result.candidates().get(0).referenceId()).as("person %d impression %d", p, impression).isEqualTo(id(p));
                assertThat(result.decision()).isNotEqualTo(Decision.NO_MATCH);
                probes++;
            }
        }
        assertThat(probes).isEqualTo(ENROLLED * 4);
    }

    @Test
    void nonMatedRealProbesAreNeverDuplicates() {
        for (int p = ENROLLED; p < FvcPersons.PERSONS; p++) {
            for (int impression = 1; impression <= 8; impression += 3) {
                Identification result = gallery.identify(tenPrint(p, impression), 5);

                assertThat(result.candidates()).noneMatch(c -> c.decision() == Decision.DUPLICATE);
                assertThat(result.searched()).isEqualTo(DISTRACTORS + ENROLLED);
            }
        }
    }
}
