-- 0010: the petition register (sổ tiếp nhận, xử lý đơn), the handling of
-- each petition, its scans, and the cases (vụ việc) the ward resolves with
-- their dated steps. law.md §1, §3.4, §8.

CREATE TABLE petition (
    id                  INTEGER PRIMARY KEY,
    -- the register's receipt number (số đơn), per year of received_on
    year                INTEGER NOT NULL,
    number              INTEGER NOT NULL CHECK (number > 0),
    received_on         TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    source              TEXT NOT NULL CHECK (source IN ('reception', 'post', 'forwarded', 'other')),
    visit_id            INTEGER REFERENCES visit (id),
    forwarding_body     TEXT NOT NULL,
    forwarding_category TEXT NOT NULL CHECK (forwarding_category IN ('', 'national-assembly', 'peoples-council',
                            'administrative', 'judicial', 'state-audit', 'socio-political', 'other')),
    forwarding_doc      TEXT NOT NULL,
    forwarding_doc_date TEXT NOT NULL,
    filer_kind          TEXT NOT NULL CHECK (filer_kind IN ('single', 'many', 'other')),
    people_count        INTEGER NOT NULL CHECK (people_count >= 1),
    respondent          TEXT NOT NULL,
    place_arose         TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('complaint', 'denunciation', 'recommendation', 'feedback', 'mixed')),
    field               TEXT NOT NULL CHECK (field IN ('policy', 'land', 'civil-service', 'admin-other', 'judicial',
                            'party', 'corruption', 'other')),
    summary             TEXT NOT NULL CHECK (summary <> ''),
    -- protected: a denunciation, or a petitioner marked giữ bí mật; its
    -- petitioners and its scans are sealed to the vault key
    protected           INTEGER NOT NULL CHECK (protected IN (0, 1)),
    eligible            INTEGER NOT NULL CHECK (eligible IN (0, 1)),
    ineligible_reason   TEXT NOT NULL CHECK (ineligible_reason IN ('', 'duplicate', 'anonymous', 'unclear', 'unsigned', 'other')),
    ineligible_note     TEXT NOT NULL,
    within_competence   INTEGER NOT NULL CHECK (within_competence IN (0, 1)),
    prior_status        TEXT NOT NULL CHECK (prior_status IN ('none', 'first', 'second', 'judgment', 'overdue', 'concluded')),
    duplicate_of        INTEGER REFERENCES petition (id),
    matter_id           INTEGER NOT NULL REFERENCES matter (id),
    notes               TEXT NOT NULL,
    -- the xử lý đơn deadline computed by app/law when saved, with its rule
    handling_due        TEXT NOT NULL,
    handling_rule       TEXT NOT NULL,
    handling_citation   TEXT NOT NULL,
    revision            INTEGER NOT NULL CHECK (revision > 0),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (year, number),
    CHECK ((eligible = 1) = (ineligible_reason = '')),
    CHECK (duplicate_of IS NULL OR duplicate_of <> id)
) STRICT;

