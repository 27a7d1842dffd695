package id.ektp.identification.uniqueness;

import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import java.util.Map;
import java.util.UUID;

/**
 * An earlier record the check found: by the fingers (with the engine's fused and per-finger scores and its
 * decision), or by the demographics (then compared 1:1 in full, so it carries scores as well).
 */
record Candidate(UUID candidatePacketId, FoundBy foundBy, double score, Map<FingerPosition, Double> fingerScores,
        Decision decision) {

    enum FoundBy { BIOMETRIC, DEMOGRAPHIC, SAME_NIK }

    Candidate {
        fingerScores = Map.copyOf(fingerScores);
    }
}
