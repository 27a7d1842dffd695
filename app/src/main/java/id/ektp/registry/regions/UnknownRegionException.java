package id.ektp.registry.regions;

import id.ektp.registry.RegistryException;

/** A region code that is malformed, not in the region table, or not of the level asked for. */
public class UnknownRegionException extends RegistryException {

    public UnknownRegionException(String field, String reason) {
        super(field, reason);
    }

    public UnknownRegionException(String field, String code, String reason, Object... args) {
        super(field, code, reason, args);
    }
}
