package id.ektp.identification.intake;

import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Central's stations page: the list with each station's state, registration (its code shown once) and revocation. */
@Controller
@OnCentral
class StationPages {

    private final Stations stations;
    private final CurrentOfficer current;

    StationPages(Stations stations, CurrentOfficer current) {
        this.stations = stations;
        this.current = current;
    }

    @GetMapping("/stations")
    String list(Model model) {
        model.addAttribute("stations", stations.all());
        return "identification/stations";
    }

    @PostMapping("/stations")
    String register(@RequestParam String stationId, @RequestParam String name, Model model) {
        try {
            model.addAttribute("registration", stations.register(stationId.strip(), name, officer().username()));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0));
        } catch (ConflictException e) {
            model.addAttribute("error", new FieldProblem("stationId", e.getMessage()));
        }
        return list(model);
    }

    @PostMapping("/stations/{stationId}/revocation")
    String revoke(@PathVariable String stationId, @RequestParam String reason, Model model) {
        try {
            stations.revoke(stationId, reason, officer().username());
            return "redirect:/stations";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.problems().get(0));
        } catch (ConflictException e) {
            model.addAttribute("error", new FieldProblem("stationId", e.getMessage()));
        }
        return list(model);
    }

    private Officer officer() {
        return current.find().orElseThrow(() -> new AccessDeniedException("no officer is signed in"));
    }
}
