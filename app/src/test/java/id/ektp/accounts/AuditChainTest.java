package id.ektp.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.audit.AuditLog;
import id.ektp.accounts.audit.AuditVerification;
import id.ektp.accounts.audit.AuditVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log is append-only and hash-chained: an edited or a deleted entry is found. */
class AuditChainTest extends AccountsTestSupport {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void databaseRefusesUpdateAndDelete() {
        trail.change("UPDATE", "RESIDENT", "3273010101900001", "{\"name\":\"x\"}");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
    }

    @Test
    void anEditedEntryIsDetectedAndNamed() {
        long seq = log.record("tester", "NONE", "READ", "RESIDENT", "3273014501900002", "").seq();
        trail.read("RESIDENT", "3273014501900003");
        assertThat(verifier.verify().intact()).isTrue();

        String original = jdbc.sql("SELECT subject_id FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        withoutAppendOnlyTrigger(() -> jdbc.sql("UPDATE audit_entry SET subject_id = '3273019999990001' WHERE seq = ?").param(seq).update());
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.reason()).contains("edited");
        } finally {
            withoutAppendOnlyTrigger(() -> jdbc.sql("UPDATE audit_entry SET subject_id = ? WHERE seq = ?").params(original, seq).update());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsDetectedAndNamed() {
        long seq = log.record("tester", "NONE", "UPDATE", "RESIDENT", "3273010101900004", "{}").seq();
        trail.read("RESIDENT", "3273010101900004");
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").param(seq).query().singleRow();
        withoutAppendOnlyTrigger(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(seq).update());
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.reason()).contains("deleted");
        } finally {
            jdbc.sql("INSERT INTO audit_entry (seq, at, actor, actor_role, remote_address, action, subject_type, subject_id, "
                    + "detail, prev_hash, hash) VALUES (:seq, :at, :actor, :actor_role, :remote_address, :action, :subject_type, "
                    + ":subject_id, :detail, :prev_hash, :hash)").params(row).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aForgedEntryWithARecomputedOwnHashStillBreaksTheNextLink() {
        long seq = log.record("tester", "NONE", "READ", "RESIDENT", "3273010101900005", "").seq();
        trail.read("RESIDENT", "3273010101900006");
        Map<String, Object> row = jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?").param(seq).query().singleRow();
        // A forger who changes the hash too (without re-chaining everything after it) is caught by the next entry.
        withoutAppendOnlyTrigger(() -> jdbc.sql("UPDATE audit_entry SET hash = repeat('a', 64) WHERE seq = ?").param(seq).update());
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
        } finally {
            withoutAppendOnlyTrigger(() -> jdbc.sql("UPDATE audit_entry SET hash = ? WHERE seq = ?").params(row.get("hash"), seq).update());
        }
    }

    @Test
    void entriesBelongToTheCallersTransaction() {
        long before = count();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.change("CREATE", "RESIDENT", "3273010101900007", "{}");
            status.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(before);
        new TransactionTemplate(transactions).executeWithoutResult(status -> trail.change("CREATE", "RESIDENT", "3273010101900007", "{}"));
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        long before = count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        log.record("worker-" + thread, "NONE", "READ", "RESIDENT", "32730101019" + thread + String.format("%04d", i), "");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count()).isEqualTo(before + 200);
        AuditVerification result = verifier.verify();
        assertThat(result.intact()).as(result.describe()).isTrue();
        assertThat(result.lastSeq()).isEqualTo(result.entriesChecked());
    }

    @Test
    void systemAdministratorVerifiesThroughTheApiOthersMayNot() {
        String admin = systemAdmin();
        var response = get("/api/v1/audit/verification", basic(admin));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.path("intact").asBoolean()).isTrue();
        assertThat(body.path("entriesChecked").asLong()).isPositive();

        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        var denied = get("/api/v1/audit/verification", basic(dinas));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(body(denied).path("title").asText()).isEqualTo("Forbidden");
        assertThat(body(denied).has("entriesChecked")).isFalse();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }

    private void withoutAppendOnlyTrigger(Runnable tampering) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
        try {
            tampering.run();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
        }
    }
}
