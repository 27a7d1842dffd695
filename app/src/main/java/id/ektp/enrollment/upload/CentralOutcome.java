package id.ektp.enrollment.upload;

/**
 * Which of central's statuses are final for the service point. PRINT_READY_RECORD and
 * ENROLL_FAILURE_AT_CENTRAL never change. DUPLICATE_RECORD changes while the Dinas's clarification is open
 * ("the same person as ...") and is final once the record was withdrawn or merged into the one kept: central's
 * uniqueness outcomes (CheckOutcomes) word that reason "withdrawn; the person keeps ..." or "merged into ...".
 */
final class CentralOutcome {

    static final String PRINT_READY = "PRINT_READY_RECORD";
    static final String DUPLICATE = "DUPLICATE_RECORD";
    static final String ENROL_FAILURE = "ENROLL_FAILURE_AT_CENTRAL";

    /** Final statuses as an SQL condition over packet_outbox's columns, kept next to {@link #isResolvedDuplicate} so that the two agree. */
    static final String FINAL_SQL = "(coalesce(central_status, '') IN ('" + PRINT_READY + "', '" + ENROL_FAILURE + "') OR (central_status = '"
            + DUPLICATE + "' AND (central_reason LIKE 'withdrawn%' OR central_reason LIKE 'merged into%')))";

    private CentralOutcome() {
    }

    /** A duplicate record withdrawn or merged: the person keeps their other record. */
    static boolean isResolvedDuplicate(String status, String reason) {
        return DUPLICATE.equals(status) && reason != null && (reason.startsWith("withdrawn") || reason.startsWith("merged into"));
    }
}
