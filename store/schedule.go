package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"tiepdan/app/domain"
)

// Audit entities of the schedule, the rules and the refusal notices.
const (
	auditScheduleEntry  = "schedule_entry"
	auditReceptionRules = "reception_rules"
	auditRefusalNotice  = "refusal_notice"
)

const scheduleColumns = `id, date, start_time, end_time, place, presided_by, invited, notes, revision, updated_at`

func scanScheduleEntry(r rowScanner) (*domain.ScheduleEntry, error) {
	var e domain.ScheduleEntry
	var invited string
	if err := r.Scan(&e.ID, &e.Date, &e.Start, &e.End, &e.Place, &e.PresidedBy, &invited, &e.Notes, &e.Revision, &e.UpdatedAt); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(invited), &e.Invited); err != nil {
		return nil, err
	}
	return &e, nil
}

// ScheduleEntries returns the schedule's entries dated from from to to (ISO,
// inclusive), in date and time order.
func (s *Store) ScheduleEntries(ctx context.Context, from, to string) ([]domain.ScheduleEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+scheduleColumns+` FROM schedule_entry
		WHERE date >= ? AND date <= ? ORDER BY date, start_time, id`, from, to)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	out := []domain.ScheduleEntry{}
	for rows.Next() {
		e, err := scanScheduleEntry(rows)
		if err != nil {
			return nil, internal(err)
		}
		out = append(out, *e)
	}
	return out, internal(rows.Err())
}

// scheduleEntry reads entry id inside t, for an update or a delete whose
// revision must be rev.
func (t *tx) scheduleEntry(ctx context.Context, id, rev int64) (*domain.ScheduleEntry, error) {
	old, err := scanScheduleEntry(t.QueryRowContext(ctx, `SELECT `+scheduleColumns+` FROM schedule_entry WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy ngày tiếp trong lịch.")
	}
	if err != nil {
		return nil, err
	}
	if old.Revision != rev {
		return nil, domain.Errorf(domain.Conflict, "Lịch tiếp vừa được người khác cập nhật. Vui lòng tải lại rồi sửa lại.")
	}
	return old, nil
}

// SaveScheduleEntries creates (ID 0) or updates entries, all in one
// transaction with their audit entries; each update's Revision must be the
// one read. The entries as saved are returned.
//
// Errors: NotFound; Conflict for a stale revision.
func (s *Store) SaveScheduleEntries(ctx context.Context, actor string, in []domain.ScheduleEntry) ([]domain.ScheduleEntry, error) {
	err := s.write(ctx, func(t *tx) error {
		for i := range in {
			if err := t.saveScheduleEntry(ctx, actor, &in[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, internal(err)
	}
	return in, nil
}

func (t *tx) saveScheduleEntry(ctx context.Context, actor string, e *domain.ScheduleEntry) error {
	var old *domain.ScheduleEntry
	if e.ID != 0 {
		o, err := t.scheduleEntry(ctx, e.ID, e.Revision)
		if err != nil {
			return err
		}
		old = o
	}
	if e.Invited == nil {
		e.Invited = []string{}
	}
	invited, err := json.Marshal(e.Invited)
	if err != nil {
		return err
	}
	e.Revision++
	e.UpdatedAt = t.nowText()
	if old == nil {
		res, err := t.ExecContext(ctx, `INSERT INTO schedule_entry (date, start_time, end_time, place, presided_by, invited,
			notes, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			e.Date, e.Start, e.End, e.Place, e.PresidedBy, string(invited), e.Notes, e.Revision, e.UpdatedAt, e.UpdatedAt)
		if err != nil {
			return err
		}
		if e.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return t.audit(ctx, actor, "create", auditScheduleEntry, fmt.Sprint(e.ID), nil, e)
	}
	if _, err := t.ExecContext(ctx, `UPDATE schedule_entry SET date = ?, start_time = ?, end_time = ?, place = ?,
		presided_by = ?, invited = ?, notes = ?, revision = ?, updated_at = ? WHERE id = ?`,
		e.Date, e.Start, e.End, e.Place, e.PresidedBy, string(invited), e.Notes, e.Revision, e.UpdatedAt, e.ID); err != nil {
		return err
	}
	return t.audit(ctx, actor, "update", auditScheduleEntry, fmt.Sprint(e.ID), old, e)
}

// DeleteScheduleEntry removes entry id, whose revision must be rev, with its
// audit entry.
//
// Errors: NotFound; Conflict for a stale revision.
func (s *Store) DeleteScheduleEntry(ctx context.Context, actor string, id, rev int64) error {
	return internal(s.write(ctx, func(t *tx) error {
		old, err := t.scheduleEntry(ctx, id, rev)
		if err != nil {
			return err
		}
		if _, err := t.ExecContext(ctx, `DELETE FROM schedule_entry WHERE id = ?`, id); err != nil {
			return err
		}
		return t.audit(ctx, actor, "delete", auditScheduleEntry, fmt.Sprint(id), old, nil)
	}))
}

const rulesQuery = `SELECT decision_number, decision_date, body, revision, updated_at FROM reception_rules WHERE id = 1`

func scanRules(r rowScanner) (*domain.ReceptionRules, error) {
	var x domain.ReceptionRules
	err := r.Scan(&x.DecisionNumber, &x.DecisionDate, &x.Text, &x.Revision, &x.UpdatedAt)
	return &x, err
}

// ReceptionRules returns the unit's nội quy as saved.
//
// Errors: NotFound while none has been saved (the app then offers its
// template).
func (s *Store) ReceptionRules(ctx context.Context) (*domain.ReceptionRules, error) {
	r, err := scanRules(s.db.QueryRowContext(ctx, rulesQuery))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Chưa có nội quy tiếp công dân.")
	}
	if err != nil {
		return nil, internal(err)
	}
	return r, nil
}

