package id.ektp.registry;

import java.util.Optional;
import java.util.Set;

/** The registry as later modules use it: a resident by NIK, and their e-KTP status. */
public interface Residents {

    /** The resident with this NIK if the signed-in officer may see them (the read is audited). */
    Optional<Resident> findByNik(String nik);

    /** Moves a resident's e-KTP status (recorded, issued); kept in the history and the audit trail. */
    void markKtpStatus(String nik, KtpStatus status);

    /**
     * Moves the status only if the resident stands at one of {@code from} when locked, so that a decision taken on
     * an older read cannot overwrite a newer one; {@code false} if they stood elsewhere (nothing changed).
     */
    boolean moveKtpStatus(String nik, Set<KtpStatus> from, KtpStatus to);
}
