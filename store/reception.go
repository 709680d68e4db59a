package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"tiepdan/app/domain"
)

// Audit entities of the reception logbook.
const (
	auditReceptionSession = "reception_session"
	auditVisit            = "visit"
)

const sessionColumns = `id, kind, date, place, presided_by, participants, conclusion, revision, updated_at`

func scanSession(r rowScanner) (*domain.ReceptionSession, error) {
	var s domain.ReceptionSession
	var kind string
	err := r.Scan(&s.ID, &kind, &s.Date, &s.Place, &s.PresidedBy, &s.Participants, &s.Conclusion, &s.Revision, &s.UpdatedAt)
	s.Kind = domain.SessionKind(kind)
	return &s, err
}

// SaveSession creates (ID 0) or updates a sitting; Revision must be the one
// read.
//
// Errors: NotFound; Conflict for a stale revision.
func (s *Store) SaveSession(ctx context.Context, actor string, in domain.ReceptionSession) (*domain.ReceptionSession, error) {
	err := s.write(ctx, func(t *tx) error {
		var old *domain.ReceptionSession
		if in.ID != 0 {
			o, err := scanSession(t.QueryRowContext(ctx, `SELECT `+sessionColumns+` FROM reception_session WHERE id = ?`, in.ID))
			if errors.Is(err, sql.ErrNoRows) {
				return domain.Errorf(domain.NotFound, "Không tìm thấy kỳ tiếp.")
			}
			if err != nil {
				return err
			}
			if o.Revision != in.Revision {
				return domain.Errorf(domain.Conflict, "Kỳ tiếp vừa được người khác cập nhật. Vui lòng tải lại rồi sửa lại.")
			}
			old = o
		}
		in.Revision++
		in.UpdatedAt = t.nowText()
		if old == nil {
			res, err := t.ExecContext(ctx, `INSERT INTO reception_session (kind, date, place, presided_by, participants,
				conclusion, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				string(in.Kind), in.Date, in.Place, in.PresidedBy, in.Participants, in.Conclusion, in.Revision, in.UpdatedAt, in.UpdatedAt)
			if err != nil {
				return err
			}
			if in.ID, err = res.LastInsertId(); err != nil {
				return err
			}
			return t.audit(ctx, actor, "create", auditReceptionSession, fmt.Sprint(in.ID), nil, in)
		}
		if _, err := t.ExecContext(ctx, `UPDATE reception_session SET kind = ?, date = ?, place = ?, presided_by = ?,
			participants = ?, conclusion = ?, revision = ?, updated_at = ? WHERE id = ?`,
			string(in.Kind), in.Date, in.Place, in.PresidedBy, in.Participants, in.Conclusion, in.Revision, in.UpdatedAt, in.ID); err != nil {
			return err
		}
		return t.audit(ctx, actor, "update", auditReceptionSession, fmt.Sprint(in.ID), old, in)
	})
	if err != nil {
		return nil, internal(err)
	}
	return &in, nil
}

// FindSessions filters sittings; empty fields mean "any".
type FindSessions struct {
	From, To string // ISO dates, inclusive
	Kind     domain.SessionKind
}

// Sessions returns the sittings matching f, newest first.
func (s *Store) Sessions(ctx context.Context, f FindSessions) ([]domain.ReceptionSession, error) {
	q := `SELECT ` + sessionColumns + ` FROM reception_session WHERE 1 = 1`
	var args []any
	if f.From != "" {
		q += ` AND date >= ?`
		args = append(args, f.From)
	}
	if f.To != "" {
		q += ` AND date <= ?`
		args = append(args, f.To)
	}
	if f.Kind != "" {
		q += ` AND kind = ?`
		args = append(args, string(f.Kind))
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY date DESC, id DESC`, args...)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	out := []domain.ReceptionSession{}
	for rows.Next() {
		x, err := scanSession(rows)
		if err != nil {
			return nil, internal(err)
		}
		out = append(out, *x)
	}
	return out, internal(rows.Err())
}

// StoredCitizen is a citizen as the store keeps it: for a protected one the
// identifying fields are empty and Sealed holds them encrypted; BlindName and
// BlindID are keyed indexes of the folded name and number; Folded is the
// searchable text of an unprotected one ("" for a protected one).
type StoredCitizen struct {
	domain.Citizen
	Sealed    []byte
	BlindName string
	BlindID   string
	Folded    string
}

// StoredVisit is a visit with its citizens as stored, and, when one is
// issued with it, its receipt.
type StoredVisit struct {
	domain.Visit
	People  []StoredCitizen
	Receipt *StoredReceipt
	// RepliedOn is the ISO date the citizen was answered ("" while owed),
	// ReplyNote how (MarkReplied); SaveVisit leaves both as they are.
	RepliedOn, ReplyNote string
	// Receipts are the numbers of the receipts issued with the visit, and
	// Notice its refusal notice once issued (read only).
	Receipts []ReceiptNumber
	Notice   *RefusalNoticeRef
}

// ReceiptNumber is a stored receipt's id and number in its year.
type ReceiptNumber struct {
	ID     int64 `json:"id"`
	Year   int   `json:"year"`
	Number int   `json:"number"`
}

// StoredReceipt is a giấy biên nhận as stored: its body is the receipt's
// JSON, sealed when its provider is protected. SaveVisit assigns Year and
// Number and sets them on Body through Number's callback.
type StoredReceipt struct {
	ID     int64
	Year   int
	Number int
	Sealed bool
	// Build returns the body for the assigned number (the number is printed).
	Build func(number int) ([]byte, error) `json:"-"`
	Body  []byte
}

const visitColumns = `v.id, v.session_id, v.year, v.number, v.received_at, v.people_count, v.summary, v.content_kind,
	v.field, v.resolved_by, v.within_competence, v.outcome, v.guide_body, v.guide_doc, v.transfer_body, v.transfer_doc,
	v.refusal_ground, v.reply_due, v.reply_citation, v.notice_due, v.notice_citation, COALESCE(v.matter_id, 0), v.notes,
	v.revision, v.updated_at,
	(SELECT COUNT(*) FROM visit w WHERE w.matter_id = v.matter_id AND (w.received_at < v.received_at
		OR (w.received_at = v.received_at AND w.id <= v.id))),
	v.replied_on, v.reply_note,
	(SELECT json_group_array(json_object('id', r.id, 'year', r.year, 'number', r.number)) FROM receipt r WHERE r.visit_id = v.id),
	COALESCE((SELECT json_object('id', n.id, 'visitId', n.visit_id, 'year', n.year, 'number', n.number, 'date', n.date)
		FROM refusal_notice n WHERE n.visit_id = v.id), '')`

func scanVisit(r rowScanner) (*StoredVisit, error) {
	var v StoredVisit
	var kind, outcome, receipts, notice string
	err := r.Scan(&v.ID, &v.SessionID, &v.Year, &v.Number, &v.ReceivedAt, &v.PeopleCount, &v.Summary, &kind,
		&v.Field, &v.ResolvedBy, &v.WithinCompetence, &outcome, &v.GuideBody, &v.GuideDoc, &v.TransferBody, &v.TransferDoc,
		&v.RefusalGround, &v.ReplyDue, &v.ReplyCitation, &v.NoticeDue, &v.NoticeCitation, &v.MatterID, &v.Notes,
		&v.Revision, &v.UpdatedAt, &v.VisitOrdinal, &v.RepliedOn, &v.ReplyNote, &receipts, &notice)
	if err != nil {
		return nil, err
	}
	v.Kind, v.Outcome = domain.ContentKind(kind), domain.Outcome(outcome)
	v.IsGroup = v.PeopleCount >= domain.GroupThreshold
	if err := json.Unmarshal([]byte(receipts), &v.Receipts); err != nil {
		return nil, err
	}
	if notice != "" {
		v.Notice = &RefusalNoticeRef{}
		if err := json.Unmarshal([]byte(notice), v.Notice); err != nil {
			return nil, err
		}
	}
	return &v, nil
}

// SaveVisit creates (ID 0) or updates a visit with its citizens, in one
// transaction with its audit entry (which records the stored form, never a
// protected citizen's identity). A new visit gets the next serial number of
// its year; with MatterID 0 it starts a new matter titled by its summary.
//
// Errors: NotFound (visit, sitting or matter); Conflict for a stale revision.
func (s *Store) SaveVisit(ctx context.Context, actor string, in StoredVisit) (*StoredVisit, error) {
	err := s.write(ctx, func(t *tx) error {
		var n int
		if err := t.QueryRowContext(ctx, `SELECT COUNT(*) FROM reception_session WHERE id = ?`, in.SessionID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return &domain.Error{Kind: domain.NotFound, Message: "Không tìm thấy kỳ tiếp.", Fields: map[string]string{"sessionId": "Không tìm thấy kỳ tiếp"}}
		}
		received, err := time.Parse(time.RFC3339, in.ReceivedAt)
		if err != nil {
			return &domain.Error{Kind: domain.Invalid, Message: "Thời gian tiếp không hợp lệ.", Fields: map[string]string{"receivedAt": "Thời gian tiếp không hợp lệ"}}
		}
		if in.MatterID == 0 {
			title := []rune(strings.SplitN(in.Summary, "\n", 2)[0])
			if len(title) > 120 {
				title = append(title[:117], '…')
			}
			res, err := t.ExecContext(ctx, `INSERT INTO matter (title, created_at) VALUES (?, ?)`, string(title), t.nowText())
			if err != nil {
				return err
			}
			if in.MatterID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else if err := t.QueryRowContext(ctx, `SELECT COUNT(*) FROM matter WHERE id = ?`, in.MatterID).Scan(&n); err != nil {
			return err
		} else if n == 0 {
			return &domain.Error{Kind: domain.NotFound, Message: "Không tìm thấy vụ việc.", Fields: map[string]string{"matterId": "Không tìm thấy vụ việc"}}
		}
		var old *StoredVisit
		if in.ID == 0 {
			in.Year = received.Year()
			if err := t.QueryRowContext(ctx, `SELECT COALESCE(MAX(number), 0) + 1 FROM visit WHERE year = ?`, in.Year).Scan(&in.Number); err != nil {
				return err
			}
		} else {
			o, err := scanVisit(t.QueryRowContext(ctx, `SELECT `+visitColumns+` FROM visit v WHERE v.id = ?`, in.ID))
			if errors.Is(err, sql.ErrNoRows) {
				return domain.Errorf(domain.NotFound, "Không tìm thấy lượt tiếp.")
			}
			if err != nil {
				return err
			}
			if o.Revision != in.Revision {
				return domain.Errorf(domain.Conflict, "Lượt tiếp vừa được người khác cập nhật. Vui lòng tải lại rồi sửa lại.")
			}
			if o.People, err = t.citizens(ctx, o.ID); err != nil {
				return err
			}
			old = o
			in.Year, in.Number = o.Year, o.Number
		}
		in.Revision++
		in.UpdatedAt = t.nowText()
		args := []any{in.SessionID, in.Year, in.Number, in.ReceivedAt, in.PeopleCount, in.Summary, string(in.Kind), in.Field,
			in.ResolvedBy, in.WithinCompetence, string(in.Outcome), in.GuideBody, in.GuideDoc, in.TransferBody, in.TransferDoc,
			in.RefusalGround, in.ReplyDue, in.ReplyCitation, in.NoticeDue, in.NoticeCitation, in.MatterID, in.Notes,
			in.Revision, in.UpdatedAt}
		if old == nil {
			res, err := t.ExecContext(ctx, `INSERT INTO visit (session_id, year, number, received_at, people_count, summary,
				content_kind, field, resolved_by, within_competence, outcome, guide_body, guide_doc, transfer_body, transfer_doc,
				refusal_ground, reply_due, reply_citation, notice_due, notice_citation, matter_id, notes, revision, updated_at,
				created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				append(args, in.UpdatedAt)...)
			if err != nil {
				return err
			}
			if in.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			if _, err := t.ExecContext(ctx, `UPDATE visit SET session_id = ?, year = ?, number = ?, received_at = ?,
				people_count = ?, summary = ?, content_kind = ?, field = ?, resolved_by = ?, within_competence = ?, outcome = ?,
				guide_body = ?, guide_doc = ?, transfer_body = ?, transfer_doc = ?, refusal_ground = ?, reply_due = ?,
				reply_citation = ?, notice_due = ?, notice_citation = ?, matter_id = ?, notes = ?, revision = ?, updated_at = ?
				WHERE id = ?`, append(args, in.ID)...); err != nil {
				return err
			}
			for _, q := range []string{`DELETE FROM visit_citizen WHERE visit_id = ?`, `DELETE FROM citizen_fts WHERE visit_id = ?`} {
				if _, err := t.ExecContext(ctx, q, in.ID); err != nil {
					return err
				}
			}
		}
		for i, c := range in.People {
			if _, err := t.ExecContext(ctx, `INSERT INTO visit_citizen (visit_id, position, name, id_kind, id_number,
				id_issue_date, id_issue_place, id_description, birth_date, address, phone, representative, protected, sealed,
				blind_name, blind_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				in.ID, i, c.Name, c.IDKind, c.IDNumber, c.IDIssueDate, c.IDIssuePlace, c.IDDescription, c.BirthDate,
				c.Address, c.Phone, c.Representative, c.Protected, c.Sealed, c.BlindName, c.BlindID); err != nil {
				return err
			}
			if c.Folded != "" {
				if _, err := t.ExecContext(ctx, `INSERT INTO citizen_fts (folded, visit_id, position) VALUES (?, ?, ?)`,
					c.Folded, in.ID, i); err != nil {
					return err
				}
			}
		}
		action := "create"
		var before any
		if old != nil {
			action, before = "update", auditForm(old)
		}
		if err := t.audit(ctx, actor, action, auditVisit, fmt.Sprint(in.ID), before, auditForm(&in)); err != nil {
			return err
		}
		if in.Receipt != nil {
			return t.addReceipt(ctx, actor, in.ID, received.Year(), in.Receipt)
		}
		return nil
	})
	if err != nil {
		return nil, internal(err)
	}
	out, err := s.Visit(ctx, in.ID)
	if err != nil {
		return nil, err
	}
	out.Receipt = in.Receipt
	return out, nil
}

// auditForm is what the audit log records of a visit: its stored form, where
// a protected citizen is only "protected" (never the sealed bytes or indexes).
func auditForm(v *StoredVisit) any {
	out := v.Visit
	out.Citizens = make([]domain.Citizen, len(v.People))
	for i, c := range v.People {
		out.Citizens[i] = c.Citizen
	}
	return out
}

// citizens reads the citizens of visit id inside t.
func (t *tx) citizens(ctx context.Context, id int64) ([]StoredCitizen, error) {
	return readCitizens(ctx, t.Tx, id)
}

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// peopleMatch is the condition that finds the records (idCol) a search
// names: a fragment of the folded text indexed in ftsTable, or a protected
// person's whole name or number through the blind indexes of peopleTable
// (keyed by key); "" when nothing is searched.
func peopleMatch(idCol, ftsTable, peopleTable, key, text, blindName, blindID string) (string, []any) {
	var or []string
	var args []any
	if text != "" {
		or = append(or, idCol+` IN (SELECT `+key+` FROM `+ftsTable+` WHERE `+ftsTable+` MATCH ?)`)
		args = append(args, ftsQuery(text))
	}
	if blindName != "" {
		or = append(or, idCol+` IN (SELECT `+key+` FROM `+peopleTable+` WHERE blind_name = ?)`)
		args = append(args, blindName)
	}
	if blindID != "" {
		or = append(or, idCol+` IN (SELECT `+key+` FROM `+peopleTable+` WHERE blind_id = ?)`)
		args = append(args, blindID)
	}
	if len(or) == 0 {
		return "", nil
	}
	return `(` + strings.Join(or, ` OR `) + `)`, args
}

// readCitizens reads the citizens of visit id, in order.
func readCitizens(ctx context.Context, q querier, id int64) ([]StoredCitizen, error) {
	return readPeople(ctx, q, "visit_citizen", "visit_id", id)
}

// Visit returns visit id with its citizens as stored.
//
// Errors: NotFound.
func (s *Store) Visit(ctx context.Context, id int64) (*StoredVisit, error) {
	v, err := scanVisit(s.db.QueryRowContext(ctx, `SELECT `+visitColumns+` FROM visit v WHERE v.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy lượt tiếp.")
	}
	if err != nil {
		return nil, internal(err)
	}
	if v.People, err = readCitizens(ctx, s.db, id); err != nil {
		return nil, internal(err)
	}
	return v, nil
}

// FindVisits filters the logbook; empty fields mean "any".
type FindVisits struct {
	From, To    string // ISO dates of received_at, inclusive
	Kind        domain.ContentKind
	Outcome     domain.Outcome
	SessionKind domain.SessionKind
	GroupOnly   bool
	// Text is a folded query matched against unprotected citizens' names,
	// numbers and addresses (each word a prefix) and against the summary.
	Text string
	// BlindName and BlindID find protected citizens by keyed index (exact).
	BlindName, BlindID string
	Limit, Offset      int
}

// Visits returns the visits matching f, newest first, and how many match.
func (s *Store) Visits(ctx context.Context, f FindVisits) ([]StoredVisit, int, error) {
	where := ` FROM visit v JOIN reception_session rs ON rs.id = v.session_id WHERE 1 = 1`
	var args []any
	add := func(cond string, a ...any) { where += ` AND ` + cond; args = append(args, a...) }
	if f.From != "" {
		add(`substr(v.received_at, 1, 10) >= ?`, f.From)
	}
	if f.To != "" {
		add(`substr(v.received_at, 1, 10) <= ?`, f.To)
	}
	if f.Kind != "" {
		add(`v.content_kind = ?`, string(f.Kind))
	}
	if f.Outcome != "" {
		add(`v.outcome = ?`, string(f.Outcome))
	}
	if f.SessionKind != "" {
		add(`rs.kind = ?`, string(f.SessionKind))
	}
	if f.GroupOnly {
		add(`v.people_count >= ?`, domain.GroupThreshold)
	}
	if cond, a := peopleMatch("v.id", "citizen_fts", "visit_citizen", "visit_id", f.Text, f.BlindName, f.BlindID); cond != "" {
		where += ` AND ` + cond
		args = append(args, a...)
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*)`+where, args...).Scan(&total); err != nil {
		return nil, 0, internal(err)
	}
	limit := f.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+visitColumns+where+` ORDER BY v.received_at DESC, v.id DESC LIMIT ? OFFSET ?`,
		append(args, limit, f.Offset)...)
	if err != nil {
		return nil, 0, internal(err)
	}
	var out []StoredVisit
	for rows.Next() {
		v, err := scanVisit(rows)
		if err != nil {
			rows.Close()
			return nil, 0, internal(err)
		}
		out = append(out, *v)
	}
	rows.Close()
	for i := range out {
		if out[i].People, err = readCitizens(ctx, s.db, out[i].ID); err != nil {
			return nil, 0, internal(err)
		}
	}
	return out, total, nil
}

// ftsQuery turns folded words into an FTS5 query: every word a prefix, all
// required. Only letters and digits are kept — the tokenizer drops the rest
// anyway — so nothing typed can be FTS5 syntax (quotes, NUL, NEAR, column
// filters); each word is quoted besides. A query with no word matches
// nothing.
func ftsQuery(folded string) string {
	clean := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, folded)
	var parts []string
	for _, w := range strings.Fields(clean) {
		parts = append(parts, `"`+w+`"*`)
	}
	if len(parts) == 0 {
		return `""`
	}
	return strings.Join(parts, " ")
}
