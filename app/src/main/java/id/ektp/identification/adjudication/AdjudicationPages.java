package id.ektp.identification.adjudication;

import id.ektp.accounts.Officer;
import id.ektp.identification.web.IdentificationAccess;
import id.ektp.identification.web.IdentificationRefusal;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The adjudicator's pages: the queue, and a case's screen with the new record beside each candidate, the
 * fingers side by side with their paired minutiae drawn (PNG, {@link PairingPicture}), photos, signatures,
 * demographics, and a verdict form per candidate. Pictures are sent with {@code no-store}: biometric data
 * stays out of every cache.
 */
@Controller
class AdjudicationPages {

    private final AdjudicationCases cases;
    private final CaseViews views;
    private final FingerEvidence evidence;
    private final IdentificationAccess access;

    AdjudicationPages(AdjudicationCases cases, CaseViews views, FingerEvidence evidence, IdentificationAccess access) {
        this.cases = cases;
        this.views = views;
        this.evidence = evidence;
        this.access = access;
    }

    @GetMapping("/adjudication")
    String queue(Model model) {
        model.addAttribute("cases", cases.queue(access.officer(), 200));
        return "identification/adjudication-queue";
    }

    @GetMapping("/adjudication/cases/{packetId}")
    String show(@PathVariable UUID packetId, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("view", views.of(cases.open(packetId, access.officer())));
        } catch (IdentificationRefusal e) {
            redirect.addFlashAttribute("error", e.problem());
            return "redirect:/adjudication";
        }
        return "identification/adjudication-case";
    }

    @PostMapping("/adjudication/cases/{packetId}/candidates/{candidatePacketId}/decision")
    String decide(@PathVariable UUID packetId, @PathVariable UUID candidatePacketId, @RequestParam(required = false) Verdict verdict,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            AdjudicationCase c = cases.vote(packetId, candidatePacketId, verdict, reason, access.officer());
            if (c.decided()) {
                redirect.addFlashAttribute("decided", c.packetId());
                return "redirect:/adjudication";
            }
            redirect.addFlashAttribute("voted", candidatePacketId);
        } catch (IdentificationRefusal e) {
            redirect.addFlashAttribute("error", e.problem());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0));
        }
        return "redirect:/adjudication/cases/" + packetId;
    }

    /** One finger's image of the new record ({@code probe}) or of the candidate, with the pairs drawn. */
    @GetMapping("/adjudication/cases/{packetId}/candidates/{candidatePacketId}/fingers/{position}/{side}.png")
    ResponseEntity<byte[]> finger(@PathVariable UUID packetId, @PathVariable UUID candidatePacketId, @PathVariable FingerPosition position,
            @PathVariable String side) {
        Officer officer = access.officer();
        AdjudicationCase c = cases.visible(packetId, officer);
        EnrolmentPacket probe = cases.record(c, packetId);
        EnrolmentPacket candidate = cases.record(c, candidatePacketId);
        FingerEvidence.Comparison comparison = evidence.compare(probe, candidate, position)
                .orElseThrow(() -> new NotFoundException("finger image", position.name()));
        byte[] png = switch (side) {
            case "probe" -> PairingPicture.draw(comparison.probe(), comparison.pairing().pairs(), p -> p.probe());
            case "candidate" -> PairingPicture.draw(comparison.candidate(), comparison.pairing().pairs(), p -> p.candidate());
            default -> throw new NotFoundException("side", side);
        };
        return picture(png, MediaType.IMAGE_PNG);
    }

    /** The face or the signature of the case's record or of one of its candidates. */
    @GetMapping("/adjudication/cases/{packetId}/records/{recordPacketId}/{kind:face|signature}")
    ResponseEntity<byte[]> portrait(@PathVariable UUID packetId, @PathVariable UUID recordPacketId, @PathVariable String kind) {
        AdjudicationCase c = cases.visible(packetId, access.officer());
        BiometricItem item = CaseViews.picture(cases.record(c, recordPacketId),
                kind.equals("face") ? BiometricItem.Modality.FACE : BiometricItem.Modality.SIGNATURE)
                .orElseThrow(() -> new NotFoundException(kind, recordPacketId.toString()));
        return picture(item.data(), item.format() == BiometricFormat.PNG ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG);
    }

    private static ResponseEntity<byte[]> picture(byte[] bytes, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(bytes);
    }
}
