-- 0011: the Chairman's reception schedule (lịch tiếp công dân định kỳ), the
-- unit's reception rules (nội quy tiếp công dân), the register of refusal
-- notices (Mẫu 01/TCD) and the day a visit's citizen was answered.

-- schedule_entry is one day of the lịch tiếp công dân định kỳ. A schedule for
-- a month or a quarter is the entries dated in it.
CREATE TABLE schedule_entry (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    -- wall-clock times, "07:30"
    start_time  TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    end_time    TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]' AND end_time > start_time),
    place       TEXT NOT NULL,
    presided_by TEXT NOT NULL,
    -- the invited bodies, a JSON array of strings
    invited     TEXT NOT NULL CHECK (json_valid(invited) AND json_type(invited) = 'array'),
    notes       TEXT NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX schedule_entry_date ON schedule_entry (date);

-- reception_rules is the unit's nội quy, one row beside the unit's settings;
-- until it is saved the app offers its template.
CREATE TABLE reception_rules (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    decision_number TEXT NOT NULL,
    decision_date   TEXT NOT NULL,
    body            TEXT NOT NULL CHECK (body <> ''),
    revision        INTEGER NOT NULL CHECK (revision > 0),
    updated_at      TEXT NOT NULL
) STRICT;

-- refusal_notice registers each Thông báo từ chối tiếp công dân issued: its
-- number in the year of its date ("Số: 05/TB-UBND"), one per refused visit,
-- so that a reprint shows the same number.
CREATE TABLE refusal_notice (
    id         INTEGER PRIMARY KEY,
    visit_id   INTEGER NOT NULL REFERENCES visit (id),
    year       INTEGER NOT NULL,
    number     INTEGER NOT NULL CHECK (number > 0),
    date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    created_at TEXT NOT NULL,
    UNIQUE (year, number)
) STRICT;

CREATE UNIQUE INDEX refusal_notice_visit ON refusal_notice (visit_id);

-- replied_on is the ISO date the citizen was answered (Luật TCD Art. 28),
-- '' while the answer is owed; reply_note says how.
ALTER TABLE visit ADD COLUMN replied_on TEXT NOT NULL DEFAULT '';
ALTER TABLE visit ADD COLUMN reply_note TEXT NOT NULL DEFAULT '';
