package id.ektp.registry;

import id.ektp.platform.web.InvalidInputException;

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

    /** The request field at fault, e.g. {@code nik} or {@code desaCode}. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
