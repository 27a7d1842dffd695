package id.ektp.identification.intake;

import java.time.Instant;

/** A service-point station as central knows it. */
record Station(String stationId, String name, String kecamatanCode, State state, Instant registeredAt, Instant enrolledAt,
        Instant revokedAt, String revokedReason) {

    enum State {
        /** Registered by a system administrator; its one-time code not used yet. */
        REGISTERED,
        /** Holds a certificate: its packets are accepted. */
        ACTIVE,
        /** Revoked: its packets are refused, and it can never enrol again under this ID. */
        REVOKED
    }
}
