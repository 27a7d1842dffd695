package id.ektp.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's embedded default: a real PostgreSQL server (binaries from Maven Central) started by
 * the application, durable and password-protected like a production server, its data directory on
 * disk so that a restart keeps every record. It steps aside as soon as {@code spring.datasource.url}
 * names an external server, so production needs no other change.
 *
 * <p>No JVM shutdown hook of its own: Spring's shutdown hook closes the context, which destroys the beans
 * in dependency order (the event publication registry, which still queries on its way down, then the
 * pool, then the server), so nothing queries a closed pool or a stopped server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "ektp";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${ektp.embedded-postgres.data-dir:}") String dataDir,
            @Value("${ektp.embedded-postgres.port:0}") int port,
            @Value("${ektp.embedded-postgres.binaries-dir:${user.home}/.cache/ektp/postgres}") String binaries,
            @Value("${ektp.command:}") String command) throws IOException {
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir.isBlank() ? null : Path.of(dataDir), port, command.isBlank(),
                Path.of(binaries), Map.of("max_connections", "100", "shared_buffers", "256MB", "timezone", "UTC"));
        if (!command.isBlank()) {
            try {
                requirePlatformDatabase(pg);
            } catch (RuntimeException | SQLException e) {
                pg.close();
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
        log.info("Embedded PostgreSQL on 127.0.0.1:{} (data: {}{}; password in {})", pg.port(),
                dataDir.isBlank() ? "temporary " : "", pg.dataDirectory(), pg.passwordFile());
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer pg,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) throws SQLException {
        createDatabaseIfMissing(pg);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.jdbcUrl(DATABASE));
        ds.setUsername(pg.username());
        ds.setPassword(pg.password());
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("ektp-embedded");
        return ds;
    }

    /** A one-shot command works on the platform's database or not at all: it never creates one. */
    private static void requirePlatformDatabase(EmbeddedPostgresServer pg) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), pg.password());
             PreparedStatement st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            st.setString(1, DATABASE);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw DatabaseUnavailableException.noPlatformDatabase(pg.dataDirectory(),
                            "its PostgreSQL has no database '" + DATABASE + "'");
                }
            }
        }
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(DATABASE), pg.username(), pg.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw DatabaseUnavailableException.noPlatformDatabase(pg.dataDirectory(),
                        "its database '" + DATABASE + "' has no Flyway history of the platform");
            }
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgresServer pg) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), pg.password());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }
}
