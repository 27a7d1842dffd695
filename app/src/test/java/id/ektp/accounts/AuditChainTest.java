package id.ektp.accounts;

import org.springframework.security.access.AccessDeniedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.audit.AuditLog;
import id.ektp.accounts.audit.AuditVerification;
import id.ektp.accounts.audit.AuditVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
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

/**
 * The audit log is append-only and chained with a key the database does not hold: an edited or a
 * deleted entry is found, and so is a chain re-linked by someone with database access but not the key.
 */
class AuditChainTest extends AccountsTestSupport {

    @Autowired
    AuditTrail trail;

    /** The trail as a job of the platform's own uses it (no officer signed in). */
    private final AuditTrail asSystem = (action, id, detail) -> SystemActor.run("test", () -> trail.record(action, id, detail));

    @Autowired
    AuditLog log;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void withNeitherAnOfficerNorSystemWorkNothingIsAppended() {
        long before = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();

        assertThatThrownBy(() -> trail.record(AuditAction.RESIDENT_READ, "3273010101900099", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void systemWorkIsRecordedAsTheSystem() {
        long seq = log.record("tester", "NONE", "READ", "RESIDENT", "3273010101900098", "").seq();
        asSystem.record(AuditAction.KTP_STATUS_CHANGED, "3273010101900098", "ktpStatus=ISSUED");

        assertThat(jdbc.sql("SELECT actor || ' ' || actor_role || ' ' || action || ' ' || subject_type FROM audit_entry WHERE seq = ?")
                .param(seq + 1).query(String.class).single()).isEqualTo("system SYSTEM UPDATE RESIDENT");
    }

    @Test
    void databaseRefusesUpdateAndDelete() {
        asSystem.record(AuditAction.RESIDENT_CORRECTED, "3273010101900001", "{\"name\":\"x\"}");
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
        asSystem.read(AuditAction.RESIDENT_READ, "3273014501900003");
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
        asSystem.read(AuditAction.RESIDENT_READ, "3273010101900004");
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").param(seq).query().singleRow();
        withoutAppendOnlyTrigger(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(seq).update());
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.reason()).contains("deleted");
        } finally {
            reinsert(List.of(row));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anActorEditedAndTheLaterLinksRecomputedWithoutTheKeyIsDetected() {
        long seq = log.record("pelayanan-asli", "SERVICE_OFFICER", "UPDATE", "RESIDENT", "3273010101900010", "{}").seq();
        asSystem.read(AuditAction.RESIDENT_READ, "3273010101900011");
        asSystem.read(AuditAction.RESIDENT_READ, "3273010101900012");
        List<Map<String, Object>> original = rowsFrom(seq);
        // Everything an attacker with database access can compute: the SHA-256 links of the old chain.
        relinkWithSha256(seq, "orang-lain", false);
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).as(result.describe()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.reason()).contains("edited");
        } finally {
            restore(original);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theLastEntriesDeletedAreDetectedAgainstTheAnchor() {
        String admin = systemAdmin();
        asSystem.record(AuditAction.RESIDENT_CORRECTED, "3273010101900013", "{}");
        long last = log.record("tester", "NONE", "READ", "RESIDENT", "3273010101900014", "").seq();
        List<Map<String, Object>> deleted = rowsFrom(last - 1);
        withoutAppendOnlyTrigger(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq >= ?").param(last - 1).update());
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.intact()).as(result.describe()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(last - 1);
            assertThat(result.reason()).contains("deleted").contains("anchor");

            // The request's own login is appended in the gap; the anchor, which it does not move, still tells.
            var response = get("/api/v1/audit/verification", basic(admin));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body(response).path("intact").asBoolean()).isFalse();
            assertThat(body(response).path("reason").asText()).contains("deleted");
        } finally {
            withoutAppendOnlyTrigger(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq >= ?").param(last - 1).update());
            reinsert(deleted);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theChainRewrittenFromAPointWithoutTheKeyIsDetected() {
        long point = log.record("tester", "NONE", "UPDATE", "RESIDENT", "3273010101900015", "{}").seq();
        asSystem.read(AuditAction.RESIDENT_READ, "3273010101900016");
        List<Map<String, Object>> original = rowsFrom(1);
        try {
            // Passed off as entries of the old unkeyed chain, from a point in the middle...
            relinkWithSha256(point, "orang-lain", true);
            AuditVerification fromPoint = verifier.verify();
            assertThat(fromPoint.intact()).as(fromPoint.describe()).isFalse();
            assertThat(fromPoint.firstBrokenSeq()).isEqualTo(point);
            assertThat(fromPoint.reason()).contains("unkeyed");

            // ... and from the first entry, so that no keyed entry is left to tell: the anchor still does.
            restore(original);
            relinkWithSha256(1, "orang-lain", true);
            AuditVerification whole = verifier.verify();
            assertThat(whole.intact()).as(whole.describe()).isFalse();
            assertThat(whole.firstBrokenSeq()).isEqualTo(1);
            assertThat(whole.reason()).contains("unkeyed").contains("anchor");
        } finally {
            restore(original);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aForgedEntryWithARecomputedOwnHashStillBreaksTheNextLink() {
        long seq = log.record("tester", "NONE", "READ", "RESIDENT", "3273010101900005", "").seq();
        asSystem.read(AuditAction.RESIDENT_READ, "3273010101900006");
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
            asSystem.record(AuditAction.RESIDENT_REGISTERED, "3273010101900007", "{}");
            status.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(before);
        new TransactionTemplate(transactions).executeWithoutResult(status -> asSystem.record(AuditAction.RESIDENT_REGISTERED, "3273010101900007", "{}"));
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
        assertThat(result.anchoredSeq()).as("the anchor ends at the last commit").isEqualTo(result.lastSeq());
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

    private List<Map<String, Object>> rowsFrom(long seq) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq").param(seq).query().listOfRows();
    }

    /**
     * Changes the actor of entry {@code fromSeq} and re-links it and every later entry with plain
     * SHA-256 over the canonical fields (the unkeyed chain's rule), optionally clearing the key id so
     * that the entries pass for legacy ones.
     */
    private void relinkWithSha256(long fromSeq, String actor, boolean asLegacy) {
        String before = jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?").param(fromSeq - 1).query(String.class).optional()
                .orElse("0".repeat(64));
        List<Map<String, Object>> rows = rowsFrom(fromSeq);
        withoutAppendOnlyTrigger(() -> {
            String prev = before;
            for (Map<String, Object> row : rows) {
                long seq = ((Number) row.get("seq")).longValue();
                String entryActor = seq == fromSeq ? actor : (String) row.get("actor");
                String link = sha256(prev, Long.toString(seq), ((Timestamp) row.get("at")).toInstant().toString(), entryActor,
                        (String) row.get("actor_role"), (String) row.get("remote_address"), (String) row.get("action"),
                        (String) row.get("subject_type"), (String) row.get("subject_id"), (String) row.get("detail"));
                jdbc.sql("UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ?, key_id = "
                                + (asLegacy ? "NULL" : "key_id") + " WHERE seq = ?")
                        .params(entryActor, prev, link, seq).update();
                prev = link;
            }
        });
    }

    private static String sha256(String... fields) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String field : fields) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha256.update(bytes);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private void restore(List<Map<String, Object>> rows) {
        withoutAppendOnlyTrigger(() -> rows.forEach(row -> jdbc.sql("UPDATE audit_entry SET actor = :actor, prev_hash = :prev_hash, "
                + "hash = :hash, key_id = :key_id WHERE seq = :seq").params(row).update()));
    }

    private void reinsert(List<Map<String, Object>> rows) {
        rows.forEach(row -> jdbc.sql("INSERT INTO audit_entry (seq, at, actor, actor_role, remote_address, action, subject_type, "
                + "subject_id, detail, prev_hash, hash, key_id) VALUES (:seq, :at, :actor, :actor_role, :remote_address, :action, "
                + ":subject_type, :subject_id, :detail, :prev_hash, :hash, :key_id)").params(row).update());
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
