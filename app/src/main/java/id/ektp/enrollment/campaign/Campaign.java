package id.ektp.enrollment.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A mass campaign (seed 000): the wajib-KTP residents of one kecamatan without a card, summoned to
 * the given places on the given days, in letters the Camat signs. {@code lettersDone} of
 * {@code letterCount} letters are rendered and signed so far.
 */
public record Campaign(UUID id, String kecamatanCode, LocalDate firstDay, LocalDate lastDay, List<String> places,
        CampaignStatus status, String openedBy, Instant openedAt, String signedBy, String camatName, Instant signedAt,
        int letterCount, int lettersDone) {

    public int percentDone() {
        return letterCount == 0 ? 100 : (int) (100L * lettersDone / letterCount);
    }
}
