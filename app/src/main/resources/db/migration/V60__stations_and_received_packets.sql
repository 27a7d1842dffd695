-- Central's intake (issue 14): the service-point stations it knows and the packets it accepted.

-- A station is registered by a system administrator (a one-time code, kept only as its hash), enrols
-- with a CSR and that code, and receives its certificate from the station CA; a revoked station's packets
-- are refused. The certificate is matched exactly (DER) against the one a packet is signed with.
CREATE TABLE station (
    station_id        text PRIMARY KEY,
    name              text        NOT NULL,
    kecamatan_code    text        NOT NULL,
    state             text        NOT NULL CHECK (state IN ('REGISTERED', 'ACTIVE', 'REVOKED')),
    code_hash         bytea,
    code_expires_at   timestamptz,
    certificate       bytea,
    registered_by     text        NOT NULL,
    registered_at     timestamptz NOT NULL,
    enrolled_at       timestamptz,
    revoked_by        text,
    revoked_at        timestamptz,
    revoked_reason    text
);

-- Packets accepted, once each by packet ID. The opened packet (its JSON, as the station signed it) is
-- stored encrypted (AES-256-GCM under central's packet key, a file outside the database), so the
-- biometrics are encrypted at rest; the SHA-256 of that JSON tells a harmless resend (the same content,
-- sealed again or not) from a replay of the ID with other content.
CREATE TABLE received_packet (
    packet_id      uuid PRIMARY KEY,
    station_id     text        NOT NULL REFERENCES station (station_id),
    content        bytea       NOT NULL,
    content_sha256 bytea       NOT NULL,
    received_at    timestamptz NOT NULL,
    status         text        NOT NULL,
    status_reason  text,
    status_at      timestamptz NOT NULL
);

CREATE INDEX received_packet_station ON received_packet (station_id, received_at);