CREATE INDEX petition_received ON petition (received_on);
CREATE INDEX petition_matter ON petition (matter_id);
CREATE INDEX petition_visit ON petition (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX petition_duplicate ON petition (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX petition_handling_due ON petition (handling_due);
CREATE INDEX petition_kind ON petition (kind, received_on);

-- petition_citizen holds the petitioners, exactly as visit_citizen: a
-- protected one has every identifying column empty, the identity sealed and
-- findable only through the keyed blind indexes.
CREATE TABLE petition_citizen (
    petition_id    INTEGER NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
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
    PRIMARY KEY (petition_id, position),
    CHECK (protected = 0 OR (name = '' AND id_number = '' AND address = '' AND phone = '' AND birth_date = ''
        AND id_issue_date = '' AND id_issue_place = '' AND id_description = '' AND sealed IS NOT NULL))
) STRICT;

CREATE INDEX petition_citizen_id_number ON petition_citizen (id_number) WHERE id_number <> '';
CREATE INDEX petition_citizen_blind_name ON petition_citizen (blind_name) WHERE blind_name <> '';
CREATE INDEX petition_citizen_blind_id ON petition_citizen (blind_id) WHERE blind_id <> '';

-- petition_fts finds petitions by folded text (domain.Fold): one row per
-- unprotected petitioner (name, number, address; position ≥ 0) and one row
-- for the summary (position -1), which the duplicate check compares.
CREATE VIRTUAL TABLE petition_fts USING fts5 (
    folded,
    petition_id UNINDEXED,
    position UNINDEXED,
    tokenize = 'unicode61'
);

-- petition_action is the dated handling of a petition (xử lý đơn), append-only.
CREATE TABLE petition_action (
    id          INTEGER PRIMARY KEY,
    petition_id INTEGER NOT NULL REFERENCES petition (id),
    kind        TEXT NOT NULL CHECK (kind IN ('propose-acceptance', 'guide', 'transfer', 'urge', 'answer', 'return',
                    'file', 'reply-received')),
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    doc_number  TEXT NOT NULL,
    body        TEXT NOT NULL,
    note        TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX petition_action_petition ON petition_action (petition_id, kind);

-- petition_attachment holds scans and photos; body is sealed to the vault
-- key when the petition is protected.
CREATE TABLE petition_attachment (
    id          INTEGER PRIMARY KEY,
    petition_id INTEGER NOT NULL REFERENCES petition (id),
    name        TEXT NOT NULL CHECK (name <> ''),
    mime        TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
    size        INTEGER NOT NULL CHECK (size > 0),
    sealed      INTEGER NOT NULL CHECK (sealed IN (0, 1)),
    body        BLOB NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX petition_attachment_petition ON petition_attachment (petition_id);

-- legal_case is a matter within the chairman's competence ("case" is an SQL
-- keyword). Status, complexity and the deadlines are derived from the steps
-- by app and stored with each step, so that lists and the dashboard can
-- query them.
CREATE TABLE legal_case (
    id                  INTEGER PRIMARY KEY,
    petition_id         INTEGER NOT NULL UNIQUE REFERENCES petition (id),
    matter_id           INTEGER NOT NULL REFERENCES matter (id),
    kind                TEXT NOT NULL CHECK (kind IN ('complaint-first', 'complaint-second', 'denunciation', 'recommendation')),
    proposed_on         TEXT NOT NULL CHECK (proposed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    acceptance_due      TEXT NOT NULL,
    acceptance_citation TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'suspended', 'decided', 'withdrawn',
                            'rejected', 'closed')),
    remote              INTEGER NOT NULL CHECK (remote IN (0, 1)),
    complexity          TEXT NOT NULL CHECK (complexity IN ('', 'complex', 'very')),
    -- JSON array of checklist codes
    complexity_reasons  TEXT NOT NULL,
    accepted_on         TEXT NOT NULL,
    acceptance_doc      TEXT NOT NULL,
    resolution_due      TEXT NOT NULL,
    resolution_rule     TEXT NOT NULL,
    resolution_citation TEXT NOT NULL,
    decided_on          TEXT NOT NULL,
    result              TEXT NOT NULL CHECK (result IN ('', 'upheld', 'rejected', 'partly', 'recognised', 'overturned', 'resolved')),
    on_time             INTEGER NOT NULL CHECK (on_time IN (0, 1)),
    revision            INTEGER NOT NULL CHECK (revision > 0),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE INDEX legal_case_status ON legal_case (status, kind);
CREATE INDEX legal_case_matter ON legal_case (matter_id);

-- case_step is one dated step of a case, append-only.
CREATE TABLE case_step (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES legal_case (id),
    kind        TEXT NOT NULL CHECK (kind IN ('accept', 'reject', 'verify', 'dialogue', 'complex', 'extend', 'suspend',
                    'resume', 'withdraw', 'terminate', 'decide', 'enforce')),
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    doc_number  TEXT NOT NULL,
    assignee    TEXT NOT NULL,
    invited_on  TEXT NOT NULL,
    days        INTEGER NOT NULL CHECK (days >= 0),
    ground      TEXT NOT NULL,
    partial     INTEGER NOT NULL CHECK (partial IN (0, 1)),
    remote      INTEGER NOT NULL CHECK (remote IN (0, 1)),
    -- JSON array of checklist codes
    reasons     TEXT NOT NULL,
    complexity  TEXT NOT NULL CHECK (complexity IN ('', 'complex', 'very')),
    result      TEXT NOT NULL CHECK (result IN ('', 'upheld', 'rejected', 'partly', 'recognised', 'overturned', 'resolved')),
    -- JSON object of domain.Figures
    figures     TEXT NOT NULL,
    done        INTEGER NOT NULL CHECK (done IN (0, 1)),
    note        TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX case_step_case ON case_step (case_id, id);
