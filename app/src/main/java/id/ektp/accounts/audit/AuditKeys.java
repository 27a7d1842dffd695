package id.ektp.accounts.audit;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The audit key in use, or why there is none. Filled in at start-up by {@link AuditStartup}; appends
 * refuse to run without a key, verification reports the reason instead.
 */
@Component
class AuditKeys {

    private volatile AuditKey key;
    private volatile String problem = "the audit key has not been loaded yet";

    static AuditKeys of(AuditKey key) {
        AuditKeys keys = new AuditKeys();
        keys.use(key);
        return keys;
    }

    static AuditKeys unusable(String problem) {
        AuditKeys keys = new AuditKeys();
        keys.markUnusable(problem);
        return keys;
    }

    void use(AuditKey key) {
        this.key = key;
        this.problem = null;
    }

    void markUnusable(String problem) {
        this.key = null;
        this.problem = problem;
    }

    /** @throws AuditKeyException when there is no usable key, saying why */
    AuditKey require() {
        AuditKey k = key;
        if (k == null) {
            throw new AuditKeyException(problem);
        }
        return k;
    }

    Optional<AuditKey> current() {
        return Optional.ofNullable(key);
    }

    String problem() {
        return problem;
    }
}
