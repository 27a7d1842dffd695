package id.ektp.enrollment.capture;

import id.ektp.afis.AfisException;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.quality.CaptureQuality;
import id.ektp.afis.quality.QualityAssessor;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import id.ektp.afis.template.TemplateFormat;
import id.ektp.afis.template.TemplateInterchange;
import id.ektp.afis.verify.PickupPolicy;
import id.ektp.afis.verify.PickupReference;
import id.ektp.afis.verify.PickupScore;
import id.ektp.afis.verify.PickupVerifier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The service point's use of the AFIS engine, the same code central runs: a finger capture's quality,
 * its template in ISO/IEC 19794-2:2005, and the chip fingers' 1:1 check. Nothing else: no gallery, no
 * store, no 1:N (AfisBoundaryTest keeps it so).
 */
@Component
class FingerEngine {

    private final QualityAssessor quality = new QualityAssessor();
    private final TemplateExtractor extractor = new TemplateExtractor();
    private final TemplateInterchange interchange = new TemplateInterchange();
    private final PickupVerifier verifier = new PickupVerifier(PickupPolicy.DEFAULT);

    CaptureQuality quality(byte[] png, int dpi) {
        return quality.assess(png, dpi);
    }

    /** The finger's template as ISO/IEC 19794-2:2005, what goes into the packet beside the image. */
    byte[] isoTemplate(byte[] png, int dpi) {
        return interchange.export(extractor.extract(png, Resolution.dpi(dpi)), TemplateFormat.ISO_19794_2_2005);
    }

    /** How many re-captures of the chip fingers the check allows. */
    int chipAttempts() {
        return verifier.policy().maxAttempts();
    }

    /**
     * The chip fingers captured again against their first capture (ISO templates, ISO positions), fused as
     * pick-up fuses them, with pick-up's threshold: the same check the card will face at hand-over.
     */
    ChipCheck verifyChipFingers(Map<Integer, byte[]> firstIsoTemplates, Map<Integer, byte[]> againIsoTemplates) {
        try {
            Map<FingerPosition, List<FingerTemplate>> reference = new EnumMap<>(FingerPosition.class);
            Map<FingerPosition, FingerTemplate> live = new EnumMap<>(FingerPosition.class);
            firstIsoTemplates.forEach((position, iso) -> reference.put(FingerPosition.ofIsoCode(position), List.of(interchange.importTemplate(iso))));
            againIsoTemplates.forEach((position, iso) -> live.put(FingerPosition.ofIsoCode(position), interchange.importTemplate(iso)));
            PickupScore score = verifier.score(new PickupReference(reference), live);
            return new ChipCheck(score.fused() >= verifier.policy().threshold(), score.fused());
        } catch (AfisException e) {
            return new ChipCheck(false, 0);
        }
    }

    record ChipCheck(boolean match, double score) {
    }
}
