package id.ektp.accounts;

/**
 * Everything the audit log records, as a closed list. Each action is stored as two readable words, the
 * verb and the kind of record ({@code READ RESIDENT}, {@code OFFICER_CREATED OFFICER}), the same text the
 * log held before the list was typed, so old and new entries read and verify alike.
 */
public enum AuditAction {
    RESIDENT_READ("READ", "RESIDENT"),
    RESIDENT_REGISTERED("CREATE", "RESIDENT"),
    RESIDENT_CORRECTED("UPDATE", "RESIDENT"),
    RESIDENT_DELETED("DELETE", "RESIDENT"),
    KTP_STATUS_CHANGED("UPDATE", "RESIDENT"),
    RESIDENTS_SEARCHED("READ", "RESIDENT_SEARCH"),
    FAMILY_READ("READ", "FAMILY"),
    FAMILY_CREATED("CREATE", "FAMILY"),
    NIK_ISSUED("ISSUE", "NIK"),
    WAJIB_KTP_LIST_READ("READ", "WAJIB_KTP_LIST"),
    REGIONS_IMPORTED("IMPORT", "REGION"),
    POPULATION_GENERATED("GENERATE", "POPULATION"),
    OFFICE_CREATED("OFFICE_CREATED", "OFFICE"),
    OFFICER_CREATED("OFFICER_CREATED", "OFFICER"),
    OFFICER_CHANGED("OFFICER_CHANGED", "OFFICER"),
    OFFICER_UNLOCKED("OFFICER_UNLOCKED", "OFFICER"),
    PASSWORD_CHANGED("PASSWORD_CHANGED", "OFFICER"),
    TOKEN_ISSUED("TOKEN_ISSUED", "OFFICER"),
    LOGIN("LOGIN", "OFFICER"),
    LOGIN_FAILED("LOGIN_FAILED", "OFFICER"),
    LOGIN_REFUSED_LOCKED("LOGIN_REFUSED_LOCKED", "OFFICER"),
    LOGIN_REFUSED_DISABLED("LOGIN_REFUSED_DISABLED", "OFFICER"),
    LOCKED_OUT("LOCKED_OUT", "OFFICER"),
    CAMPAIGN_OPENED("CAMPAIGN_OPEN", "CAMPAIGN"),
    CAMPAIGN_SIGNED("CAMPAIGN_SIGN", "CAMPAIGN"),
    CAMPAIGN_READ("READ", "CAMPAIGN"),
    SUMMONS_LETTERS_READY("SUMMONS_LETTERS_READY", "CAMPAIGN"),
    SUMMONS_LETTER_READ("READ", "SUMMONS_LETTER"),
    SUMMONS_DELIVERY_RECORDED("SUMMONS_DELIVERY", "SUMMONS"),
    SUMMONS_QR_REFUSED("CHECK_IN_REFUSED", "SUMMONS_QR"),
    CHECK_IN_REFUSED("CHECK_IN_REFUSED", "RESIDENT"),
    RESIDENT_CHECKED_IN("CHECK_IN", "RESIDENT"),
    QUEUE_NUMBER_CALLED("QUEUE_CALL", "CHECK_IN"),
    RESIDENT_DATA_CONFIRMED("DATA_CONFIRMED", "RESIDENT"),
    RESIDENT_DATA_CORRECTION_REQUESTED("DATA_CORRECTION", "RESIDENT"),
    APPLICATION_REFUSED("APPLICATION_REFUSED", "RESIDENT"),
    APPLICATION_SUBMITTED("APPLICATION_SUBMIT", "RESIDENT"),
    APPLICATION_SCAN_ATTACHED("SCAN_ATTACH", "APPLICATION"),
    APPLICATION_SCAN_REFUSED("SCAN_REFUSED", "APPLICATION"),
    APPLICATION_SCAN_READ("READ", "APPLICATION_SCAN"),
    /** A service-point record asked for that the officer does not see (another region's) or that does not exist. */
    ENROLLMENT_NOT_FOUND("NOT_FOUND", "ENROLLMENT"),
    FINE_SCHEDULE_SET("FINE_SCHEDULE_SET", "REGION");

    private final String verb;
    private final String subjectType;

    AuditAction(String verb, String subjectType) {
        this.verb = verb;
        this.subjectType = subjectType;
    }

    /** The stored {@code action} column. */
    public String verb() {
        return verb;
    }

    /** The stored {@code subject_type} column. */
    public String subjectType() {
        return subjectType;
    }
}
