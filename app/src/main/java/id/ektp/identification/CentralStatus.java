package id.ektp.identification;

/**
 * A record's status at the central data centre, named as in the real system where it has a name. The
 * service point sees these for each packet it sent.
 */
public enum CentralStatus {
    /** Verified, opened and stored by intake; waiting for the uniqueness check. */
    RECEIVED_AT_CENTRAL,
    /** Refused by intake or validation (bad signature, schema, sizes, hashes); the reason says which. */
    ENROLL_FAILURE_AT_CENTRAL,
    /** The 1:N check is running or queued. */
    SEARCH_IN_PROGRESS,
    /** The check could not run after its retries; parked for a data-centre officer to reprocess. */
    SEARCH_FAILURE_AT_CENTRAL,
    /** In the grey zone: waiting for the adjudicators. */
    ADJUDICATE_RECORD,
    /** The same person as an earlier record (certain or adjudicated): sent back for clarification. */
    DUPLICATE_RECORD,
    /** Unique: ready for personalisation and printing in the regional database of its Dinas. */
    PRINT_READY_RECORD
}
