-- Biometric capture at the service point (issue 14, the capture half).

-- One resident's capture session, from the operator's start to its close (the packet handed to the
-- outbox in the same transaction) or its discard. At most one open or closed capture per check-in.
CREATE TABLE capture_record (
    id               uuid PRIMARY KEY,
    check_in_id      uuid NOT NULL REFERENCES check_in (id),
    office_code      text NOT NULL,
    kecamatan_code   text NOT NULL,
    nik              text NOT NULL,
    full_name        text NOT NULL,
    summons_id       uuid REFERENCES summons (id),
    station          text NOT NULL,
    status           text NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'DISCARDED')),
    started_by       text NOT NULL,
    started_at       timestamptz NOT NULL,
    closed_by        text,
    closed_at        timestamptz,
    officer_name     text,
    packet_id        uuid UNIQUE,
    discard_reason   text,
    chip_attempts    integer NOT NULL DEFAULT 0,
    chip_verified    boolean NOT NULL DEFAULT false,
    chip_score       double precision,
    -- Set when central confirmed the packet: the biometrics go at this time (ektp.capture.biometric-retention).
    purge_after      timestamptz,
    purged_at        timestamptz,
    CHECK ((status = 'CLOSED') = (packet_id IS NOT NULL))
);
CREATE UNIQUE INDEX capture_record_per_check_in ON capture_record (check_in_id) WHERE status <> 'DISCARDED';
CREATE INDEX capture_record_office ON capture_record (office_code, started_at DESC);
CREATE INDEX capture_record_purge ON capture_record (purge_after) WHERE purge_after IS NOT NULL AND purged_at IS NULL;

-- One accepted capture of a step: a finger (position 1-10), the face, the signature, an iris (position
-- 1 right, 2 left), or a chip finger's re-capture (CHIP_FINGER, position 2 or 7). The image and the
-- ISO/IEC 19794-2 template are sealed with AES-256-GCM under a key kept outside the database (null once
-- purged). A finger that stayed below the quality threshold after its retries is kept with
-- accepted = false and recorded as an UNUSABLE exception.
CREATE TABLE capture_item (
    record_id        uuid NOT NULL REFERENCES capture_record (id),
    kind             text NOT NULL CHECK (kind IN ('FINGER', 'FACE', 'SIGNATURE', 'IRIS', 'CHIP_FINGER')),
    position         integer NOT NULL,
    attempts         integer NOT NULL,
    quality          integer NOT NULL CHECK (quality BETWEEN 0 AND 100),
    quality_reason   text NOT NULL,
    device_quality   integer NOT NULL,
    accepted         boolean NOT NULL,
    width            integer NOT NULL,
    height           integer NOT NULL,
    dpi              integer NOT NULL,
    device_id        text NOT NULL,
    device_model     text NOT NULL,
    device_certificate_sha256 text NOT NULL,
    captured_at      timestamptz NOT NULL,
    image_sealed     bytea,
    template_sealed  bytea,
    PRIMARY KEY (record_id, kind, position)
);

-- A finger that was not captured, and why (packet CaptureMetadata.CaptureException).
CREATE TABLE capture_exception (
    record_id   uuid NOT NULL REFERENCES capture_record (id),
    position    integer NOT NULL CHECK (position BETWEEN 1 AND 10),
    reason      text NOT NULL CHECK (reason IN ('AMPUTATED', 'BANDAGED', 'UNUSABLE')),
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (record_id, position)
);

-- A summons is marked recorded when its resident's capture is closed.
ALTER TABLE summons ADD COLUMN recorded_at timestamptz;
