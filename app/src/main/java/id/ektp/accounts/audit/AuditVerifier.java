package id.ektp.accounts.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Walks the audit chain from the first entry and reports the first broken one: an entry whose link
 * does not match its fields under the audit key (edited, or re-chained by someone without the key),
 * whose previous link is not its predecessor's, whose sequence number skips (deleted), or that is
 * unkeyed after the chain switched to keyed links. Then compares with the anchor file: an anchored
 * entry that is missing or different means the last entries were deleted or the chain rewritten.
 * Streams the log, so its size does not matter.
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final AuditKeys keys;
    private final AuditAnchor anchor;

    @Autowired
    AuditVerifier(DataSource dataSource, AuditKeys keys, AuditAnchor anchor) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.keys = keys;
        this.anchor = anchor;
    }

    public AuditVerification verify() {
        try {
            anchor.awaitWritten(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The anchor is read before the entries: it only ever names committed entries, so the snapshot
        // taken afterwards holds at least as many, even while appends go on.
        AnchorReading reading = readAnchor();
        return jdbc.execute((java.sql.Connection c) -> {
            boolean autoCommit = c.getAutoCommit();
            // Stream in batches rather than load the whole log (the PostgreSQL driver needs a transaction for that).
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery("SELECT seq, at, actor, actor_role, remote_address, action, subject_type, "
                        + "subject_id, detail, prev_hash, hash, key_id FROM audit_entry ORDER BY seq")) {
                    return new ChainWalk(keys.current(), keys.problem(), reading).walk(rows(rs));
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        });
    }

    private AnchorReading readAnchor() {
        Optional<AuditKey> key = keys.current();
        if (key.isEmpty()) {
            return AnchorReading.unreadable("the anchor " + anchor.file() + " cannot be checked without the audit key");
        }
        try {
            return anchor.read(key.get())
                    .map(AnchorReading::of)
                    .orElseGet(() -> AnchorReading.missing("audit anchor file " + anchor.file() + " is missing"));
        } catch (AuditKeyException e) {
            return AnchorReading.unreadable(e.getMessage());
        }
    }

    private static ChainWalk.Rows rows(ResultSet rs) {
        return () -> {
            try {
                if (!rs.next()) {
                    return null;
                }
                return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12));
            } catch (SQLException e) {
                throw new IllegalStateException("reading the audit log failed", e);
            }
        };
    }
}
