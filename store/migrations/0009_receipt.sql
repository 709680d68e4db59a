-- 0009: giấy biên nhận (Mẫu 02/TCD) issued at reception, numbered per year.
-- body is the receipt as printed (JSON); when its provider is protected it is
-- sealed to the vault key like the citizen (sealed = 1).
CREATE TABLE receipt (
    id         INTEGER PRIMARY KEY,
    visit_id   INTEGER NOT NULL REFERENCES visit (id),
    year       INTEGER NOT NULL,
    number     INTEGER NOT NULL CHECK (number > 0),
    sealed     INTEGER NOT NULL CHECK (sealed IN (0, 1)),
    body       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (year, number)
) STRICT;

CREATE INDEX receipt_visit ON receipt (visit_id);
