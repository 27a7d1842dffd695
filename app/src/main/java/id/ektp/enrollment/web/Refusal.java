package id.ektp.enrollment.web;

import id.ektp.platform.domain.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * A request the service point refuses for a reason of the domain (a resident already checked in, a
 * campaign already signed, nobody waiting). The API answers it as a problem of type {@code slug} with
 * the reason in {@code errors}; the pages show the same reason in the officer's language.
 */
public class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final FieldProblem problem;

    public Refusal(HttpStatus status, String slug, String field, String code, String reason, Object... args) {
        super(field + ": " + java.text.MessageFormat.format(reason, args));
        this.status = status;
        this.slug = slug;
        this.problem = FieldProblem.of(field, code, java.text.MessageFormat.format(reason, args), args);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public FieldProblem problem() {
        return problem;
    }
}
