package id.ektp.registry;

/**
 * No resident with this NIK that the signed-in officer may see. A resident of another region gets
 * the same answer as one who does not exist, so that scoping reveals nothing.
 */
public class ResidentNotFoundException extends RuntimeException {

    public ResidentNotFoundException(String nik) {
        super("no resident with NIK " + nik + " in your region");
    }
}
