package id.ektp.platform.domain;

import java.util.List;

/**
 * Input that breaks a rule of the domain (a malformed NIK, an unknown region, an impossible date).
 * It names each field and its reason; nothing is stored.
 */
public class InvalidInputException extends DomainException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    /** A refusal whose reason the message bundles hold under {@code code} (see {@link FieldProblem#of}). */
    public InvalidInputException(String field, String code, String reason, Object... args) {
        this(List.of(FieldProblem.of(field, code, reason, args)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(Kind.INVALID_INPUT, describe(problems));
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
