package id.ektp.platform.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One field of a request and why it was refused, as listed in a problem's {@code errors} array.
 *
 * <p>{@code reason} is the English text the API answers with. {@code code} and {@code args}, when
 * given, name the same reason in the message bundles, so that a page can show it in the officer's
 * language ({@link ProblemMessages}); they are not part of the API's answer.
 */
public record FieldProblem(String field, String reason, @JsonIgnore String code, @JsonIgnore List<Object> args) {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A reason without a message code: shown as it is, in English, also on the pages. */
    public FieldProblem(String field, String reason) {
        this(field, reason, null, List.of());
    }

    /** A reason that the message bundles also hold, under {@code code}, with these arguments. */
    public static FieldProblem of(String field, String code, String reason, Object... args) {
        return new FieldProblem(field, reason, code, List.of(args));
    }
}
