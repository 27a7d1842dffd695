package id.ektp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Bad input to the API is answered with 400 and an RFC 7807 problem naming the field and the reason; nothing is stored. */
class ProblemResponsesTest extends AccountsTestSupport {

    @Test
    void aBodyThatIsNotJson() {
        String admin = systemAdmin();
        HttpResponse<String> response = post("/api/v1/officers", basic(admin), "{\"username\": \"budi\", ");
        JsonNode problem = problem(response, 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("body");
        assertThat(problem.path("errors").get(0).path("reason").asText()).contains("not valid JSON");
    }

    @Test
    void missingAndTooLongFieldsAreEachNamed() {
        String admin = systemAdmin();
        String tooLong = "x".repeat(201);
        HttpResponse<String> response = post("/api/v1/officers", basic(admin), """
                {"username": "budi.santoso", "fullName": "%s", "role": "OPERATOR", "regionCode": "32.73.01", "password": "panjang sekali"}
                """.formatted(tooLong));
        JsonNode problem = problem(response, 400);
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("fullName", "officeCode");
        assertThat(reasonOf(problem, "fullName")).contains("200");
        assertThat(count("budi.santoso")).isZero();
    }

    @Test
    void aWrongValueFromAListNamesTheAllowedValues() {
        String admin = systemAdmin();
        HttpResponse<String> response = post("/api/v1/officers", basic(admin), """
                {"username": "siti.aminah", "fullName": "Siti Aminah", "role": "KEPALA_DESA", "regionCode": "32.73.01",
                 "officeCode": "KEC-327301", "password": "panjang sekali"}
                """);
        JsonNode problem = problem(response, 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("role");
        assertThat(reasonOf(problem, "role")).contains("SERVICE_OFFICER").contains("SYSTEM_ADMIN");
        assertThat(count("siti.aminah")).isZero();
    }

    @Test
    void domainRulesNameTheirFieldToo() {
        String admin = systemAdmin();
        HttpResponse<String> response = post("/api/v1/officers", basic(admin), """
                {"username": "agus.salim", "fullName": "Agus Salim", "role": "CAMAT", "regionCode": "32.73",
                 "officeCode": "NO-SUCH-OFFICE", "password": "panjang sekali"}
                """);
        JsonNode problem = problem(response, 400);
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("regionCode", "officeCode");
        assertThat(reasonOf(problem, "regionCode")).contains("kecamatan");
        assertThat(count("agus.salim")).isZero();
    }

    @Test
    void unauthenticatedAndForbiddenNeverCarryData() {
        String operator = officer(Role.OPERATOR, "32.73.01", "KEC-327301");
        JsonNode unauthorized = problem(get("/api/v1/officers", null), 401);
        assertThat(unauthorized.has("errors")).isFalse();
        JsonNode forbidden = problem(get("/api/v1/officers", basic(operator)), 403);
        assertThat(forbidden.toString()).doesNotContain(operator.substring(0, 4) + "-");
        problem(post("/api/v1/officers", basic(operator), "{}"), 403);
    }

    @Test
    void unknownApiPathIsAProblemToo() {
        String admin = systemAdmin();
        problem(get("/api/v1/no-such-thing", basic(admin)), 404);
    }

    @Test
    void openApiDocumentIsServedWithBothSecuritySchemes() {
        HttpResponse<String> response = get("/api/v1/openapi", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = body(response);
        assertThat(doc.path("components").path("securitySchemes").has("bearer")).isTrue();
        assertThat(doc.path("components").path("securitySchemes").has("basic")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/auth/token")).isTrue();
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }

    private static String reasonOf(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("reason").asText();
            }
        }
        throw new AssertionError("no error for field " + field + " in " + problem);
    }

    private int count(String username) {
        return jdbc.sql("SELECT count(*) FROM officer WHERE username = ?").param(username).query(Integer.class).single();
    }
}
