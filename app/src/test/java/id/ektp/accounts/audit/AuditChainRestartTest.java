package id.ektp.accounts.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.EktpApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's own life cycle on a data folder of its own: a database from before the audit key is
 * upgraded (its entries kept as the legacy chain), the keyed chain survives restarts, and
 * {@code --ektp.command=verify-audit} ends with exit code 3 when the last entries were deleted.
 */
class AuditChainRestartTest {

    @TempDir
    Path data;

    @Test
    void aLegacyChainIsUpgradedAndTheKeyedChainKeepsVerifyingAcrossRestarts() throws Exception {
        // An installation from before the audit key: entries linked with plain SHA-256, no key, no anchor.
        try (ConfigurableApplicationContext app = start()) {
            writeLegacyEntries(app.getBean(JdbcClient.class), 3);
        }
        Files.delete(data.resolve(AuditFiles.KEY_FILE));
        Files.delete(data.resolve(AuditFiles.ANCHOR_FILE));

        AuditVerification upgraded;
        try (ConfigurableApplicationContext app = start()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(AuditFiles.KEY_FILE))))
                    .as("a new key beside the data folder, owner-only").isEqualTo("rw-------");
            AuditLog log = app.getBean(AuditLog.class);
            log.record("tester", "NONE", "UPDATE", "RESIDENT", "3273010101900030", "{}");
            log.record("tester", "NONE", "READ", "RESIDENT", "3273010101900030", "");
            upgraded = app.getBean(AuditVerifier.class).verify();
            assertThat(upgraded.intact()).as(upgraded.describe()).isTrue();
            assertThat(upgraded.legacyEntries()).isEqualTo(3);
            assertThat(upgraded.entriesChecked()).isEqualTo(5);
            assertThat(upgraded.anchoredSeq()).isEqualTo(5);
            assertThat(upgraded.describe()).contains("3 legacy entries");

            // The legacy part can no longer be rewritten either: the first keyed entry holds its head.
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<String> original = jdbc.sql("SELECT hash FROM audit_entry WHERE seq <= 3 ORDER BY seq").query(String.class).list();
            rewriteLegacyActor(jdbc, 2, "orang-lain");
            AuditVerification rewritten = app.getBean(AuditVerifier.class).verify();
            assertThat(rewritten.intact()).as(rewritten.describe()).isFalse();
            assertThat(rewritten.firstBrokenSeq()).isEqualTo(4);
            rewriteLegacyActor(jdbc, 2, "legacy-2");
            assertThat(jdbc.sql("SELECT hash FROM audit_entry WHERE seq <= 3 ORDER BY seq").query(String.class).list())
                    .isEqualTo(original);
        }

        try (ConfigurableApplicationContext app = start()) {
            AuditVerifier verifier = app.getBean(AuditVerifier.class);
            AuditVerification afterRestart = verifier.verify();
            assertThat(afterRestart.intact()).as(afterRestart.describe()).isTrue();
            assertThat(afterRestart.headHash()).isEqualTo(upgraded.headHash());
            app.getBean(AuditLog.class).record("tester", "NONE", "READ", "RESIDENT", "3273010101900031", "");
            AuditVerification appended = verifier.verify();
            assertThat(appended.intact()).as(appended.describe()).isTrue();
            assertThat(appended.lastSeq()).isEqualTo(6);
            assertThat(appended.anchoredSeq()).isEqualTo(6);
            assertThat(appended.keyId()).isEqualTo(upgraded.keyId());

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            withoutAppendOnlyTrigger(jdbc, () -> jdbc.sql("DELETE FROM audit_entry WHERE seq >= 5").update());
        }

        Process verify = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EktpApplication.class.getName(),
                "--ektp.command=verify-audit", "--ektp.embedded-postgres.data-dir=" + data.resolve("postgres"))
                .redirectErrorStream(true)
                .start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(verify.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("Audit chain BROKEN at entry 5").contains("deleted");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(EktpApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--ektp.embedded-postgres.data-dir=" + data.resolve("postgres"));
    }

    /** What the platform wrote before V12: SHA-256 links, no key id. */
    private static void writeLegacyEntries(JdbcClient jdbc, int count) {
        withoutAppendOnlyTrigger(jdbc, () -> {
            jdbc.sql("DELETE FROM audit_entry").update();
            String prev = AuditChain.GENESIS;
            Instant at = Instant.parse("2026-01-05T08:00:00Z");
            for (int seq = 1; seq <= count; seq++) {
                AuditEntry entry = new AuditEntry(seq, at.plus(seq, ChronoUnit.MINUTES), "legacy-" + seq, "SYSTEM_ADMIN", "local",
                        "UPDATE", "RESIDENT", "32730101019000" + seq, "{}", prev, null, null);
                String hash = AuditChain.legacyHash(entry);
                insert(jdbc, entry.withLink(hash, null));
                prev = hash;
            }
        });
    }

    /** Changes a legacy entry's actor and recomputes the legacy links after it, up to the last legacy entry. */
    private static void rewriteLegacyActor(JdbcClient jdbc, long seq, String actor) {
        List<AuditEntry> legacy = new ArrayList<>(jdbc.sql("SELECT seq, at, actor, actor_role, remote_address, action, subject_type, "
                        + "subject_id, detail, prev_hash, hash, key_id FROM audit_entry WHERE key_id IS NULL ORDER BY seq")
                .query((rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), null))
                .list());
        withoutAppendOnlyTrigger(jdbc, () -> {
            String prev = legacy.get((int) seq - 2).hash();
            for (AuditEntry e : legacy.subList((int) seq - 1, legacy.size())) {
                AuditEntry edited = new AuditEntry(e.seq(), e.at(), e.seq() == seq ? actor : e.actor(), e.actorRole(),
                        e.remoteAddress(), e.action(), e.subjectType(), e.subjectId(), e.detail(), prev, null, null);
                String hash = AuditChain.legacyHash(edited);
                jdbc.sql("UPDATE audit_entry SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?")
                        .params(edited.actor(), prev, hash, e.seq()).update();
                prev = hash;
            }
        });
    }

    private static void insert(JdbcClient jdbc, AuditEntry e) {
        jdbc.sql("INSERT INTO audit_entry (seq, at, actor, actor_role, remote_address, action, subject_type, subject_id, "
                        + "detail, prev_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.seq(), Timestamp.from(e.at()), e.actor(), e.actorRole(), e.remoteAddress(), e.action(), e.subjectType(),
                        e.subjectId(), e.detail(), e.prevHash(), e.hash(), e.keyId())
                .update();
    }

    private static void withoutAppendOnlyTrigger(JdbcClient jdbc, Runnable tampering) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
        try {
            tampering.run();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
        }
    }

}
