-- The service point's front: campaigns of summons letters signed by the Camat, check-in and the queue.

-- A Camat's signing key: the certificate (DER) issued by the platform's signing CA, whose key lives
-- outside the database, and the private key sealed (AES-GCM) under a key-encryption key that also
-- lives outside it. kid names the certificate in every summons QR it signed.
CREATE TABLE camat_key (
    kid              text PRIMARY KEY,
    camat_username   text NOT NULL,
    camat_name       text NOT NULL,
    kecamatan_code   text NOT NULL,
    certificate      bytea NOT NULL,
    private_key_sealed bytea NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX camat_key_per_camat ON camat_key (camat_username, kecamatan_code);

CREATE TABLE campaign (
    id              uuid PRIMARY KEY,
    kecamatan_code  text NOT NULL,
    first_day       date NOT NULL,
    last_day        date NOT NULL,
    places          text[] NOT NULL,
    status          text NOT NULL CHECK (status IN ('DRAFT', 'SIGNING', 'SIGNED')),
    opened_by       text NOT NULL,
    opened_at       timestamptz NOT NULL,
    signed_by       text,
    camat_name      text,
    signed_at       timestamptz,
    kid             text REFERENCES camat_key (kid),
    letter_count    integer NOT NULL,
    letters_done    integer NOT NULL DEFAULT 0,
    CHECK (last_day >= first_day)
);
CREATE INDEX campaign_kecamatan ON campaign (kecamatan_code, opened_at DESC);
-- The background batch resumes from here after a restart.
CREATE INDEX campaign_signing ON campaign (status) WHERE status = 'SIGNING';

-- One letter: the resident as the wajib-KTP list named them when the campaign was opened, where and
-- when to come, the signed QR text and the rendered PDF once the batch reached it, and its delivery.
CREATE TABLE summons (
    id              uuid PRIMARY KEY,
    campaign_id     uuid NOT NULL REFERENCES campaign (id),
    seq             integer NOT NULL,
    kecamatan_code  text NOT NULL,
    nik             text NOT NULL,
    full_name       text NOT NULL,
    desa_code       text NOT NULL,
    street          text NOT NULL,
    rt              text NOT NULL,
    rw              text NOT NULL,
    place           text NOT NULL,
    service_day     date NOT NULL,
    token           text,
    pdf             bytea,
    delivery        text CHECK (delivery IN ('DELIVERED', 'NOT_FOUND', 'MOVED', 'DECEASED')),
    delivery_by     text,
    delivery_at     timestamptz,
    UNIQUE (campaign_id, seq),
    UNIQUE (campaign_id, nik)
);
CREATE INDEX summons_pending ON summons (campaign_id, seq) WHERE pdf IS NULL;
CREATE INDEX summons_nik ON summons (nik);

-- The last queue number given per service point per day: the increment is one row update, so two
-- check-ins never get the same number and a number is never given twice, even across restarts.
CREATE TABLE queue_counter (
    office_code  text NOT NULL,
    service_day  date NOT NULL,
    last_number  integer NOT NULL,
    PRIMARY KEY (office_code, service_day)
);

CREATE TABLE check_in (
    id               uuid PRIMARY KEY,
    office_code      text NOT NULL,
    kecamatan_code   text NOT NULL,
    service_day      date NOT NULL,
    queue_number     integer NOT NULL,
    nik              text NOT NULL,
    full_name        text NOT NULL,
    summons_id       uuid REFERENCES summons (id),
    status           text NOT NULL CHECK (status IN ('WAITING', 'CALLED', 'VERIFIED', 'CORRECTION')),
    checked_in_by    text NOT NULL,
    checked_in_at    timestamptz NOT NULL,
    called_by        text,
    called_at        timestamptz,
    decided_by       text,
    decided_at       timestamptz,
    correction_reason text,
    UNIQUE (office_code, service_day, queue_number),
    UNIQUE (nik, service_day)
);
-- A summons is presented once; a resident sent to the family-card correction comes back on a new day.
CREATE UNIQUE INDEX check_in_summons_once ON check_in (summons_id) WHERE summons_id IS NOT NULL AND status <> 'CORRECTION';
CREATE INDEX check_in_called ON check_in (office_code, service_day, called_at DESC) WHERE called_at IS NOT NULL;
