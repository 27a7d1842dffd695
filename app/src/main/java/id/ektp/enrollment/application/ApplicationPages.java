package id.ektp.enrollment.application;

import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.FieldProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service officer's page for a regular application: reason, the documents seen, and the fine it owes. */
@Controller
class ApplicationPages {

    private static final String MISSING = "problem.application.missing";

    private final Applications applications;
    private final MessageSource messages;

    ApplicationPages(Applications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/applications")
    String form(Model model) {
        model.addAttribute("reasons", Reason.values());
        model.addAttribute("documents", Document.values());
        model.addAttribute("overdue", applications.overdue());
        return "enrollment/applications";
    }

    @PostMapping("/applications")
    String submit(@RequestParam String nik, @RequestParam Reason reason,
            @RequestParam(required = false) List<Document> documents, @RequestParam(required = false) LocalDate eventDay, Model model) {
        Set<Document> seen = documents == null || documents.isEmpty() ? EnumSet.noneOf(Document.class) : EnumSet.copyOf(documents);
        try {
            return "redirect:/applications/" + applications.submit(new SubmitApplication(nik.strip(), reason, seen, eventDay)).id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", named(e.problems().get(0)));
        } catch (id.ektp.platform.domain.NotFoundException e) {
            model.addAttribute("error", id.ektp.platform.domain.FieldProblem.of("nik", "problem.checkIn.unknown", "no such resident in your region"));
        }
        model.addAttribute("nik", nik);
        model.addAttribute("reason", reason);
        model.addAttribute("seen", seen);
        return form(model);
    }

    /** The missing documents as the page's language names them (the API's problem names them by code, in English). */
    private FieldProblem named(FieldProblem problem) {
        if (!MISSING.equals(problem.code()) || problem.args().isEmpty()) {
            return problem;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String names = Arrays.stream(String.valueOf(problem.args().get(0)).split(",\\s*"))
                .map(d -> messages.getMessage("application.document." + d, null, d, locale))
                .collect(Collectors.joining(", "));
        return FieldProblem.of(problem.field(), MISSING, problem.reason(), names);
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable UUID id, Model model) {
        // Not "application": Thymeleaf reserves that name for the servlet context's attributes.
        model.addAttribute("filed", applications.get(id));
        return "enrollment/application";
    }
}
