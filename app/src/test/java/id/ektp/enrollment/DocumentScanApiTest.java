package id.ektp.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.Role;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scans of a regular application's documents over REST: attached to a document marked seen, typed by
 * their first bytes, sealed at rest, given back only inside the application's region; every refusal
 * audited with nothing stored.
 */
class DocumentScanApiTest extends EnrollmentTestSupport {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n% surat keterangan hilang AGUS\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] EXE_NAMED_PDF = "MZ\u0090\u0000 this program cannot be run in DOS mode %PDF-1.4".getBytes(StandardCharsets.ISO_8859_1);

    String application(String pelayanan, String nik) {
        HttpResponse<String> filed = post("/api/v1/applications", basic(pelayanan), write(Map.of("nik", nik, "reason", "LOST",
                "documents", List.of("COVER_LETTER", "APPLICATION_FORM", "KK_COPY", "POLICE_REPORT"))));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return body(filed).get("id").asText();
    }

    HttpResponse<String> attach(String officer, String applicationId, String document, byte[] content, String declaredType) {
        try {
            return http.send(HttpRequest.newBuilder(uri("/api/v1/applications/" + applicationId + "/scans/" + document))
                    .header("Authorization", basic(officer)).header("Content-Type", declaredType).header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    int scansOf(String applicationId) {
        return jdbc.sql("SELECT count(*) FROM application_scan WHERE application_id = ?::uuid").param(applicationId)
                .query(Integer.class).single();
    }

    @Test
    void aScanOfADocumentSeenIsSealedAtRestAndComesBackAsItWasWithItsTypeFromItsContent() {
        String pelayanan = serviceOfficer(SUKASARI);
        String id = application(pelayanan, resident(pelayanan, "32.73.01.1001", "AGUS SALIM"));
        int attachedBefore = audited("SCAN_ATTACH");

        // Declared as an octet stream: the type comes from the content's first bytes.
        HttpResponse<String> attached = attach(pelayanan, id, "POLICE_REPORT", PDF, "application/octet-stream");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        assertThat(body(attached).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(body(attached).get("sizeBytes").asInt()).isEqualTo(PDF.length);
        assertThat(audited("SCAN_ATTACH")).isEqualTo(attachedBefore + 1);
        assertThat(attach(pelayanan, id, "KK_COPY", PNG, "image/png").statusCode()).isEqualTo(201);

        JsonNode list = body(get("/api/v1/applications/" + id + "/scans", basic(pelayanan)));
        assertThat(list).hasSize(2);
        HttpResponse<byte[]> download = bytes("/api/v1/applications/" + id + "/scans/POLICE_REPORT", basic(pelayanan));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(PDF);
        // The Dinas of the kabupaten sees its kecamatan's papers.
        assertThat(bytes("/api/v1/applications/" + id + "/scans/KK_COPY", basic(dinasBandung())).body()).isEqualTo(PNG);

        // At rest: neither the content nor a recognisable part of it is in the database.
        byte[] sealed = jdbc.sql("SELECT sealed FROM application_scan WHERE application_id = ?::uuid AND document = 'POLICE_REPORT'")
                .param(id).query((rs, n) -> rs.getBytes(1)).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("AGUS");
        assertThat(sealed.length).isGreaterThan(PDF.length);

        // A sealed scan moved onto another document's row does not open.
        jdbc.sql("UPDATE application_scan SET sealed = ? WHERE application_id = ?::uuid AND document = 'KK_COPY'").params(sealed, id).update();
        assertThat(bytes("/api/v1/applications/" + id + "/scans/KK_COPY", basic(pelayanan)).statusCode()).isEqualTo(500);
    }

    @Test
    void aFileThatIsNotAPdfJpegOrPngWhateverItsNameOrDeclaredTypeIsRefusedAuditedAndNotStored() {
        String pelayanan = serviceOfficer(SUKASARI);
        String id = application(pelayanan, resident(pelayanan, "32.73.01.1002", "BUDI HARTONO"));
        int refusedBefore = audited("SCAN_REFUSED");

        HttpResponse<String> exe = attach(pelayanan, id, "POLICE_REPORT", EXE_NAMED_PDF, "application/pdf");
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(body(exe).at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(body(exe).at("/errors/0/reason").asText()).contains("PDF, JPEG or PNG");
        HttpResponse<String> empty = attach(pelayanan, id, "POLICE_REPORT", new byte[0], "application/pdf");
        assertThat(empty.statusCode()).isEqualTo(400);
        // A document that was not marked seen takes no scan.
        HttpResponse<String> notSeen = attach(pelayanan, id, "MOVING_CERTIFICATE", PDF, "application/pdf");
        assertThat(notSeen.statusCode()).isEqualTo(400);
        assertThat(body(notSeen).at("/errors/0/field").asText()).isEqualTo("document");
        // Over the size limit: refused before the body is read.
        byte[] large = Arrays.copyOf(PDF, 6 * 1024 * 1024);
        assertThat(attach(pelayanan, id, "POLICE_REPORT", large, "application/pdf").statusCode()).isEqualTo(413);

        assertThat(audited("SCAN_REFUSED")).isEqualTo(refusedBefore + 3);
        assertThat(scansOf(id)).isZero();
    }

    @Test
    void anOfficerOfAnotherRegionNeitherAttachesNorListsNorDownloadsAndTheTryIsAudited() {
        String pelayanan = serviceOfficer(SUKASARI);
        String id = application(pelayanan, resident(pelayanan, "32.73.01.1003", "CECEP SUPRIATNA"));
        assertThat(attach(pelayanan, id, "KK_COPY", PDF, "application/pdf").statusCode()).isEqualTo(201);
        int probesBefore = audited("NOT_FOUND");

        String coblong = serviceOfficer(COBLONG);
        String dinasBogor = officer(Role.DINAS_ADMIN, "32.71", "DINAS-3271");
        assertThat(attach(coblong, id, "POLICE_REPORT", PDF, "application/pdf").statusCode()).isEqualTo(404);
        for (String outsider : new String[] {coblong, dinasBogor}) {
            assertThat(get("/api/v1/applications/" + id + "/scans", basic(outsider)).statusCode()).isEqualTo(404);
            assertThat(bytes("/api/v1/applications/" + id + "/scans/KK_COPY", basic(outsider)).statusCode()).isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'NOT_FOUND' AND subject_id = ?")
                .param("application:" + id).query(Integer.class).single()).isEqualTo(5);
        assertThat(audited("NOT_FOUND")).isGreaterThanOrEqualTo(probesBefore + 5);
        // Only the service officer attaches: the Camat of the kecamatan is refused by role.
        assertThat(attach(camat(SUKASARI), id, "POLICE_REPORT", PDF, "application/pdf").statusCode()).isEqualTo(403);
        assertThat(scansOf(id)).isEqualTo(1);
    }
}
