package id.ektp.accounts.audit;

/**
 * What the anchor file vouches for: the head at the last anchored commit, and the first sequence number
 * linked with the key (entries before it are legacy), so that an entry passed off as legacy after the
 * switch is caught.
 */
record AnchoredHead(long seq, String link, long keyedFrom) {

    AnchoredHead advancedTo(AuditHead head) {
        return new AnchoredHead(head.seq(), head.link(), keyedFrom);
    }
}
