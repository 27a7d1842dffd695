package id.ektp.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The platform's embedded PostgreSQL: the data folder claimed for this process, an orphan left by a
 * killed run stopped, the cluster created on first use (never by a one-shot command), the durable,
 * password-protected server started. A throw-away folder (the tests) goes through the same steps.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final PostgresServer server;
    private final DataFolderLock lock;
    private final Path throwAway;

    private EmbeddedPostgresServer(PostgresServer server, DataFolderLock lock, Path throwAway) {
        this.server = server;
        this.lock = lock;
        this.throwAway = throwAway;
    }

    /**
     * @param dataDirectory the data folder, or {@code null} for a throw-away cluster deleted on close
     * @param mayInitialise false for a one-shot command, which must find an existing cluster
     * @throws DatabaseUnavailableException when the folder holds no cluster and may not get one, or is in use
     */
    static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean mayInitialise, Path binariesCache,
            Map<String, String> settings) throws IOException {
        Path throwAway = dataDirectory == null ? Files.createTempDirectory("ektp-pg-") : null;
        Path data = (throwAway != null ? throwAway.resolve("data") : dataDirectory).toAbsolutePath().normalize();
        if (!mayInitialise && !PostgresServer.initialised(data)) {
            throw DatabaseUnavailableException.noPlatformDatabase(data, Files.isDirectory(data)
                    ? "the folder holds no PostgreSQL cluster of the platform" : "the folder does not exist");
        }
        DataFolderLock lock = DataFolderLock.acquire(data);
        try {
            PostgresServer server = new PostgresServer(PostgresBinaries.unpack(binariesCache), data, settings);
            server.stopOrphan();
            if (!PostgresServer.initialised(data)) {
                server.initialise();
            } else if (PostgresServer.passwordless(data)) {
                server.requirePassword();
            }
            server.start(port);
            return new EmbeddedPostgresServer(server, lock, throwAway);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    public long pid() {
        return server.pid();
    }

    public Path dataDirectory() {
        return server.dataDirectory();
    }

    public Path socketFolder() {
        return server.socketFolder();
    }

    public Path passwordFile() {
        return server.dataDirectory().resolve(PostgresServer.PASSWORD_FILE);
    }

    public String username() {
        return PostgresServer.SUPERUSER;
    }

    public String password() {
        return server.password();
    }

    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    @Override
    public void close() {
        server.stop();
        lock.close();
        if (throwAway != null) {
            PrivateFolder.delete(throwAway);
        }
    }
}
