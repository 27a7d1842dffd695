package id.ektp.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.ektp.accounts.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Steps 1-2 over real HTTP: the Dinas opens a campaign, the Camat signs it, the letters are made and delivered. */
class CampaignApiTest extends EnrollmentTestSupport {

    @Test
    void theDinasOpensTheCamatSignsAndEachLetterIsAnA4PdfWithTheResidentAndASignedQr() {
        String pelayanan = serviceOfficer(SUKASARI);
        String nik = resident(pelayanan, "32.73.01.1003", "RATNA SARI DEWI");
        String dinas = dinasBandung();
        String camat = camat(SUKASARI);

        HttpResponse<String> opened = openCampaign(dinas, SUKASARI);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode campaign = body(opened);
        assertThat(campaign.get("status").asText()).isEqualTo("DRAFT");
        assertThat(opened.headers().firstValue("Location")).hasValue("/api/v1/campaigns/" + campaign.get("id").asText());
        String id = campaign.get("id").asText();
        JsonNode summons = summonsOf(id, nik, camat);
        assertThat(summons.get("ready").asBoolean()).isFalse();
        assertThat(audited("CAMPAIGN_OPEN")).isPositive();

        // Only the Camat of the kecamatan signs: not the Dinas, not a service officer.
        assertThat(post("/api/v1/campaigns/" + id + "/signature", basic(dinas), null).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/campaigns/" + id + "/signature", basic(pelayanan), null).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/campaigns/" + id + "/signature", basic(camat), null).statusCode()).isEqualTo(200);
        HttpResponse<String> again = post("/api/v1/campaigns/" + id + "/signature", basic(camat), null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("type").asText()).endsWith("/already-signed");

        JsonNode signed = awaitStatus(id, camat, "SIGNED");
        assertThat(signed.get("lettersDone").asInt()).isEqualTo(signed.get("letterCount").asInt());
        byte[] pdf = letter(summonsOf(id, nik, camat).get("id").asText(), pelayanan);
        String text = pdfText(pdf);
        assertThat(text).contains(nik, "RATNA SARI DEWI", "Jl. Setiabudi No. 7", "Kartu Keluarga");
        // The places take turns by the letter's order, which other tests' residents of Sukasari shift.
        assertThat(text).containsAnyOf("Tempat : Kantor Kecamatan", "Tempat : Aula Desa");
        // The heading names the kabupaten/kota and the kecamatan, the body the desa, by the registry's names.
        assertThat(text).contains("PEMERINTAH KOTA BANDUNG", "KECAMATAN SUKASARI", "Camat Sukasari", "Isola").doesNotContain("32.73.01.1003");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // A4 is 595 x 842 points.
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        String qr = qrOf(pdf);
        assertThat(qr.split("\\.")).hasSize(3);
        assertThat(text.replaceAll("\\s", "")).contains(qr);
    }

    @Test
    void aLetterIsNotSummonedTwiceWhileItsCampaignRuns() {
        String pelayanan = serviceOfficer(SUKASARI);
        String dinas = dinasBandung();
        resident(pelayanan, "32.73.01.1004", "DEDI MULYADI");
        assertThat(openCampaign(dinas, SUKASARI).statusCode()).isEqualTo(201);
        HttpResponse<String> second = openCampaign(dinas, SUKASARI);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(body(second).get("type").asText()).endsWith("/nobody-to-summon");
    }

    @Test
    void badCampaignInputIsRefusedFieldByField() {
        String dinas = dinasBandung();
        HttpResponse<String> r = post("/api/v1/campaigns", basic(dinas), write(Map.of("kecamatanCode", SUKASARI,
                "firstDay", "2020-01-01", "lastDay", "2019-12-01", "places", java.util.List.of("Aula"))));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("firstDay", "lastDay");
        assertThat(post("/api/v1/campaigns", basic(dinas), write(Map.of("kecamatanCode", "32.73"))).statusCode()).isEqualTo(400);
    }

    @Test
    void deliveriesAreRecordedPerLetterAndCountedPerDesa() {
        String pelayanan = serviceOfficer(COBLONG);
        String nik = resident(pelayanan, "32.73.02.1004", "YAYAT SUPRIATNA");
        String dinas = dinasBandung();
        String id = body(openCampaign(dinas, COBLONG)).get("id").asText();
        String summonsId = summonsOf(id, nik, pelayanan).get("id").asText();

        HttpResponse<String> r = send("PUT", "/api/v1/summons/" + summonsId + "/delivery", basic(pelayanan), "{\"delivery\":\"MOVED\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(body(r).get("delivery").asText()).isEqualTo("MOVED");
        JsonNode perDesa = body(get("/api/v1/campaigns/" + id, basic(pelayanan))).get("deliveryPerDesa");
        assertThat(perDesa.at("/32.73.02.1004/MOVED").asInt()).isEqualTo(1);
        assertThat(send("PUT", "/api/v1/summons/" + summonsId + "/delivery", basic(pelayanan), "{\"delivery\":\"LOST\"}").statusCode())
                .isEqualTo(400);
        assertThat(audited("SUMMONS_DELIVERY")).isPositive();
    }

    @Test
    void anOfficerOfAnotherKecamatanOrKabupatenNeitherSeesNorChangesTheCampaign() {
        String pelayanan = serviceOfficer(SUKASARI);
        String nik = resident(pelayanan, "32.73.01.1002", "UJANG KOSASIH");
        String id = body(openCampaign(dinasBandung(), SUKASARI)).get("id").asText();
        String summonsId = summonsOf(id, nik, pelayanan).get("id").asText();

        String coblong = serviceOfficer(COBLONG);
        String camatCoblong = camat(COBLONG);
        String dinasBogor = officer(Role.DINAS_ADMIN, "32.71", "DINAS-3271");
        int probesBefore = notFoundAuditedFor(id, summonsId);
        for (String outsider : new String[] {coblong, camatCoblong, dinasBogor}) {
            assertThat(get("/api/v1/campaigns/" + id, basic(outsider)).statusCode()).isEqualTo(404);
            assertThat(get("/api/v1/campaigns/" + id + "/summons", basic(outsider)).statusCode()).isEqualTo(404);
            assertThat(bytes("/api/v1/summons/" + summonsId + "/letter", basic(outsider)).statusCode()).isEqualTo(404);
            assertThat(send("PUT", "/api/v1/summons/" + summonsId + "/delivery", basic(outsider), "{\"delivery\":\"DECEASED\"}")
                    .statusCode()).isEqualTo(404);
            assertThat(body(get("/api/v1/campaigns", basic(outsider))).findValuesAsText("id")).doesNotContain(id);
        }
        assertThat(post("/api/v1/campaigns/" + id + "/signature", basic(camatCoblong), null).statusCode()).isEqualTo(404);
        // Every 404 of another region's campaign or letter is in the audit log, with who asked.
        assertThat(notFoundAuditedFor(id, summonsId)).isEqualTo(probesBefore + 3 * 4 + 1);
        assertThat(openCampaign(dinasBogor, SUKASARI).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT status FROM campaign WHERE id = ?::uuid").param(id).query(String.class).single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT count(*) FROM summons WHERE id = ?::uuid AND delivery IS NOT NULL").param(summonsId)
                .query(Integer.class).single()).isZero();
    }

    int notFoundAuditedFor(String campaignId, String summonsId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'NOT_FOUND' AND (subject_id LIKE ? OR subject_id LIKE ?)")
                .params("%" + campaignId, "%" + summonsId).query(Integer.class).single();
    }
}
