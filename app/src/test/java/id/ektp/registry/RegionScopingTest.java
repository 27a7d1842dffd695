package id.ektp.registry;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.ektp.accounts.Role;
import id.ektp.accounts.security.OfficerPrincipal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An officer of another kecamatan learns nothing about a resident outside their region: every registry
 * endpoint that takes a NIK or a KK number answers them alike whether the number is taken or free.
 */
class RegionScopingTest extends RegistryMockMvcTest {

    static final OfficerPrincipal ANDIR = TestOfficers.officer("scope.andir", Role.SERVICE_OFFICER, "32.73.05");
    static final OfficerPrincipal COBLONG = TestOfficers.officer("scope.coblong", Role.SERVICE_OFFICER, "32.73.02");
    static final OfficerPrincipal DINAS = TestOfficers.officer("scope.dinas", Role.DINAS_ADMIN, "32.73");

    @Test
    void anotherKecamatansNikIsRefusedAlikeWhetherOrNotItIsRegistered() throws Exception {
        String nik = "3273051203880003"; // Andir, born 12 March 1988
        Map<String, Object> inCoblong = RegistryApiTest.resident("Ujang Komarudin", "1988-03-12", "LAKI_LAKI", "32.73.02.1004");
        inCoblong.put("nik", nik);
        long families = count("family");

        MvcResult checkWhileFree = mvc.perform(get("/api/v1/nik/" + nik).with(user(COBLONG))).andReturn();
        MvcResult whileFree = mvc.perform(postJson("/api/v1/residents", inCoblong, COBLONG)).andReturn();
        assertThat(whileFree.getResponse().getStatus()).as(whileFree.getResponse().getContentAsString()).isEqualTo(403);
        assertThat(count("resident WHERE nik = '" + nik + "'")).isZero();

        Map<String, Object> inAndir = RegistryApiTest.resident("Ujang Komarudin", "1988-03-12", "LAKI_LAKI", "32.73.05.1001");
        inAndir.put("nik", nik);
        assertThat(mvc.perform(postJson("/api/v1/residents", inAndir, ANDIR)).andReturn().getResponse().getStatus()).isEqualTo(201);

        MvcResult whileTaken = mvc.perform(postJson("/api/v1/residents", inCoblong, COBLONG)).andReturn();
        assertSameAnswer(whileFree, whileTaken);
        assertSameAnswer(checkWhileFree, mvc.perform(get("/api/v1/nik/" + nik).with(user(COBLONG))).andReturn());
        assertThat(whileTaken.getResponse().getContentAsString()).doesNotContain("registered").doesNotContain(nik);
        assertThat(count("family")).as("only Andir's registration opened a family card").isEqualTo(families + 1);

        // The Dinas of the kabupaten covers both kecamatan: for them the NIK is simply taken.
        inCoblong.put("fullName", "Ujang Lain");
        assertThat(mvc.perform(postJson("/api/v1/residents", inCoblong, DINAS)).andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(count("resident WHERE nik = '" + nik + "'")).isEqualTo(1);
    }

    @Test
    void everyEndpointTakingANikOrKkAnswersAnOutsiderAsIfItWereFree() throws Exception {
        Map<String, Object> body = RegistryApiTest.resident("Euis Komariah", "1979-11-30", "PEREMPUAN", "32.73.05.1001");
        String taken = register(body, ANDIR);
        String kk = jdbc.sql("SELECT kk_number FROM resident WHERE nik = ?").param(taken).query(String.class).single();
        String free = taken.substring(0, 12) + "9999";
        String freeKk = kk.substring(0, 12) + "9999";
        Map<String, Object> correction = RegistryApiTest.resident("Euis Diganti", "1979-11-30", "PEREMPUAN", "32.73.02.1001");

        assertSameAnswer(get("/api/v1/residents/" + taken), get("/api/v1/residents/" + free), taken, free);
        assertSameAnswer(get("/api/v1/residents/" + taken + "/history"), get("/api/v1/residents/" + free + "/history"), taken, free);
        assertSameAnswer(put("/api/v1/residents/" + taken).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(correction)),
                put("/api/v1/residents/" + free).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(correction)),
                taken, free);
        assertSameAnswer(delete("/api/v1/residents/" + taken), delete("/api/v1/residents/" + free), taken, free);
        assertSameAnswer(get("/api/v1/families/" + kk), get("/api/v1/families/" + freeKk), kk, freeKk);
        assertSameAnswer(get("/api/v1/residents").param("q", taken), get("/api/v1/residents").param("q", free), taken, free);
        assertSameAnswer(get("/api/v1/residents").param("q", kk).param("by", "KK"),
                get("/api/v1/residents").param("q", freeKk).param("by", "KK"), kk, freeKk);
        Map<String, Object> joining = RegistryApiTest.resident("Asep Anak", "2010-01-01", "LAKI_LAKI", "32.73.02.1001");
        joining.put("familyRelation", "ANAK");
        joining.put("kkNumber", kk);
        Map<String, Object> joiningFree = new java.util.LinkedHashMap<>(joining);
        joiningFree.put("kkNumber", freeKk);
        assertSameAnswer(post("/api/v1/residents").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(joining)),
                post("/api/v1/residents").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(joiningFree)),
                kk, freeKk);

        // The NIK check tells nothing more after registration than before: it reads the digits only.
        JsonNode check = json.readTree(mvc.perform(get("/api/v1/nik/" + free).with(user(COBLONG))).andReturn().getResponse()
                .getContentAsString());
        assertThat(check.has("registered")).isFalse();

        // Nothing was changed or removed by the outsider.
        assertThat(jdbc.sql("SELECT full_name FROM resident WHERE nik = ?").param(taken).query(String.class).single())
                .isEqualTo("EUIS KOMARIAH");
    }

    /** The outsider's answer for the taken number and for the free one: same status, same body but for the number. */
    private void assertSameAnswer(MockHttpServletRequestBuilder takenRequest, MockHttpServletRequestBuilder freeRequest,
            String takenNumber, String freeNumber) throws Exception {
        MvcResult forTaken = mvc.perform(takenRequest.with(user(COBLONG)).with(csrf())).andReturn();
        MvcResult forFree = mvc.perform(freeRequest.with(user(COBLONG)).with(csrf())).andReturn();
        assertThat(forTaken.getResponse().getStatus()).as(forTaken.getResponse().getContentAsString())
                .isEqualTo(forFree.getResponse().getStatus());
        assertThat(normalised(forTaken, takenNumber)).isEqualTo(normalised(forFree, freeNumber));
    }

    private void assertSameAnswer(MvcResult a, MvcResult b) throws Exception {
        assertThat(a.getResponse().getStatus()).isEqualTo(b.getResponse().getStatus());
        assertThat(a.getResponse().getContentAsString()).isEqualTo(b.getResponse().getContentAsString());
    }

    private String normalised(MvcResult result, String number) throws Exception {
        String content = result.getResponse().getContentAsString().replace(number, "NUMBER");
        if (content.isEmpty()) {
            return content;
        }
        JsonNode node = json.readTree(content);
        if (node instanceof ObjectNode object) {
            object.remove("instance");
        }
        return node.toString();
    }

    private MockHttpServletRequestBuilder postJson(String path, Object body, OfficerPrincipal officer) throws Exception {
        return post(path).with(user(officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private String register(Map<String, Object> body, OfficerPrincipal officer) throws Exception {
        MvcResult result = mvc.perform(postJson("/api/v1/residents", body, officer)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json.readTree(result.getResponse().getContentAsString()).get("nik").asText();
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndCondition).query(Long.class).single();
    }
}
