package id.ektp.enrollment.upload;

import id.ektp.accounts.SystemActor;
import id.ektp.enrollment.PacketStatusChanged;
import id.ektp.registry.KtpStatus;
import id.ektp.registry.Residents;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Central's outcome taking effect in the registry: print-ready makes the resident PRINT_READY, a duplicate
 * withdrawn or merged makes them DUPLICATE (campaigns summon only NONE), an enrolment failure sends them back to
 * NONE to be recorded again. Other statuses leave the resident as the capture left them (IN_PROCESS).
 *
 * <p>Each outcome moves the resident only from the states it may follow: one NIK can have two packets (recorded
 * twice at one office), and the second one's withdrawal or failure must not undo the first one's print-ready, nor
 * anything central says undo an issued card. The registry checks the state under its row lock.
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
        Optional<Move> move = move(changed.status(), changed.reason());
        if (move.isEmpty()) {
            return;
        }
        // A NIK the registry does not know (a resident removed since the capture) fails the listener: its event
        // publication stays incomplete, to be looked at and resubmitted, rather than dropped silently.
        SystemActor.run("central status", () -> residents.moveKtpStatus(changed.nik(), move.get().from(), move.get().to()));
    }

    /** The registry change central's status asks for: to {@code to}, if the resident stands at one of {@code from}. */
    record Move(Set<KtpStatus> from, KtpStatus to) {
    }

    static Optional<Move> move(String centralStatus, String reason) {
        if (CentralOutcome.PRINT_READY.equals(centralStatus)) {
            // a print-ready record supersedes an earlier failed or withdrawn one of the same NIK
            return Optional.of(new Move(EnumSet.of(KtpStatus.NONE, KtpStatus.IN_PROCESS, KtpStatus.DUPLICATE), KtpStatus.PRINT_READY));
        }
        if (CentralOutcome.ENROL_FAILURE.equals(centralStatus)) {
            return Optional.of(new Move(EnumSet.of(KtpStatus.IN_PROCESS), KtpStatus.NONE));
        }
        if (CentralOutcome.isResolvedDuplicate(centralStatus, reason)) {
            return Optional.of(new Move(EnumSet.of(KtpStatus.NONE, KtpStatus.IN_PROCESS), KtpStatus.DUPLICATE));
        }
        return Optional.empty();
    }
}
