package id.ektp.accounts.web;

import id.ektp.accounts.officers.OfficerAdministration;
import id.ektp.accounts.officers.PasswordChange;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Ubah kata sandi": every officer changes their own password (an administrator only sets the first one). */
@Controller
@RequestMapping("/account/password")
class PasswordPage {

    private final OfficerAdministration administration;
    private final Validator validator;

    PasswordPage(OfficerAdministration administration, Validator validator) {
        this.administration = administration;
        this.validator = validator;
    }

    @GetMapping
    String form() {
        return "account/password";
    }

    @PostMapping
    String change(@RequestParam String currentPassword, @RequestParam String newPassword, @RequestParam String repeatPassword,
            Model model, RedirectAttributes redirect) {
        PasswordChange change = new PasswordChange(currentPassword, newPassword);
        List<FieldProblem> problems = validator.validate(change).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (problems.isEmpty() && !newPassword.equals(repeatPassword)) {
            problems = List.of(FieldProblem.of("repeatPassword", "problem.password.mismatch", "does not match the new password"));
        }
        if (problems.isEmpty()) {
            try {
                administration.changeOwnPassword(change);
                redirect.addFlashAttribute("passwordChanged", true);
                return "redirect:/";
            } catch (InvalidInputException e) {
                problems = e.problems();
            }
        }
        model.addAttribute("problems", problems);
        return "account/password";
    }
}
