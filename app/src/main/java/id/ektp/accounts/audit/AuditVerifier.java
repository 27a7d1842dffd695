package id.ektp.accounts.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Walks the audit chain from the first entry and reports the first broken one: an entry whose
 * stored hash does not match its fields (edited), whose previous hash is not its predecessor's
 * hash, or whose sequence number skips (deleted). Streams the log, so its size does not matter.
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;

    public AuditVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Stream in batches rather than load the whole log (the PostgreSQL driver needs a transaction for that).
        this.jdbc.setFetchSize(1000);
    }

    public AuditVerification verify() {
        return jdbc.execute((java.sql.Connection c) -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery("SELECT seq, at, actor, actor_role, remote_address, action, subject_type, "
                        + "subject_id, detail, prev_hash, hash FROM audit_entry ORDER BY seq")) {
                    return walk(rs);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        });
    }

    private static AuditVerification walk(ResultSet rs) throws SQLException {
        long expectedSeq = 1;
        String expectedPrev = AuditChain.GENESIS;
        long checked = 0;
        while (rs.next()) {
            AuditEntry e = new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11));
            if (e.seq() != expectedSeq) {
                return AuditVerification.broken(checked, expectedSeq,
                        "entries " + expectedSeq + " to " + (e.seq() - 1) + " are missing (deleted)");
            }
            if (!e.prevHash().equals(expectedPrev)) {
                return AuditVerification.broken(checked, e.seq(), "previous hash does not match entry " + (e.seq() - 1));
            }
            if (!AuditChain.hash(e).equals(e.hash())) {
                return AuditVerification.broken(checked, e.seq(), "fields do not match the stored hash (edited)");
            }
            expectedPrev = e.hash();
            expectedSeq++;
            checked++;
        }
        return AuditVerification.intact(checked, expectedSeq - 1, expectedPrev);
    }
}
