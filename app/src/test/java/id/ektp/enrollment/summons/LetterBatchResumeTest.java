package id.ektp.enrollment.summons;

import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.enrollment.EnrollmentTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A batch cut off by a restart: the campaign is left in SIGNING with letters still to make (the state a
 * killed process leaves, since each chunk commits on its own), and the start-up resume finishes it.
 */
class LetterBatchResumeTest extends EnrollmentTestSupport {

    @Autowired
    LetterBatch batch;

    @Test
    void aCampaignLeftHalfDoneByARestartIsFinishedWhenThePlatformStartsAgain() {
        String pelayanan = serviceOfficer(SUKASARI);
        String nik = resident(pelayanan, "32.73.01.1001", "ENDANG SUHENDAR");
        resident(pelayanan, "32.73.01.1002", "EUIS KARTIKA");
        String camat = camat(SUKASARI);
        String campaign = signedCampaign(dinasBandung(), camat, SUKASARI);
        int letters = jdbc.sql("SELECT letter_count FROM campaign WHERE id = ?::uuid").param(campaign).query(Integer.class).single();

        // What the process had not done yet when it died: half the letters, and the campaign still SIGNING.
        jdbc.sql("UPDATE summons SET pdf = NULL, token = NULL WHERE campaign_id = ?::uuid AND seq % 2 = 0").param(campaign).update();
        jdbc.sql("UPDATE campaign SET status = 'SIGNING', letters_done = 0 WHERE id = ?::uuid").param(campaign).update();
        assertThat(body(get("/api/v1/campaigns/" + campaign, basic(camat))).at("/campaign/status").asText()).isEqualTo("SIGNING");

        batch.resumeUnfinished();

        var done = awaitStatus(campaign, camat, "SIGNED");
        assertThat(done.get("lettersDone").asInt()).isEqualTo(letters);
        assertThat(jdbc.sql("SELECT count(*) FROM summons WHERE campaign_id = ?::uuid AND pdf IS NULL").param(campaign)
                .query(Integer.class).single()).isZero();
        String qr = qrOf(letter(summonsOf(campaign, nik, camat).get("id").asText(), camat));
        assertThat(checkInByQr(pelayanan, qr).statusCode()).isEqualTo(201);
    }
}
