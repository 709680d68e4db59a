-- 0005: the audit log becomes tamper-evident (issue 7): it keeps the old and
-- the new values, it is append-only, and its rows are hash-chained.
--
-- hash = SHA-256 over prev_hash and the row's fields (store/audit.go,
-- auditRow.computeHash, says exactly how they are encoded); prev_hash is the
-- hash of the row before, or 64 zeros for row 1. AUTOINCREMENT means an id is
-- never used twice, so a deleted row leaves a gap in the ids, and deleted
-- last rows leave sqlite_sequence ahead of the last id: `tiepdan check`
-- reports both.
--
-- SQLite cannot compute SHA-256, so this step moves the rows written before
-- it aside (audit_log_unchained); Go (store.chainExistingAudit) chains them
-- into the new table and drops the old one inside this migration's own
-- transaction, right after this script. That is the only code that writes
-- ids and hashes taken from elsewhere, and it runs exactly once, with the
-- migration.

DROP INDEX audit_log_entity;
ALTER TABLE audit_log RENAME TO audit_log_unchained;

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    -- RFC 3339, local office time: the time of the transaction
    at        TEXT NOT NULL,
    -- the user name, or "local" before accounts
    actor     TEXT NOT NULL,
    -- create, update, delete, login, …
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    -- the record before the change as JSON; NULL for a create
    old       TEXT CHECK (old IS NULL OR json_valid(old)),
    -- the record after the change as JSON; NULL for a delete
    new       TEXT CHECK (new IS NULL OR json_valid(new)),
    -- lower-case hex SHA-256
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash      TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
-- the Nhật ký screen filters by date
CREATE INDEX audit_log_at ON audit_log (at);

-- Append-only, whoever writes through this schema (the app or a SQLite
-- client); someone who drops these triggers first is caught by the chain.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log chỉ được ghi thêm: không được sửa dòng đã ghi');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log chỉ được ghi thêm: không được xóa dòng đã ghi');
END;

-- INSERT OR REPLACE deletes the row it replaces without firing the DELETE
-- trigger (unless recursive_triggers is on), so it is refused here.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'audit_log chỉ được ghi thêm: không được ghi đè dòng đã ghi');
END;
