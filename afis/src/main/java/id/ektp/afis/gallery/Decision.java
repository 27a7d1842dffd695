package id.ektp.afis.gallery;

/** What the central uniqueness check concludes about one candidate (and about a whole search). */
public enum Decision {
    /** The fused score is at or above the duplicate threshold: the same person, no human needed. */
    DUPLICATE,
    /** Between the adjudicate and duplicate thresholds: a fingerprint examiner decides. */
    ADJUDICATE,
    /** Below the adjudicate threshold. */
    NO_MATCH
}
