package id.ektp.identification.web;

import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.FieldProblem;

/**
 * A step central refuses because of the record's state or the officer's part in it (a conflict of interest,
 * a verdict already given, a task already resolved): a 409 problem of type {@code slug} naming the reason,
 * which the pages show in the officer's language.
 */
public class IdentificationRefusal extends ConflictException {

    private final String slug;
    private final FieldProblem problem;

    public IdentificationRefusal(String slug, String field, String code, String reason, Object... args) {
        super(field + ": " + java.text.MessageFormat.format(reason, args));
        this.slug = slug;
        this.problem = FieldProblem.of(field, code, java.text.MessageFormat.format(reason, args), args);
    }

    public String slug() {
        return slug;
    }

    public FieldProblem problem() {
        return problem;
    }
}
