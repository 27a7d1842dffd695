package id.ektp.platform.database;

import java.nio.file.Path;

/**
 * The embedded database cannot be used as asked, for a reason the person starting the platform must act
 * on: a command pointed at a folder that holds no platform database, or a data folder in use by another
 * running platform. Reported as a plain message (see {@link DatabaseUnavailableFailureAnalyzer}), never a
 * stack trace; the start fails, so the process ends with a non-zero exit code.
 */
public class DatabaseUnavailableException extends RuntimeException {

    private final String action;

    DatabaseUnavailableException(String message, String action) {
        super(message);
        this.action = action;
    }

    static DatabaseUnavailableException noPlatformDatabase(Path dataDirectory, String what) {
        return new DatabaseUnavailableException("No platform database in " + dataDirectory + ": " + what + ".",
                "Point the command at the platform's data folder (EKTP_DATA_DIR or --ektp.embedded-postgres.data-dir), "
                        + "or start the platform once (without --ektp.command) to create its database there. "
                        + "A command never creates a database.");
    }

    static DatabaseUnavailableException inUse(Path dataDirectory, String pid, int port) {
        String reach = port > 0
                ? " or run the command against its server: --spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port
                        + "/" + EmbeddedPostgresConfiguration.DATABASE + " --spring.datasource.username=" + PostgresServer.SUPERUSER
                        + " --spring.datasource.password=<the content of " + dataDirectory.resolve(PostgresServer.PASSWORD_FILE) + ">"
                : "";
        return new DatabaseUnavailableException("The data folder " + dataDirectory + " is in use by a running platform, pid "
                + pid + ".", "Stop it" + reach + ".");
    }

    String action() {
        return action;
    }
}