// SaveReceptionRules writes the nội quy with its audit entry. r.Revision
// must be the one read (0 before the first save).
//
// Errors: Conflict when someone else saved meanwhile.
func (s *Store) SaveReceptionRules(ctx context.Context, actor string, r domain.ReceptionRules) (*domain.ReceptionRules, error) {
	err := s.write(ctx, func(t *tx) error {
		old, err := scanRules(t.QueryRowContext(ctx, rulesQuery))
		if errors.Is(err, sql.ErrNoRows) {
			old, err = nil, nil
		}
		if err != nil {
			return err
		}
		var current int64
		if old != nil {
			current = old.Revision
		}
		if current != r.Revision {
			return domain.Errorf(domain.Conflict, "Nội quy vừa được người khác cập nhật. Vui lòng tải lại rồi lưu lại.")
		}
		r.Revision, r.UpdatedAt, r.Default = current+1, t.nowText(), false
		if _, err := t.ExecContext(ctx, `INSERT INTO reception_rules (id, decision_number, decision_date, body, revision, updated_at)
			VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET decision_number = excluded.decision_number,
			decision_date = excluded.decision_date, body = excluded.body, revision = excluded.revision,
			updated_at = excluded.updated_at`, r.DecisionNumber, r.DecisionDate, r.Text, r.Revision, r.UpdatedAt); err != nil {
			return err
		}
		action := "update"
		var before any = old
		if old == nil {
			action, before = "create", nil
		}
		return t.audit(ctx, actor, action, auditReceptionRules, "1", before, r)
	})
	if err != nil {
		return nil, internal(err)
	}
	return &r, nil
}

// RefusalNoticeRef is a Thông báo từ chối tiếp công dân in the register.
type RefusalNoticeRef struct {
	ID      int64  `json:"id"`
	VisitID int64  `json:"visitId"`
	Year    int    `json:"year"`
	Number  int    `json:"number"`
	Date    string `json:"date"`
}

func scanNotice(r rowScanner) (*RefusalNoticeRef, error) {
	var n RefusalNoticeRef
	err := r.Scan(&n.ID, &n.VisitID, &n.Year, &n.Number, &n.Date)
	return &n, err
}

const noticeQuery = `SELECT id, visit_id, year, number, date FROM refusal_notice WHERE visit_id = ?`

// IssueRefusalNotice registers the refusal notice of visit, or finds the
// one already registered, and calls render with it inside the transaction:
// when render fails nothing is written. A new notice is dated date (ISO)
// and numbered number in the year of that date, or the year's next number
// when number is 0. A reprint keeps its number and date; asking for another
// number is a Conflict. The print is audited, and a new notice besides.
//
// Errors: Invalid (a bad date); Conflict (the number is taken in the year,
// or the notice already has another); whatever render returns.
func (s *Store) IssueRefusalNotice(ctx context.Context, actor string, visit int64, number int, date string,
	render func(RefusalNoticeRef) error) (*RefusalNoticeRef, error) {
	var out *RefusalNoticeRef
	err := s.write(ctx, func(t *tx) error {
		n, err := scanNotice(t.QueryRowContext(ctx, noticeQuery, visit))
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if n, err = t.addRefusalNotice(ctx, actor, visit, number, date); err != nil {
				return err
			}
		case err != nil:
			return err
		case number != 0 && number != n.Number:
			return &domain.Error{Kind: domain.Conflict, Fields: map[string]string{"number": fmt.Sprintf("Đã cấp số %02d", n.Number)},
				Message: fmt.Sprintf("Thông báo từ chối tiếp của lượt tiếp này đã được cấp số %02d ngày %s; in lại giữ nguyên số đó.", n.Number, dmy(n.Date))}
		}
		if err := render(*n); err != nil {
			return err
		}
		out = n
		return t.audit(ctx, actor, "print", auditVisit, fmt.Sprint(visit), nil,
			map[string]any{"form": "01/TCD", "number": n.Number, "year": n.Year})
	})
	if err != nil {
		return nil, internal(err)
	}
	return out, nil
}

