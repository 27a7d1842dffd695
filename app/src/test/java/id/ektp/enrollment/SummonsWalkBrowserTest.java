package id.ektp.enrollment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import id.ektp.accounts.Role;
import id.ektp.accounts.officers.OfficeKind;
import id.ektp.browser.BrowserTestSupport;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The walk of the README's demo: the Dinas opens a campaign, the Camat signs it, a summons letter is
 * printed (the PDF downloads and holds the resident's NIK), the service officer checks the resident in
 * by the QR's text, calls their number, and the waiting room shows it without a reload.
 */
class SummonsWalkBrowserTest extends BrowserTestSupport {

    @Test
    void aResidentIsSummonedByASignedLetterCheckedInByItsQrAndCalledOnTheWaitingRoomDisplay() throws Exception {
        String dinas = officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273");
        String camat = officer(Role.CAMAT, "32.73.01", "KEC-327301");
        // A counter of its own, so that residents other tests left waiting at Sukasari are not called first.
        seeder.ensureOffice("KEC-327301-WEB", "Loket Sukasari (uji peramban)", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.01");
        String pelayanan = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301-WEB");
        String nik = BrowserResidents.register(baseUrl(), pelayanan, PASSWORD, "NURUL HIDAYATI", "2001-05-20");

        loginAs(dinas, PASSWORD);
        page.navigate("/campaigns");
        page.locator("#kecamatanCode").fill("32.73.01");
        page.locator("#place-1").fill("Kantor Kecamatan Sukasari");
        page.locator("#place-2").fill("Aula Kelurahan Isola");
        page.locator("#open-submit").click();
        page.waitForURL("**/campaigns/*");
        String campaignUrl = page.url();
        assertThat(page.locator("#campaign-status")).hasText("Menunggu tanda tangan Camat");
        assertThat(page.locator("#letters tr[data-nik='" + nik + "']")).hasCount(1);
        page.locator("#logout").click();

        loginAs(camat, PASSWORD);
        page.navigate(campaignUrl);
        page.locator("#sign").click();
        // The page follows the background batch by itself and reloads once every letter is ready.
        assertThat(page.locator("#campaign-status")).hasText("Semua surat siap", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(120_000));
        assertThat(page.locator("#delivery-chart canvas")).hasCount(1);

        Download download = page.waitForDownload(() -> page.locator("#letters tr[data-nik='" + nik + "'] .letter-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(EnrollmentTestSupport.pdfText(pdf)).contains(nik);
        String qr = EnrollmentTestSupport.qrOf(pdf);
        page.locator("#logout").click();

        loginAs(pelayanan, PASSWORD);
        Page waitingRoom = page.context().newPage();
        waitingRoom.navigate("/desk/waiting-room");
        page.navigate("/desk");
        page.locator("#qr").fill(qr);
        page.locator("#check-in-qr-submit").click();
        assertThat(page.locator("#checked-in")).containsText("A-001");
        page.locator("#call-next").click();
        assertThat(page.locator("#check-in-status")).hasText("Dipanggil ke loket");
        assertThat(waitingRoom.locator("#now-serving")).hasText("A-001");

        page.locator("#confirm-data").click();
        assertThat(page.locator("#check-in-status")).hasText("Data benar, lanjut perekaman");

        // The same letter a second time is refused, with the reason in the page's language.
        page.navigate("/desk");
        page.locator("#qr").fill(qr);
        page.locator("#check-in-qr-submit").click();
        assertThat(page.locator("#desk-error")).containsText("sudah dipakai");
    }
}
