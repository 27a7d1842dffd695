package id.ektp.accounts.web;

import id.ektp.accounts.Role;
import id.ektp.accounts.officers.NewOfficer;
import id.ektp.accounts.officers.OfficerAdministration;
import id.ektp.platform.web.ConflictException;
import id.ektp.platform.web.FieldProblem;
import id.ektp.platform.web.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer administration page: the list of manageable officers, a form to add one, unlock buttons. */
@Controller
@RequestMapping("/admin/officers")
class OfficerAdminPage {

    private final OfficerAdministration administration;
    private final Validator validator;

    OfficerAdminPage(OfficerAdministration administration, Validator validator) {
        this.administration = administration;
        this.validator = validator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("officers", administration.visibleOfficers().stream().map(OfficerView::of).toList());
        model.addAttribute("offices", administration.visibleOffices());
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", Instant.now());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewOfficer("", "", null, "", "", ""));
        }
        return "admin/officers";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String fullName, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String officeCode,
            @RequestParam String password, Model model, RedirectAttributes redirect) {
        NewOfficer form = new NewOfficer(username.trim(), fullName, role, regionCode, officeCode, password);
        Set<ConstraintViolation<NewOfficer>> violations = validator.validate(form);
        List<FieldProblem> problems = violations.stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        if (problems.isEmpty()) {
            try {
                administration.create(form);
                redirect.addFlashAttribute("created", form.username());
                return "redirect:/admin/officers";
            } catch (InvalidInputException e) {
                problems = e.problems();
            } catch (ConflictException e) {
                problems = List.of(new FieldProblem("username", e.getMessage()));
            } catch (AccessDeniedException e) {
                // The page itself is allowed; only this region is not: say so on the form.
                problems = List.of(new FieldProblem("regionCode", e.getMessage()));
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("form", new NewOfficer(form.username(), form.fullName(), form.role(), form.regionCode(),
                form.officeCode(), ""));
        return list(model);
    }

    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        administration.unlock(username);
        redirect.addFlashAttribute("unlocked", username);
        return "redirect:/admin/officers";
    }
}
