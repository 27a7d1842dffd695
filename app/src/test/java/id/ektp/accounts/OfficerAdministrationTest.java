package id.ektp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Who may manage which officers: the system administrator everyone, a Dinas administrator only their own kabupaten/kota. */
class OfficerAdministrationTest extends AccountsTestSupport {

    @Test
    void systemAdministratorOpensAnAccountThatCanLogIn() {
        String admin = systemAdmin();
        HttpResponse<String> created = post("/api/v1/officers", basic(admin), newOfficer("dewi.lestari", "SERVICE_OFFICER",
                "32.71.01", "KEC-327101"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/officers/dewi.lestari");
        assertThat(body(created).has("passwordHash")).isFalse();
        assertThat(get("/api/v1/me", basic("dewi.lestari", "rahasia-dewi-123")).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT password_hash FROM officer WHERE username = 'dewi.lestari'").query(String.class).single())
                .startsWith("{argon2}");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'OFFICER_CREATED' AND subject_id = 'dewi.lestari'")
                .query(String.class).single()).isEqualTo(admin);
        assertThat(post("/api/v1/officers", basic(admin), newOfficer("dewi.lestari", "SERVICE_OFFICER", "32.71.01", "KEC-327101"))
                .statusCode()).isEqualTo(409);
    }

    @Test
    void dinasAdministratorManagesOnlyTheirOwnKabupaten() {
        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        String inBandung = officer(Role.OPERATOR, "32.73.02", "KEC-327302");
        String inBogor = officer(Role.OPERATOR, "32.71.01", "KEC-327101");

        assertThat(post("/api/v1/officers", basic(dinas), newOfficer("rina.bandung", "OPERATOR", "32.73.01", "KEC-327301"))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> outside = post("/api/v1/officers", basic(dinas), newOfficer("rudi.bogor", "OPERATOR", "32.71.01", "KEC-327101"));
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM officer WHERE username = 'rudi.bogor'").query(Integer.class).single()).isZero();
        assertThat(post("/api/v1/officers", basic(dinas), newOfficer("pusat.baru", "ADJUDICATOR", "", "PUSAT")).statusCode())
                .isEqualTo(403);

        HttpResponse<String> list = get("/api/v1/officers", basic(dinas));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(body(list).findValuesAsText("username")).contains(inBandung, "rina.bandung", dinas).doesNotContain(inBogor);
        assertThat(body(list).findValuesAsText("regionCode")).allMatch(code -> code.startsWith("32.73"));

        assertThat(get("/api/v1/officers/" + inBogor, basic(dinas)).statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/officers/" + inBogor + "/unlock", basic(dinas), null).statusCode()).isEqualTo(404);
        // Moving one of their own officers out of their kabupaten is refused too.
        assertThat(send("PUT", "/api/v1/officers/" + inBandung, basic(dinas), """
                {"fullName": "Pindah", "role": "OPERATOR", "regionCode": "32.71.01", "officeCode": "KEC-327101", "enabled": true}
                """).statusCode()).isEqualTo(403);
        HttpResponse<String> moved = send("PUT", "/api/v1/officers/" + inBandung, basic(dinas), """
                {"fullName": "Pindah Kecamatan", "role": "CAMAT", "regionCode": "32.73.01", "officeCode": "KEC-327301", "enabled": true}
                """);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(body(moved).path("role").asText()).isEqualTo("CAMAT");
    }

    @Test
    void otherRolesManageNoOfficers() {
        for (Role role : new Role[] {Role.SERVICE_OFFICER, Role.CAMAT, Role.KECAMATAN_OPERATOR}) {
            String user = officer(role, "32.73.01", "KEC-327301");
            assertThat(get("/api/v1/officers", basic(user)).statusCode()).isEqualTo(403);
        }
        String adjudicator = officer(Role.ADJUDICATOR, "", "PUSAT");
        assertThat(post("/api/v1/officers", basic(adjudicator), newOfficer("x.y.z", "OPERATOR", "32.73.01", "KEC-327301"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aDisabledOfficerCanNoLongerLogIn() {
        String admin = systemAdmin();
        String camat = officer(Role.CAMAT, "32.73.02", "KEC-327302");
        String token = body(post("/api/v1/auth/token", basic(camat), null)).path("accessToken").asText();
        assertThat(send("PUT", "/api/v1/officers/" + camat, basic(admin), """
                {"fullName": "Camat Lama", "role": "CAMAT", "regionCode": "32.73.02", "officeCode": "KEC-327302", "enabled": false}
                """).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/me", basic(camat)).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void officesAreOpenedByTheSystemAdministratorOnly() {
        String admin = systemAdmin();
        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        String office = """
                {"code": "KEC-327303", "name": "Kecamatan Cidadap", "kind": "KECAMATAN_SERVICE_POINT", "regionCode": "32.73.03"}
                """;
        assertThat(post("/api/v1/offices", basic(dinas), office).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/offices", basic(admin), office).statusCode()).isEqualTo(201);
        HttpResponse<String> wrongLevel = post("/api/v1/offices", basic(admin), """
                {"code": "DINAS-X", "name": "Dinas", "kind": "DINAS", "regionCode": "32.73.03"}
                """);
        assertThat(wrongLevel.statusCode()).isEqualTo(400);
        assertThat(body(wrongLevel).path("errors").get(0).path("field").asText()).isEqualTo("regionCode");
    }

    private static String newOfficer(String username, String role, String region, String office) {
        String password = "rahasia-" + username.split("\\.")[0] + "-123";
        return """
                {"username": "%s", "fullName": "%s", "role": "%s", "regionCode": "%s", "officeCode": "%s", "password": "%s"}
                """.formatted(username, username, role, region, office, password);
    }
}
