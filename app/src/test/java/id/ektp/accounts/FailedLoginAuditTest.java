package id.ektp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failed login is audited without repeating what was typed as the username, unless it names an
 * officer: markup, kilobytes and control characters never reach the audit log.
 */
class FailedLoginAuditTest extends AccountsTestSupport {

    record Row(String actor, String subjectId, String detail) {
    }

    @Test
    void anUnknownUsernameIsAuditedAsAPseudonymThatRepeatsForTheSameText() {
        long before = lastSeq();
        String markup = "<script>alert('x')</script>";
        assertThat(get("/api/v1/me", basic(markup, "whatever")).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", basic(markup, "again")).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", basic("someone-else", "whatever")).statusCode()).isEqualTo(401);

        List<Row> rows = failuresSince(before);
        assertThat(rows).hasSize(3);
        for (Row row : rows) {
            assertThat(row.actor()).matches("unknown-[0-9a-f]{12}");
            assertThat(row.subjectId()).isEqualTo(row.actor());
            assertThat(row.detail()).isEqualTo("unknown username");
        }
        assertThat(rows.get(0).actor()).isEqualTo(rows.get(1).actor());
        assertThat(rows.get(2).actor()).isNotEqualTo(rows.get(0).actor());
    }

    @Test
    void longTextAndControlCharactersGiveAPlain401NotAServerError() {
        long before = lastSeq();
        assertThat(get("/api/v1/me", basic("x".repeat(4_000), "whatever")).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", basic("nul\u0000here\r\nLOGIN admin", "whatever")).statusCode()).isEqualTo(401);
        assertThat(formLogin("bell\u0007<b>bold</b>", "whatever")).endsWith("/login?error=bad");

        List<Row> rows = failuresSince(before);
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.actor()).matches("unknown-[0-9a-f]{12}"));
    }

    @Test
    void aKnownUsernameIsAuditedByItsName() {
        String user = officer(Role.OPERATOR, "32.73.01", "KEC-327301");
        long before = lastSeq();
        assertThat(formLogin(" " + user.toUpperCase() + " ", "wrong password")).endsWith("/login?error=bad");
        assertThat(failuresSince(before)).containsExactly(new Row(user, user, "failures in a row: 1"));
    }

    /** Posts the login form with a fresh session and its CSRF token; returns where it redirects. */
    private String formLogin(String username, String password) {
        HttpResponse<String> page = get("/login", null);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private long lastSeq() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_entry").query(Long.class).single();
    }

    private List<Row> failuresSince(long seq) {
        return jdbc.sql("SELECT actor, subject_id, detail FROM audit_entry WHERE seq > ? AND action = 'LOGIN_FAILED' ORDER BY seq")
                .param(seq)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
