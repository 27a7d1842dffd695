package id.ektp.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.platform.PlatformProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-shot command works on the platform's database or refuses, clearly and without a stack trace; it never creates one. */
class OneShotCommandTest {

    @TempDir
    Path work;

    @Test
    void aCommandOnAMissingDataFolderSaysSoAndCreatesNothing() throws Exception {
        Path data = work.resolve("data").resolve("postgres");
        PlatformProcess.Result r = PlatformProcess.runCommand(work.resolve("missing.log"), "--ektp.command=verify-audit",
                "--ektp.embedded-postgres.data-dir=" + data);
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("No platform database in " + data + ": the folder does not exist")
                .doesNotContain("\tat ").doesNotContain("intact");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void aCommandOnAPostgresClusterWithoutThePlatformsDatabaseSaysSo() throws Exception {
        Path data = work.resolve("other").resolve("postgres");
        EmbeddedPostgresServer.start(data, 0, true, OrphanServerRestartTest.binaries(), Map.of()).close();
        PlatformProcess.Result r = PlatformProcess.runCommand(work.resolve("foreign.log"), "--ektp.command=verify-audit",
                "--ektp.embedded-postgres.data-dir=" + data);
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("No platform database in " + data + ": its PostgreSQL has no database 'ektp'")
                .doesNotContain("\tat ").doesNotContain("intact");
        assertThat(PostmasterPid.read(data)).as("the command stopped the server it started").isEmpty();
    }
}
