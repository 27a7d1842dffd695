package id.ektp.enrollment.upload;

import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox page (each packet's delivery and central status) and the station's enrolment with central's code. */
@Controller
@OnServicePoint
class UploadPages {

    private final Outbox outbox;
    private final StationIdentity identity;
    private final StationEnrolment enrolment;
    private final CentralAddress central;

    UploadPages(Outbox outbox, StationIdentity identity, StationEnrolment enrolment, CentralAddress central) {
        this.outbox = outbox;
        this.identity = identity;
        this.enrolment = enrolment;
        this.central = central;
    }

    @GetMapping("/outbox")
    String outbox(Model model) {
        model.addAttribute("entries", outbox.list());
        model.addAttribute("stationId", identity.stationId().orElse(null));
        return "enrollment/outbox";
    }

    @GetMapping("/station")
    String station(Model model) {
        model.addAttribute("stationId", identity.stationId().orElse(null));
        model.addAttribute("centralUrl", central.base().map(Object::toString).orElse(null));
        return "enrollment/station";
    }

    @PostMapping("/station")
    String enrol(@RequestParam String stationId, @RequestParam String code, Model model) {
        try {
            enrolment.enrol(stationId.strip(), code);
            return "redirect:/station?enrolled";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0));
        } catch (ConflictException e) {
            model.addAttribute("error", FieldProblem.of("code", "station.enrol.conflict", e.getMessage()));
        }
        model.addAttribute("enteredStationId", stationId);
        return station(model);
    }
}
