package id.ektp.accounts.officers;

import id.ektp.accounts.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officer accounts in PostgreSQL. */
@Repository
public class OfficerStore {

    private static final String COLUMNS = "username, full_name, role, region_code, office_code, password_hash, "
            + "enabled, failed_attempts, locked_until";

    private final JdbcClient jdbc;

    public OfficerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OfficerAccount> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE username = ?")
                .param(username)
                .query(OfficerStore::map)
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM officer WHERE username = ?").param(username).query(Integer.class).single() > 0;
    }

    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM officer)").query(Boolean.class).single();
    }

    /** Officers whose region lies inside {@code regionCode} ('' = all), ordered by username. */
    public List<OfficerAccount> within(String regionCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE ? = '' OR region_code = ? OR region_code LIKE ? "
                        + "ORDER BY username")
                .param(regionCode).param(regionCode).param(regionCode + ".%")
                .query(OfficerStore::map)
                .list();
    }

    public void insert(OfficerAccount account, String createdBy) {
        jdbc.sql("INSERT INTO officer (username, full_name, role, region_code, office_code, password_hash, enabled, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(account.username(), account.fullName(), account.role().name(), account.regionCode(),
                        account.officeCode(), account.passwordHash(), account.enabled(), createdBy)
                .update();
    }

    public void updateAssignment(String username, String fullName, Role role, String regionCode, String officeCode, boolean enabled) {
        jdbc.sql("UPDATE officer SET full_name = ?, role = ?, region_code = ?, office_code = ?, enabled = ? WHERE username = ?")
                .params(fullName, role.name(), regionCode, officeCode, enabled, username)
                .update();
    }

    public void updatePasswordHash(String username, String passwordHash) {
        jdbc.sql("UPDATE officer SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }

    /**
     * Counts one more failed login and locks the account when the count reaches {@code maxFailures}.
     * One statement, so concurrent guesses cannot slip past the limit. A lock that has run out
     * starts the count afresh.
     */
    public Optional<FailedLogin> recordFailure(String username, int maxFailures, Duration lockFor) {
        return jdbc.sql("""
                        UPDATE officer SET
                            failed_attempts = CASE WHEN locked_until <= now() THEN 1 ELSE failed_attempts + 1 END,
                            locked_until = CASE WHEN (CASE WHEN locked_until <= now() THEN 1 ELSE failed_attempts + 1 END) >= ?
                                                THEN now() + make_interval(secs => ?) ELSE NULL END
                        WHERE username = ?
                        RETURNING failed_attempts, locked_until""")
                .params(maxFailures, (double) lockFor.toSeconds(), username)
                .query((rs, i) -> new FailedLogin(rs.getInt(1), instant(rs.getTimestamp(2))))
                .optional();
    }

    /** After a good login or when an administrator unlocks: the count starts again from zero. */
    public void clearFailures(String username) {
        jdbc.sql("UPDATE officer SET failed_attempts = 0, locked_until = NULL WHERE username = ?").param(username).update();
    }

    /** The outcome of one failed login: how many in a row, and until when the account is locked (if it is). */
    public record FailedLogin(int failuresInARow, Instant lockedUntil) {
    }

    private static OfficerAccount map(ResultSet rs, int row) throws SQLException {
        return new OfficerAccount(
                rs.getString("username"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("region_code"),
                rs.getString("office_code"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("locked_until")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
