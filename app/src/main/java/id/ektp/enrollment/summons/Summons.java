package id.ektp.enrollment.summons;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One summons letter: the resident as the wajib-KTP list named them when the campaign was opened, where
 * and when to come, whether the letter is ready (signed and rendered), and its delivery.
 */
public record Summons(UUID id, UUID campaignId, int seq, String kecamatanCode, String nik, String fullName, String desaCode,
        String street, String rt, String rw, String place, LocalDate serviceDay, boolean ready, Delivery delivery) {

    public String address() {
        return street + " RT " + rt + "/RW " + rw;
    }
}
