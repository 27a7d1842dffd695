package id.ektp.accounts.audit;

/**
 * The anchor as verification found it: a head vouched for by the key, no file at all, or a file that
 * cannot be trusted (forged, damaged, or no key to check it with).
 */
record AnchorReading(AnchoredHead head, String problem, boolean fileUntrusted) {

    static AnchorReading of(AnchoredHead head) {
        return new AnchorReading(head, null, false);
    }

    static AnchorReading missing(String problem) {
        return new AnchorReading(null, problem, false);
    }

    static AnchorReading unreadable(String problem) {
        return new AnchorReading(null, problem, true);
    }
}
