package id.ektp.accounts.audit;

import java.util.Optional;

/** One pass over the entries in sequence order, against the key and the anchor. */
final class ChainWalk {

    /** The entries in sequence order; {@code null} after the last. */
    interface Rows {
        AuditEntry next();
    }

    private final Optional<AuditKey> key;
    private final String keyProblem;
    private final AnchorReading anchor;
    private long checked;
    private long legacy;
    private Long firstKeyed;

    ChainWalk(Optional<AuditKey> key, String keyProblem, AnchorReading anchor) {
        this.key = key;
        this.keyProblem = keyProblem;
        this.anchor = anchor;
    }

    AuditVerification walk(Rows rows) {
        long expectedSeq = 1;
        String expectedPrev = AuditChain.GENESIS;
        AnchoredHead anchored = anchor.head();
        for (AuditEntry e = rows.next(); e != null; e = rows.next()) {
            if (e.seq() != expectedSeq) {
                return broken(expectedSeq, "entries " + expectedSeq + " to " + (e.seq() - 1) + " are missing (deleted)");
            }
            if (!e.prevHash().equals(expectedPrev)) {
                return broken(e.seq(), "previous link does not match entry " + (e.seq() - 1));
            }
            String problem = e.legacy() ? legacyProblem(e) : keyedProblem(e);
            if (problem != null) {
                return broken(e.seq(), problem);
            }
            if (anchored != null && e.seq() == anchored.seq() && !e.hash().equals(anchored.link())) {
                return broken(e.seq(), "entry differs from the head recorded in the anchor (the chain was rewritten)");
            }
            if (e.legacy()) {
                legacy++;
            } else if (firstKeyed == null) {
                firstKeyed = e.seq();
            }
            expectedPrev = e.hash();
            expectedSeq++;
            checked++;
        }
        AuditHead head = new AuditHead(expectedSeq - 1, expectedPrev);
        if (anchored != null && head.seq() < anchored.seq()) {
            return broken(head.seq() + 1, "entries " + (head.seq() + 1) + " to " + anchored.seq()
                    + " are recorded in the anchor but missing (the last entries were deleted)");
        }
        if (anchored == null && (firstKeyed != null || anchor.fileUntrusted())) {
            return broken(head.seq(), anchor.problem());
        }
        return AuditVerification.intact(checked, head, legacy, key.map(AuditKey::id).orElse(null),
                anchored == null ? null : anchored.seq());
    }

    private String legacyProblem(AuditEntry e) {
        if (firstKeyed != null) {
            return "unkeyed entry after the chain switched to keyed links at entry " + firstKeyed;
        }
        if (anchor.head() != null && e.seq() >= anchor.head().keyedFrom()) {
            return "unkeyed entry, but the anchor records keyed links from entry " + anchor.head().keyedFrom();
        }
        if (!AuditChain.legacyHash(e).equals(e.hash())) {
            return "fields do not match the stored legacy hash (edited)";
        }
        return null;
    }

    private String keyedProblem(AuditEntry e) {
        if (key.isEmpty()) {
            return keyProblem + "; keyed entries from here on cannot be verified";
        }
        AuditKey k = key.get();
        if (!e.keyId().equals(k.id())) {
            return "entry is linked with key " + e.keyId() + ", but the audit key file " + k.file() + " holds key " + k.id()
                    + " (wrong key file, or the entry was edited)";
        }
        if (!AuditChain.keyedLink(k, e).equals(e.hash())) {
            return "fields do not match the stored link (edited, or re-linked without the audit key)";
        }
        return null;
    }

    private AuditVerification broken(long seq, String reason) {
        return AuditVerification.broken(checked, seq, reason, legacy, key.map(AuditKey::id).orElse(null));
    }
}
