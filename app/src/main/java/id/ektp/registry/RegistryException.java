package id.ektp.registry;

import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;

/**
 * Input the registry refuses, naming the field at fault and the reason; answered with 400 and an
 * RFC 7807 problem by the API and shown beside the field in the pages. Nothing is stored.
 */
public class RegistryException extends InvalidInputException {

    private final String field;
    private final String reason;

    public RegistryException(String field, String reason) {
        super(field, reason);
        this.field = field;
        this.reason = reason;
    }

    /** A refusal whose reason the message bundles also hold, under {@code code}, for the pages. */
    public RegistryException(String field, String code, String reason, Object... args) {
        super(field, code, reason, args);
        this.field = field;
        this.reason = reason;
    }

    /** The first refused field with its reason and message code, as the pages show it. */
    public FieldProblem problem() {
        return problems().get(0);
    }

    /** The request field at fault, e.g. {@code nik} or {@code desaCode}. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
