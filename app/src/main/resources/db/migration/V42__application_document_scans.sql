-- A scan of a document the officer saw for a regular application (issue 13): PDF, JPEG or PNG, the type
-- read from its first bytes, sealed with AES-256-GCM under a key kept outside the database (nonce,
-- ciphertext and tag in "sealed"). One per document; a later scan replaces it, the audit log keeps each.
-- kecamatan_code repeats the application's so that a scan is scoped like its application.
CREATE TABLE application_scan (
    application_id  uuid NOT NULL REFERENCES application (id),
    document        text NOT NULL,
    kecamatan_code  text NOT NULL,
    media_type      text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      integer NOT NULL CHECK (size_bytes > 0),
    sha256          bytea NOT NULL,
    sealed          bytea NOT NULL,
    uploaded_by     text NOT NULL,
    uploaded_at     timestamptz NOT NULL,
    PRIMARY KEY (application_id, document)
);
