package id.ektp.registry.numbering;

import id.ektp.registry.RegistryException;

/** A NIK that breaks the rules: not 16 digits, an unknown kecamatan, an impossible birth date, serial 0000. */
public class InvalidNikException extends RegistryException {

    public InvalidNikException(String field, String reason) {
        super(field, reason);
    }
}
