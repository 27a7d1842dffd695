package id.ektp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Login over the API: HTTP Basic, bearer tokens, lock-out after failures, and the audit of each. */
class AuthenticationTest extends AccountsTestSupport {

    @Test
    void anonymousApiRequestGets401ProblemAndNoData() {
        HttpResponse<String> response = get("/api/v1/me", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asText()).isEqualTo("Unauthorized");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/me");
    }

    @Test
    void anonymousUiRequestIsSentToTheLoginPage() {
        HttpResponse<String> response = get("/", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
    }

    @Test
    void basicAuthWorksAndAWrongPasswordGets401() {
        String user = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        HttpResponse<String> me = get("/api/v1/me", basic(user));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(body(me).path("username").asText()).isEqualTo(user);
        assertThat(body(me).path("regionCode").asText()).isEqualTo("32.73.01");
        assertThat(get("/api/v1/me", basic(user, "wrong password")).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenFromBasicOrJsonCredentialsAuthenticatesUntilForged() throws Exception {
        String user = officer(Role.OPERATOR, "32.73.01", "KEC-327301");

        HttpResponse<String> viaBasic = post("/api/v1/auth/token", basic(user), null);
        assertThat(viaBasic.statusCode()).isEqualTo(200);
        JsonNode issued = body(viaBasic);
        assertThat(issued.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(issued.path("expiresAt").asText()).isNotBlank();
        String token = issued.path("accessToken").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);

        HttpResponse<String> viaJson = post("/api/v1/auth/token", null,
                json.writeValueAsString(java.util.Map.of("username", user, "password", PASSWORD)));
        assertThat(viaJson.statusCode()).isEqualTo(200);
        assertThat(body(viaJson).path("accessToken").asText()).isNotEqualTo(token);

        HttpResponse<String> me = get("/api/v1/me", "Bearer " + token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(body(me).path("role").asText()).isEqualTo("OPERATOR");

        // Only the hash is stored: the token itself appears nowhere in the database.
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(token).query(Integer.class).single()).isZero();

        assertThat(get("/api/v1/me", "Bearer " + token.substring(1) + "x").statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/auth/token", "Bearer " + token, null).statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/auth/token", null,
                json.writeValueAsString(java.util.Map.of("username", user, "password", "nope"))).statusCode()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsRefused() {
        String user = officer(Role.CAMAT, "32.73.01", "KEC-327301");
        String token = body(post("/api/v1/auth/token", basic(user), null)).path("accessToken").asText();
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE username = ?").param(user).update();
        assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailuresInARowLockTheAccountUntilAnAdministratorUnlocksIt() {
        String user = officer(Role.SERVICE_OFFICER, "32.73.02", "KEC-327302");
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/v1/me", basic(user, "guess " + i)).statusCode()).isEqualTo(401);
        }
        // The right password no longer helps while the lock lasts, and the answer says why.
        HttpResponse<String> refused = get("/api/v1/me", basic(user));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(body(refused).path("title").asText()).isEqualTo("Account locked");
        HttpResponse<String> noToken = post("/api/v1/auth/token", null,
                "{\"username\": \"" + user + "\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(body(noToken).path("title").asText()).isEqualTo("Account locked");
        assertThat(jdbc.sql("SELECT locked_until > now() + interval '14 minutes' FROM officer WHERE username = ?")
                .param(user).query(Boolean.class).single()).isTrue();

        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'OFFICER' AND subject_id = ? ORDER BY seq")
                .param(user).query(String.class).list();
        assertThat(actions).containsSubsequence("OFFICER_CREATED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_FAILED", "LOCKED_OUT", "LOGIN_REFUSED_LOCKED");

        String admin = systemAdmin();
        HttpResponse<String> unlocked = post("/api/v1/officers/" + user + "/unlock", basic(admin), null);
        assertThat(unlocked.statusCode()).isEqualTo(200);
        assertThat(body(unlocked).path("locked").asBoolean()).isFalse();
        assertThat(get("/api/v1/me", basic(user)).statusCode()).isEqualTo(200);
    }

    @Test
    void loginsAreAuditedWithTheRemoteAddress() {
        String user = officer(Role.ADJUDICATOR, "", "PUSAT");
        assertThat(get("/api/v1/me", basic(user)).statusCode()).isEqualTo(200);
        String address = jdbc.sql("SELECT remote_address FROM audit_entry WHERE action = 'LOGIN' AND actor = ? ORDER BY seq DESC LIMIT 1")
                .param(user).query(String.class).single();
        assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }
}
