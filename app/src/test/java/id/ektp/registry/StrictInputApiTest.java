package id.ektp.registry;

import id.ektp.registry.numbering.Nik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.ektp.accounts.Role;
import id.ektp.accounts.security.OfficerPrincipal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Input the registry must refuse with a problem naming the field: implausible dates, unknown JSON
 * fields, control characters. Every refusal leaves the resident, family and counter tables as they were.
 */
class StrictInputApiTest extends RegistryMockMvcTest {

    static final OfficerPrincipal BABAKAN = TestOfficers.officer("petugas.babakan", Role.SERVICE_OFFICER, "32.73.03");
    static final OfficerPrincipal ADMIN = TestOfficers.officer("strict.admin", Role.SYSTEM_ADMIN, "");

    @Test
    void birthDatesOutsideTheNiksHundredYearsAreRefused() throws Exception {
        Tables before = Tables.count(jdbc);
        for (String date : new String[] {"1800-01-01", "0001-01-01", LocalDate.now().plusDays(1).toString(),
                LocalDate.of(LocalDate.now().getYear() - 100, 12, 31).toString()}) {
            register(resident("birthDate", date)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
                    .andExpect(jsonPath("$.errors[0].reason").isNotEmpty());
            mvc.perform(post("/api/v1/nik").with(user(BABAKAN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("kecamatanCode", "32.73.03", "birthDate", date, "sex", "PEREMPUAN"))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("birthDate"));
        }
        assertThat(Tables.count(jdbc)).isEqualTo(before);

        // The oldest date allowed reads back from its own NIK.
        LocalDate oldest = LocalDate.of(LocalDate.now().getYear() - 99, 1, 1);
        String response = register(resident("birthDate", oldest.toString())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(Nik.parse(json.readTree(response).get("nik").asText()).birthDate()).isEqualTo(oldest);
    }

    @Test
    void anItapExpiryMustBePlausibleToo() throws Exception {
        Tables before = Tables.count(jdbc);
        for (String expiry : new String[] {"0001-01-01", "1800-01-01", LocalDate.now().plusYears(11).toString()}) {
            Map<String, Object> foreigner = resident("citizenship", "WNA");
            foreigner.put("itapNumber", "2C11AB9876");
            foreigner.put("itapExpiry", expiry);
            register(foreigner).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("itapExpiry"));
        }
        assertThat(Tables.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aMisspeltFieldIsRefusedInsteadOfOpeningANewFamilyCard() throws Exception {
        Tables before = Tables.count(jdbc);
        Map<String, Object> child = resident("familyRelation", "ANAK");
        child.put("kkNumbr", "3273031201260001");
        register(child).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kkNumbr"))
                .andExpect(jsonPath("$.errors[0].reason").value("is not a known field"));
        assertThat(Tables.count(jdbc)).isEqualTo(before);

        // Every JSON endpoint: families, NIK issue, correction, officers, offices, tokens, password.
        unknownField(post("/api/v1/families"), "{\"desaCode\": \"32.73.03.1001\", \"desa\": \"x\"}", "desa");
        unknownField(post("/api/v1/nik"), "{\"kecamatanCode\": \"32.73.03\", \"birthDate\": \"2001-01-01\", \"sex\": \"PEREMPUAN\", \"gender\": 1}", "gender");
        unknownField(put("/api/v1/residents/3273030101010001"), "{\"fullName\": \"A\", \"nikk\": \"1\"}", "nikk");
        unknownField(post("/api/v1/officers"), "{\"username\": \"budi.x\", \"rol\": \"CAMAT\"}", "rol");
        unknownField(post("/api/v1/offices"), "{\"code\": \"KEC-X\", \"kindd\": \"DINAS\"}", "kindd");
        unknownField(post("/api/v1/auth/token"), "{\"username\": \"a\", \"password\": \"b\", \"remember\": true}", "remember");
        unknownField(post("/api/v1/me/password"), "{\"currentPassword\": \"a\", \"newPasswrd\": \"b\"}", "newPasswrd");
        assertThat(Tables.count(jdbc)).isEqualTo(before);
    }

    @Test
    void aControlCharacterInAnyTextFieldIsA400NamingTheField() throws Exception {
        Tables before = Tables.count(jdbc);
        for (String field : new String[] {"birthPlace", "occupation", "street", "fullName"}) {
            for (String control : new String[] {"\u0000", "\u0007", "\u001b", "\n", "\u007f"}) {
                register(resident(field, "Jl. Setia" + control + "budi")).andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value(field));
            }
        }
        register(resident("street", "Jl. Setiabudi\u0000")).andExpect(jsonPath("$.errors[0].reason", containsString("U+0000")));
        Map<String, Object> foreigner = resident("citizenship", "WNA");
        foreigner.put("itapNumber", "2C11\u0000");
        foreigner.put("itapExpiry", LocalDate.now().plusYears(2).toString());
        register(foreigner).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("itapNumber"));
        assertThat(Tables.count(jdbc)).isEqualTo(before);

        // Query parameters and request bodies of other endpoints alike.
        mvc.perform(get("/api/v1/residents").param("q", "Sit\u0000i").with(user(BABAKAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/wajib-ktp").param("kecamatan", "32.73.03\u0000").with(user(BABAKAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kecamatan"));
        mvc.perform(post("/api/v1/officers").with(user(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"nul.user\", \"fullName\": \"Nul\\u0000User\", \"role\": \"CAMAT\", "
                                + "\"regionCode\": \"32.73.03\", \"officeCode\": \"KEC-X\", \"password\": \"panjang sekali\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fullName"));
        mvc.perform(post("/api/v1/regions/import").with(user(ADMIN)).with(csrf()).contentType("text/csv")
                        .content("47,Provinsi Uji\u0000NUL\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("line 1")));
        assertThat(jdbc.sql("SELECT count(*) FROM region WHERE code = '47'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM officer WHERE username = 'nul.user'").query(Integer.class).single()).isZero();
    }

    private void unknownField(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body,
            String field) throws Exception {
        mvc.perform(request.with(user(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private ResultActions register(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/residents").with(user(BABAKAN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static Map<String, Object> resident(String field, Object value) {
        Map<String, Object> body = RegistryApiTest.resident("Neneng Hasanah", "1990-02-02", "PEREMPUAN", "32.73.03.1001");
        body.put(field, value);
        return body;
    }

    /** The row counts a refused request must leave as they were. */
    record Tables(long residents, long families, long nikCounters, long kkCounters) {
        static Tables count(JdbcClient jdbc) {
            return new Tables(n(jdbc, "resident"), n(jdbc, "family"), n(jdbc, "nik_counter"), n(jdbc, "kk_counter"));
        }

        private static long n(JdbcClient jdbc, String table) {
            return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
        }
    }
}
