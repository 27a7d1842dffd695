package id.ektp.identification.adjudication;

import id.ektp.afis.gallery.FingerPosition;
import java.util.Map;
import java.util.UUID;

/** A candidate of the 1:N check: the earlier record's packet, the fused score and each finger's score. */
public record CandidateMatch(UUID candidatePacketId, double score, Map<FingerPosition, Double> fingerScores) {

    public CandidateMatch {
        fingerScores = Map.copyOf(fingerScores);
    }
}
