-- The audit chain becomes keyed: from now on hash (the entry's link) is HMAC-SHA256 under a key kept
-- outside the database, and key_id names that key (an HMAC of a fixed text, revealing nothing of it).
-- Entries made before have no key_id: they keep their plain SHA-256 link and are verified as the
-- legacy chain, which the first keyed entry's prev_hash and the anchor file pin (docs/accounts.md).
ALTER TABLE audit_entry ADD COLUMN key_id char(16);

COMMENT ON COLUMN audit_entry.hash IS 'link: HMAC-SHA256(audit key, prev_hash and fields); plain SHA-256 where key_id is null (legacy)';
COMMENT ON COLUMN audit_entry.key_id IS 'id of the audit key that made the link; null for legacy entries made before the key existed';
