package id.ektp.identification.uniqueness;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.ReceivedPackets;
import id.ektp.identification.adjudication.Adjudication;
import id.ektp.identification.adjudication.CandidateMatch;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of each stage on one record. Each stage ends in one transaction that records its result and moves
 * the record on, so a crash anywhere repeats at most the stage under way; the search stage's insert into the
 * gallery follows its commit and is put right at start-up if the crash fell between them.
 */
@Component
class Stages {

    /** Names alike from this trigram similarity on (the registry's search uses 0.4 for a looser list). */
    static final double NAME_SIMILARITY = 0.5;
    static final int DEMOGRAPHIC_LIMIT = 20;

    private final UniquenessRecords records;
    private final Fingerprints fingerprints;
    private final GalleryKeeper gallery;
    private final ObjectProvider<ReceivedPackets> packets;
    private final ObjectProvider<Adjudication> adjudication;
    private final ObjectProvider<PipelineCheckpoints> checkpoints;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final PipelineSettings settings;
    private final StageTimings timings;

    Stages(UniquenessRecords records, Fingerprints fingerprints, GalleryKeeper gallery, ObjectProvider<ReceivedPackets> packets,
            ObjectProvider<Adjudication> adjudication, ObjectProvider<PipelineCheckpoints> checkpoints, AuditTrail audit,
            TransactionTemplate transactions, PipelineSettings settings, StageTimings timings) {
        this.records = records;
        this.fingerprints = fingerprints;
        this.gallery = gallery;
        this.packets = packets;
        this.adjudication = adjudication;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.timings = timings;
    }

    void run(UUID packetId, Stage stage) {
        long started = System.nanoTime();
        work(packetId, stage);
        timings.add(stage, System.nanoTime() - started);
    }

    private void work(UUID packetId, Stage stage) {
        switch (stage) {
            case VALIDATION -> validate(packetId);
            case DEMOGRAPHIC -> demographic(packetId);
            case SEARCH -> search(packetId);
            case DECISION -> decide(packetId);
            default -> throw new IllegalStateException("stage " + stage + " is not worked by the pipeline");
        }
    }

    private void validate(UUID packetId) {
        // read (and decrypt) once for the fingers and the demographics
        EnrolmentPacket packet = packets.getObject().packet(packetId);
        try {
            fingerprints.validate(packetId, packet);
        } catch (PacketRefused refused) {
            String reason = refused.getMessage();
            inStage(packetId, Stage.VALIDATION, () -> {
                records.advance(packetId, Stage.REJECTED);
                tell(packetId, CentralStatus.ENROLL_FAILURE_AT_CENTRAL, reason);
                audit.record(AuditAction.UNIQUENESS_REFUSED, packetId.toString(), reason);
            });
            fingerprints.forget(packetId);
            return;
        }
        Demographics demographics = packet.demographics();
        inStage(packetId, Stage.VALIDATION, () -> {
            records.demographics(packetId, demographics);
            records.advance(packetId, Stage.DEMOGRAPHIC);
        });
    }

    private void demographic(UUID packetId) {
        inStage(packetId, Stage.DEMOGRAPHIC, () -> {
            UniquenessRecord r = records.get(packetId);
            Demographics d = new Demographics(r.nik(), null, r.fullName(), null, r.dateOfBirth(),
                    Demographics.Sex.valueOf(r.sex()), r.desaCode());
            records.demographicCandidates(packetId, records.sameNik(packetId, r.nik()),
                    records.alike(packetId, d, NAME_SIMILARITY, DEMOGRAPHIC_LIMIT));
            records.advance(packetId, Stage.SEARCH);
            tell(packetId, CentralStatus.SEARCH_IN_PROGRESS, null);
        });
    }

    /**
     * 1:N against everyone, then (under the insert lock) again against everyone inserted since the search
     * began and in full against the demographic candidates; the result is committed, then the person inserted.
     */
    private void search(UUID packetId) {
        UniquenessRecord record = records.get(packetId);
        TenPrint print = fingerprints.of(packetId);
        long started = System.nanoTime();
        GalleryKeeper.Search search = gallery.search(print, settings.maxCandidates());
        try {
            checkpoint(PipelineCheckpoints.SEARCHED, packetId);
            gallery.underInsertLock(() -> {
                Map<UUID, Candidate> found = new LinkedHashMap<>();
                List<UUID> since = new ArrayList<>(gallery.insertedSince(search));
                since.remove(record.referenceId());
                add(found, search.identification(), Candidate.FoundBy.BIOMETRIC, record.referenceId());
                if (!since.isEmpty()) {
                    add(found, gallery.compare(print, since, settings.maxCandidates()), Candidate.FoundBy.BIOMETRIC, record.referenceId());
                }
                compareDemographic(packetId, print, record.referenceId(), found);
                List<Candidate> kept = found.values().stream()
                        .filter(c -> c.decision() != Decision.NO_MATCH || c.foundBy() != Candidate.FoundBy.BIOMETRIC)
                        .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
                Verdict verdict = Verdict.of(kept);
                int millis = (int) ((System.nanoTime() - started) / 1_000_000);
                boolean committed = Boolean.TRUE.equals(transactions.execute(tx -> {
                    if (records.lock(packetId).stage() != Stage.SEARCH) {
                        return false; // reprocessed or moved on meanwhile: nothing to do
                    }
                    records.searched(packetId, verdict.name(), kept, millis);
                    records.advance(packetId, Stage.DECISION);
                    return true;
                }));
                if (!committed) {
                    return null;
                }
                checkpoint(PipelineCheckpoints.COMMITTED, packetId);
                try {
                    gallery.insert(record.referenceId(), print);
                } catch (RuntimeException e) {
                    // The promise in the table would be false: take it back, so the search runs again.
                    transactions.executeWithoutResult(tx -> {
                        records.inGallery(packetId, false);
                        records.advance(packetId, Stage.SEARCH);
                    });
                    throw e;
                }
                checkpoint(PipelineCheckpoints.INSERTED, packetId);
                return null;
            });
        } finally {
            gallery.searchEnded(search);
        }
        fingerprints.forget(packetId);
    }

