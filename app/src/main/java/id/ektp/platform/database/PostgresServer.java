package id.ektp.platform.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL cluster run the way production runs one: every commit flushed to disk before it is
 * acknowledged ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on, set on the command
 * line so that neither {@code postgresql.conf} nor {@code ALTER SYSTEM} can turn them off), a password
 * (scram-sha-256) for every connection, TCP on 127.0.0.1 only and the Unix socket in a 0700 folder.
 * The superuser's password is generated at initialisation and kept in {@value #PASSWORD_FILE} (0600) in
 * the data folder.
 */
final class PostgresServer {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    static final String SUPERUSER = "postgres";
    static final String PASSWORD_FILE = "postgres.password";
    static final String LOG_FILE = "postgres.log";
    /** Crash recovery replays the WAL written since the last checkpoint before the server accepts anyone. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** The kernel's limit for a socket path (108 bytes) less {@code /.s.PGSQL.NNNNN}. */
    private static final int MAX_SOCKET_FOLDER = 90;

    private final Path bin;
    private final Path dataDirectory;
    private final Map<String, String> settings;
    private Path socketFolder;
    private long pid;
    private int port;

    PostgresServer(Path bin, Path dataDirectory, Map<String, String> settings) {
        this.bin = bin;
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.settings = new TreeMap<>(settings);
    }

    static boolean initialised(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
    }

