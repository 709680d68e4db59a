-- 0001: the unit's settings and the audit log.

-- unit holds the one row of the unit's settings (Thiết lập đơn vị).
CREATE TABLE unit (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    name             TEXT NOT NULL CHECK (name <> ''),
    superior_agency  TEXT NOT NULL,
    doc_symbol       TEXT NOT NULL,
    place_name       TEXT NOT NULL,
    chairman_name    TEXT NOT NULL,
    chairman_title   TEXT NOT NULL,
    reception_place  TEXT NOT NULL,
    -- ISO weekdays of the Chairman's periodic reception, as a JSON array: [4] = Thursday.
    periodic_days    TEXT NOT NULL CHECK (json_valid(periodic_days)),
    report_recipient TEXT NOT NULL,
    revision         INTEGER NOT NULL CHECK (revision > 0),
    updated_at       TEXT NOT NULL
) STRICT;

-- audit_log records every change of data, written in the same transaction as
-- the change itself.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    -- the record after the change, as JSON
    detail    TEXT NOT NULL CHECK (json_valid(detail))
) STRICT;

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
