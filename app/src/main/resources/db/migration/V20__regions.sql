-- Kemendagri regions: province (32), kabupaten/kota (32.73), kecamatan (32.73.01), desa/kelurahan (32.73.01.1001).
CREATE TABLE region (
    code        VARCHAR(13)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    level       SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 4),
    parent_code VARCHAR(13)  REFERENCES region (code),
    CHECK ((level = 1) = (parent_code IS NULL))
);
CREATE INDEX region_parent_idx ON region (parent_code);
CREATE INDEX region_level_idx ON region (level);
