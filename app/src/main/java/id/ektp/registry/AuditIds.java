package id.ektp.registry;

/** Subject ids of audit entries are at most 64 characters; a longer one (a search text, a file path) is cut. */
final class AuditIds {

    static final int MAX = 64;

    private AuditIds() {
    }

    static String of(String id) {
        return id == null || id.length() <= MAX ? id : id.substring(0, MAX - 1) + "\u2026";
    }
}
