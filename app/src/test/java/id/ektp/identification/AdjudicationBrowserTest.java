package id.ektp.identification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.ektp.accounts.Role;
import id.ektp.accounts.SystemActor;
import id.ektp.browser.BrowserTestSupport;
import id.ektp.identification.adjudication.Adjudication;
import id.ektp.identification.intake.CentralDelivery;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An adjudicator opens a grey-zone case made of a real mated FVC2002 pair (two fingers of one person, other
 * impressions), sees both fingers side by side with the paired minutiae drawn, decides "duplicate" with a
 * reason, and the case leaves the queue as decided; the Dinas then finds the duplicate to clarify, and the
 * data-centre officer's dashboard draws its charts.
 */
class AdjudicationBrowserTest extends BrowserTestSupport {

    @Autowired
    CentralDelivery intake;

    @Autowired
    Adjudication adjudication;

    @Autowired
    RecordedCentralEvents events;

    @Test
    void anAdjudicatorSeesThePairedMinutiaeOfAMatedPairAndDecidesTheCase() {
        EnrolmentPacket earlier = CentralPackets.packet("ASEP SUNANDAR", "32.73.02.1002", "petugas-lama",
                Map.of(FingerPosition.RIGHT_INDEX, "101_1", FingerPosition.LEFT_INDEX, "102_1"));
        EnrolmentPacket newer = CentralPackets.packet("ASEP SUNARDI", "32.73.01.1001", "operator-sukasari",
                Map.of(FingerPosition.RIGHT_INDEX, "101_3", FingerPosition.LEFT_INDEX, "102_3"));
        intake.deliver(earlier, newer);
        SystemActor.run("test-uniqueness", () -> adjudication.openCase(newer.packetId(), List.of(CentralTestSupport.match(newer, earlier))));
        String adjudicator = officer(Role.ADJUDICATOR, "", "PUSAT");

        loginAs(adjudicator, PASSWORD);
        page.locator("#nav-adjudication").click();
        page.locator("#adjudication-queue tr[data-packet='" + newer.packetId() + "'] .open-case").click();

        Locator candidate = page.locator(".candidate[data-candidate='" + earlier.packetId() + "']");
        assertThat(candidate.locator(".full-name")).hasText("ASEP SUNANDAR");
        assertThat(page.locator("#new-record .full-name")).hasText("ASEP SUNARDI");
        assertThat(candidate.locator(".finger")).hasCount(2);
        for (String finger : List.of("RIGHT_INDEX", "LEFT_INDEX")) {
            Locator f = candidate.locator(".finger[data-finger='" + finger + "']");
            // Both images arrived and decoded, at the FVC2002 DB1 size, with the pairs drawn on them.
            for (String side : List.of(".finger-probe", ".finger-candidate")) {
                f.locator(side).evaluate("img => img.decode()");
                assertThat(((Number) f.locator(side).evaluate("img => img.naturalWidth")).intValue()).isEqualTo(388);
            }
            f.locator("summary").click();
            assertThat(f.locator("tr.pair").count()).as(finger).isGreaterThanOrEqualTo(12);
            assertThat(f.locator(".finger-score")).containsText("pasang minusi");
        }
        assertThat(candidate.locator("img.portrait")).hasCount(1);
        assertThat(candidate.locator("img.signature")).hasCount(1);

        candidate.locator(".verdict-duplicate").check();
        candidate.locator(".reason").fill("Minusi telunjuk kanan dan kiri berpasangan, orang yang sama");
        candidate.locator(".submit-verdict").click();

        assertThat(page.locator("#case-decided")).containsText(newer.packetId().toString());
        assertThat(page.locator("#adjudication-queue tr[data-packet='" + newer.packetId() + "']")).hasCount(0);
        assertThat(events.decided).contains(new id.ektp.identification.CaseDecided(newer.packetId(), List.of(earlier.packetId())));
        page.locator("#logout").click();

        loginAs(officer(Role.DINAS_ADMIN, "32.73", "DINAS-3273"), PASSWORD);
        page.locator("#nav-clarifications").click();
        page.locator("#clarifications tr[data-packet='" + newer.packetId() + "'] .open-task").click();
        assertThat(page.locator("#this-record .full-name")).hasText("ASEP SUNARDI");
        assertThat(page.locator("#earlier-record .full-name")).hasText("ASEP SUNANDAR");
        page.locator("#resolution").selectOption("WITHDRAW_THIS");
        page.locator("#note").fill("Penduduk mengaku merekam dua kali di Sukasari dan Coblong");
        page.locator("#resolve").click();
        assertThat(page.locator("#task-status")).containsText("Tarik rekaman ini");
        page.locator("#logout").click();

        loginAs(officer(Role.DATA_CENTRE_OFFICER, "", "PUSAT"), PASSWORD);
        page.locator("#nav-dashboard").click();
        assertThat(page.locator("#stage-chart canvas")).hasCount(1);
        assertThat(page.locator("#region-chart canvas")).hasCount(1);
        assertThat(page.locator("#hour-chart canvas")).hasCount(1);
        // The pair came through intake, so the table counts them under whatever stage the pipeline has them in.
        assertThat(page.locator("#stage-counts .count").allInnerTexts().stream()
                .mapToLong(t -> Long.parseLong(t.strip())).sum()).isGreaterThanOrEqualTo(2);
    }
}
