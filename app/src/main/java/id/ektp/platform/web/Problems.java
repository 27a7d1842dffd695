package id.ektp.platform.web;

import id.ektp.platform.domain.FieldProblem;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem documents the API answers with; one place so that every module speaks alike. */
public final class Problems {

    public static final String BASE = "https://ektp.example.id/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalidInput(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail unauthorized() {
        return of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                "Authentication is required: HTTP Basic credentials or a bearer token from POST /api/v1/auth/token.");
    }

    /** A refused login because of repeated failures: said plainly, as the login page does. */
    public static ProblemDetail locked() {
        return of(HttpStatus.UNAUTHORIZED, "account-locked", "Account locked",
                "Too many failed logins in a row: the account is locked for a while. Try again later or ask an administrator to unlock it.");
    }

    public static ProblemDetail forbidden() {
        return of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role or region does not allow this request.");
    }
}
