-- Offices and officer accounts (accounts module). Region codes are dotted Kemendagri codes;
-- '' is the whole country (the central data centre and its staff).
CREATE TABLE office (
    code        varchar(32)  PRIMARY KEY,
    name        varchar(200) NOT NULL,
    kind        varchar(32)  NOT NULL CHECK (kind IN ('KECAMATAN_SERVICE_POINT', 'DINAS', 'DATA_CENTRE')),
    region_code varchar(13)  NOT NULL
);

CREATE TABLE officer (
    username        varchar(64)  PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    full_name       varchar(200) NOT NULL,
    role            varchar(32)  NOT NULL,
    region_code     varchar(13)  NOT NULL,
    office_code     varchar(32)  NOT NULL REFERENCES office (code),
    password_hash   varchar(255) NOT NULL,
    enabled         boolean      NOT NULL DEFAULT true,
    failed_attempts integer      NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    created_by      varchar(64)  NOT NULL
);

CREATE INDEX officer_region_idx ON officer (region_code varchar_pattern_ops);

-- Opaque API bearer tokens; only their SHA-256 is stored, so a leaked table yields no usable token.
CREATE TABLE api_token (
    token_hash  char(64)    PRIMARY KEY,
    username    varchar(64) NOT NULL REFERENCES officer (username) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);

CREATE INDEX api_token_expiry_idx ON api_token (expires_at);
