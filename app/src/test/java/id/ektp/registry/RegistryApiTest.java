package id.ektp.registry;


import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.ektp.accounts.Role;
import id.ektp.accounts.security.OfficerPrincipal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registry API as officers use it: register, read, correct, search, list; scoped to their region. */
class RegistryApiTest extends RegistryMockMvcTest {

    static final OfficerPrincipal SUKASARI = TestOfficers.officer("petugas.sukasari", Role.SERVICE_OFFICER, "32.73.01");
    static final OfficerPrincipal COBLONG = TestOfficers.officer("petugas.coblong", Role.SERVICE_OFFICER, "32.73.02");
    static final OfficerPrincipal CAMAT_SUKASARI = TestOfficers.officer("camat.sukasari", Role.CAMAT, "32.73.01");

    boolean audited(String action, String type, String id) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND subject_type = ? AND subject_id = ?")
                .params(action, type, id).query(Integer.class).single() > 0;
    }

    static Map<String, Object> resident(String name, String birthDate, String sex, String desa) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("fullName", name);
        r.put("birthPlace", "Bandung");
        r.put("birthDate", birthDate);
        r.put("sex", sex);
        r.put("bloodGroup", "O_POS");
        r.put("religion", "ISLAM");
        r.put("maritalStatus", "BELUM_KAWIN");
        r.put("occupation", "Pelajar/Mahasiswa");
        r.put("citizenship", "WNI");
        r.put("street", "Jl. Gegerkalong Hilir No. 12");
        r.put("rt", "003");
        r.put("rw", "005");
        r.put("desaCode", desa);
        r.put("familyRelation", "KEPALA_KELUARGA");
        r.put("phone", "081234567890");
        return r;
    }

    MockHttpServletRequestBuilder postJson(String path, Object body, OfficerPrincipal officer) throws Exception {
        return post(path).with(user(officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
    }

    String register(Map<String, Object> body, OfficerPrincipal officer) throws Exception {
        String response = mvc.perform(postJson("/api/v1/residents", body, officer))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("nik").asText();
    }

    @Test
    void registersAResidentWithAnIssuedNikAndANewFamilyCard() throws Exception {
        String nik = register(resident("Siti Nurhaliza", "2001-03-09", "PEREMPUAN", "32.73.01.1002"), SUKASARI);
        assertThat(nik).startsWith("327301" + "490301");
        mvc.perform(get("/api/v1/residents/" + nik).with(user(SUKASARI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("SITI NURHALIZA"))
                .andExpect(jsonPath("$.kkNumber", containsString("327301")))
                .andExpect(jsonPath("$.ktpStatus").value("NONE"));
        assertThat(audited("CREATE", "RESIDENT", nik)).isTrue();
        assertThat(audited("READ", "RESIDENT", nik)).isTrue();
    }

    @Test
    void anOfficerOfAnotherKecamatanNeitherSeesNorChangesTheResident() throws Exception {
        Map<String, Object> body = resident("Asep Sunandar", "1980-07-01", "LAKI_LAKI", "32.73.01.1001");
        String nik = register(body, SUKASARI);

        mvc.perform(get("/api/v1/residents/" + nik).with(user(COBLONG))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/residents/" + nik).with(user(COBLONG)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/residents/" + nik).with(user(COBLONG)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/residents").param("q", nik).with(user(COBLONG)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/residents").param("q", "Asep Sunandar").with(user(COBLONG)))
                .andExpect(jsonPath("$.items[*].nik", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(nik))));
        mvc.perform(get("/api/v1/wajib-ktp").param("kecamatan", "32.73.01").with(user(COBLONG)))
                .andExpect(status().isForbidden());
        // registering into another kecamatan is refused outright
        mvc.perform(postJson("/api/v1/residents", resident("Dadang", "1990-01-01", "LAKI_LAKI", "32.73.01.1001"), COBLONG))
                .andExpect(status().isForbidden());
        // a Camat reads, but does not change
        mvc.perform(get("/api/v1/residents/" + nik).with(user(CAMAT_SUKASARI))).andExpect(status().isOk());
        mvc.perform(postJson("/api/v1/residents", resident("Dadang", "1990-01-01", "LAKI_LAKI", "32.73.01.1001"), CAMAT_SUKASARI))
                .andExpect(status().isForbidden());
        // nobody signed in: never data
        mvc.perform(get("/api/v1/residents/" + nik)).andExpect(status().isUnauthorized());
    }

    @Test
    void everyChangeIsKeptInTheHistory() throws Exception {
        Map<String, Object> body = resident("Rina Marlina", "1995-12-24", "PEREMPUAN", "32.73.01.1003");
        String nik = register(body, SUKASARI);
        body.put("maritalStatus", "KAWIN");
        body.put("street", "Jl. Isola No. 3");
        mvc.perform(put("/api/v1/residents/" + nik).with(user(SUKASARI)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.maritalStatus").value("KAWIN"));
        mvc.perform(get("/api/v1/residents/" + nik + "/history").with(user(SUKASARI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[?(@.field == 'maritalStatus')].oldValue").value("BELUM_KAWIN"))
                .andExpect(jsonPath("$[?(@.field == 'maritalStatus')].newValue").value("KAWIN"))
                .andExpect(jsonPath("$[?(@.field == 'street')].changedBy").value("petugas.sukasari"))
                .andExpect(jsonPath("$[?(@.field == 'record')].newValue").value("registered"));
        assertThat(audited("UPDATE", "RESIDENT", nik)).isTrue();
    }

    @Test
    void findsAResidentByAMisspeltNameByNikAndByKk() throws Exception {
        String nik = register(resident("Bambang Pamungkas", "1980-06-10", "LAKI_LAKI", "32.73.01.1004"), SUKASARI);
        String kk = jdbc.sql("SELECT kk_number FROM resident WHERE nik = ?").param(nik).query(String.class).single();
        Map<String, Object> wife = resident("Dewi Lestari", "1982-01-15", "PEREMPUAN", "32.73.01.1004");
        wife.put("kkNumber", kk);
        wife.put("familyRelation", "ISTRI");
        wife.put("maritalStatus", "KAWIN");
        String wifeNik = register(wife, SUKASARI);

        mvc.perform(get("/api/v1/residents").param("q", "bambang pamungkaz").with(user(SUKASARI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].nik").value(nik));
        mvc.perform(get("/api/v1/residents").param("q", "Bambng").with(user(SUKASARI)))
                .andExpect(jsonPath("$.items[*].nik", org.hamcrest.Matchers.hasItem(nik)));
        mvc.perform(get("/api/v1/residents").param("q", nik).with(user(SUKASARI)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].nik").value(nik));
        mvc.perform(get("/api/v1/residents").param("q", kk).param("by", "KK").with(user(SUKASARI)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[1].nik").value(wifeNik));
        mvc.perform(get("/api/v1/families/" + kk).with(user(SUKASARI))).andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void answersInvalidInputWithAProblemNamingTheField() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single();
        assertProblem(with("nik", "12345"), "nik");
        assertProblem(with("nik", "3299011708450001"), "nik");          // kecamatan 32.99.01 does not exist
        assertProblem(with("nik", "3273011708450001"), "nik");          // birth date does not match
        assertProblem(with("desaCode", "32.73.01.9999"), "desaCode");   // unknown region
        assertProblem(with("desaCode", "32.73"), "desaCode");           // not a desa code
        assertProblem(with("birthDate", "2001-02-30"), "birthDate");    // impossible date
        assertProblem(with("fullName", "A".repeat(101)), "fullName");   // too long
        assertProblem(with("religion", "JEDI"), "religion");            // not on the list
        assertProblem(with("rt", "3"), "rt");
        assertProblem(with("citizenship", "WNA"), "itapNumber");        // a foreigner without ITAP
        mvc.perform(post("/api/v1/residents").with(user(SUKASARI)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(get("/api/v1/residents").param("q", "x").param("by", "SHOE").with(user(SUKASARI)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("by"));
        assertThat(jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single()).isEqualTo(before);
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = resident("Ujang Sobari", "1975-05-05", "LAKI_LAKI", "32.73.01.1001");
        body.put(field, value);
        return body;
    }

    private void assertProblem(Map<String, Object> body, String field) throws Exception {
        mvc.perform(postJson("/api/v1/residents", body, SUKASARI))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].reason").isNotEmpty());
    }

    @Test
    void checksAndIssuesNiks() throws Exception {
        mvc.perform(get("/api/v1/nik/3273011708450001").with(user(SUKASARI)))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.birthDate").value("1945-08-17"))
                .andExpect(jsonPath("$.sex").value("LAKI_LAKI"));
        mvc.perform(get("/api/v1/nik/3299011708450001").with(user(SUKASARI)))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason", containsString("32.99.01")));
        Map<String, Object> request = Map.of("kecamatanCode", "32.73.05", "birthDate", "2026-01-02", "sex", "PEREMPUAN");
        OfficerPrincipal andir = TestOfficers.officer("petugas.andir", Role.SERVICE_OFFICER, "32.73.05");
        mvc.perform(postJson("/api/v1/nik", request, andir))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.nik").value("3273054201260001"));
        mvc.perform(postJson("/api/v1/nik", request, andir))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.nik").value("3273054201260002"));
        mvc.perform(postJson("/api/v1/nik", request, SUKASARI)).andExpect(status().isForbidden());
    }

    @Test
    void listsWajibKtpResidentsOfAKecamatanWithTheirStatus() throws Exception {
        OfficerPrincipal andir = TestOfficers.officer("petugas.andir", Role.SERVICE_OFFICER, "32.73.05");
        String adult = register(resident("Cecep Gorbacep", "1990-04-04", "LAKI_LAKI", "32.73.05.1001"), andir);
        String child = register(resident("Nining Meida", "2015-04-04", "PEREMPUAN", "32.73.05.1001"), andir);
        Map<String, Object> youngWife = resident("Euis Darliah", "2010-01-01", "PEREMPUAN", "32.73.05.1002");
        youngWife.put("maritalStatus", "KAWIN");
        String married = register(youngWife, andir);
        Map<String, Object> foreigner = resident("John Smith", "1970-01-01", "LAKI_LAKI", "32.73.05.1003");
        foreigner.put("citizenship", "WNA");
        foreigner.put("itapNumber", "2C11AB1234");
        foreigner.put("itapExpiry", "2020-01-01");
        String expired = register(foreigner, andir);

        mvc.perform(get("/api/v1/wajib-ktp").param("kecamatan", "32.73.05").param("size", "500").with(user(andir)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].nik", org.hamcrest.Matchers.hasItems(adult, married)))
                .andExpect(jsonPath("$.items[*].nik", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(child))))
                .andExpect(jsonPath("$.items[*].nik", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(expired))));
    }

    @Test
    void regionsAreBrowsedByEveryOfficerAndImportedByTheSystemAdministratorOnly() throws Exception {
        OfficerPrincipal admin = TestOfficers.officer("api.admin", Role.SYSTEM_ADMIN, "");
        mvc.perform(get("/api/v1/regions").param("parent", "32.73").with(user(SUKASARI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '32.73.01')].name").value("Sukasari"));
        mvc.perform(get("/api/v1/regions/32.73.99").with(user(SUKASARI))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regions/32.7").with(user(SUKASARI))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        String csv = "46,Provinsi Uji API\n46.01,Kabupaten Uji API\n";
        mvc.perform(post("/api/v1/regions/import").with(user(SUKASARI)).contentType("text/csv").content(csv))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/regions/import").with(user(admin)).contentType("text/csv").content(csv))
                .andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(2));
        mvc.perform(post("/api/v1/regions/import").with(user(admin)).contentType("text/csv").content(csv + "46.01.01\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("line 3")));
    }

    @Test
    void theOpenApiDocumentDescribesTheRegistry() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/residents'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residents/{nik}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/wajib-ktp'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regions/import']").exists());
    }
}
