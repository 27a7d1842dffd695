package id.ektp.accounts.web;

import id.ektp.accounts.Role;
import id.ektp.accounts.officers.NewOfficer;
import id.ektp.accounts.officers.OfficerAdministration;
import id.ektp.accounts.officers.OfficerChange;
import id.ektp.accounts.officers.RoleNotGrantableException;
import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Comparator;
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
        model.addAttribute("roles", administration.grantableRoles());
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
        List<FieldProblem> problems = violations(form);
        if (problems.isEmpty()) {
            try {
                administration.create(form);
                redirect.addFlashAttribute("created", form.username());
                return "redirect:/admin/officers";
            } catch (InvalidInputException e) {
                problems = e.problems();
            } catch (ConflictException e) {
                problems = List.of(FieldProblem.of("username", "problem.officer.usernameTaken", e.getMessage(), form.username()));
            } catch (RoleNotGrantableException e) {
                problems = List.of(roleNotGrantable(e));
            } catch (AccessDeniedException e) {
                // The page itself is allowed; only this region is not: say so on the form.
                problems = List.of(outsideRegion(e));
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("form", new NewOfficer(form.username(), form.fullName(), form.role(), form.regionCode(),
                form.officeCode(), ""));
        return list(model);
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        if (!model.containsAttribute("change")) {
            var account = administration.officer(username);
            model.addAttribute("change", new OfficerChange(account.fullName(), account.role(), account.regionCode(),
                    account.officeCode(), account.enabled()));
        }
        model.addAttribute("username", username);
        model.addAttribute("offices", administration.visibleOffices());
        model.addAttribute("roles", administration.grantableRoles());
        return "admin/officer";
    }

    @PostMapping("/{username}")
    String change(@PathVariable String username, @RequestParam String fullName, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String officeCode,
            @RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
        OfficerChange change = new OfficerChange(fullName, role, regionCode, officeCode, enabled);
        List<FieldProblem> problems = violations(change);
        if (problems.isEmpty()) {
            try {
                administration.change(username, change);
                redirect.addFlashAttribute("changed", username);
                return "redirect:/admin/officers";
            } catch (InvalidInputException e) {
                problems = e.problems();
            } catch (RoleNotGrantableException e) {
                problems = List.of(roleNotGrantable(e));
            } catch (AccessDeniedException e) {
                problems = List.of(outsideRegion(e));
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("change", change);
        return edit(username, model);
    }

    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        administration.unlock(username);
        redirect.addFlashAttribute("unlocked", username);
        return "redirect:/admin/officers";
    }

    private static FieldProblem roleNotGrantable(RoleNotGrantableException e) {
        return FieldProblem.of("role", "problem.officer.roleNotGrantable", e.getMessage(), e.role().name());
    }

    private static FieldProblem outsideRegion(AccessDeniedException e) {
        return FieldProblem.of("regionCode", "problem.officer.outsideRegion", e.getMessage());
    }

    private <T> List<FieldProblem> violations(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        return violations.stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }
}
