package id.ektp.enrollment.upload;

import java.time.Instant;
import java.util.UUID;

/**
 * A packet in the outbox as the service point sees it: its delivery ({@code state}: QUEUED until central
 * holds it, DELIVERED, or REFUSED by central with the reason) and the status central reports for it.
 */
record OutboxEntry(UUID packetId, String stationId, String kecamatanCode, String nik, String fullName, int sealedSize,
        Instant queuedAt, State state, int attempts, Instant nextAttemptAt, String lastError, Instant deliveredAt,
        String centralStatus, String centralReason, Instant centralStatusAt, Instant biometricsRemovedAt) {

    enum State { QUEUED, DELIVERED, REFUSED }
}