    /** The demographic candidates compared 1:1 in full, whatever the index would have ranked them. */
    private void compareDemographic(UUID packetId, TenPrint print, UUID ownReference, Map<UUID, Candidate> found) {
        List<Candidate> demographic = records.candidates(packetId).stream()
                .filter(c -> c.foundBy() != Candidate.FoundBy.BIOMETRIC).toList();
        if (demographic.isEmpty()) {
            return;
        }
        Map<UUID, UUID> references = records.referencesOf(demographic.stream().map(Candidate::candidatePacketId).toList());
        Identification compared = gallery.compare(print, references.values(), references.size());
        Map<UUID, Candidate.FoundBy> foundBy = new LinkedHashMap<>();
        demographic.forEach(c -> foundBy.put(c.candidatePacketId(), c.foundBy()));
        for (var c : compared.candidates()) {
            if (c.referenceId().equals(ownReference)) {
                continue;
            }
            UUID candidatePacket = references.entrySet().stream().filter(e -> e.getValue().equals(c.referenceId()))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            // Found by the demographics, scored on every finger: this comparison is the complete one.
            found.put(candidatePacket, new Candidate(candidatePacket, foundBy.get(candidatePacket), c.fusedScore(),
                    c.fingerScores(), c.decision()));
        }
    }

    private void add(Map<UUID, Candidate> found, Identification identification, Candidate.FoundBy how, UUID ownReference) {
        List<UUID> references = identification.candidates().stream().map(c -> c.referenceId())
                .filter(id -> !id.equals(ownReference)).toList();
        Map<UUID, UUID> packetOf = records.packetsOf(references);
        for (var c : identification.candidates()) {
            UUID packet = packetOf.get(c.referenceId());
            if (packet == null) {
                continue; // own entry (never searched against itself), or an entry reconciliation removes
            }
            Candidate earlier = found.get(packet);
            if (earlier == null || earlier.score() < c.fusedScore()) {
                found.put(packet, new Candidate(packet, how, c.fusedScore(), c.fingerScores(), c.decision()));
            }
        }
    }

    private void decide(UUID packetId) {
        inStage(packetId, Stage.DECISION, () -> {
            UniquenessRecord r = records.get(packetId);
            List<Candidate> candidates = records.candidates(packetId);
            Verdict verdict = Verdict.valueOf(r.decision());
            switch (verdict) {
                case UNIQUE -> {
                    tell(packetId, CentralStatus.PRINT_READY_RECORD, null);
                    records.advance(packetId, Stage.DONE);
                }
                case ADJUDICATE -> {
                    List<CandidateMatch> matches = Verdict.forAdjudication(candidates).stream()
                            .map(c -> new CandidateMatch(c.candidatePacketId(), c.score(), c.fingerScores())).toList();
                    tell(packetId, CentralStatus.ADJUDICATE_RECORD, matches.size() + " candidate(s) for the adjudicators");
                    adjudication.getObject().openCase(packetId, matches);
                    records.advance(packetId, Stage.ADJUDICATION);
                }
                case DUPLICATE -> {
                    List<UUID> duplicates = Verdict.duplicatesOf(candidates);
                    tell(packetId, CentralStatus.DUPLICATE_RECORD, "the same person as " + duplicates);
                    adjudication.getObject().openClarification(packetId, duplicates);
                    records.advance(packetId, Stage.CLARIFICATION);
                }
                default -> throw new IllegalStateException(verdict.name());
            }
            audit.record(AuditAction.UNIQUENESS_DECIDED, packetId.toString(),
                    "{\"decision\":\"" + verdict + "\",\"candidates\":" + candidates.size() + "}");
        });
    }

    /** Runs {@code work} in one transaction with the record locked, if it is still in {@code stage}. */
    private void inStage(UUID packetId, Stage stage, Runnable work) {
        transactions.executeWithoutResult(tx -> {
            if (records.lock(packetId).stage() == stage) {
                work.run();
            }
        });
    }

    /** The station's status (through intake), and the pipeline's copy of it. */
    void tell(UUID packetId, CentralStatus status, String reason) {
        packets.getObject().updateStatus(packetId, status, reason);
        records.outcome(packetId, status.name(), reason);
    }

    private void checkpoint(String point, UUID packetId) {
        PipelineCheckpoints hook = checkpoints.getIfAvailable();
        if (hook != null) {
            hook.reached(point, packetId);
        }
    }
}
