package id.ektp.enrollment.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A resident checked in at a service point on a day, with their queue number and where they stand. */
public record CheckIn(UUID id, String officeCode, String kecamatanCode, LocalDate serviceDay, int queueNumber, String nik,
        String fullName, UUID summonsId, CheckInStatus status, Instant checkedInAt, Instant calledAt, String correctionReason) {

    /** The number as the waiting room shows it: A-007. */
    public String ticket() {
        return "A-%03d".formatted(queueNumber);
    }
}
