-- 0004: accounts and the login rules (issue 7).

-- account is a person who can log in. password_hash is argon2id in PHC form.
CREATE TABLE account (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE CHECK (username <> '' AND username = lower(username)),
    full_name            TEXT NOT NULL CHECK (full_name <> ''),
    role                 TEXT NOT NULL CHECK (role IN ('admin', 'leader', 'clerk', 'police', 'viewer')),
    password_hash        TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins        INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    -- RFC 3339, or '' when not locked
    locked_until         TEXT NOT NULL DEFAULT '',
    revision             INTEGER NOT NULL CHECK (revision > 0),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;

-- security_settings holds the one row of login rules.
CREATE TABLE security_settings (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    max_failed_logins INTEGER NOT NULL CHECK (max_failed_logins BETWEEN 3 AND 20),
    lockout_minutes   INTEGER NOT NULL CHECK (lockout_minutes BETWEEN 1 AND 1440),
    idle_minutes      INTEGER NOT NULL CHECK (idle_minutes BETWEEN 1 AND 240),
    revision          INTEGER NOT NULL CHECK (revision > 0),
    updated_at        TEXT NOT NULL
) STRICT;

INSERT INTO security_settings (id, max_failed_logins, lockout_minutes, idle_minutes, revision, updated_at)
VALUES (1, 5, 15, 15, 1, '');
