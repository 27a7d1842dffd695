package id.ektp.identification;

import id.ektp.accounts.AccountsTestSupport;
import id.ektp.accounts.SystemActor;
import id.ektp.afis.gallery.FusionRule;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import id.ektp.identification.adjudication.Adjudication;
import id.ektp.identification.intake.CentralDelivery;
import id.ektp.identification.adjudication.CandidateMatch;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

/** Central over real HTTP, with packets of real FVC2002 fingers handed to adjudication as the uniqueness check would. */
public abstract class CentralTestSupport extends AccountsTestSupport {

    /** Central's real intake: packets sealed by an enrolled station and accepted as the intake API accepts them. */
    @Autowired
    protected CentralDelivery intake;

    @Autowired
    protected Adjudication adjudication;

    @Autowired
    protected RecordedCentralEvents events;

    /** An earlier and a newer record of one person (FVC2002 fingers 101 and 102, other impressions), both received. */
    protected record Pair(EnrolmentPacket earlier, EnrolmentPacket newer) {
    }

    protected Pair samePersonTwice(String newerDesa, String earlierDesa, String captureOfficer) {
        EnrolmentPacket earlier = CentralPackets.packet("ASEP SUNANDAR", earlierDesa, "petugas-lama",
                Map.of(FingerPosition.RIGHT_INDEX, "101_1", FingerPosition.LEFT_INDEX, "102_1"));
        EnrolmentPacket newer = CentralPackets.packet("ASEP SUNARDI", newerDesa, captureOfficer,
                Map.of(FingerPosition.RIGHT_INDEX, "101_3", FingerPosition.LEFT_INDEX, "102_3"));
        intake.deliver(earlier, newer);
        return new Pair(earlier, newer);
    }

    /** Hands the newer record over as a grey-zone case with its real SourceAFIS scores against the earlier one. */
    protected Pair greyZoneCase(String captureOfficer) {
        Pair pair = samePersonTwice("32.73.01.1001", "32.73.02.1002", captureOfficer);
        SystemActor.run("test-uniqueness", () -> adjudication.openCase(pair.newer().packetId(), List.of(match(pair.newer(), pair.earlier()))));
        return pair;
    }

    /** The candidate as the 1:N check reports it: each finger's SourceAFIS score, fused by the engine's rule. */
    protected static CandidateMatch match(EnrolmentPacket probe, EnrolmentPacket candidate) {
        TemplateExtractor extractor = new TemplateExtractor();
        Map<id.ektp.afis.gallery.FingerPosition, Double> scores = new EnumMap<>(id.ektp.afis.gallery.FingerPosition.class);
        for (BiometricItem p : probe.biometrics()) {
            if (p.modality() != BiometricItem.Modality.FINGER) {
                continue;
            }
            for (BiometricItem c : candidate.biometrics()) {
                if (c.position() == p.position()) {
                    FingerTemplate a = extractor.extract(p.data(), Resolution.DPI_500);
                    FingerTemplate b = extractor.extract(c.data(), Resolution.DPI_500);
                    scores.put(id.ektp.afis.gallery.FingerPosition.valueOf(p.position().name()),
                            new com.machinezoo.sourceafis.FingerprintMatcher(a.sourceAfis()).match(b.sourceAfis()));
                }
            }
        }
        return new CandidateMatch(candidate.packetId(), FusionRule.DEFAULT.fuse(scores), scores);
    }

    protected int audited(String action, String subject) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND subject_id = ?").params(action, subject).query(Integer.class).single();
    }

    protected String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
