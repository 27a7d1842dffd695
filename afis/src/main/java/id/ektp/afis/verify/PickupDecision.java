package id.ektp.afis.verify;

/** The outcome of one pick-up attempt, and of the whole check. */
public enum PickupDecision {
    /** The live fingers are the enrolled resident's: hand the card over. */
    MATCH,
    /** Not matched: another attempt if any is left, else the check has failed (to the supervisor). */
    NO_MATCH
}
