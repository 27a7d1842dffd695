package id.ektp.identification.adjudication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A grey-zone record waiting for (or decided by) the adjudicators: where it comes from, who captured it, how
 * many adjudicators must agree on each candidate ({@code agreementsNeeded}: 1, or 2 under the second-opinion
 * rule in force when it was opened), and its candidates best first.
 */
public record AdjudicationCase(UUID packetId, String kecamatanCode, String captureOfficer, String station, int agreementsNeeded,
        Instant openedAt, Instant decidedAt, List<CaseCandidate> candidates) {

    public AdjudicationCase {
        candidates = List.copyOf(candidates);
    }

    public boolean decided() {
        return decidedAt != null;
    }

    public Optional<CaseCandidate> candidate(UUID candidatePacketId) {
        return candidates.stream().filter(c -> c.candidatePacketId().equals(candidatePacketId)).findFirst();
    }

    /** The candidates found to be the same person (meaningful once every candidate is decided). */
    public List<UUID> duplicates() {
        return candidates.stream().filter(c -> c.verdict() == Verdict.DUPLICATE).map(CaseCandidate::candidatePacketId).toList();
    }
}
