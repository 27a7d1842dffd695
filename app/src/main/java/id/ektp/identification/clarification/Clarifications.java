package id.ektp.identification.clarification;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.accounts.SystemActor;
import id.ektp.identification.DuplicateResolved;
import id.ektp.identification.DuplicateResolved.Resolution;
import id.ektp.identification.records.CentralRecords;
import id.ektp.identification.records.RecordRegion;
import id.ektp.identification.web.IdentificationRefusal;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 10 of the flow: a duplicate goes back to the Dinas and the kecamatan of both records, who clarify it
 * with the resident and record the outcome (withdraw this record, withdraw the earlier one, merge, or a false
 * match confirmed) with a note. The outcome is published as {@link DuplicateResolved} in the same
 * transaction, and the uniqueness pipeline makes it take effect in the gallery and the record's status.
 *
 * <p>An officer sees a task when their region covers either record's kecamatan; any other answers 404 and
 * never appears in a list, as residents of another region do in the registry.
 */
@Service
public class Clarifications {

    public static final int NOTE_MAX = 1000;

    private final ClarificationStore store;
    private final CentralRecords records;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Clarifications(ClarificationStore store, CentralRecords records, AuditTrail audit, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.store = store;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One task per earlier record; a repeated hand-over of the same pair changes nothing. In the caller's transaction. */
    @Transactional
    public void open(UUID packetId, List<UUID> duplicateOfPacketIds) {
        String kecamatan = RecordRegion.kecamatanOf(records.packet(packetId));
        Instant now = clock.instant();
        for (UUID earlier : duplicateOfPacketIds) {
            ClarificationTask task = new ClarificationTask(UUID.randomUUID(), packetId, earlier, kecamatan,
                    RecordRegion.kecamatanOf(records.packet(earlier)), now, null, null, null, null);
            if (store.insert(task)) {
                SystemActor.run("clarification-open", () -> audit.record(AuditAction.CLARIFICATION_OPENED, packetId.toString(),
                        "{\"duplicateOf\":\"" + earlier + "\",\"task\":\"" + task.id() + "\"}"));
            }
        }
    }

    /** The tasks the officer's region sees: open ones oldest first, or all (open first, newest first). */
    public List<ClarificationTask> list(Officer officer, boolean openOnly) {
        return store.list(officer.regionCode(), openOnly);
    }

    /** The task with both records, as intake holds them; the read is audited. */
    @Transactional
    public ClarificationView read(UUID id, Officer officer) {
        ClarificationTask task = find(id, officer);
        audit.read(AuditAction.CLARIFICATION_READ, id.toString());
        return new ClarificationView(task, ClarificationView.Side.of(records.packet(task.packetId())),
                ClarificationView.Side.of(records.packet(task.duplicateOfPacketId())));
    }

    @Transactional
    public ClarificationTask resolve(UUID id, Resolution resolution, String note, Officer officer) {
        String text = note == null ? "" : note.strip();
        if (resolution == null) {
            throw new InvalidInputException("resolution", "problem.clarification.resolution",
                    "choose WITHDRAW_THIS, WITHDRAW_EARLIER, MERGE or FALSE_MATCH");
        }
        if (text.isEmpty() || text.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "problem.clarification.note",
                    "say what the resident's clarification showed, in 1 to {0} characters", NOTE_MAX);
        }
        ClarificationTask task = find(id, officer);
        if (!store.resolve(id, resolution, text, officer.username(), clock.instant())) {
            throw new IdentificationRefusal("already-resolved", "task", "problem.clarification.resolved",
                    "this duplicate was already resolved as {0}", find(id, officer).resolution());
        }
        audit.record(AuditAction.CLARIFICATION_RESOLVED, task.packetId().toString(), "{\"task\":\"" + id + "\",\"duplicateOf\":\""
                + task.duplicateOfPacketId() + "\",\"resolution\":\"" + resolution + "\"}");
        events.publishEvent(new DuplicateResolved(task.packetId(), task.duplicateOfPacketId(), resolution, text));
        return find(id, officer);
    }

    public long found() {
        return store.count();
    }

    public long waiting() {
        return store.open();
    }

    private ClarificationTask find(UUID id, Officer officer) {
        return store.find(id, officer.regionCode()).orElseThrow(() -> new NotFoundException("clarification task", id.toString()));
    }
}
