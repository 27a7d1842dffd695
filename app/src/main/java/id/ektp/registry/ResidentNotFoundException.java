package id.ektp.registry;

import id.ektp.platform.domain.NotFoundException;

/**
 * No resident with this NIK that the signed-in officer may see. A resident of another region gets
 * the same answer (404) as one who does not exist, so that scoping reveals nothing.
 */
public class ResidentNotFoundException extends NotFoundException {

    public ResidentNotFoundException(String nik) {
        super("RESIDENT", nik);
    }
}
