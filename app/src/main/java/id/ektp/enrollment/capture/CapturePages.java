package id.ektp.enrollment.capture;

import id.ektp.accounts.Officer;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.enrollment.web.Refusal;
import id.ektp.packet.CaptureMetadata.CaptureException.Reason;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import id.ektp.registry.Residents;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The operator's capture pages: the residents waiting for their capture, and one capture, whose images and
 * qualities appear as they are stored while the steps run in the background (the page polls a fragment).
 */
@Controller
class CapturePages {

    private final Capture capture;
    private final CaptureRunner runner;
    private final ProofOfRecording proofs;
    private final Residents residents;
    private final EnrollmentAccess access;

    CapturePages(Capture capture, CaptureRunner runner, ProofOfRecording proofs, Residents residents, EnrollmentAccess access) {
        this.capture = capture;
        this.runner = runner;
        this.proofs = proofs;
        this.residents = residents;
        this.access = access;
    }

    @GetMapping("/capture")
    String list(Model model) {
        Officer officer = access.officer();
        model.addAttribute("waiting", capture.waiting(officer));
        model.addAttribute("captures", capture.today(officer));
        return "enrollment/captures";
    }

    @PostMapping("/capture/start")
    String start(@RequestParam UUID checkIn, RedirectAttributes redirect) {
        try {
            return "redirect:/capture/" + capture.start(checkIn).record().id();
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.problem());
            return "redirect:/capture";
        }
    }

    @GetMapping("/capture/{id}")
    String capture(@PathVariable UUID id, Model model) {
        CaptureView view = capture.find(id);
        model.addAttribute("capture", view);
        model.addAttribute("run", runner.state(id).orElse(null));
        model.addAttribute("running", runner.state(id).map(CaptureRunner.RunState::running).orElse(false));
        model.addAttribute("reasons", Reason.values());
        return "enrollment/capture";
    }

    /** Polled while the steps run: the items so far; done (and the page reloads) once the run stopped. */
    @GetMapping("/capture/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("capture", capture.find(id));
        model.addAttribute("running", runner.state(id).map(CaptureRunner.RunState::running).orElse(false));
        return "enrollment/capture :: progress";
    }

    @PostMapping("/capture/{id}/run")
    String run(@PathVariable UUID id) {
        capture.find(id);
        runner.start(id);
        return "redirect:/capture/" + id;
    }

    @PostMapping("/capture/{id}/exceptions")
    String exception(@PathVariable UUID id, @RequestParam int position, @RequestParam Reason reason, RedirectAttributes redirect) {
        try {
            capture.declareException(id, position, reason);
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.problem());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0));
        }
        return "redirect:/capture/" + id;
    }

    @PostMapping("/capture/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            capture.close(id);
            redirect.addFlashAttribute("closed", true);
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.problem());
        }
        return "redirect:/capture/" + id;
    }

    @PostMapping("/capture/{id}/discard")
    String discard(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            capture.discard(id, reason);
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.problem());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0));
        }
        return "redirect:/capture/" + id;
    }

    @GetMapping("/capture/{id}/items/{item}")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable String item) {
        CaptureApi.ItemPath path = CaptureApi.ItemPath.parse(item).orElseThrow(() -> new NotFoundException("capture image", item));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(capture.image(id, path.kind(), path.position()));
    }

    @GetMapping("/capture/{id}/proof")
    ResponseEntity<byte[]> proof(@PathVariable UUID id) {
        CaptureView view = capture.find(id);
        if (view.record().status() != CaptureStatus.CLOSED) {
            throw new NotFoundException("proof of recording", id.toString());
        }
        byte[] pdf = proofs.render(view, residents.findByNik(view.record().nik()).orElseThrow(() -> new NotFoundException("resident", "")));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("bukti-perekaman-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
