package id.ektp.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder made by the earlier embedded default (zonky's own start: trust authentication, no password)
 * keeps its data and from the next start on requires a password like a new one.
 */
class EarlierClusterTest {

    @TempDir
    Path work;

    @Test
    void aPasswordlessClusterOfTheEarlierDefaultKeepsItsDataAndNowRequiresThePassword() throws Exception {
        Path data = work.resolve("postgres");
        try (var earlier = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(data).setCleanDataDirectory(false).start();
             Connection c = earlier.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE kept (id int)");
            st.execute("INSERT INTO kept VALUES (7)");
        }
        Files.deleteIfExists(data.resolve("epg-lock"));

        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data, 0, true, OrphanServerRestartTest.binaries(), Map.of())) {
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", null).close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), pg.password());
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
    }
}
