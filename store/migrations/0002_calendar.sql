-- 0002: the administrator's edits of the working calendar (Cài đặt › Lịch làm việc).

-- calendar_override holds one edit per date: the date is a day off or a working
-- day whatever the announced or computed calendar says (app/law applies it).
CREATE TABLE calendar_override (
    -- ISO date, e.g. 2026-12-01
    date       TEXT NOT NULL PRIMARY KEY
               CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind       TEXT NOT NULL CHECK (kind IN ('working', 'off')),
    reason     TEXT NOT NULL CHECK (reason <> ''),
    -- when the edit was last saved
    created_at TEXT NOT NULL
) STRICT;

-- optional_holiday has one row per optional holiday switched on for a year
-- (e.g. Ngày Văn hóa Việt Nam 24/11 before it is certainly in force); the
-- holidays themselves are data in app/law, identified by holiday_id.
CREATE TABLE optional_holiday (
    year       INTEGER NOT NULL,
    holiday_id TEXT NOT NULL CHECK (holiday_id <> ''),
    created_at TEXT NOT NULL,
    PRIMARY KEY (year, holiday_id)
) STRICT;
