package id.ektp.afis.gallery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The result of a 1:N search. {@code candidates} are the best-scoring persons, highest fused score
 * first, at most the requested number, each with its own decision; persons below the adjudicate
 * threshold are included (as {@link Decision#NO_MATCH}) so that evaluation and an examiner can see
 * the ranking, and a caller that only wants hits filters on the decision.
 *
 * @param decision the decision of the best candidate, or {@link Decision#NO_MATCH} if there is none
 * @param searched how many persons were compared with the probe
 */
public record Identification(List<Candidate> candidates, Decision decision, int searched) {

    public Identification {
        candidates = List.copyOf(candidates);
    }

    /**
     * The answer made of the candidates compared: best first ({@link Candidate#BEST_FIRST}), the first
     * {@code maxCandidates} of them, decided by the best. Every gallery assembles its answer here, so that a
     * gallery split over machines, merging its members' candidates, answers exactly as a single one.
     */
    public static Identification ranked(Collection<Candidate> compared, int maxCandidates, int searched) {
        List<Candidate> ranked = new ArrayList<>(compared);
        ranked.sort(Candidate.BEST_FIRST);
        if (ranked.size() > maxCandidates) {
            ranked = ranked.subList(0, maxCandidates);
        }
        return new Identification(ranked, ranked.isEmpty() ? Decision.NO_MATCH : ranked.get(0).decision(), searched);
    }

    /** The candidates that need action: duplicates and those for adjudication. */
    public List<Candidate> hits() {
        return candidates.stream().filter(c -> c.decision() != Decision.NO_MATCH).toList();
    }
}
