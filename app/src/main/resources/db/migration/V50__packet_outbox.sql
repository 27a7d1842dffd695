-- The service point's store-and-forward queue to central (issue 14). A row is written in the transaction
-- that closes the record, so a closed record always has its packet queued. The packet is kept only in its
-- sealed form (signed by the station, encrypted for central): the biometrics are encrypted at rest, and
-- the sealed copy is cleared once central confirmed receipt and the retention has passed.
CREATE TABLE packet_outbox (
    packet_id            uuid PRIMARY KEY,
    station_id           text        NOT NULL,
    kecamatan_code       text        NOT NULL,
    nik                  text        NOT NULL,
    full_name            text        NOT NULL,
    sealed               bytea,
    sealed_size          integer     NOT NULL,
    queued_by            text        NOT NULL,
    queued_at            timestamptz NOT NULL,
    state                text        NOT NULL CHECK (state IN ('QUEUED', 'DELIVERED', 'REFUSED')),
    attempts             integer     NOT NULL DEFAULT 0,
    next_attempt_at      timestamptz NOT NULL,
    last_error           text,
    delivered_at         timestamptz,
    central_status       text,
    central_reason       text,
    central_status_at    timestamptz,
    biometrics_removed_at timestamptz,
    CHECK ((sealed IS NULL) = (biometrics_removed_at IS NOT NULL))
);

CREATE INDEX packet_outbox_due ON packet_outbox (next_attempt_at) WHERE state = 'QUEUED';
CREATE INDEX packet_outbox_retained ON packet_outbox (delivered_at) WHERE state = 'DELIVERED' AND sealed IS NOT NULL;
CREATE INDEX packet_outbox_kecamatan ON packet_outbox (kecamatan_code, queued_at);
