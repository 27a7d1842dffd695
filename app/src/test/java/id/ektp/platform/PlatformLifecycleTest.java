package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo platform as a person runs it: the port answers only once the demo logins exist, a one-shot
 * command refuses the data folder while the platform runs on it, a normal stop is quiet and stops the
 * server, and the command then works on the platform's database.
 */
class PlatformLifecycleTest {

    @TempDir
    Path work;

    @AfterEach
    void stopAnyServerLeftBehind() throws Exception {
        PlatformProcess.postmaster(work.resolve("data")).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void theDemoServesOnlyWithItsLoginsRefusesASecondUserOfItsFolderAndStopsQuietly() throws Exception {
        Path data = work.resolve("data");
        try (PlatformProcess platform = PlatformProcess.launchDemo(data, work.resolve("platform.log"))) {
            assertThat(firstAnswerToSignIn(platform)).as("the first answer of the port, to the demo officer's sign-in").isEqualTo(200);

            PlatformProcess.Result busy = PlatformProcess.runCommand(work.resolve("busy.log"), "--ektp.command=verify-audit",
                    "--ektp.embedded-postgres.data-dir=" + data);
            assertThat(busy.exitCode()).isNotZero();
            assertThat(busy.output()).contains("is in use by a running platform, pid " + platform.pid())
                    .doesNotContain("\tat ");

            int before = platform.output().length();
            long server = PlatformProcess.postmaster(data).orElseThrow().pid();
            platform.stop();
            String shutdown = platform.output().substring(before);
            assertThat(shutdown.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")))
                    .as("warnings while stopping").isEmpty();
            assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).as("the server stops with the platform")
                    .isNotEqualTo(java.util.Optional.of(true));
            assertThat(PlatformProcess.postmaster(data)).isEmpty();
        }
        PlatformProcess.Result verified = PlatformProcess.runCommand(work.resolve("verify.log"), "--ektp.command=verify-audit",
                "--ektp.embedded-postgres.data-dir=" + data);
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("intact");
    }

    /** Polls the port from the platform's launch on; the first request that reaches it is a sign-in. */
    private static int firstAnswerToSignIn(PlatformProcess platform) {
        long deadline = System.nanoTime() + 150_000_000_000L;
        while (System.nanoTime() < deadline && platform.alive()) {
            try {
                return RegistryClient.tokenStatus(platform.httpPort);
            } catch (IOException e) {
                PlatformProcess.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the platform never answered:\n" + PlatformProcess.tail(platform.output()));
    }
}