    /** A cluster made by the earlier default (zonky's initdb: trust authentication, no password) has no password file. */
    static boolean passwordless(Path dataDirectory) {
        return initialised(dataDirectory) && !Files.isRegularFile(dataDirectory.resolve(PASSWORD_FILE));
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    int port() {
        return port;
    }

    long pid() {
        return pid;
    }

    Path socketFolder() {
        return socketFolder;
    }

    String password() {
        try {
            return Files.readString(dataDirectory.resolve(PASSWORD_FILE)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Creates the cluster with a generated superuser password. initdb runs in a staging folder moved into
     * place whole, so a start killed half-way leaves no half-initialised data folder behind.
     */
    void initialise() throws IOException {
        if (Files.exists(dataDirectory) && Files.list(dataDirectory).findAny().isPresent()) {
            throw new IllegalStateException(dataDirectory + " is not empty but holds no PostgreSQL cluster: move it away "
                    + "or point ektp.embedded-postgres.data-dir elsewhere");
        }
        Path parent = Files.createDirectories(dataDirectory.getParent());
        Path staging = parent.resolve(dataDirectory.getFileName() + ".initialising");
        PrivateFolder.delete(staging);
        String password = newPassword();
        Path passwordInput = Files.createTempFile(parent, ".pw-", "");   // 0600, read by initdb once
        try {
            Files.writeString(passwordInput, password);
            run(List.of(tool("initdb"), "-D", staging.toString(), "-U", SUPERUSER, "--auth=scram-sha-256",
                    "--pwfile=" + passwordInput, "-E", "UTF-8", "--locale=C"), Duration.ofMinutes(2));
        } finally {
            Files.deleteIfExists(passwordInput);
        }
        PrivateFolder.writeSecret(staging.resolve(PASSWORD_FILE), password + "\n");
        Files.deleteIfExists(dataDirectory);
        Files.move(staging, dataDirectory, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        log.info("Initialised a PostgreSQL cluster in {} (superuser password in {})", dataDirectory,
                dataDirectory.resolve(PASSWORD_FILE));
    }

    /**
     * Gives a cluster of the earlier, passwordless default a generated superuser password and replaces its
     * trust rules by scram-sha-256 ones, in single-user mode (no connection is needed to do it).
     */
    void requirePassword() throws IOException {
        String password = newPassword();
        List<String> command = new ArrayList<>(asUnprivileged());
        command.addAll(List.of(tool("postgres"), "--single", "-D", dataDirectory.toString(), "postgres"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write(("ALTER USER " + SUPERUSER + " PASSWORD '" + password + "';\n").getBytes());
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0 || output.contains("ERROR")) {
                throw new IOException("could not set a password on " + dataDirectory + ":\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                # Written by the e-KTP platform: a password (scram-sha-256) for every connection.
                local   all             all                                     scram-sha-256
                host    all             all             127.0.0.1/32            scram-sha-256
                local   replication     all                                     scram-sha-256
                host    replication     all             127.0.0.1/32            scram-sha-256
                """);
        PrivateFolder.writeSecret(dataDirectory.resolve(PASSWORD_FILE), password + "\n");
        log.warn("The cluster in {} accepted connections without a password (the earlier default): it now requires "
                + "the password in {}", dataDirectory, dataDirectory.resolve(PASSWORD_FILE));
    }

    /**
     * A server still running on this folder can only be one left behind by a killed platform (the caller
     * holds the {@link DataFolderLock}): it is stopped at once. Immediate shutdown skips the checkpoint;
     * the next start replays the WAL, which holds every acknowledged commit.
     */
    void stopOrphan() {
        Optional<PostmasterPid> orphan = PostmasterPid.read(dataDirectory).filter(p -> p.running(dataDirectory));
        if (orphan.isPresent()) {
            log.warn("A PostgreSQL server left behind by an earlier run (pid {}, port {}) still runs on {}: stopping it",
                    orphan.get().pid(), orphan.get().port(), dataDirectory);
            stopProcess(orphan.get().pid(), "QUIT");
        }
    }

    /** Starts the server on {@code requestedPort}, or on a free port when it is 0, and waits until it accepts connections. */
    void start(int requestedPort) throws IOException {
        socketFolder = privateSocketFolder();
        for (int attempt = 1; ; attempt++) {
            try {
                start(requestedPort > 0 ? requestedPort : freePort(), socketFolder);
                return;
            } catch (IOException e) {
                // a free port found by the JVM can be taken by someone else before the server binds it
                if (requestedPort > 0 || attempt == 3 || !String.valueOf(e.getMessage()).contains("could not bind")) {
                    throw e;
                }
                log.info("PostgreSQL did not start on port {}; trying another free port", port);
            }
        }
    }

    private void start(int port, Path socketFolder) throws IOException {
        this.port = port;
        List<String> command = new ArrayList<>();
        command.add("setsid"); // its own session: a Ctrl-C meant for the platform must not stop the server under it
        command.addAll(asUnprivileged());
        command.addAll(List.of(bin.resolve("postgres").toString(), "-D", dataDirectory.toString(), "-p", String.valueOf(port)));
        serverSettings().forEach((k, v) -> command.addAll(List.of("-c", k + "=" + v)));
        Path logFile = dataDirectory.resolve(LOG_FILE);
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        awaitReady(process, logFile);
        log.info("PostgreSQL started (pid {}) on 127.0.0.1:{}, socket in {}, data in {}", pid, port, socketFolder, dataDirectory);
    }

    /** Fast shutdown: open sessions are ended, a checkpoint is written. */
    void stop() {
        if (pid > 0) {
            stopProcess(pid, "INT");
            log.info("PostgreSQL (pid {}) stopped", pid);
            pid = 0;
        }
    }

    private Map<String, String> serverSettings() {
        Map<String, String> all = new TreeMap<>(settings);
        all.put("listen_addresses", "127.0.0.1");
        all.put("unix_socket_directories", socketFolder.toString());
        all.put("unix_socket_permissions", "0700");
        all.put("password_encryption", "scram-sha-256");
        all.put("fsync", "on");
        all.put("synchronous_commit", "on");
        all.put("full_page_writes", "on");
        return all;
    }

    /**
     * PostgreSQL says it is ready by rewriting the status line of {@code postmaster.pid} (what {@code pg_ctl -w}
     * reads too); there is no other signal. The wait wakes on each change of the data folder (inotify on
     * Linux), and at most every 200 ms to notice a server that died before writing the file.
     */
    private void awaitReady(Process process, Path logFile) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (WatchService changes = dataDirectory.getFileSystem().newWatchService()) {
            dataDirectory.register(changes, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (System.nanoTime() < deadline) {
                Optional<PostmasterPid> written = PostmasterPid.read(dataDirectory);
                if (written.isPresent() && written.get().pid() == process.pid() && written.get().ready()) {
                    pid = process.pid();
                    return;
                }
                if (!process.isAlive()) {
                    throw new IOException("PostgreSQL did not start (exit code " + process.exitValue() + "); its log "
                            + logFile + " ends with:\n" + tail(logFile));
                }
                WatchKey change = changes.poll(200, TimeUnit.MILLISECONDS);
                if (change != null) {
                    change.pollEvents();
                    change.reset();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while PostgreSQL was starting", e);
        }
        process.destroyForcibly();
        throw new IOException("PostgreSQL did not become ready within " + START_TIMEOUT + "; see " + logFile);
    }

    private Path privateSocketFolder() throws IOException {
        Path inside = dataDirectory.resolve("socket");
        if (inside.toString().length() <= MAX_SOCKET_FOLDER) {
            return PrivateFolder.create(inside);
        }
        return Files.createTempDirectory("ektp-pg-socket-"); // created 0700: private even inside /tmp
    }

    private static void stopProcess(long pid, String signal) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true).start().waitFor();
            handle.get().onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("PostgreSQL (pid {}) did not stop on SIG{} within {}: killing it", pid, signal, STOP_TIMEOUT);
            handle.get().descendants().forEach(ProcessHandle::destroyForcibly);
            handle.get().destroyForcibly();
        }
    }

    /** PostgreSQL refuses to run as root; as root it runs in a user namespace of its own, where it is not root. */
    private static List<String> asUnprivileged() {
        return LinuxUtils.isUnshareAvailable() ? List.of("unshare", "-U") : List.of();
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private void run(List<String> tool, Duration timeout) throws IOException {
        List<String> command = new ArrayList<>(asUnprivileged());
        command.addAll(tool);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                throw new IOException(tool.get(0) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(unreadable)";
        }
    }
}