// addRefusalNotice registers a new notice of visit inside t.
func (t *tx) addRefusalNotice(ctx context.Context, actor string, visit int64, number int, date string) (*RefusalNoticeRef, error) {
	if len(date) != 10 {
		return nil, &domain.Error{Kind: domain.Invalid, Message: "Ngày thông báo không hợp lệ.", Fields: map[string]string{"date": "Ngày không hợp lệ"}}
	}
	year, err := strconv.Atoi(date[:4])
	if err != nil {
		return nil, &domain.Error{Kind: domain.Invalid, Message: "Ngày thông báo không hợp lệ.", Fields: map[string]string{"date": "Ngày không hợp lệ"}}
	}
	n := &RefusalNoticeRef{VisitID: visit, Year: year, Number: number, Date: date}
	if number == 0 {
		if err := t.QueryRowContext(ctx, `SELECT COALESCE(MAX(number), 0) + 1 FROM refusal_notice WHERE year = ?`, year).Scan(&n.Number); err != nil {
			return nil, err
		}
	} else {
		var used int
		if err := t.QueryRowContext(ctx, `SELECT COUNT(*) FROM refusal_notice WHERE year = ? AND number = ?`, year, number).Scan(&used); err != nil {
			return nil, err
		}
		if used > 0 {
			return nil, &domain.Error{Kind: domain.Conflict, Fields: map[string]string{"number": "Số này đã dùng trong năm"},
				Message: fmt.Sprintf("Số %02d/%d đã được cấp cho một thông báo từ chối tiếp khác. Vui lòng để trống để lấy số tiếp theo.", number, year)}
		}
	}
	res, err := t.ExecContext(ctx, `INSERT INTO refusal_notice (visit_id, year, number, date, created_at) VALUES (?, ?, ?, ?, ?)`,
		visit, n.Year, n.Number, n.Date, t.nowText())
	if err != nil {
		return nil, err
	}
	if n.ID, err = res.LastInsertId(); err != nil {
		return nil, err
	}
	return n, t.audit(ctx, actor, "create", auditRefusalNotice, fmt.Sprint(n.ID), nil, n)
}

// MarkReplied records that the citizen of visit id was answered on date
// (ISO; "" clears it), how in note, with its audit entry, and returns the
// visit.
//
// Errors: NotFound.
func (s *Store) MarkReplied(ctx context.Context, actor string, id int64, date, note string) (*StoredVisit, error) {
	err := s.write(ctx, func(t *tx) error {
		var oldDate, oldNote string
		var rev int64
		err := t.QueryRowContext(ctx, `SELECT replied_on, reply_note, revision FROM visit WHERE id = ?`, id).Scan(&oldDate, &oldNote, &rev)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Errorf(domain.NotFound, "Không tìm thấy lượt tiếp.")
		}
		if err != nil {
			return err
		}
		if _, err := t.ExecContext(ctx, `UPDATE visit SET replied_on = ?, reply_note = ?, revision = ?, updated_at = ? WHERE id = ?`,
			date, note, rev+1, t.nowText(), id); err != nil {
			return err
		}
		return t.audit(ctx, actor, "reply", auditVisit, fmt.Sprint(id),
			map[string]any{"repliedOn": oldDate, "replyNote": oldNote}, map[string]any{"repliedOn": date, "replyNote": note})
	})
	if err != nil {
		return nil, internal(err)
	}
	return s.Visit(ctx, id)
}

// dmy writes an ISO date as dd/mm/yyyy for a message.
func dmy(iso string) string {
	if len(iso) != 10 {
		return iso
	}
	return iso[8:] + "/" + iso[5:7] + "/" + iso[:4]
}
