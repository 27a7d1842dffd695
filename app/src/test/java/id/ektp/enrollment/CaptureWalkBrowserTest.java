package id.ektp.enrollment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import id.ektp.accounts.Role;
import id.ektp.accounts.officers.OfficeKind;
import id.ektp.browser.BrowserTestSupport;
import id.ektp.identification.ReceivedPackets;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.EnrolmentPacket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's walk after the desk: the resident confirmed at the desk is captured by the operator with the
 * simulated devices; the page shows each image and its quality as it arrives, the record is closed, the
 * proof of recording opens, and the packet handed to the outbox holds the resident's ten fingers.
 */
class CaptureWalkBrowserTest extends BrowserTestSupport {

    @Autowired
    ReceivedPackets central;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theConfirmedResidentIsCapturedWithTheSimulatedDevicesToAClosedRecordAndItsPacket() throws Exception {
        seeder.ensureOffice("KEC-327301-CAP", "Loket perekaman (uji peramban)", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.01");
        String pelayanan = officer(Role.SERVICE_OFFICER, "32.73.01", "KEC-327301-CAP");
        String operator = officer(Role.OPERATOR, "32.73.01", "KEC-327301-CAP");
        String nik = BrowserResidents.register(baseUrl(), pelayanan, PASSWORD, "ENDANG SUKAESIH", "1999-08-17");

        loginAs(pelayanan, PASSWORD);
        page.navigate("/desk");
        page.locator("#nik").fill(nik);
        page.locator("#check-in-nik-submit").click();
        page.locator("#call-next").click();
        page.locator("#confirm-data").click();
        assertThat(page.locator("#check-in-status")).hasText("Data benar, lanjut perekaman");
        page.locator("#logout").click();

        loginAs(operator, PASSWORD);
        page.navigate("/capture");
        page.locator("#waiting tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(nik)).locator("button").click();
        page.waitForURL("**/capture/*");
        assertThat(page.locator("#next-step")).hasText("Ibu jari kanan");
        page.locator("#run-capture").click();
        // The images arrive one by one while the page polls; the first finger shows before the last.
        assertThat(page.locator("#item-FINGER_1 img")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("#item-FINGER_1 .quality")).containsText("mutu");
        // When every step is taken (the chip fingers verified last) the page reloads with the close button.
        assertThat(page.locator("#close-capture")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        assertThat(page.locator("#chip-status")).containsText("Terverifikasi 1:1");
        assertThat(page.locator(".capture-item")).hasCount(16);
        // The images are the decrypted captures, served to the operator's session: they load.
        // (Polled from here: the CSP forbids the string evaluation waitForFunction uses.)
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Boolean.TRUE.equals(page.locator(".capture-item img").evaluateAll("imgs => imgs.every(i => i.complete && i.naturalWidth > 0)"))) {
            assertThat(System.nanoTime()).as("every captured image loads").isLessThan(deadline);
            page.waitForTimeout(200);
        }
        page.locator("#close-capture").click();
        assertThat(page.locator("#capture-status")).hasText("Perekaman selesai dan ditutup");

        byte[] proof = page.request().get(page.locator("#proof-link").getAttribute("href")).body();
        assertThat(EnrollmentTestSupport.pdfText(proof)).contains("TANDA BUKTI PEREKAMAN", nik, "ENDANG SUKAESIH");
        List<UUID> packets = jdbc.sql("SELECT packet_id FROM packet_outbox WHERE nik = ?").param(nik).query(UUID.class).list();
        assertThat(packets).hasSize(1);
        EnrolmentPacket packet = null;
        long delivered = System.nanoTime() + 60_000_000_000L;
        while (packet == null) {
            try {
                packet = central.packet(packets.get(0));
            } catch (id.ektp.platform.domain.NotFoundException e) {
                assertThat(System.nanoTime()).as("the packet reaches central").isLessThan(delivered);
                page.waitForTimeout(200);
            }
        }
        assertThat(packet.demographics().nik()).isEqualTo(nik);
        assertThat(packet.biometrics().stream().filter(b -> b.modality() == BiometricItem.Modality.FINGER)).hasSize(20);
        assertThat(contentSecurityViolations).isEmpty();
    }
}
