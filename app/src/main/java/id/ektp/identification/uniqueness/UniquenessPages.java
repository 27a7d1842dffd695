package id.ektp.identification.uniqueness;

import id.ektp.platform.domain.ConflictException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data-centre officer's page: records per stage, the gallery, the parked records with reprocess. */
@Controller
class UniquenessPages {

    private final UniquenessOverview overview;

    UniquenessPages(UniquenessOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/uniqueness")
    String page(Model model) {
        model.addAttribute("stages", overview.perStage());
        model.addAttribute("gallery", overview.gallery());
        model.addAttribute("parked", overview.inStage(Stage.PARKED, 200));
        return "identification/uniqueness";
    }

    @PostMapping("/uniqueness/records/{packetId}/reprocess")
    String reprocess(@PathVariable UUID packetId, RedirectAttributes redirect) {
        try {
            overview.reprocess(packetId);
            redirect.addFlashAttribute("reprocessed", packetId.toString());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("notParked", packetId.toString());
        }
        return "redirect:/uniqueness";
    }
}
