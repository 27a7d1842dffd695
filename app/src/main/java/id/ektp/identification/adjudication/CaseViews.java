package id.ektp.identification.adjudication;

import id.ektp.afis.explain.PairedMinutia;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A case as the adjudicator's screen and the API show it: the new record and each candidate, finger by finger. */
@Component
class CaseViews {

    /** A record's identity and capture, and which pictures it carries. */
    record RecordView(UUID packetId, Demographics demographics, String station, String captureOfficer, Instant capturedAt, boolean face,
            boolean signature) {
    }

    /** A pair of minutiae as drawn: numbered as on both images, in each image's pixels. */
    record PairView(int number, int probeX, int probeY, int candidateX, int candidateY) {
    }

    /** One finger compared: the 1:N check's score, SourceAFIS's score of the images shown, and its pairing. */
    record FingerView(String position, Double checkScore, double pairingScore, List<PairView> pairs) {
    }

    record CandidateView(CaseCandidate candidate, RecordView record, List<FingerView> fingers) {
    }

    record CaseView(AdjudicationCase adjudicationCase, RecordView record, List<CandidateView> candidates) {
    }

    private final AdjudicationCases cases;
    private final FingerEvidence evidence;

    CaseViews(AdjudicationCases cases, FingerEvidence evidence) {
        this.cases = cases;
        this.evidence = evidence;
    }

    CaseView of(AdjudicationCase c) {
        EnrolmentPacket probe = cases.record(c, c.packetId());
        List<CandidateView> candidates = c.candidates().stream().map(candidate -> {
            EnrolmentPacket earlier = cases.record(c, candidate.candidatePacketId());
            List<FingerView> fingers = evidence.compare(probe, earlier).stream().map(comparison -> {
                double scale = comparison.probe().resolution().dpi() / 500.0;
                List<PairedMinutia> pairs = comparison.pairing().pairs();
                List<PairView> drawn = java.util.stream.IntStream.range(0, pairs.size())
                        .mapToObj(i -> new PairView(i + 1, (int) Math.round(pairs.get(i).probe().x() * scale),
                                (int) Math.round(pairs.get(i).probe().y() * scale), (int) Math.round(pairs.get(i).candidate().x() * scale),
                                (int) Math.round(pairs.get(i).candidate().y() * scale)))
                        .toList();
                return new FingerView(comparison.position().name(), candidate.fingerScores().get(comparison.position().name()),
                        comparison.pairing().score(), drawn);
            }).toList();
            return new CandidateView(candidate, record(earlier), fingers);
        }).toList();
        return new CaseView(c, record(probe), candidates);
    }

    static RecordView record(EnrolmentPacket p) {
        return new RecordView(p.packetId(), p.demographics(), p.capture().station(), p.capture().officer(), p.capture().capturedAt(),
                picture(p, BiometricItem.Modality.FACE).isPresent(), picture(p, BiometricItem.Modality.SIGNATURE).isPresent());
    }

    /** The record's face or signature, if it is a JPEG or PNG (the only pictures a page shows). */
    static java.util.Optional<BiometricItem> picture(EnrolmentPacket p, BiometricItem.Modality modality) {
        return p.biometrics().stream().filter(b -> b.modality() == modality)
                .filter(b -> b.format() == id.ektp.packet.BiometricFormat.JPEG || b.format() == id.ektp.packet.BiometricFormat.PNG)
                .findFirst();
    }
}
