package id.ektp.registry.residents;

/** Subject ids of audit entries are at most 64 characters; a longer one (a search text, a file path) is cut. */
public final class AuditIds {

    static final int MAX = 64;

    private AuditIds() {
    }

    public static String of(String id) {
        return id == null || id.length() <= MAX ? id : id.substring(0, MAX - 1) + "\u2026";
    }
}
