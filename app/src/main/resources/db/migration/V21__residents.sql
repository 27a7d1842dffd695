-- Families (Kartu Keluarga): the KK number is issued by the kecamatan where the family registers.
CREATE TABLE family (
    kk_number  CHAR(16)    PRIMARY KEY,
    desa_code  VARCHAR(13) NOT NULL REFERENCES region (code),
    issued_on  DATE        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE resident (
    nik             CHAR(16)     PRIMARY KEY CHECK (nik ~ '^[0-9]{16}$'),
    full_name       VARCHAR(100) NOT NULL,
    birth_place     VARCHAR(60)  NOT NULL,
    birth_date      DATE         NOT NULL,
    sex             VARCHAR(10)  NOT NULL,
    blood_group     VARCHAR(10)  NOT NULL,
    religion        VARCHAR(12)  NOT NULL,
    marital_status  VARCHAR(12)  NOT NULL,
    occupation      VARCHAR(60)  NOT NULL,
    citizenship     VARCHAR(3)   NOT NULL,
    itap_number     VARCHAR(30),
    itap_expiry     DATE,
    street          VARCHAR(120) NOT NULL,
    rt              VARCHAR(3)   NOT NULL,
    rw              VARCHAR(3)   NOT NULL,
    desa_code       VARCHAR(13)  NOT NULL REFERENCES region (code),
    -- the kecamatan of the address, kept beside the desa so the per-kecamatan lists use one index
    kecamatan_code  VARCHAR(8)   NOT NULL,
    kk_number       CHAR(16)     NOT NULL REFERENCES family (kk_number),
    family_relation VARCHAR(16)  NOT NULL,
    phone           VARCHAR(20),
    ktp_status      VARCHAR(12)  NOT NULL DEFAULT 'NONE',
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (citizenship = 'WNI' OR (itap_number IS NOT NULL AND itap_expiry IS NOT NULL))
);
CREATE INDEX resident_name_trgm_idx ON resident USING gin (full_name gin_trgm_ops);
CREATE INDEX resident_kk_idx ON resident (kk_number);
CREATE INDEX resident_kecamatan_idx ON resident (kecamatan_code, full_name);
CREATE INDEX resident_desa_idx ON resident (desa_code);

-- The last serial issued per NIK prefix (kecamatan + birth date, +40 on the day for women) and per
-- KK prefix (kecamatan + issue date). One row per prefix, bumped with INSERT ... ON CONFLICT DO UPDATE
-- so that concurrent issuance serialises on the row lock and never hands out a serial twice.
CREATE TABLE nik_counter (
    prefix      CHAR(12) PRIMARY KEY,
    last_serial INTEGER  NOT NULL
);
CREATE TABLE kk_counter (
    prefix      CHAR(12) PRIMARY KEY,
    last_serial INTEGER  NOT NULL
);

-- Every change to a resident: who, when, which field, old and new value. No foreign key: the
-- history of a record entered by mistake and deleted stays.
CREATE TABLE resident_history (
    id         BIGSERIAL    PRIMARY KEY,
    nik        CHAR(16)     NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_by VARCHAR(100) NOT NULL,
    field      VARCHAR(40)  NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX resident_history_nik_idx ON resident_history (nik, changed_at);
