package id.ektp.registry;

import id.ektp.registry.regions.Progress;
import id.ektp.registry.demo.PopulationGenerator;
import id.ektp.registry.regions.BuiltInRegions;

import id.ektp.accounts.SystemActor;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.ektp.accounts.Role;
import id.ektp.browser.BrowserTestSupport;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages in Chromium under the Content-Security-Policy (the support class fails a test on any
 * violation Chromium logs), and a national officer picking a kecamatan for the wajib-KTP list.
 */
class RegistryPagesBrowserTest extends BrowserTestSupport {

    @Autowired
    BuiltInRegions builtIn;
    @Autowired
    PopulationGenerator generator;
    @Autowired
    JdbcClient jdbc;

    String nik;

    @BeforeAll
    void population() {
        builtIn.load();
        if (jdbc.sql("SELECT count(*) FROM resident WHERE desa_code LIKE '32.73.05.%'").query(Long.class).single() < 100) {
            SystemActor.call("test", () -> generator.generate(300, 7, PopulationGenerator.Method.COPY, Progress.NONE, "32.73.05"));
        }
        nik = jdbc.sql("SELECT nik FROM resident WHERE desa_code LIKE '32.73.05.%' ORDER BY nik LIMIT 1").query(String.class).single();
    }

    @Test
    void everyPageRendersWithinTheContentSecurityPolicy() {
        loginAs(officer(Role.SYSTEM_ADMIN, "", "PUSAT"), PASSWORD);
        for (String path : List.of("/", "/residents?q=" + nik, "/residents/" + nik, "/residents/" + nik + "?lang=en",
                "/wajib-ktp?kecamatan=32.73.05", "/admin/regions", "/admin/officers", "/account/password?lang=id")) {
            Response response = page.navigate(path);
            org.assertj.core.api.Assertions.assertThat(response.headers().get("content-security-policy"))
                    .as(path).contains("script-src 'self'");
            assertThat(page.locator("#page-title")).isVisible();
            // The stylesheet is applied: a style from ektp.css, not from the browser's defaults.
            org.assertj.core.api.Assertions.assertThat(page.locator("header.topbar").evaluate("e => getComputedStyle(e).display"))
                    .as(path).isEqualTo("flex");
        }
        page.navigate("/api/v1/docs");
        // The first request builds the OpenAPI document and the UI is a large script: slow on a busy machine.
        assertThat(page.locator(".swagger-ui .info .title")).containsText("e-KTP platform API",
                new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        assertThat(page.locator(".opblock-summary").first()).isVisible();
    }

    @Test
    void aNationalOfficerPicksAKabupatenThenAKecamatan() {
        loginAs(officer(Role.DATA_CENTRE_OFFICER, "", "PUSAT"), PASSWORD);
        page.navigate("/wajib-ktp");
        page.locator("#kabupaten").selectOption("32.73");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator("#kecamatan option[value='32.73.05']")).hasText("Andir (32.73.05)");
        page.locator("#kecamatan").selectOption("32.73.05");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator("#wajib-count")).containsText("penduduk wajib KTP");
        assertThat(page.locator("#wajib tbody tr").first()).containsText("(32.73.05.");
        assertThat(page.locator("#kabupaten")).hasValue("32.73");
    }
}
