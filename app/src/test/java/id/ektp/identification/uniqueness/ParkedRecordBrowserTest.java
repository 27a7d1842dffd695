package id.ektp.identification.uniqueness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.ektp.accounts.Role;
import id.ektp.browser.BrowserTestSupport;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.standin.TestIntake;
import id.ektp.identification.standin.FailingPacketReads;
import id.ektp.packet.EnrolmentPacket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data-centre officer's page in the browser: the records per stage, a parked record with its reason, and
 * the reprocess button that sends it back into the check, after which it ends print-ready.
 */
class ParkedRecordBrowserTest extends BrowserTestSupport {

    @Autowired
    TestIntake intake;
    @Autowired
    FailingPacketReads packets;
    @Autowired
    UniquenessRecords records;

    @Test
    void aDataCentreOfficerSeesAParkedRecordWithItsReasonAndReprocessesIt() {
        EnrolmentPacket p = FvcPackets.packet(FvcPackets.resident(9001, "IWAN SETIAWAN"), 6, 2);
        packets.failReads(p.packetId(), -1);
        intake.receive("32.73.01-91", p);
        await().atMost(Duration.ofSeconds(90)).until(() -> records.find(p.packetId()).map(r -> r.stage() == Stage.PARKED).orElse(false));

        loginAs(officer(Role.DATA_CENTRE_OFFICER, "", "PUSAT"), PASSWORD);
        page.locator("#nav-uniqueness").click();
        assertThat(page.locator("#page-title").textContent()).isEqualTo("Uji Ketunggalan (1:N)");
        assertThat(page.locator("#stage-PARKED td").first().textContent()).contains("Diparkir");
        assertThat(Integer.parseInt(page.locator("#stage-PARKED .count").textContent().strip())).isGreaterThanOrEqualTo(1);
        var row = page.locator("#parked-" + p.packetId());
        assertThat(row.textContent()).contains("Validasi", "packet store unreachable");

        packets.healReads(p.packetId());
        row.locator("button.reprocess").click();
        page.waitForLoadState();
        assertThat(page.locator("#reprocessed").textContent()).contains(p.packetId().toString());
        await().atMost(Duration.ofSeconds(90)).until(() -> records.get(p.packetId()).stage() == Stage.DONE);
        assertThat(packets.status(p.packetId())).isEqualTo(CentralStatus.PRINT_READY_RECORD);

        page.navigate("/uniqueness?lang=en");
        assertThat(page.locator("#page-title").textContent()).isEqualTo("Uniqueness check (1:N)");
        assertThat(page.locator("#parked-" + p.packetId()).count()).isZero();
    }
}
