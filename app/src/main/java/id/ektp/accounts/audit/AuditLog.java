package id.ektp.accounts.audit;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.accounts.SystemActor;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail in PostgreSQL. Appends run in the caller's transaction (so an entry exists exactly
 * when the change it records was committed) and under a transaction-scoped advisory lock, so that
 * concurrent appends form one chain in one order. The price: audited transactions append one at a
 * time, which is why callers keep them short. Each entry is linked with the audit key, and once its
 * transaction has committed (never for a rolled-back one) the anchor moves to it.
 */
@Service
public class AuditLog implements AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    /** Key of the advisory lock that serialises appends ("audit" in ASCII). */
    private static final long APPEND_LOCK = 0x6175646974L;
    static final String NO_ROLE = "NONE";
    static final String NO_ADDRESS = "local";

    private final JdbcClient jdbc;
    private final CurrentOfficer currentOfficer;
    private final Clock clock;
    private final AuditKeys keys;
    private final AuditAnchor anchor;

    AuditLog(JdbcClient jdbc, CurrentOfficer currentOfficer, Optional<Clock> clock, AuditKeys keys, AuditAnchor anchor) {
        this.jdbc = jdbc;
        this.currentOfficer = currentOfficer;
        this.clock = clock.orElse(Clock.systemUTC());
        this.keys = keys;
        this.anchor = anchor;
    }

    @Override
    @Transactional
    public void record(AuditAction action, String subjectId, String detail) {
        Optional<Officer> officer = currentOfficer.find();
        if (officer.isPresent()) {
            record(officer.get().username(), officer.get().role().name(), action, subjectId, detail);
        } else if (SystemActor.currentJob().isPresent()) {
            record(SystemActor.NAME, SystemActor.ROLE, action, subjectId, detail);
        } else {
            throw new AccessDeniedException("no officer is signed in and this is no system work: " + action + " refused");
        }
    }

    /** An entry for an explicitly named actor: a login or failed login (nobody is signed in yet). */
    @Transactional
    public AuditEntry record(String actor, String actorRole, AuditAction action, String subjectId, String detail) {
        return record(actor, actorRole, action.verb(), action.subjectType(), subjectId, detail);
    }

    /**
     * Appends an entry as stored: the chain's own tests and tools write entries of any text through here;
     * the platform's code goes through the typed {@link AuditAction}s above.
     */
    @Transactional
    public AuditEntry record(String actor, String actorRole, String action, String subjectType, String subjectId, String detail) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // PostgreSQL would refuse the INSERT with a less helpful message.
            throw new IllegalStateException("audit entries are written in the caller's transaction, which must not be read-only");
        }
        AuditKey key = keys.require();
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, i) -> 1).single();
        AnchoredHead anchored = anchor.anchored();
        long anchoredSeq = anchored == null ? 0 : anchored.seq();
        HeadLookup found = lookUpHead(anchored);
        AuditHead head = found.head();
        boolean matchesAnchor = found.stillHoldsAnchor();
        long seq = head.seq() + 1;
        // PostgreSQL keeps microseconds: the link must cover exactly what is stored.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unlinked = new AuditEntry(seq, at, clip(actor, 64), clip(actorRole, 32), clip(remoteAddress(), 64),
                clip(action, 32), clip(subjectType, 32), clip(subjectId, 64), detail == null ? "" : detail, head.link(), null,
                null);
        AuditEntry entry = unlinked.withLink(AuditChain.keyedLink(key, unlinked), key.id());
        jdbc.sql("INSERT INTO audit_entry (seq, at, actor, actor_role, remote_address, action, subject_type, subject_id, "
                        + "detail, prev_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, Timestamp.from(at), entry.actor(), entry.actorRole(), entry.remoteAddress(), entry.action(),
                        entry.subjectType(), entry.subjectId(), entry.detail(), entry.prevHash(), entry.hash(), entry.keyId())
                .update();
        AuditHead appended = new AuditHead(seq, entry.hash());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (matchesAnchor) {
                    anchor.advance(appended);
                } else {
                    log.error("Audit chain no longer holds the anchored entry {}: entries were deleted or rewritten. "
                            + "The anchor stays there; run verify-audit", anchoredSeq);
                }
            }
        });
        return entry;
    }

    /** The head, and whether the chain still holds the anchored entry unchanged. */
    private record HeadLookup(AuditHead head, boolean stillHoldsAnchor) {
    }

    private HeadLookup lookUpHead(AnchoredHead anchored) {
        long anchoredSeq = anchored == null ? 0 : anchored.seq();
        // One round trip for both: if the anchored entry is gone or different, the chain was cut or
        // rewritten, and the anchor must stay where it is as the evidence.
        return jdbc.sql("SELECT seq, hash, (SELECT hash FROM audit_entry WHERE seq = ?) FROM audit_entry "
                        + "ORDER BY seq DESC LIMIT 1")
                .param(anchoredSeq)
                .query((rs, i) -> new HeadLookup(new AuditHead(rs.getLong(1), rs.getString(2)),
                        anchoredSeq == 0 || anchored.link().equals(rs.getString(3))))
                .optional()
                .orElse(new HeadLookup(AuditHead.EMPTY, anchoredSeq == 0));
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return NO_ADDRESS;
    }

    private static String clip(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max);
    }
}
