package id.ektp.enrollment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.ektp.accounts.Role;
import id.ektp.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** A regular application walked in the browser: a lost card without the police report is blocked, the fine shown. */
class RegularApplicationBrowserTest extends BrowserTestSupport {

    @Test
    void aLostCardIsBlockedUntilThePoliceReportIsSeenAndALateFirstCardShowsTheFine() throws Exception {
        String pelayanan = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
        // Born in 1995: a first card now is years after turning 17.
        String nik = BrowserResidents.register(baseUrl(), pelayanan, PASSWORD, "DIAN PERMATA", "1995-02-11");
        loginAs(pelayanan, PASSWORD);
        page.navigate("/applications");
        page.locator("#nik").fill(nik);
        page.locator("#reason").selectOption("LOST");
        page.locator("#doc-COVER_LETTER").check();
        page.locator("#doc-APPLICATION_FORM").check();
        page.locator("#doc-KK_COPY").check();
        page.locator("#application-submit").click();
        assertThat(page.locator("#application-error")).containsText("POLICE_REPORT belum ada");
        assertThat(page.locator("#doc-KK_COPY")).isChecked();

        page.locator("#doc-POLICE_REPORT").check();
        page.locator("#application-submit").click();
        assertThat(page.locator("#application-fine")).hasText("Tidak ada (penerbitan gratis)");

        page.navigate("/applications");
        page.locator("#nik").fill(nik);
        page.locator("#reason").selectOption("NEW");
        page.locator("#doc-COVER_LETTER").check();
        page.locator("#doc-APPLICATION_FORM").check();
        page.locator("#doc-KK_COPY").check();
        page.locator("#application-submit").click();
        assertThat(page.locator("#application-fine")).hasText("Rp 25.000");
    }
}
