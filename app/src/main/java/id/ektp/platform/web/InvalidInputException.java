package id.ektp.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/**
 * Input that breaks a rule of the domain (a malformed NIK, an unknown region, an impossible date).
 * The API answers it with 400 and a problem naming each field and its reason; nothing is stored.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    /** A refusal whose reason the message bundles hold under {@code code} (see {@link FieldProblem#of}). */
    public InvalidInputException(String field, String code, String reason, Object... args) {
        this(List.of(FieldProblem.of(field, code, reason, args)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one field problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
