package id.ektp.enrollment.capture;

import java.time.Instant;
import java.util.UUID;

/**
 * One resident's capture at a service point: whose (the check-in, NIK, name, summons), where (office,
 * kecamatan, station), who started and closed it, where it stands, the chip fingers' 1:1 check, and the
 * packet it became.
 */
public record CaptureRecord(UUID id, UUID checkInId, String officeCode, String kecamatanCode, String nik, String fullName,
        UUID summonsId, String station, CaptureStatus status, String startedBy, Instant startedAt, String closedBy,
        String officerName, Instant closedAt, UUID packetId, String discardReason, int chipAttempts, boolean chipVerified,
        Double chipScore, Instant purgedAt) {
}
