package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import id.ektp.platform.database.EmbeddedPostgresServer;
import java.io.Closeable;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production points {@code spring.datasource.*} at its own PostgreSQL server. A separately started
 * server stands in for it here: the platform must use it, migrate it, and start no embedded server.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class ExternalDatabaseTest {

    static EmbeddedPostgres externalServer;

    @DynamicPropertySource
    static void pointAtExternalServer(DynamicPropertyRegistry registry) throws IOException {
        externalServer = EmbeddedPostgres.builder().start();
        registry.add("spring.datasource.url", () -> externalServer.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * The server stops after the platform's pool, as in production: stopped any earlier (an {@code @AfterAll}
     * runs before the test framework closes the context) it would meet the event publication registry, which
     * still queries on its way down.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ServerOutlivesThePool {

        @Bean(destroyMethod = "close")
        Closeable externalServerLifetime() {
            return externalServer;
        }

        @Bean
        static BeanFactoryPostProcessor poolDependsOnServer() {
            return factory -> factory.getBeanDefinition("dataSource").setDependsOn("externalServerLifetime");
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
        assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
        Integer port = jdbc.sql("SELECT setting::int FROM pg_settings WHERE name = 'port'").query(Integer.class).single();
        assertThat(port).isEqualTo(externalServer.getPort());
        Integer migrations = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single();
        assertThat(migrations).isGreaterThanOrEqualTo(5);
    }
}
