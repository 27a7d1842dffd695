package id.ektp.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import id.ektp.accounts.security.OfficerPrincipal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The officers' pages of the service point: in their language, scoped to their region (404 outside it). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EnrollmentPagesTest {

    static final OfficerPrincipal DINAS = officer("dinas.page", Role.DINAS_ADMIN, "32.73", "DINAS-3273");
    static final OfficerPrincipal PELAYANAN = officer("pelayanan.page", Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
    static final OfficerPrincipal COBLONG = officer("pelayanan.coblong.page", Role.SERVICE_OFFICER, "32.73.02", "KEC-327302");
    static final OfficerPrincipal CAMAT_COBLONG = officer("camat.coblong.page", Role.CAMAT, "32.73.02", "KEC-327302");
    static final OfficerPrincipal DINAS_BOGOR = officer("dinas.bogor.page", Role.DINAS_ADMIN, "32.71", "DINAS-3271");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static OfficerPrincipal officer(String username, Role role, String region, String office) {
        return new OfficerPrincipal(new Officer(username, "Uji " + username, role, region, office), "", true, null);
    }

    String nik(String desa) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("fullName", "LILIS SURYANI");
        r.put("birthPlace", "Bandung");
        r.put("birthDate", "1999-09-09");
        r.put("sex", "PEREMPUAN");
        r.put("bloodGroup", "O_POS");
        r.put("religion", "ISLAM");
        r.put("maritalStatus", "KAWIN");
        r.put("occupation", "Wiraswasta");
        r.put("citizenship", "WNI");
        r.put("street", "Jl. Sarijadi No. 1");
        r.put("rt", "001");
        r.put("rw", "001");
        r.put("desaCode", desa);
        r.put("familyRelation", "KEPALA_KELUARGA");
        MvcResult result = mvc.perform(post("/api/v1/residents").with(user(PELAYANAN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(r))).andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("nik").asText();
    }

    @Test
    void theDinasOpensACampaignFromThePageAndAnOutsiderGets404OnEveryPageOfIt() throws Exception {
        String nik = nik("32.73.01.1004");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        MvcResult opened = mvc.perform(post("/campaigns").with(user(DINAS)).with(csrf()).param("kecamatanCode", "32.73.01")
                        .param("firstDay", today.toString()).param("lastDay", today.plusDays(3).toString())
                        .param("places", "Kantor Kecamatan", "").param("places", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        String campaignPath = opened.getResponse().getRedirectedUrl();
        assertThat(campaignPath).startsWith("/campaigns/");
        mvc.perform(get(campaignPath).with(user(PELAYANAN))).andExpect(status().isOk())
                .andExpect(content().string(containsString(nik)))
                .andExpect(content().string(containsString("Menunggu tanda tangan Camat")));
        mvc.perform(get(campaignPath).param("lang", "en").with(user(PELAYANAN)))
                .andExpect(content().string(containsString("Waiting for the Camat&#39;s signature")));
        JsonNode letters = json.readTree(mvc.perform(get("/api/v1" + campaignPath + "/summons").param("size", "500").with(user(PELAYANAN)))
                .andReturn().getResponse().getContentAsString());
        String summonsId = null;
        for (JsonNode s : letters.get("items")) {
            if (s.get("nik").asText().equals(nik)) {
                summonsId = s.get("id").asText();
            }
        }
        assertThat(summonsId).isNotNull();

        for (OfficerPrincipal outsider : new OfficerPrincipal[] {COBLONG, CAMAT_COBLONG, DINAS_BOGOR}) {
            mvc.perform(get(campaignPath).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(campaignPath + "/progress").with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/summons/" + summonsId + "/letter.pdf").with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/summons/" + summonsId + "/delivery").with(user(outsider)).with(csrf())
                    .param("delivery", "DECEASED").param("campaign", campaignPath.substring(11))).andExpect(status().isNotFound());
            mvc.perform(get("/campaigns").with(user(outsider))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(campaignPath))));
        }
        mvc.perform(post(campaignPath + "/signature").with(user(CAMAT_COBLONG)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/campaigns").with(user(DINAS_BOGOR)).with(csrf()).param("kecamatanCode", "32.73.01")
                .param("firstDay", today.toString()).param("lastDay", today.toString()).param("places", "Aula"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedQrIsExplainedOnTheDeskPageInTheOfficersLanguage() throws Exception {
        MvcResult refused = mvc.perform(post("/desk/check-in").with(user(PELAYANAN)).with(csrf()).param("qr", "bukan-qr"))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get("/desk").with(user(PELAYANAN)).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("Kode ini bukan QR surat panggilan.")));
        mvc.perform(get("/desk").param("lang", "en").with(user(PELAYANAN)).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("This is not the QR of a summons letter.")));
    }

    @Test
    void aCheckInOfAnotherServicePointIsNotFoundOnItsPage() throws Exception {
        String nik = nik("32.73.01.1001");
        MvcResult checkedIn = mvc.perform(post("/api/v1/desk/check-ins").with(user(PELAYANAN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"nik\":\"" + nik + "\"}")).andExpect(status().isCreated()).andReturn();
        String id = json.readTree(checkedIn.getResponse().getContentAsString()).get("id").asText();
        mvc.perform(get("/desk/check-ins/" + id).with(user(PELAYANAN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("LILIS SURYANI")));
        mvc.perform(get("/desk/check-ins/" + id).with(user(COBLONG))).andExpect(status().isNotFound());
        mvc.perform(post("/desk/check-ins/" + id + "/decision").with(user(COBLONG)).with(csrf()).param("confirmed", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/desk/waiting-room/called").with(user(PELAYANAN))).andExpect(status().isOk());
        mvc.perform(get("/desk").with(user(DINAS))).andExpect(status().isOk());
    }

    /** The service officer's audit entries (other tests' background batches write entries of their own meanwhile). */
    long auditEntries() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = ?").param(PELAYANAN.getUsername()).query(Long.class).single();
    }

    @Test
    void theProgressPollWritesNoAuditEntryWhileOpeningTheCampaignPageDoes() throws Exception {
        nik("32.73.01.1002");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String campaignPath = mvc.perform(post("/campaigns").with(user(DINAS)).with(csrf()).param("kecamatanCode", "32.73.01")
                        .param("firstDay", today.toString()).param("lastDay", today.plusDays(2).toString()).param("places", "Aula"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        long before = auditEntries();
        for (int poll = 0; poll < 20; poll++) {
            mvc.perform(get(campaignPath + "/progress").with(user(PELAYANAN))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("progress-text")));
        }
        assertThat(auditEntries()).as("20 progress polls").isEqualTo(before);
        mvc.perform(get(campaignPath).with(user(PELAYANAN))).andExpect(status().isOk());
        assertThat(auditEntries()).as("opening the campaign's page is a read, audited").isEqualTo(before + 1);
        // Not audited, but scoped: an outsider's poll is a 404 like the page.
        mvc.perform(get(campaignPath + "/progress").with(user(COBLONG))).andExpect(status().isNotFound());
    }

    @Test
    void desaAreNamedOnTheCampaignPageAndAtTheDesk() throws Exception {
        String nik = nik("32.73.01.1003");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String campaignPath = mvc.perform(post("/campaigns").with(user(DINAS)).with(csrf()).param("kecamatanCode", "32.73.01")
                        .param("firstDay", today.toString()).param("lastDay", today.plusDays(2).toString()).param("places", "Aula"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(campaignPath).with(user(PELAYANAN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<td title=\"32.73.01.1003\">Isola</td>").doesNotContain(">32.73.01.1003<");

        MvcResult checkedIn = mvc.perform(post("/api/v1/desk/check-ins").with(user(PELAYANAN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"nik\":\"" + nik + "\"}")).andExpect(status().isCreated()).andReturn();
        String id = json.readTree(checkedIn.getResponse().getContentAsString()).get("id").asText();
        mvc.perform(get("/desk/check-ins/" + id).with(user(PELAYANAN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("RT 001/RW 001, Isola")));
    }

    @Test
    void missingDocumentsAreNamedInThePagesLanguage() throws Exception {
        String nik = nik("32.73.01.1004");
        mvc.perform(post("/applications").with(user(PELAYANAN)).with(csrf()).param("nik", nik).param("reason", "LOST")
                        .param("documents", "COVER_LETTER", "APPLICATION_FORM"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dokumen Fotokopi KK, Surat keterangan hilang dari kepolisian belum ada")));
        mvc.perform(post("/applications").param("lang", "en").with(user(PELAYANAN)).with(csrf()).param("nik", nik).param("reason", "LOST")
                        .param("documents", "COVER_LETTER", "APPLICATION_FORM", "KK_COPY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Police report of the loss")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("POLICE_REPORT missing"))));
    }

    @Test
    void aScanIsAttachedFromTheApplicationPageAndAnOutsiderGets404ForItsPageUploadAndDownload() throws Exception {
        String nik = nik("32.73.01.1001");
        String applicationPath = mvc.perform(post("/applications").with(user(PELAYANAN)).with(csrf()).param("nik", nik).param("reason", "LOST")
                        .param("documents", "COVER_LETTER", "APPLICATION_FORM", "KK_COPY", "POLICE_REPORT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        MvcResult saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(applicationPath + "/scans")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "laporan.pdf", "application/pdf", pdf))
                        .param("document", "POLICE_REPORT").with(user(PELAYANAN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get(applicationPath).with(user(PELAYANAN)).flashAttrs(saved.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pindaian Surat keterangan hilang dari kepolisian tersimpan.")))
                .andExpect(content().string(containsString(applicationPath + "/scans/POLICE_REPORT")));
        mvc.perform(get(applicationPath + "/scans/POLICE_REPORT").with(user(PELAYANAN))).andExpect(status().isOk())
                .andExpect(content().bytes(pdf));

        // A picture renamed .pdf is judged by its content: not a PDF, JPEG or PNG, refused with the reason in the page's language.
        MvcResult refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(applicationPath + "/scans")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "ktp.pdf", "application/pdf", "GIF89a...".getBytes()))
                        .param("document", "KK_COPY").with(user(PELAYANAN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get(applicationPath).with(user(PELAYANAN)).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("Berkas pindaian harus PDF, JPEG atau PNG")));

        for (OfficerPrincipal outsider : new OfficerPrincipal[] {COBLONG, DINAS_BOGOR}) {
            mvc.perform(get(applicationPath).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(applicationPath + "/scans/POLICE_REPORT").with(user(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(applicationPath + "/scans")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .param("document", "KK_COPY").with(user(COBLONG)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM application_scan WHERE application_id = ?::uuid")
                .param(applicationPath.substring("/applications/".length())).query(Integer.class).single()).isEqualTo(1);
    }
}
