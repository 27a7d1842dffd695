package id.ektp.enrollment.desk;

import id.ektp.accounts.Officer;
import id.ektp.enrollment.signing.QrRefusedException;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.enrollment.web.Refusal;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The service officer's desk: check-in, the queue, calling the next number, the data check; and the waiting-room display. */
@Controller
class DeskPages {

    private final Desk desk;
    private final EnrollmentAccess access;

    DeskPages(Desk desk, EnrollmentAccess access) {
        this.desk = desk;
        this.access = access;
    }

    @GetMapping("/desk")
    String desk(Model model) {
        Officer officer = access.officer();
        model.addAttribute("queue", desk.today(officer));
        model.addAttribute("office", officer.officeCode());
        return "enrollment/desk";
    }

    @PostMapping("/desk/check-in")
    String checkIn(@RequestParam(defaultValue = "") String qr, @RequestParam(defaultValue = "") String nik, RedirectAttributes redirect) {
        try {
            CheckIn checkIn = qr.isBlank() ? desk.checkInByNik(nik.strip()) : desk.checkInByQr(qr);
            redirect.addFlashAttribute("checkedIn", checkIn);
        } catch (QrRefusedException e) {
            redirect.addFlashAttribute("error", FieldProblem.of("qr", e.refusal().messageCode(), "the QR " + e.refusal().reason(),
                    e.kecamatanCode()));
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.problem());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0));
        } catch (id.ektp.platform.domain.NotFoundException e) {
            redirect.addFlashAttribute("error", FieldProblem.of("nik", "problem.checkIn.unknown", "no such resident in your region"));
        }
        return "redirect:/desk";
    }

    @PostMapping("/desk/call-next")
    String callNext(RedirectAttributes redirect) {
        try {
            return "redirect:/desk/check-ins/" + desk.callNext().id();
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.problem());
            return "redirect:/desk";
        }
    }

    @GetMapping("/desk/check-ins/{id}")
    String checkIn(@PathVariable UUID id, Model model) {
        CheckIn checkIn = desk.find(id, access.officer());
        model.addAttribute("checkIn", checkIn);
        model.addAttribute("resident", desk.residentOf(checkIn));
        return "enrollment/check-in";
    }

    @PostMapping("/desk/check-ins/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam boolean confirmed, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            desk.decide(id, confirmed, reason);
            redirect.addFlashAttribute("decided", true);
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.problem());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().get(0));
        }
        return "redirect:/desk/check-ins/" + id;
    }

    @GetMapping("/desk/waiting-room")
    String waitingRoom(Model model) {
        Officer officer = access.officer();
        model.addAttribute("called", desk.called(officer));
        model.addAttribute("office", officer.officeCode());
        return "enrollment/waiting-room";
    }

    /** Polled by the waiting-room display: the called numbers only. */
    @GetMapping("/desk/waiting-room/called")
    String called(Model model) {
        model.addAttribute("called", desk.called(access.officer()));
        return "enrollment/waiting-room :: called";
    }
}
