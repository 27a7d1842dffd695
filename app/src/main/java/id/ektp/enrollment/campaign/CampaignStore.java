package id.ektp.enrollment.campaign;

import id.ektp.accounts.Officer;
import id.ektp.enrollment.web.EnrollmentAccess;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns in PostgreSQL, always read through the officer's scope. */
@Repository
public class CampaignStore {

    private static final String COLUMNS = """
            id, kecamatan_code, first_day, last_day, places, status, opened_by, opened_at, signed_by, camat_name,
            signed_at, letter_count, letters_done""";

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The campaign if the officer sees its kecamatan. */
    public Optional<Campaign> find(UUID id, Officer officer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE id = :id AND " + EnrollmentAccess.scopeCondition("kecamatan_code"))
                .param("id", id).param("scope", officer.regionCode())
                .query(CampaignStore::campaign).optional();
    }

    /** Without a scope: for the background batch, which acts for a Camat who already signed. */
    public Optional<Campaign> findForBatch(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE id = ?").param(id).query(CampaignStore::campaign).optional();
    }

    List<Campaign> list(Officer officer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE " + EnrollmentAccess.scopeCondition("kecamatan_code")
                        + " ORDER BY opened_at DESC LIMIT 100")
                .param("scope", officer.regionCode()).query(CampaignStore::campaign).list();
    }

    void insert(UUID id, OpenCampaign request, Officer officer, Instant now, int letters) {
        jdbc.sql("""
                INSERT INTO campaign (id, kecamatan_code, first_day, last_day, places, status, opened_by, opened_at, letter_count)
                VALUES (:id, :kec, :first, :last, :places, 'DRAFT', :by, :at, :letters)""")
                .param("id", id).param("kec", request.kecamatanCode()).param("first", request.firstDay())
                .param("last", request.lastDay()).param("places", request.places().toArray(String[]::new))
                .param("by", officer.username()).param("at", Timestamp.from(now)).param("letters", letters)
                .update();
    }

    /** Moves a draft to SIGNING; false when it was no longer a draft (signed meanwhile). */
    boolean markSigning(UUID id, Officer camat, String kid, Instant now) {
        return jdbc.sql("""
                UPDATE campaign SET status = 'SIGNING', signed_by = :by, camat_name = :name, kid = :kid, signed_at = :at
                WHERE id = :id AND status = 'DRAFT'""")
                .param("id", id).param("by", camat.username()).param("name", camat.fullName()).param("kid", kid)
                .param("at", Timestamp.from(now)).update() == 1;
    }

    public List<UUID> signing() {
        return jdbc.sql("SELECT id FROM campaign WHERE status = 'SIGNING' ORDER BY signed_at").query(UUID.class).list();
    }

    public String kidOf(UUID id) {
        return jdbc.sql("SELECT kid FROM campaign WHERE id = ?").param(id).query(String.class).single();
    }

    /** NIKs already summoned in this kecamatan by a campaign whose days are not over: not summoned again. */
    List<String> summonedUntil(String kecamatanCode, LocalDate today) {
        return jdbc.sql("""
                SELECT s.nik FROM summons s JOIN campaign c ON c.id = s.campaign_id
                WHERE c.kecamatan_code = ? AND c.last_day >= ?""").params(kecamatanCode, today).query(String.class).list();
    }

    private static Campaign campaign(ResultSet rs, int n) throws SQLException {
        Array places = rs.getArray(5);
        Timestamp signedAt = rs.getTimestamp(11);
        return new Campaign(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), List.copyOf(Arrays.asList((String[]) places.getArray())),
                CampaignStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                rs.getString(10), signedAt == null ? null : signedAt.toInstant(), rs.getInt(12), rs.getInt(13));
    }
}
