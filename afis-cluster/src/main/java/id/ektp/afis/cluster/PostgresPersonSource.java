package id.ektp.afis.cluster;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.store.AtRestCipher;
import id.ektp.afis.store.AtRestKey;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@link PersonSource} on PostgreSQL: one row a person in table {@value #TABLE} (created by the
 * application's Flyway migration), the reference ID and the ten-print's {@link PersonRecord} sealed with the
 * engine's {@link AtRestCipher} under the gallery key, so the database never holds a template in the clear.
 * Central inserts and deletes; the members only read (their database role may only {@code SELECT} this table).
 *
 * <p>Each row is sealed as a file of its own: {@code [the cipher's header: 48][nonce: 12][ciphertext][tag: 16]},
 * a fresh salt a row, so a key derived for that row alone; the associated data binds the sealed bytes to the
 * row's reference ID, so templates copied onto another person's row fail their tag instead of making that
 * person match someone else's fingers. A table has no file header to keep one salt in, and a salt a row
 * needs no shared state between central and the members (76 bytes a person more than the templates).
 *
 * <p>Every call takes a connection from the {@link DataSource} it was given and gives it back; an insert or a
 * delete has committed when it returns (auto-commit, or an explicit commit if the pool hands out connections
 * without it).
 */
public final class PostgresPersonSource implements PersonSource, RecordSource {

    /** The table, created by the application's migration (V90). */
    public static final String TABLE = "gallery_person";
    /** The format named in each row's sealed header. */
    static final String MAGIC = "EKTPGPS1";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final AtRestKey key;

    public PostgresPersonSource(DataSource dataSource, AtRestKey key) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public void insert(UUID referenceId, TenPrint record) {
        Objects.requireNonNull(referenceId, "referenceId");
        byte[] sealed = seal(referenceId, PersonRecord.encode(record));
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO " + TABLE + " (reference_id, ten_print) VALUES (?, ?)")) {
            st.setObject(1, referenceId);
            st.setBytes(2, sealed);
            st.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new AfisException(Reason.DUPLICATE_REFERENCE_ID, "reference ID " + referenceId + " is already enrolled");
            }
            throw failed("store person " + referenceId, e);
        }
    }

    @Override
    public boolean delete(UUID referenceId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("DELETE FROM " + TABLE + " WHERE reference_id = ?")) {
            st.setObject(1, referenceId);
            int deleted = st.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return deleted > 0;
        } catch (SQLException e) {
            throw failed("delete person " + referenceId, e);
        }
    }

    @Override
    public Optional<TenPrint> find(UUID referenceId) {
        return Optional.ofNullable(records(List.of(referenceId)).get(referenceId)).map(PersonRecord::decode);
    }

    /**
     * The persons' records, opened, in one query.
     *
     * @throws AfisException {@code WRONG_STORE_KEY} if a row was sealed under another key, {@code CORRUPT_STORE}
     *                       if a row fails its tag (altered, or moved from another person's row)
     */
    @Override
    public Map<UUID, byte[]> records(Collection<UUID> referenceIds) {
        Map<UUID, byte[]> found = new HashMap<>();
        if (referenceIds.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT reference_id, ten_print FROM " + TABLE + " WHERE reference_id = ANY (?)")) {
            Array ids = c.createArrayOf("uuid", referenceIds.toArray());
            st.setArray(1, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, open(id, rs.getBytes(2)));
                }
            }
            ids.free();
            return found;
        } catch (SQLException e) {
            throw failed("read " + referenceIds.size() + " persons", e);
        }
    }

    @Override
    public Set<UUID> referenceIds() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT reference_id FROM " + TABLE)) {
            st.setFetchSize(10_000);
            Set<UUID> ids = new HashSet<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failed("list the persons", e);
        }
    }

    @Override
    public boolean contains(UUID referenceId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT 1 FROM " + TABLE + " WHERE reference_id = ?")) {
            st.setObject(1, referenceId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failed("look up person " + referenceId, e);
        }
    }

    @Override
    public int count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + TABLE);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return Math.toIntExact(rs.getLong(1));
        } catch (SQLException e) {
            throw failed("count the persons", e);
        }
    }

    /**
     * Reads one row, if any, and opens it: at a member's start, a gallery key other than the one central sealed
     * with is told at once instead of at the first load.
     *
     * @throws AfisException {@code WRONG_STORE_KEY} if the row was sealed under another key
     */
    public void checkKey() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT reference_id, ten_print FROM " + TABLE + " LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            if (rs.next()) {
                open(rs.getObject(1, UUID.class), rs.getBytes(2));
            }
        } catch (SQLException e) {
            throw failed("read a person", e);
        }
    }

    private byte[] seal(UUID referenceId, byte[] plain) {
        AtRestCipher cipher = AtRestCipher.create(key, MAGIC);
        byte[] header = cipher.header();
        byte[] sealed = cipher.seal(plain, 0, plain.length, associated(cipher, referenceId));
        return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
    }

    private byte[] open(UUID referenceId, byte[] row) {
        String where = "person " + referenceId + " of table " + TABLE;
        AtRestCipher cipher = AtRestCipher.fromHeader(key, MAGIC, Arrays.copyOf(row, Math.min(row.length, AtRestCipher.HEADER)), where);
        return cipher.open(row, AtRestCipher.HEADER, row.length - AtRestCipher.HEADER, associated(cipher, referenceId), where);
    }

    /** {@code [the row's salt][reference ID: 16]}: what binds the sealed templates to their person. */
    private static byte[] associated(AtRestCipher cipher, UUID referenceId) {
        byte[] salt = cipher.fileId();
        return ByteBuffer.allocate(salt.length + 16).put(salt)
                .putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits()).array();
    }

    private static AfisException failed(String what, SQLException e) {
        return new AfisException(Reason.STORE_IO, "cannot " + what + " in table " + TABLE + ": " + e.getMessage()
                + " (SQL state " + e.getSQLState() + ")", e);
    }
}
