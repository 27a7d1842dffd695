package id.ektp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every page and API answer carries the security headers; the session cookie is SameSite, and Secure over TLS. */
class WebHardeningTest extends AccountsTestSupport {

    @Test
    void pagesAndApiAnswersCarryContentSecurityAndReferrerPolicies() {
        String user = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        List<HttpResponse<String>> answers = List.of(
                get("/login", null),
                get("/", null),
                get("/api/v1/me", null),
                get("/api/v1/me", basic(user)),
                get("/api/v1/openapi", null));
        for (HttpResponse<String> answer : answers) {
            var headers = answer.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(answer.uri().toString())
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                                    "frame-ancestors 'none'", "form-action 'self'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(headers.firstValue("Referrer-Policy")).as(answer.uri().toString()).hasValue("same-origin");
            // Spring Security's defaults stay.
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxHttpOnlyAndNotSecureOverPlainHttp() {
        String cookie = sessionCookie(HttpRequest.newBuilder(uri("/login")).GET().build());
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void behindATlsProxyOnATrustedAddressTheSessionCookieIsSecure() {
        String cookie = sessionCookie(HttpRequest.newBuilder(uri("/login")).GET()
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "10.1.2.3").build());
        assertThat(cookie).contains("SameSite=Lax").contains("Secure");
    }

    private String sessionCookie(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
