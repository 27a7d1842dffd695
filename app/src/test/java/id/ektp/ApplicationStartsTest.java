package id.ektp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The platform starts on its embedded PostgreSQL with the schema migrated by Flyway. */
@SpringBootTest
@ActiveProfiles("test")
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnEmbeddedPostgresWithMigrationsApplied() {
        String version = jdbc.sql("SHOW server_version").query(String.class).single();
        assertThat(version).startsWith("17.");
        Integer migrations = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single();
        assertThat(migrations).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'").query(Integer.class).single()).isEqualTo(1);
    }
}
