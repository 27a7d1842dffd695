package id.ektp.identification.clarification;

import id.ektp.identification.DuplicateResolved.Resolution;
import id.ektp.identification.web.IdentificationAccess;
import id.ektp.identification.web.IdentificationRefusal;
import id.ektp.platform.domain.InvalidInputException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Dinas's and the kecamatan's pages of duplicates to clarify with the resident. */
@Controller
class ClarificationPages {

    private final Clarifications clarifications;
    private final IdentificationAccess access;

    ClarificationPages(Clarifications clarifications, IdentificationAccess access) {
        this.clarifications = clarifications;
        this.access = access;
    }

    @GetMapping("/clarifications")
    String list(Model model) {
        model.addAttribute("tasks", clarifications.list(access.officer(), false));
        return "identification/clarifications";
    }

    @GetMapping("/clarifications/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("view", clarifications.read(id, access.officer()));
        model.addAttribute("resolutions", Resolution.values());
        return "identification/clarification";
    }

    @PostMapping("/clarifications/{id}/resolution")
    String resolve(@PathVariable UUID id, @RequestParam(required = false) Resolution resolution, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            clarifications.resolve(id, resolution, note, access.officer());
            redirect.addFlashAttribute("resolved", true);
        } catch (IdentificationRefusal e) {
            redirect.addFlashAttribute("error", e.problem());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0));
        }
        return "redirect:/clarifications/" + id;
    }
}
