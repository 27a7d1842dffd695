-- The clustered gallery's source of truth (issue 16; afis-cluster's PostgresPersonSource): one row a person
-- the gallery members load their partitions from, when ektp.gallery.cluster.source=postgres. Central inserts
-- and deletes; each member reads it with a role of its own that may only SELECT this table (README).
-- The templates are never here in the clear: ten_print is the ten-print sealed with the engine's at-rest
-- cipher under central's gallery.key ([EKTPSEAL][EKTPGPS1][salt][key check] then nonce, ciphertext, tag),
-- and the check below refuses a row that does not start with that sealed header. The single-machine default
-- leaves the table empty.
CREATE TABLE gallery_person (
    reference_id uuid PRIMARY KEY,
    ten_print    bytea NOT NULL
        CONSTRAINT gallery_person_sealed CHECK (substring(ten_print FROM 1 FOR 16) = 'EKTPSEALEKTPGPS1'::bytea
                                                AND octet_length(ten_print) > 48 + 28),
    enrolled_at  timestamptz NOT NULL DEFAULT now()
);
