-- The append-only audit log: every change and every read of a resident's record, logins included.
-- Each entry carries the SHA-256 of the previous entry's hash and its own canonical fields, so an
-- edited or deleted entry breaks the chain (see AuditVerifier). seq is gap-free by construction
-- (assigned under an advisory lock), so a deleted entry also shows as a gap.
CREATE TABLE audit_entry (
    seq            bigint       PRIMARY KEY,
    at             timestamptz  NOT NULL,
    actor          varchar(64)  NOT NULL,
    actor_role     varchar(32)  NOT NULL,
    remote_address varchar(64)  NOT NULL,
    action         varchar(32)  NOT NULL,
    subject_type   varchar(32)  NOT NULL,
    subject_id     varchar(64)  NOT NULL,
    detail         text         NOT NULL,
    prev_hash      char(64)     NOT NULL,
    hash           char(64)     NOT NULL
);

CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, at);

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
