package id.ektp.enrollment.scans;

import id.ektp.enrollment.application.Document;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sealed scans in PostgreSQL, one per document of an application (a later one replaces it); callers check the scope first. */
@Repository
class ScanStore {

    private static final String COLUMNS = "application_id, document, media_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    ScanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(DocumentScan scan, String kecamatanCode, byte[] sealed) {
        jdbc.sql("""
                INSERT INTO application_scan (application_id, document, kecamatan_code, media_type, size_bytes, sha256, sealed,
                                              uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (application_id, document) DO UPDATE SET media_type = EXCLUDED.media_type,
                    size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, sealed = EXCLUDED.sealed,
                    uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at""")
                .params(scan.applicationId(), scan.document().name(), kecamatanCode, scan.mediaType(), scan.sizeBytes(),
                        HexFormat.of().parseHex(scan.sha256()), sealed, scan.uploadedBy(), Timestamp.from(scan.uploadedAt()))
                .update();
    }

    List<DocumentScan> list(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application_scan WHERE application_id = ? ORDER BY document")
                .param(applicationId).query(ScanStore::scan).list();
    }

    Optional<DocumentScan> find(UUID applicationId, Document document) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application_scan WHERE application_id = ? AND document = ?")
                .params(applicationId, document.name()).query(ScanStore::scan).optional();
    }

    Optional<byte[]> sealed(UUID applicationId, Document document) {
        return jdbc.sql("SELECT sealed FROM application_scan WHERE application_id = ? AND document = ?")
                .params(applicationId, document.name()).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static DocumentScan scan(ResultSet rs, int n) throws SQLException {
        return new DocumentScan(rs.getObject(1, UUID.class), Document.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                HexFormat.of().formatHex(rs.getBytes(5)), rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
