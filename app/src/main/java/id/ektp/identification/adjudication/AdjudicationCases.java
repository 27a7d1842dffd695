package id.ektp.identification.adjudication;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.accounts.SystemActor;
import id.ektp.identification.CaseDecided;
import id.ektp.identification.clarification.Clarifications;
import id.ektp.identification.records.CentralRecords;
import id.ektp.identification.records.RecordRegion;
import id.ektp.identification.web.IdentificationRefusal;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The adjudication queue (adjudikasi): grey-zone records handed over by the uniqueness check, the
 * adjudicators' votes candidate by candidate, and the case's outcome.
 *
 * <p>A candidate's verdict is final when {@code agreementsNeeded} adjudicators gave the same one: one, or two
 * under the second-opinion rule. Under that rule a disagreement (one says duplicate, the other not) leaves
 * the candidate open for a third adjudicator, whose vote makes a majority of two; nobody votes twice on a
 * candidate. When every candidate is final the case is decided: {@link CaseDecided} is published with the
 * duplicates, and each duplicate gets its clarification task, in the same transaction.
 */
@Service
public class AdjudicationCases implements Adjudication {

    public static final int REASON_MAX = 500;

    private final CaseStore store;
    private final CentralRecords records;
    private final ConflictOfInterest conflicts;
    private final AdjudicationSettings settings;
    private final Clarifications clarifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AdjudicationCases(CaseStore store, CentralRecords records, ConflictOfInterest conflicts, AdjudicationSettings settings,
            Clarifications clarifications, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions,
            Optional<Clock> clock) {
        this.store = store;
        this.records = records;
        this.conflicts = conflicts;
        this.settings = settings;
        this.clarifications = clarifications;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public void openCase(UUID packetId, List<CandidateMatch> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a grey-zone case has at least one candidate: " + packetId);
        }
        EnrolmentPacket packet = records.packet(packetId);
        List<CaseCandidate> ranked = new ArrayList<>();
        List<CandidateMatch> best = candidates.stream().sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
        for (int i = 0; i < best.size(); i++) {
            CandidateMatch m = best.get(i);
            Map<String, Double> scores = new LinkedHashMap<>();
            m.fingerScores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> scores.put(e.getKey().name(), e.getValue()));
            ranked.add(new CaseCandidate(m.candidatePacketId(), i + 1, m.score(), scores, null, List.of()));
        }
        AdjudicationCase c = new AdjudicationCase(packetId, RecordRegion.kecamatanOf(packet), packet.capture().officer(),
                packet.capture().station(), settings.agreementsNeeded(), clock.instant(), null, ranked);
        if (store.insert(c)) {
            SystemActor.run("adjudication-open", () -> audit.record(AuditAction.ADJUDICATION_CASE_OPENED, packetId.toString(),
                    "{\"candidates\":" + ranked.size() + ",\"agreementsNeeded\":" + c.agreementsNeeded() + "}"));
        }
    }

    @Override
    @Transactional
    public void openClarification(UUID packetId, List<UUID> duplicateOfPacketIds) {
        clarifications.open(packetId, duplicateOfPacketIds);
    }

    /** The cases waiting for this adjudicator, oldest first. */
    public List<AdjudicationCase> queue(Officer adjudicator, int limit) {
        return store.waitingFor(adjudicator.username(), conflicts.homeRegionOf(adjudicator), limit);
    }

    /** A case as its adjudicator sees it; refused when they must not decide it. The read is audited. */
    @Transactional
    public AdjudicationCase open(UUID packetId, Officer adjudicator) {
        AdjudicationCase c = store.find(packetId).orElseThrow(() -> new NotFoundException("adjudication case", packetId.toString()));
        conflicts.check(adjudicator, c);
        audit.read(AuditAction.ADJUDICATION_CASE_READ, packetId.toString());
        return c;
    }

    /** The case, checked as {@link #open} checks it but not audited: for the pictures of a page whose read was. */
    public AdjudicationCase visible(UUID packetId, Officer adjudicator) {
        AdjudicationCase c = store.find(packetId).orElseThrow(() -> new NotFoundException("adjudication case", packetId.toString()));
        conflicts.check(adjudicator, c);
        return c;
    }

    /** The packet of the case or of one of its candidates; anything else is not this case's to show. */
    public EnrolmentPacket record(AdjudicationCase c, UUID packetId) {
        if (!c.packetId().equals(packetId) && c.candidate(packetId).isEmpty()) {
            throw new NotFoundException("record of adjudication case " + c.packetId(), packetId.toString());
        }
        return records.packet(packetId);
    }

    /** One adjudicator's verdict on one candidate, with the reason; returns the case as it now stands. */
    public AdjudicationCase vote(UUID packetId, UUID candidatePacketId, Verdict verdict, String reason, Officer adjudicator) {
        String why = reason == null ? "" : reason.strip();
        if (verdict == null) {
            throw new InvalidInputException("verdict", "problem.adjudication.verdict", "choose DUPLICATE or NOT_DUPLICATE");
        }
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "problem.adjudication.reason", "give the reason in 1 to {0} characters", REASON_MAX);
        }
        try {
            return transactions.execute(s -> castVote(packetId, candidatePacketId, verdict, why, adjudicator));
        } catch (IdentificationRefusal e) {
            // The refusal is on record in a transaction of its own; the refused vote left nothing.
            audit.record(AuditAction.ADJUDICATION_VOTE_REFUSED, packetId.toString(), "{\"reason\":\"" + e.slug() + "\"}");
            throw e;
        }
    }

    public long waiting() {
        return store.waiting().cases();
    }

    public Optional<Instant> oldestWaiting() {
        return Optional.ofNullable(store.waiting().oldestOpenedAt());
    }

    private AdjudicationCase castVote(UUID packetId, UUID candidatePacketId, Verdict verdict, String why, Officer adjudicator) {
        AdjudicationCase c = store.lock(packetId).orElseThrow(() -> new NotFoundException("adjudication case", packetId.toString()));
        conflicts.check(adjudicator, c);
        CaseCandidate candidate = c.candidate(candidatePacketId)
                .orElseThrow(() -> new NotFoundException("candidate of case " + packetId, candidatePacketId.toString()));
        if (candidate.decided()) {
            throw new IdentificationRefusal("already-decided", "candidate", "problem.adjudication.decided",
                    "this candidate is already decided: {0}", candidate.verdict());
        }
        if (candidate.votedBy(adjudicator.username())) {
            throw new IdentificationRefusal("already-voted", "candidate", "problem.adjudication.voted",
                    "you already gave your verdict on this candidate; the second opinion is another adjudicator''s");
        }
        Instant now = clock.instant();
        store.insertVote(packetId, candidatePacketId, new Vote(adjudicator.username(), verdict, why, now));
        audit.record(AuditAction.ADJUDICATION_VOTE_CAST, packetId.toString(),
                "{\"candidate\":\"" + candidatePacketId + "\",\"verdict\":\"" + verdict + "\"}");
        if (candidate.votesFor(verdict) + 1 >= c.agreementsNeeded()) {
            store.settle(packetId, candidatePacketId, verdict);
        }
        AdjudicationCase current = store.find(packetId).orElseThrow();
        if (current.candidates().stream().allMatch(CaseCandidate::decided)) {
            store.markDecided(packetId, now);
            List<UUID> duplicates = current.duplicates();
            audit.record(AuditAction.ADJUDICATION_CASE_DECIDED, packetId.toString(), "{\"duplicates\":" + duplicates.size() + "}");
            events.publishEvent(new CaseDecided(packetId, duplicates));
            if (!duplicates.isEmpty()) {
                clarifications.open(packetId, duplicates);
            }
            return store.find(packetId).orElseThrow();
        }
        return current;
    }
}
