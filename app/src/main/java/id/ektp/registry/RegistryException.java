package id.ektp.registry;

/**
 * Input the registry refuses, naming the field at fault and the reason; answered with 400 by the API
 * and shown beside the field in the pages.
 */
public class RegistryException extends RuntimeException {

    private final String field;

    public RegistryException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code nik} or {@code desaCode}. */
    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
