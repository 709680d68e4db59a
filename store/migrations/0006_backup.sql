-- 0006: the backup settings (Cài đặt › Sao lưu).

-- backup_settings holds the one row of the backup settings; no row means the
-- defaults (no second folder). The backups themselves are files in the data
-- folder's backups/ (store/backup.go), not rows.
CREATE TABLE backup_settings (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    -- a second folder, e.g. on a USB stick, that every backup is also copied
    -- to; '' for none
    second_folder TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
