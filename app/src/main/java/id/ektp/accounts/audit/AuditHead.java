package id.ektp.accounts.audit;

/** The last entry of the chain: its sequence number and link. */
record AuditHead(long seq, String link) {

    static final AuditHead EMPTY = new AuditHead(0, AuditChain.GENESIS);
}
