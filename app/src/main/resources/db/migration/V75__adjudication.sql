-- Adjudication (identification module): grey-zone records of the 1:N check waiting for human adjudicators,
-- each candidate's final verdict, and every adjudicator's vote with its reason. No biometric data is kept
-- here: the images stay in intake's packets; only scores and verdicts.
CREATE TABLE adjudication_case (
    packet_id         uuid         PRIMARY KEY,
    kecamatan_code    varchar(13)  NOT NULL,   -- of the resident's desa, for the conflict-of-interest rule and the dashboard
    capture_officer   varchar(64)  NOT NULL,   -- who captured the record: never its adjudicator
    station           varchar(64)  NOT NULL,
    agreements_needed smallint     NOT NULL CHECK (agreements_needed IN (1, 2)),  -- the rule in force when it was opened
    opened_at         timestamptz  NOT NULL,
    decided_at        timestamptz
);

CREATE INDEX adjudication_case_waiting_idx ON adjudication_case (opened_at) WHERE decided_at IS NULL;

CREATE TABLE adjudication_candidate (
    packet_id           uuid             NOT NULL REFERENCES adjudication_case (packet_id),
    candidate_packet_id uuid             NOT NULL,
    rank                smallint         NOT NULL,
    score               double precision NOT NULL,
    finger_scores       text             NOT NULL,   -- JSON object, finger position -> score, as the 1:N check gave it
    verdict             varchar(16)      CHECK (verdict IN ('DUPLICATE', 'NOT_DUPLICATE')),  -- final, once agreed
    PRIMARY KEY (packet_id, candidate_packet_id)
);

CREATE TABLE adjudication_vote (
    packet_id           uuid         NOT NULL,
    candidate_packet_id uuid         NOT NULL,
    adjudicator         varchar(64)  NOT NULL,
    verdict             varchar(16)  NOT NULL CHECK (verdict IN ('DUPLICATE', 'NOT_DUPLICATE')),
    reason              varchar(500) NOT NULL,
    voted_at            timestamptz  NOT NULL,
    PRIMARY KEY (packet_id, candidate_packet_id, adjudicator),
    FOREIGN KEY (packet_id, candidate_packet_id) REFERENCES adjudication_candidate (packet_id, candidate_packet_id)
);

-- Duplicates (certain from the 1:N check, or adjudicated) sent back to the Dinas and the kecamatan of both records.
CREATE TABLE clarification_task (
    id                     uuid          PRIMARY KEY,
    packet_id              uuid          NOT NULL,
    duplicate_of_packet_id uuid          NOT NULL,
    kecamatan_code         varchar(13)   NOT NULL,   -- of this (newer) record's resident
    earlier_kecamatan_code varchar(13)   NOT NULL,   -- of the earlier record's resident
    opened_at              timestamptz   NOT NULL,
    resolution             varchar(16)   CHECK (resolution IN ('WITHDRAW_THIS', 'WITHDRAW_EARLIER', 'MERGE', 'FALSE_MATCH')),
    note                   varchar(1000),
    resolved_by            varchar(64),
    resolved_at            timestamptz,
    UNIQUE (packet_id, duplicate_of_packet_id)
);

CREATE INDEX clarification_task_open_idx ON clarification_task (opened_at) WHERE resolved_at IS NULL;
CREATE INDEX clarification_task_region_idx ON clarification_task (kecamatan_code varchar_pattern_ops);
CREATE INDEX clarification_task_earlier_region_idx ON clarification_task (earlier_kecamatan_code varchar_pattern_ops);
