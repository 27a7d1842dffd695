package id.ektp.identification.uniqueness;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.platform.domain.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What the data-centre officer sees and does, scoped to the officer's region (a record of a desa outside it
 * answers 404 and is not listed): records per stage, a stage's records, one record with its candidates, the
 * gallery's state, and reprocessing a parked record. Reads and the reprocess are audited.
 */
@Service
class UniquenessOverview {

    private final UniquenessRecords records;
    private final UniquenessPipeline pipeline;
    private final GalleryKeeper gallery;
    private final GalleryReconciliation reconciliation;
    private final CurrentOfficer current;
    private final AuditTrail audit;

    UniquenessOverview(UniquenessRecords records, UniquenessPipeline pipeline, GalleryKeeper gallery,
            GalleryReconciliation reconciliation, CurrentOfficer current, AuditTrail audit) {
        this.records = records;
        this.pipeline = pipeline;
        this.gallery = gallery;
        this.reconciliation = reconciliation;
        this.current = current;
        this.audit = audit;
    }

    record GalleryState(int persons, int members, String state, int rebuilt, int toRebuild, boolean running) {
    }

    Map<Stage, Integer> perStage() {
        return records.countByStage();
    }

    GalleryState gallery() {
        GalleryReconciliation.Progress p = reconciliation.progress();
        return new GalleryState(gallery.count(), records.galleryMembers().size(), p.state(), p.done(), p.total(), pipeline.running());
    }

    /** Members of the gallery by the records that are missing from the folder (0 when they agree). */
    int missingFromGallery() {
        return (int) records.galleryMembers().keySet().stream().filter(r -> !gallery.contains(r)).count();
    }

    List<UniquenessRecord> inStage(Stage stage, int limit) {
        Officer officer = officer();
        audit.record(AuditAction.UNIQUENESS_RECORDS_LISTED, stage.name(), "");
        return records.inStage(stage, officer.regionCode(), limit);
    }

    record Detail(UniquenessRecord record, List<Candidate> candidates) {
    }

    Detail detail(UUID packetId) {
        UniquenessRecord r = visible(packetId);
        audit.read(AuditAction.UNIQUENESS_RECORD_READ, packetId.toString());
        return new Detail(r, records.candidates(packetId));
    }

    UniquenessRecord reprocess(UUID packetId) {
        visible(packetId);
        pipeline.reprocess(packetId);
        return records.get(packetId);
    }

    private UniquenessRecord visible(UUID packetId) {
        Officer officer = officer();
        return records.find(packetId)
                .filter(r -> officer.isNational() || r.desaCode() != null && officer.covers(r.desaCode()))
                .orElseThrow(() -> new NotFoundException("uniqueness record", packetId.toString()));
    }

    private Officer officer() {
        return current.find().orElseThrow(() -> new AccessDeniedException("no officer is signed in"));
    }
}
