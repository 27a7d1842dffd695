package id.ektp.identification.uniqueness;

import id.ektp.afis.gallery.Decision;
import java.util.List;
import java.util.UUID;

/**
 * What the check concludes from its candidates, by the engine's thresholds (each candidate's decision is the
 * engine's): one certain duplicate makes the record a duplicate; else one grey-zone candidate sends it to the
 * adjudicators; else a NIK already held by a person whose fingers differ is not for a machine to settle
 * either (a mistyped NIK, or one person's number used by another), and goes to them too; else it is unique.
 */
enum Verdict {
    UNIQUE, ADJUDICATE, DUPLICATE;

    static Verdict of(List<Candidate> candidates) {
        if (candidates.stream().anyMatch(c -> c.decision() == Decision.DUPLICATE)) {
            return DUPLICATE;
        }
        if (candidates.stream().anyMatch(c -> c.decision() == Decision.ADJUDICATE || c.foundBy() == Candidate.FoundBy.SAME_NIK)) {
            return ADJUDICATE;
        }
        return UNIQUE;
    }

    /** The candidates for the adjudicators: the grey zone and the NIK clashes. */
    static List<Candidate> forAdjudication(List<Candidate> candidates) {
        return candidates.stream().filter(c -> c.decision() != Decision.NO_MATCH || c.foundBy() == Candidate.FoundBy.SAME_NIK).toList();
    }

    /** The earlier records this one certainly duplicates. */
    static List<UUID> duplicatesOf(List<Candidate> candidates) {
        return candidates.stream().filter(c -> c.decision() == Decision.DUPLICATE).map(Candidate::candidatePacketId).toList();
    }
}
