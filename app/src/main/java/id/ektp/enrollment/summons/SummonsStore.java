package id.ektp.enrollment.summons;

import id.ektp.accounts.Officer;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.registry.ResultPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Summons letters in PostgreSQL; reads go through the officer's scope, except the batch's own. */
@Repository
public class SummonsStore {

    private static final String COLUMNS = """
            id, campaign_id, seq, kecamatan_code, nik, full_name, desa_code, street, rt, rw, place, service_day,
            pdf IS NOT NULL, delivery""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SummonsStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void insertAll(List<Summons> letters) {
        template.batchUpdate("""
                INSERT INTO summons (id, campaign_id, seq, kecamatan_code, nik, full_name, desa_code, street, rt, rw, place, service_day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", letters, 500, (ps, s) -> {
            ps.setObject(1, s.id());
            ps.setObject(2, s.campaignId());
            ps.setInt(3, s.seq());
            ps.setString(4, s.kecamatanCode());
            ps.setString(5, s.nik());
            ps.setString(6, s.fullName());
            ps.setString(7, s.desaCode());
            ps.setString(8, s.street());
            ps.setString(9, s.rt());
            ps.setString(10, s.rw());
            ps.setString(11, s.place());
            ps.setObject(12, s.serviceDay());
        });
    }

    public Optional<Summons> find(UUID id, Officer officer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM summons WHERE id = :id AND " + EnrollmentAccess.scopeCondition("kecamatan_code"))
                .param("id", id).param("scope", officer.regionCode()).query(SummonsStore::summons).optional();
    }

    public ResultPage<Summons> page(UUID campaignId, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM summons WHERE campaign_id = ?").param(campaignId).query(Long.class).single();
        List<Summons> items = jdbc.sql("SELECT " + COLUMNS + " FROM summons WHERE campaign_id = ? ORDER BY seq LIMIT ? OFFSET ?")
                .params(campaignId, size, (long) page * size).query(SummonsStore::summons).list();
        return new ResultPage<>(items, page, size, total);
    }

    public Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("SELECT pdf FROM summons WHERE id = ? AND pdf IS NOT NULL").param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The next letters still to sign and render, locked so that a second worker takes others. */
    List<Summons> lockPending(UUID campaignId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM summons WHERE campaign_id = ? AND pdf IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(campaignId, limit).query(SummonsStore::summons).list();
    }

    /** A letter the batch has signed and rendered. */
    record Completed(UUID id, String token, byte[] pdf) {
    }

    /** Stores a chunk's letters in one batched statement. */
    void completeAll(List<Completed> letters) {
        template.batchUpdate("UPDATE summons SET token = ?, pdf = ? WHERE id = ?", letters, 500, (ps, c) -> {
            ps.setString(1, c.token());
            ps.setBytes(2, c.pdf());
            ps.setObject(3, c.id());
        });
    }

    /** Counts the ready letters into the campaign; returns how many are still to do. */
    int recount(UUID campaignId) {
        jdbc.sql("UPDATE campaign SET letters_done = (SELECT count(*) FROM summons WHERE campaign_id = :id AND pdf IS NOT NULL) WHERE id = :id")
                .param("id", campaignId).update();
        return jdbc.sql("SELECT count(*) FROM summons WHERE campaign_id = ? AND pdf IS NULL").param(campaignId).query(Integer.class).single();
    }

    void recordDelivery(UUID id, Delivery delivery, String officer, Instant at) {
        jdbc.sql("UPDATE summons SET delivery = ?, delivery_by = ?, delivery_at = ? WHERE id = ?")
                .params(delivery.name(), officer, Timestamp.from(at), id).update();
    }

    /** Per desa, in code order: the letters, and how many of each delivery outcome (none yet: "PENDING"). */
    public Map<String, Map<String, Integer>> deliveryPerDesa(UUID campaignId) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT desa_code, coalesce(delivery, 'PENDING'), count(*) FROM summons WHERE campaign_id = ? GROUP BY 1, 2 ORDER BY 1, 2")
                .param(campaignId)
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getString(1), d -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return counts;
    }

    static Summons summons(ResultSet rs, int n) throws SQLException {
        String delivery = rs.getString(14);
        return new Summons(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getObject(12, LocalDate.class), rs.getBoolean(13), delivery == null ? null : Delivery.valueOf(delivery));
    }
}
