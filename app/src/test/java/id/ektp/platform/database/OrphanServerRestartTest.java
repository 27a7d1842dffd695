package id.ektp.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A platform killed with SIGKILL leaves its PostgreSQL server running on the data folder. The next start
 * recognises it from {@code postmaster.pid} as its own, stops it and starts cleanly, the first time; with
 * a fixed port it never talks to the orphan. A server of a platform that still runs is left alone.
 */
class OrphanServerRestartTest {

    @TempDir
    Path work;
    Process holder;

    static Path binaries() {
        return Path.of(System.getProperty("user.home"), ".cache", "ektp", "postgres");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (holder != null) {
            holder.destroyForcibly().waitFor();
        }
        PostmasterPid.read(work.resolve("data")).flatMap(p -> ProcessHandle.of(p.pid())).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void theFirstStartAfterAKillStopsTheOrphanServerAndNeverAttachesToIt() throws Exception {
        Path data = work.resolve("data");
        int port = freePort();
        long orphan = startHolder(data, port);
        try (Connection c = connect(data, port); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE acknowledged (id int)");
            st.execute("INSERT INTO acknowledged VALUES (1)");
        }
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);  // kill -9 of the platform
        assertThat(ProcessHandle.of(orphan)).as("the server outlives its platform").isPresent();

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(data, port, true, binaries(), Map.of())) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("orphan stopped").isNotEqualTo(java.util.Optional.of(true));
            assertThat(restarted.pid()).isNotEqualTo(orphan);
            try (Connection c = connect(data, port); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT pg_backend_pid(), (SELECT count(*) FROM acknowledged)")) {
                rs.next();
                assertThat(ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
                        .as("the session is served by the new server").contains(restarted.pid());
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
        }
        assertThat(PostmasterPid.read(data)).as("a normal stop leaves no server").isEmpty();
    }

    @Test
    void aDataFolderInUseByARunningPlatformIsRefusedNotTakenOver() throws Exception {
        Path data = work.resolve("data");
        long server = startHolder(data, 0);
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0, true, binaries(), Map.of()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("in use by a running platform, pid " + holder.pid());
        assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive)).contains(true);
    }

    @Test
    void aCommandNeverInitialisesAMissingDataFolder() {
        Path data = work.resolve("nothing-here").resolve("postgres");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0, false, binaries(), Map.of()))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("No platform database in " + data);
        assertThat(Files.exists(data)).isFalse();
    }

    private long startHolder(Path data, int port) throws Exception {
        holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDataFolder.class.getName(), data.toString(), String.valueOf(port)))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                new Thread(() -> out.lines().forEach(l -> { })).start();
                return Long.parseLong(line.split(" ")[1]);
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the holder did not start:\n" + seen);
    }

    private static Connection connect(Path data, int port) throws Exception {
        String password = Files.readString(data.resolve(PostgresServer.PASSWORD_FILE)).trim();
        int actual = port > 0 ? port : PostmasterPid.read(data).orElseThrow().port();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + actual + "/postgres", "postgres", password);
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
