-- 0008: the reception logbook (sổ tiếp công dân, Mẫu 03/TCD): sittings,
-- visits, the citizens of each visit, and matters that link repeat visits.

CREATE TABLE reception_session (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('regular', 'periodic', 'adhoc')),
    date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    place        TEXT NOT NULL,
    presided_by  TEXT NOT NULL,
    participants TEXT NOT NULL,
    conclusion   TEXT NOT NULL,
    revision     INTEGER NOT NULL CHECK (revision > 0),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX reception_session_date ON reception_session (date);

-- matter is one dispute, however many visits (and later petitions) bring it.
CREATE TABLE matter (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (title <> ''),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE visit (
    id                INTEGER PRIMARY KEY,
    session_id        INTEGER NOT NULL REFERENCES reception_session (id),
    -- the logbook's serial number (STT), per year of received_at
    year              INTEGER NOT NULL,
    number            INTEGER NOT NULL CHECK (number > 0),
    -- RFC 3339 local time
    received_at       TEXT NOT NULL,
    people_count      INTEGER NOT NULL CHECK (people_count >= 1),
    summary           TEXT NOT NULL,
    content_kind      TEXT NOT NULL CHECK (content_kind IN ('complaint', 'denunciation', 'recommendation', 'feedback', 'mixed', 'other')),
    field             TEXT NOT NULL,
    resolved_by       TEXT NOT NULL,
    within_competence INTEGER NOT NULL CHECK (within_competence IN (0, 1)),
    outcome           TEXT NOT NULL CHECK (outcome IN ('guide', 'accept', 'transfer', 'answer', 'refuse')),
    guide_body        TEXT NOT NULL,
    guide_doc         TEXT NOT NULL,
    transfer_body     TEXT NOT NULL,
    transfer_doc      TEXT NOT NULL,
    refusal_ground    TEXT NOT NULL,
    -- deadlines computed by app/law when saved, with their citation
    reply_due         TEXT NOT NULL,
    reply_citation    TEXT NOT NULL,
    notice_due        TEXT NOT NULL,
    notice_citation   TEXT NOT NULL,
    matter_id         INTEGER REFERENCES matter (id),
    notes             TEXT NOT NULL,
    revision          INTEGER NOT NULL CHECK (revision > 0),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (year, number)
) STRICT;

CREATE INDEX visit_session ON visit (session_id);
CREATE INDEX visit_received ON visit (received_at);
CREATE INDEX visit_matter ON visit (matter_id) WHERE matter_id IS NOT NULL;

-- visit_citizen holds the people of a visit. A protected citizen (a
-- denouncer, or anyone marked giữ bí mật) has every identifying column empty:
-- the identity is in sealed, encrypted to the vault key, and findable only
-- through the keyed blind indexes.
CREATE TABLE visit_citizen (
    visit_id       INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    id_kind        TEXT NOT NULL,
    id_number      TEXT NOT NULL,
    id_issue_date  TEXT NOT NULL,
    id_issue_place TEXT NOT NULL,
    id_description TEXT NOT NULL,
    birth_date     TEXT NOT NULL,
    address        TEXT NOT NULL,
    phone          TEXT NOT NULL,
    representative INTEGER NOT NULL CHECK (representative IN (0, 1)),
    protected      INTEGER NOT NULL CHECK (protected IN (0, 1)),
    sealed         BLOB,
    blind_name     TEXT NOT NULL,
    blind_id       TEXT NOT NULL,
    PRIMARY KEY (visit_id, position),
    CHECK (protected = 0 OR (name = '' AND id_number = '' AND address = '' AND phone = '' AND sealed IS NOT NULL))
) STRICT;

CREATE INDEX visit_citizen_id_number ON visit_citizen (id_number) WHERE id_number <> '';
CREATE INDEX visit_citizen_blind_name ON visit_citizen (blind_name) WHERE blind_name <> '';
CREATE INDEX visit_citizen_blind_id ON visit_citizen (blind_id) WHERE blind_id <> '';

-- citizen_fts finds unprotected citizens by a fragment of their folded name,
-- identity number or address (domain.Fold: "dang" finds "Đặng"). It is kept
-- by the store in the same transaction as the visit.
CREATE VIRTUAL TABLE citizen_fts USING fts5 (
    folded,
    visit_id UNINDEXED,
    position UNINDEXED,
    tokenize = 'unicode61'
);
