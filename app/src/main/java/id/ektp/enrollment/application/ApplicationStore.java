package id.ektp.enrollment.application;

import id.ektp.accounts.Officer;
import id.ektp.enrollment.web.EnrollmentAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications and the regional fine schedules in PostgreSQL; reads through the officer's scope. */
@Repository
class ApplicationStore {

    private static final String COLUMNS = """
            id, nik, full_name, kecamatan_code, office_code, reason, documents, fine_rupiah, fine_reason, submitted_by,
            submitted_at, submitted_on, due_on, status""";

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Application a) {
        jdbc.sql("""
                INSERT INTO application (id, nik, full_name, kecamatan_code, office_code, reason, documents, fine_rupiah, fine_reason,
                                         submitted_by, submitted_at, submitted_on, due_on, status)
                VALUES (:id, :nik, :name, :kec, :office, :reason, :docs, :fine, :fineReason, :by, :at, :on, :due, 'OPEN')""")
                .param("id", a.id()).param("nik", a.nik()).param("name", a.fullName()).param("kec", a.kecamatanCode())
                .param("office", a.officeCode()).param("reason", a.reason().name())
                .param("docs", a.documents().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("fine", a.fineRupiah()).param("fineReason", a.fineReason()).param("by", a.submittedBy())
                .param("at", Timestamp.from(a.submittedAt())).param("on", a.submittedOn()).param("due", a.dueOn())
                .update();
    }

    Optional<Application> find(UUID id, Officer officer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE id = :id AND " + EnrollmentAccess.scopeCondition("kecamatan_code"))
                .param("id", id).param("scope", officer.regionCode()).query(ApplicationStore::application).optional();
    }

    List<Application> overdue(Officer officer, LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE status = 'OPEN' AND due_on < :today AND "
                        + EnrollmentAccess.scopeCondition("kecamatan_code") + " ORDER BY due_on, submitted_at LIMIT 500")
                .param("today", today).param("scope", officer.regionCode()).query(ApplicationStore::application).list();
    }

    Optional<FineSchedule> schedule(String kabupatenCode) {
        return jdbc.sql("SELECT kabupaten_code, late_report_rupiah, late_after_days, foreigner_late_rupiah FROM regional_fine WHERE kabupaten_code = ?")
                .param(kabupatenCode)
                .query((rs, n) -> new FineSchedule(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), true)).optional();
    }

    void saveSchedule(FineSchedule s, String officer, java.time.Instant at) {
        jdbc.sql("""
                INSERT INTO regional_fine (kabupaten_code, late_report_rupiah, late_after_days, foreigner_late_rupiah, set_by, set_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (kabupaten_code) DO UPDATE SET late_report_rupiah = EXCLUDED.late_report_rupiah,
                    late_after_days = EXCLUDED.late_after_days, foreigner_late_rupiah = EXCLUDED.foreigner_late_rupiah,
                    set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""")
                .params(s.kabupatenCode(), s.lateReportRupiah(), s.lateAfterDays(), s.foreignerLateRupiah(), officer, Timestamp.from(at))
                .update();
    }

    private static Application application(ResultSet rs, int n) throws SQLException {
        Set<Document> documents = Arrays.stream((String[]) rs.getArray(7).getArray()).map(Document::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Document.class)));
        return new Application(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Reason.valueOf(rs.getString(6)), documents, rs.getInt(8), rs.getString(9), rs.getString(10),
                rs.getTimestamp(11).toInstant(), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getString(14));
    }
}
