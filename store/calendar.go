package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tiepdan/app/domain"
)

// Audit entity names of the working calendar's edits.
const (
	auditCalendarOverride = "calendar_override"
	auditOptionalHoliday  = "optional_holiday"
)

// CalendarOverrides returns the administrator's edits of the working
// calendar, sorted by date: those of year, or all of them when year is 0.
func (s *Store) CalendarOverrides(ctx context.Context, year int) ([]domain.CalendarOverride, error) {
	q := `SELECT date, kind, reason, created_at FROM calendar_override`
	var args []any
	if year != 0 {
		// ISO dates sort as text, so a year is a text range.
		q += ` WHERE date >= ? AND date < ?`
		args = append(args, fmt.Sprintf("%04d-01-01", year), fmt.Sprintf("%04d-01-01", year+1))
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY date`, args...)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	defer rows.Close()
	out := []domain.CalendarOverride{}
	for rows.Next() {
		var o domain.CalendarOverride
		if err := rows.Scan(&o.Date, &o.Kind, &o.Reason, &o.CreatedAt); err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return out, nil
}

// SaveCalendarOverride writes the edit of o.Date, replacing any earlier edit
// of that date, with its audit entry, in one transaction. o must be checked
// by the caller (ISO date, kind OverrideWorking or OverrideOff, a reason);
// CreatedAt is set to the transaction's time and the saved edit returned.
//
// Errors: Internal, including when o breaks the table's checks.
func (s *Store) SaveCalendarOverride(ctx context.Context, actor string, o domain.CalendarOverride) (*domain.CalendarOverride, error) {
	err := s.write(ctx, func(t *tx) error {
		old := &domain.CalendarOverride{}
		err := t.QueryRowContext(ctx, `SELECT date, kind, reason, created_at FROM calendar_override WHERE date = ?`, o.Date).
			Scan(&old.Date, &old.Kind, &old.Reason, &old.CreatedAt)
		if errors.Is(err, sql.ErrNoRows) {
			old = nil
		} else if err != nil {
			return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		o.CreatedAt = t.nowText()
		_, err = t.ExecContext(ctx, `INSERT INTO calendar_override (date, kind, reason, created_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, created_at = excluded.created_at`,
			o.Date, o.Kind, o.Reason, o.CreatedAt)
		if err != nil {
			return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		action := "create"
		if old != nil {
			action = "update"
		}
		return t.audit(ctx, actor, action, auditCalendarOverride, o.Date, old, o)
	})
	if err != nil {
		return nil, err
	}
	return &o, nil
}

// DeleteCalendarOverride removes the edit of date (ISO) with its audit entry,
// whose old value is the edit removed, in one transaction.
//
// Errors: NotFound when date has no edit; Internal.
func (s *Store) DeleteCalendarOverride(ctx context.Context, actor, date string) error {
	return s.write(ctx, func(t *tx) error {
		var o domain.CalendarOverride
		err := t.QueryRowContext(ctx, `DELETE FROM calendar_override WHERE date = ? RETURNING date, kind, reason, created_at`, date).
			Scan(&o.Date, &o.Kind, &o.Reason, &o.CreatedAt)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Errorf(domain.NotFound, "Ngày %s không có điều chỉnh lịch làm việc nào để xóa.", displayDate(date))
		}
		if err != nil {
			return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		return t.audit(ctx, actor, "delete", auditCalendarOverride, o.Date, o, nil)
	})
}

// HolidaySwitches returns the optional holidays switched on, sorted by year
// and id: those of year, or all of them when year is 0.
func (s *Store) HolidaySwitches(ctx context.Context, year int) ([]domain.HolidaySwitch, error) {
	q := `SELECT year, holiday_id, created_at FROM optional_holiday`
	var args []any
	if year != 0 {
		q += ` WHERE year = ?`
		args = append(args, year)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY year, holiday_id`, args...)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	defer rows.Close()
	out := []domain.HolidaySwitch{}
	for rows.Next() {
		var h domain.HolidaySwitch
		if err := rows.Scan(&h.Year, &h.HolidayID, &h.CreatedAt); err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return out, nil
}

// SetHolidaySwitch switches the optional holiday id on or off for year, with
// its audit entry ("create" or "delete"), in one transaction. Switching on a
// holiday already on, or off one already off, changes nothing and writes no
// audit entry. The caller checks that id names a known holiday.
//
// Errors: Internal.
func (s *Store) SetHolidaySwitch(ctx context.Context, actor string, year int, id string, on bool) error {
	return s.write(ctx, func(t *tx) error {
		h := domain.HolidaySwitch{Year: year, HolidayID: id}
		q := `INSERT INTO optional_holiday (year, holiday_id, created_at) VALUES (?, ?, ?)
			ON CONFLICT (year, holiday_id) DO NOTHING RETURNING created_at`
		args := []any{year, id, t.nowText()}
		action := "create"
		if !on {
			q = `DELETE FROM optional_holiday WHERE year = ? AND holiday_id = ? RETURNING created_at`
			args = args[:2]
			action = "delete"
		}
		err := t.QueryRowContext(ctx, q, args...).Scan(&h.CreatedAt)
		if errors.Is(err, sql.ErrNoRows) {
			return nil // already as asked
		}
		if err != nil {
			return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		before, after := any(nil), any(h)
		if !on {
			before, after = h, nil
		}
		return t.audit(ctx, actor, action, auditOptionalHoliday, fmt.Sprintf("%d/%s", year, id), before, after)
	})
}

// displayDate turns an ISO date into dd/mm/yyyy for a message; anything else
// is returned as it is.
func displayDate(iso string) string {
	var y, m, d int
	if n, _ := fmt.Sscanf(iso, "%4d-%2d-%2d", &y, &m, &d); n != 3 {
		return iso
	}
	return fmt.Sprintf("%02d/%02d/%04d", d, m, y)
}

// CalendarVersion returns a number that changes with every edit of the
// working calendar (the id of the last audit entry of one), so a process can
// tell whether its cached calendar is still current, whoever made the edit.
func (s *Store) CalendarVersion(ctx context.Context) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE entity IN (?, ?)`,
		auditCalendarOverride, auditOptionalHoliday).Scan(&v)
	if err != nil {
		return 0, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return v, nil
}
