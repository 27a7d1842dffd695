package id.ektp.identification.adjudication;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An earlier record the 1:N check found close to the new one: its fused and per-finger scores (finger position
 * name to score), the votes cast on it and its final verdict once enough adjudicators agree (null until then).
 */
public record CaseCandidate(UUID candidatePacketId, int rank, double score, Map<String, Double> fingerScores, Verdict verdict,
        List<Vote> votes) {

    public CaseCandidate {
        fingerScores = Map.copyOf(fingerScores);
        votes = List.copyOf(votes);
    }

    public boolean decided() {
        return verdict != null;
    }

    public boolean votedBy(String adjudicator) {
        return votes.stream().anyMatch(v -> v.adjudicator().equals(adjudicator));
    }

    public long votesFor(Verdict v) {
        return votes.stream().filter(vote -> vote.verdict() == v).count();
    }
}
