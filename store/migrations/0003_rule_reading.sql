-- 0003: the unit's choice of reading for the deadline rules the law leaves
-- unclear (Cài đặt › Cách tính thời hạn).

-- rule_reading has one row per rule (an app/law rule id, e.g. kn-thu-ly) whose
-- reading the administrator has chosen. No row means the default reading, the
-- rule's own; use_alternative = 1 means the rule's alternative reading (e.g. 10
-- ngày làm việc instead of 10 ngày). The choice holds for every version of the
-- rule that has an alternative reading.
CREATE TABLE rule_reading (
    rule_id         TEXT NOT NULL PRIMARY KEY CHECK (rule_id <> ''),
    use_alternative INTEGER NOT NULL CHECK (use_alternative IN (0, 1)),
    -- when the choice was last changed
    updated_at      TEXT NOT NULL
) STRICT;
