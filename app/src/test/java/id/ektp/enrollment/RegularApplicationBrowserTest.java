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
        assertThat(page.locator("#application-error")).containsText("dokumen Surat keterangan hilang dari kepolisian belum ada");
        assertThat(page.locator("#doc-KK_COPY")).isChecked();

        page.locator("#doc-POLICE_REPORT").check();
        page.locator("#application-submit").click();
        assertThat(page.locator("#application-fine")).hasText("Tidak ada (penerbitan gratis)");

        // The police report's scan is attached on the application's page; its type is read from the content.
        page.locator("#scan-file-POLICE_REPORT").setInputFiles(new com.microsoft.playwright.options.FilePayload("laporan-polisi.pdf",
                "application/pdf", "%PDF-1.4\n% laporan kehilangan\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        page.locator("#scan-attach-POLICE_REPORT").click();
        assertThat(page.locator("#scan-saved")).hasText("Pindaian Surat keterangan hilang dari kepolisian tersimpan.");
        assertThat(page.locator("tr[data-document='POLICE_REPORT'] .scan-download")).containsText("application/pdf");
        assertThat(page.locator("tr[data-document='KK_COPY'] .scan-none")).hasText("belum ada");

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
