package id.ektp.identification.uniqueness;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.SystemActor;
import id.ektp.identification.CaseDecided;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.DuplicateResolved;
import id.ektp.identification.adjudication.Adjudication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What people decided, taking effect in the records, the statuses and the gallery: the adjudicators' verdict
 * on a grey-zone record ({@link CaseDecided}) and the Dinas's resolution of a duplicate
 * ({@link DuplicateResolved}). A withdrawn record leaves the gallery after the transaction that says so has
 * committed (a crash between the two is put right by the start-up reconciliation). Both are idempotent: a
 * record no longer waiting for the outcome ignores it.
 */
@Component
class CheckOutcomes {

    private static final Logger log = LoggerFactory.getLogger(CheckOutcomes.class);

    private final UniquenessRecords records;
    private final Stages stages;
    private final GalleryKeeper gallery;
    private final ObjectProvider<Adjudication> adjudication;
    private final AuditTrail audit;

    CheckOutcomes(UniquenessRecords records, Stages stages, GalleryKeeper gallery, ObjectProvider<Adjudication> adjudication,
            AuditTrail audit) {
        this.records = records;
        this.stages = stages;
        this.gallery = gallery;
        this.adjudication = adjudication;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(CaseDecided decided) {
        SystemActor.run("uniqueness", () -> {
            UUID packetId = decided.packetId();
            UniquenessRecord r = records.lock(packetId);
            if (r.stage() != Stage.ADJUDICATION) {
                log.info("Case of packet {} decided while the record is {}: nothing to do", packetId, r.stage());
                return;
            }
            if (decided.duplicateOfPacketIds().isEmpty()) {
                stages.tell(packetId, CentralStatus.PRINT_READY_RECORD, "not a duplicate (adjudicated)");
                records.advance(packetId, Stage.DONE);
            } else {
                stages.tell(packetId, CentralStatus.DUPLICATE_RECORD, "the same person as " + decided.duplicateOfPacketIds() + " (adjudicated)");
                adjudication.getObject().openClarification(packetId, decided.duplicateOfPacketIds());
                records.advance(packetId, Stage.CLARIFICATION);
            }
            audit.record(AuditAction.UNIQUENESS_CASE_DECIDED, packetId.toString(),
                    "{\"duplicateOf\":" + decided.duplicateOfPacketIds().size() + "}");
        });
    }

    @ApplicationModuleListener
    void on(DuplicateResolved resolved) {
        SystemActor.run("uniqueness", () -> {
            UUID packetId = resolved.packetId();
            UniquenessRecord r = records.lock(packetId);
            if (r.stage() != Stage.CLARIFICATION) {
                log.info("Duplicate of packet {} resolved while the record is {}: nothing to do", packetId, r.stage());
                return;
            }
            List<UUID> leave = new ArrayList<>();
            String note = resolved.note() == null ? "" : ": " + resolved.note();
            switch (resolved.resolution()) {
                case WITHDRAW_THIS, MERGE -> {
                    // Merged: one person, one entry; the earlier record (and its NIK) is the one kept.
                    leave.add(r.referenceId());
                    stages.tell(packetId, CentralStatus.DUPLICATE_RECORD, (resolved.resolution() == DuplicateResolved.Resolution.MERGE
                            ? "merged into " : "withdrawn; the person keeps ") + resolved.duplicateOfPacketId() + note);
                }
                case WITHDRAW_EARLIER -> {
                    UniquenessRecord earlier = records.lock(resolved.duplicateOfPacketId());
                    leave.add(earlier.referenceId());
                    stages.tell(earlier.packetId(), CentralStatus.DUPLICATE_RECORD, "withdrawn; the person keeps " + packetId + note);
                    stages.tell(packetId, CentralStatus.PRINT_READY_RECORD, "the earlier record " + earlier.packetId() + " withdrawn" + note);
                }
                case FALSE_MATCH -> stages.tell(packetId, CentralStatus.PRINT_READY_RECORD, "not the same person (clarified)" + note);
                default -> throw new IllegalStateException(resolved.resolution().name());
            }
            for (UUID reference : leave) {
                records.findByReference(reference).ifPresent(m -> records.inGallery(m.packetId(), false));
                audit.record(AuditAction.GALLERY_ENTRY_REMOVED, records.findByReference(reference).orElseThrow().packetId().toString(),
                        resolved.resolution().name());
            }
            records.advance(packetId, Stage.DONE);
            audit.record(AuditAction.UNIQUENESS_DUPLICATE_RESOLVED, packetId.toString(),
                    "{\"resolution\":\"" + resolved.resolution() + "\",\"duplicateOf\":\"" + resolved.duplicateOfPacketId() + "\"}");
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    leave.forEach(gallery::delete);
                }
            });
        });
    }
}
