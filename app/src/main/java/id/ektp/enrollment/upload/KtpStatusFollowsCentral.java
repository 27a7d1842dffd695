package id.ektp.enrollment.upload;

import id.ektp.accounts.SystemActor;
import id.ektp.enrollment.PacketStatusChanged;
import id.ektp.registry.KtpStatus;
import id.ektp.registry.Residents;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Central's outcome taking effect in the registry: print-ready makes the resident PRINT_READY, a duplicate
 * withdrawn or merged makes them DUPLICATE (campaigns summon only NONE), an enrolment failure sends them back to
 * NONE to be recorded again. Other statuses leave the resident as the capture left them (IN_PROCESS).
 *
 * <p>It listens here, in enrollment, rather than in the registry: enrollment already uses the registry's
 * {@link Residents}, and a registry listener on an enrollment event would close a cycle between the two
 * modules. The event publication registry still carries the change durably, after the poll's transaction.
 */
@Component
@OnServicePoint
class KtpStatusFollowsCentral {

    private final Residents residents;

    KtpStatusFollowsCentral(Residents residents) {
        this.residents = residents;
    }

    @ApplicationModuleListener
    void on(PacketStatusChanged changed) {
        Optional<KtpStatus> next = ktpStatus(changed.status(), changed.reason());
        if (next.isEmpty()) {
            return;
        }
        // A NIK the registry does not know (a resident removed since the capture) fails the listener: its event
        // publication stays incomplete, to be looked at and resubmitted, rather than dropped silently.
        SystemActor.run("central status", () -> residents.markKtpStatus(changed.nik(), next.get()));
    }

    static Optional<KtpStatus> ktpStatus(String centralStatus, String reason) {
        if (CentralOutcome.PRINT_READY.equals(centralStatus)) {
            return Optional.of(KtpStatus.PRINT_READY);
        }
        if (CentralOutcome.ENROL_FAILURE.equals(centralStatus)) {
            return Optional.of(KtpStatus.NONE);
        }
        if (CentralOutcome.isResolvedDuplicate(centralStatus, reason)) {
            return Optional.of(KtpStatus.DUPLICATE);
        }
        return Optional.empty();
    }
}
