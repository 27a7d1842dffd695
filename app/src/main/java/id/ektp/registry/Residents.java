package id.ektp.registry;

import java.util.Optional;

/** The registry as later modules use it: a resident by NIK, and their e-KTP status. */
public interface Residents {

    /** The resident with this NIK if the signed-in officer may see them (the read is audited). */
    Optional<Resident> findByNik(String nik);

    /** Moves a resident's e-KTP status (recorded, issued); kept in the history and the audit trail. */
    void markKtpStatus(String nik, KtpStatus status);
}
