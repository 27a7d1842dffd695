-- The central uniqueness check (issue 15): one row per received packet with the stage it is in, so that a
-- restart resumes every record where it stood; the engine knows only reference_id, this table maps it back
-- to the packet and its demographics.
CREATE TABLE uniqueness_record (
    packet_id        uuid PRIMARY KEY,
    -- The AFIS engine's ID for this person: never the NIK, never the packet ID (the engine knows no packets).
    reference_id     uuid NOT NULL UNIQUE,
    stage            text NOT NULL CHECK (stage IN ('VALIDATION', 'DEMOGRAPHIC', 'SEARCH', 'DECISION',
                                                    'ADJUDICATION', 'CLARIFICATION', 'DONE', 'REJECTED', 'PARKED')),
    -- The stage a parked record failed in, to which reprocessing returns it.
    parked_stage     text,
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    -- A worker holds it (until next_attempt_at, its lease); cleared at start-up, since the holder died.
    claimed          boolean NOT NULL DEFAULT false,
    parked_reason    text,
    last_error       text,
    station          text NOT NULL,
    nik              text,
    full_name        text,
    date_of_birth    date,
    sex              text,
    desa_code        text,
    -- What the check concluded: UNIQUE, ADJUDICATE or DUPLICATE (null until the search has run).
    decision         text CHECK (decision IN ('UNIQUE', 'ADJUDICATE', 'DUPLICATE')),
    -- The status the station was last told.
    outcome          text,
    outcome_reason   text,
    -- Whether the person belongs in the gallery: the truth the gallery folder is reconciled with at start-up.
    in_gallery       boolean NOT NULL DEFAULT false,
    received_at      timestamptz NOT NULL,
    stage_entered_at timestamptz NOT NULL,
    searched_at      timestamptz,
    finished_at      timestamptz,
    search_millis    integer
);
CREATE INDEX uniqueness_record_due ON uniqueness_record (next_attempt_at)
    WHERE stage IN ('VALIDATION', 'DEMOGRAPHIC', 'SEARCH', 'DECISION');
CREATE INDEX uniqueness_record_stage ON uniqueness_record (stage);
CREATE INDEX uniqueness_record_nik ON uniqueness_record (nik);
CREATE INDEX uniqueness_record_name_trgm ON uniqueness_record USING gin (full_name gin_trgm_ops);

-- What the check found for a record: biometric candidates with their scores, and demographic ones (the same
-- name, birth date and sex, or the same NIK), which are compared 1:1 in full whatever the index ranks them.
CREATE TABLE uniqueness_candidate (
    packet_id            uuid NOT NULL REFERENCES uniqueness_record (packet_id),
    candidate_packet_id  uuid NOT NULL REFERENCES uniqueness_record (packet_id),
    found_by             text NOT NULL CHECK (found_by IN ('BIOMETRIC', 'DEMOGRAPHIC', 'SAME_NIK')),
    score                double precision,
    finger_scores        text,
    decision             text CHECK (decision IN ('DUPLICATE', 'ADJUDICATE', 'NO_MATCH')),
    PRIMARY KEY (packet_id, candidate_packet_id)
);
