package id.ektp.afis.index;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two stages a gallery split across machines calls one by one ({@link FastGallery#firstStage},
 * {@link FastGallery#secondStage}) give, on one gallery, exactly what {@link FastGallery#identify}
 * gives: the list is the same, and the ranks handed back decide the depth of each comparison as
 * identify's own list positions do, whatever order the persons are handed back in.
 */
class FastGallerySplitSearchTest {

    private static final SyntheticPopulation POPULATION = new SyntheticPopulation(16);

    @TempDir
    Path directory;

    @Test
    void theTwoStagesCalledApartAnswerAsIdentify() {
        int persons = 1_500;
        try (FastGallery gallery = FastGallery.open(directory, MatchPolicy.DEFAULT, new FastGallery.Options(20, 100, 2))) {
            IntStream.range(0, persons).parallel().forEach(p -> gallery.insertIso(new UUID(16, p), POPULATION.enrolmentRecords(p)));
            for (long p : new long[] {3, 700, 1_499, 2_000, 2_001}) {   // three mated, two never enrolled
                TenPrint probe = POPULATION.tenPrint(p, 1);
                Identification expected = gallery.identify(probe, 5);

                List<FastGallery.Shortlisted> list = gallery.firstStage(probe, 100);
                assertThat(list).hasSize(100);
                Map<UUID, Integer> ranks = new HashMap<>();
                for (int rank = list.size() - 1; rank >= 0; rank--) {
                    ranks.put(list.get(rank).referenceId(), rank);
                }
                List<Candidate> candidates = new ArrayList<>(gallery.secondStage(probe, ranks, 5, true));
                candidates.sort(Candidate.BEST_FIRST);
                assertThat(candidates.subList(0, Math.min(5, candidates.size()))).as("probe of person %d", p)
                        .isEqualTo(expected.candidates());
            }
        }
    }
}
