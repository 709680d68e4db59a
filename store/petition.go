package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"tiepdan/app/domain"
)

// Audit entities of the petition register.
const (
	auditPetition       = "petition"
	auditPetitionAction = "petition_action"
	auditAttachment     = "petition_attachment"
)

// StoredPetition is a petition with its petitioners as stored (see
// StoredCitizen: a protected one is sealed). Protected says its petitioners
// and scans are sealed: a tố cáo, or a petitioner marked giữ bí mật.
type StoredPetition struct {
	domain.Petition
	People    []StoredCitizen
	Protected bool
}

// handledExpr is true for a petition with a closing handling action: every
// action but đôn đốc and the reply received ends the xử lý đơn stage
// (domain.ActionKind.Closes).
const handledExpr = `EXISTS (SELECT 1 FROM petition_action a WHERE a.petition_id = p.id
	AND a.kind NOT IN ('urge', 'reply-received'))`

const petitionColumns = `p.id, p.year, p.number, p.received_on, p.source, COALESCE(p.visit_id, 0), p.forwarding_body,
	p.forwarding_category, p.forwarding_doc, p.forwarding_doc_date, p.filer_kind, p.people_count, p.respondent,
	p.place_arose, p.kind, p.field, p.summary, p.protected, p.eligible, p.ineligible_reason, p.ineligible_note,
	p.within_competence, p.prior_status, COALESCE(p.duplicate_of, 0), p.matter_id, p.notes, p.handling_due,
	p.handling_rule, p.handling_citation, p.revision, p.updated_at, ` + handledExpr + `,
	COALESCE((SELECT a.kind FROM petition_action a WHERE a.petition_id = p.id AND a.kind NOT IN ('urge', 'reply-received')
		ORDER BY a.date DESC, a.id DESC LIMIT 1), ''),
	COALESCE((SELECT c.id FROM legal_case c WHERE c.petition_id = p.id), 0)`

func scanPetition(r rowScanner) (*StoredPetition, error) {
	var p StoredPetition
	var source, category, filer, kind, field, reason, prior, handledBy string
	err := r.Scan(&p.ID, &p.Year, &p.Number, &p.ReceivedOn, &source, &p.VisitID, &p.ForwardingBody, &category,
		&p.ForwardingDoc, &p.ForwardingDocDate, &filer, &p.PeopleCount, &p.Respondent, &p.PlaceArose, &kind, &field,
		&p.Summary, &p.Protected, &p.Eligible, &reason, &p.IneligibleNote, &p.WithinCompetence, &prior, &p.DuplicateOf,
		&p.MatterID, &p.Notes, &p.HandlingDue, &p.HandlingRule, &p.HandlingCitation, &p.Revision, &p.UpdatedAt,
		&p.Handled, &handledBy, &p.CaseID)
	p.HandledBy = domain.ActionKind(handledBy)
	p.Source, p.ForwardingCategory, p.FilerKind = domain.PetitionSource(source), domain.ForwardingCategory(category), domain.FilerKind(filer)
	p.Kind, p.Field, p.IneligibleReason = domain.ContentKind(kind), domain.Field(field), domain.IneligibleReason(reason)
	p.PriorStatus = domain.PriorStatus(prior)
	return &p, err
}

// SavePetition creates (ID 0) or updates a petition with its petitioners,
// in one transaction with its audit entry (which records the stored form,
// never a protected identity). The receipt number is the next of the year
// of ReceivedOn unless one is given; a number already used that year is
// refused beside the field. Unless a matter is given, a petition marked as
// the duplicate of another joins the other's matter, and one handed in at a
// visit the visit's; otherwise it starts a new one titled by its summary.
//
// Errors: Invalid (number taken); NotFound (petition, visit, original or
// matter); Conflict for a stale revision.
func (s *Store) SavePetition(ctx context.Context, actor string, in StoredPetition) (*StoredPetition, error) {
	err := s.write(ctx, func(t *tx) error {
		if len(in.ReceivedOn) < 4 {
			return fieldError(domain.Invalid, "receivedOn", "Ngày nhận đơn không hợp lệ")
		}
		year, err := strconv.Atoi(in.ReceivedOn[:4])
		if err != nil {
			return fieldError(domain.Invalid, "receivedOn", "Ngày nhận đơn không hợp lệ")
		}
		if in.VisitID != 0 {
			if ok, err := t.exists(ctx, `SELECT COUNT(*) FROM visit WHERE id = ?`, in.VisitID); err != nil || !ok {
				return orNotFound(err, "visitId", "Không tìm thấy lượt tiếp")
			}
		}
		if in.DuplicateOf != 0 {
			var matter int64
			err := t.QueryRowContext(ctx, `SELECT matter_id FROM petition WHERE id = ?`, in.DuplicateOf).Scan(&matter)
			if errors.Is(err, sql.ErrNoRows) {
				return fieldError(domain.NotFound, "duplicateOf", "Không tìm thấy đơn được đánh dấu trùng")
			}
			if err != nil {
				return err
			}
			if in.MatterID == 0 {
				in.MatterID = matter
			}
		}
		if in.VisitID != 0 && in.MatterID == 0 {
			// A đơn handed in at reception belongs to the visit's matter.
			var matter sql.NullInt64
			if err := t.QueryRowContext(ctx, `SELECT matter_id FROM visit WHERE id = ?`, in.VisitID).Scan(&matter); err != nil {
				return err
			}
			in.MatterID = matter.Int64
		}
		if err := t.ensureMatter(ctx, &in.MatterID, in.Summary); err != nil {
			return err
		}
		var old *StoredPetition
		if in.ID != 0 {
			o, err := t.petition(ctx, in.ID)
			if err != nil {
				return err
			}
			if o.Revision != in.Revision {
				return domain.Errorf(domain.Conflict, "Đơn vừa được người khác cập nhật. Vui lòng tải lại rồi sửa lại.")
			}
			old = o
			if in.Number == 0 && o.Year == year {
				in.Number = o.Number
			}
		}
		in.Year = year
		if in.Number == 0 {
			if err := t.QueryRowContext(ctx, `SELECT COALESCE(MAX(number), 0) + 1 FROM petition WHERE year = ?`, year).Scan(&in.Number); err != nil {
				return err
			}
		} else if taken, err := t.exists(ctx, `SELECT COUNT(*) FROM petition WHERE year = ? AND number = ? AND id <> ?`,
			year, in.Number, in.ID); err != nil {
			return err
		} else if taken {
			return fieldError(domain.Invalid, "number", fmt.Sprintf("Số đơn %d/%d đã có trong sổ", in.Number, year))
		}
		in.Revision++
		in.UpdatedAt = t.nowText()
		args := []any{in.Year, in.Number, in.ReceivedOn, string(in.Source), nullID(in.VisitID), in.ForwardingBody,
			string(in.ForwardingCategory), in.ForwardingDoc, in.ForwardingDocDate, string(in.FilerKind), in.PeopleCount,
			in.Respondent, in.PlaceArose, string(in.Kind), string(in.Field), in.Summary, in.Protected, in.Eligible,
			string(in.IneligibleReason), in.IneligibleNote, in.WithinCompetence, string(in.PriorStatus), nullID(in.DuplicateOf),
			in.MatterID, in.Notes, in.HandlingDue, in.HandlingRule, in.HandlingCitation, in.Revision, in.UpdatedAt}
		if old == nil {
			res, err := t.ExecContext(ctx, `INSERT INTO petition (year, number, received_on, source, visit_id, forwarding_body,
				forwarding_category, forwarding_doc, forwarding_doc_date, filer_kind, people_count, respondent, place_arose, kind,
				field, summary, protected, eligible, ineligible_reason, ineligible_note, within_competence, prior_status,
				duplicate_of, matter_id, notes, handling_due, handling_rule, handling_citation, revision, updated_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				append(args, in.UpdatedAt)...)
			if err != nil {
				return err
			}
			if in.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			if _, err := t.ExecContext(ctx, `UPDATE petition SET year = ?, number = ?, received_on = ?, source = ?, visit_id = ?,
				forwarding_body = ?, forwarding_category = ?, forwarding_doc = ?, forwarding_doc_date = ?, filer_kind = ?,
				people_count = ?, respondent = ?, place_arose = ?, kind = ?, field = ?, summary = ?, protected = ?, eligible = ?,
				ineligible_reason = ?, ineligible_note = ?, within_competence = ?, prior_status = ?, duplicate_of = ?,
				matter_id = ?, notes = ?, handling_due = ?, handling_rule = ?, handling_citation = ?, revision = ?, updated_at = ?
				WHERE id = ?`, append(args, in.ID)...); err != nil {
				return err
			}
			for _, q := range []string{`DELETE FROM petition_citizen WHERE petition_id = ?`, `DELETE FROM petition_fts WHERE petition_id = ?`} {
				if _, err := t.ExecContext(ctx, q, in.ID); err != nil {
					return err
				}
			}
		}
		if err := t.writePetitioners(ctx, in.ID, in.People, in.Summary); err != nil {
			return err
		}
		action := "create"
		var before any
		if old != nil {
			action, before = "update", petitionAuditForm(old)
		}
		return t.audit(ctx, actor, action, auditPetition, fmt.Sprint(in.ID), before, petitionAuditForm(&in))
	})
	if err != nil {
		return nil, internal(err)
	}
	return s.Petition(ctx, in.ID)
}

// writePetitioners inserts the petitioners of petition id and its search
// rows: one per unprotected petitioner, one for the summary (position -1).
func (t *tx) writePetitioners(ctx context.Context, id int64, people []StoredCitizen, summary string) error {
	for i, c := range people {
		if _, err := t.ExecContext(ctx, `INSERT INTO petition_citizen (petition_id, position, name, id_kind, id_number,
			id_issue_date, id_issue_place, id_description, birth_date, address, phone, representative, protected, sealed,
			blind_name, blind_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, c.Name, c.IDKind, c.IDNumber, c.IDIssueDate, c.IDIssuePlace, c.IDDescription, c.BirthDate,
			c.Address, c.Phone, c.Representative, c.Protected, c.Sealed, c.BlindName, c.BlindID); err != nil {
			return err
		}
		if c.Folded != "" {
			if _, err := t.ExecContext(ctx, `INSERT INTO petition_fts (folded, petition_id, position) VALUES (?, ?, ?)`,
				c.Folded, id, i); err != nil {
				return err
			}
		}
	}
	_, err := t.ExecContext(ctx, `INSERT INTO petition_fts (folded, petition_id, position) VALUES (?, ?, -1)`, domain.Fold(summary), id)
	return err
}

// ensureMatter checks that matter *id exists, or, when *id is 0, starts a
// new matter titled by the first line of summary.
func (t *tx) ensureMatter(ctx context.Context, id *int64, summary string) error {
	if *id != 0 {
		if ok, err := t.exists(ctx, `SELECT COUNT(*) FROM matter WHERE id = ?`, *id); err != nil || !ok {
			return orNotFound(err, "matterId", "Không tìm thấy vụ việc")
		}
		return nil
	}
	title := []rune(strings.SplitN(summary, "\n", 2)[0])
	if len(title) > 120 {
		title = append(title[:117], '…')
	}
	res, err := t.ExecContext(ctx, `INSERT INTO matter (title, created_at) VALUES (?, ?)`, string(title), t.nowText())
	if err != nil {
		return err
	}
	*id, err = res.LastInsertId()
	return err
}

// exists runs a COUNT(*) query inside t and reports whether it counted any.
func (t *tx) exists(ctx context.Context, q string, args ...any) (bool, error) {
	var n int
	err := t.QueryRowContext(ctx, q, args...).Scan(&n)
	return n > 0, err
}

// orNotFound returns err when a lookup failed, else NotFound beside field.
func orNotFound(err error, field, message string) error {
	if err != nil {
		return err
	}
	return fieldError(domain.NotFound, field, message)
}

// fieldError is an error of kind with message beside field.
func fieldError(kind domain.Kind, field, message string) error {
	return &domain.Error{Kind: kind, Message: message + ".", Fields: map[string]string{field: message}}
}

// nullID stores 0 as NULL for an optional reference.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// petitionAuditForm is what the audit log records of a petition: its stored
// form, where a protected petitioner is only "protected".
func petitionAuditForm(p *StoredPetition) any {
	out := p.Petition
	out.Petitioners = make([]domain.Citizen, len(p.People))
	for i, c := range p.People {
		out.Petitioners[i] = c.Citizen
	}
	out.Actions, out.Attachments = nil, nil
	return out
}

// petition reads petition id and its petitioners inside t.
func (t *tx) petition(ctx context.Context, id int64) (*StoredPetition, error) {
	p, err := scanPetition(t.QueryRowContext(ctx, `SELECT `+petitionColumns+` FROM petition p WHERE p.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy đơn.")
	}
	if err != nil {
		return nil, err
	}
	p.People, err = readPeople(ctx, t.Tx, "petition_citizen", "petition_id", id)
	return p, err
}

// readPeople reads the citizens of record id from table (visit_citizen or
// petition_citizen, keyed by column key), in order.
func readPeople(ctx context.Context, q querier, table, key string, id int64) ([]StoredCitizen, error) {
	rows, err := q.QueryContext(ctx, `SELECT name, id_kind, id_number, id_issue_date, id_issue_place, id_description,
		birth_date, address, phone, representative, protected, sealed, blind_name, blind_id
		FROM `+table+` WHERE `+key+` = ? ORDER BY position`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []StoredCitizen
	for rows.Next() {
		var c StoredCitizen
		if err := rows.Scan(&c.Name, &c.IDKind, &c.IDNumber, &c.IDIssueDate, &c.IDIssuePlace, &c.IDDescription,
			&c.BirthDate, &c.Address, &c.Phone, &c.Representative, &c.Protected, &c.Sealed, &c.BlindName, &c.BlindID); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Petition returns petition id with its petitioners as stored, its actions
// (oldest first) and its attachments.
//
// Errors: NotFound.
func (s *Store) Petition(ctx context.Context, id int64) (*StoredPetition, error) {
	p, err := scanPetition(s.db.QueryRowContext(ctx, `SELECT `+petitionColumns+` FROM petition p WHERE p.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy đơn.")
	}
	if err != nil {
		return nil, internal(err)
	}
	if p.People, err = readPeople(ctx, s.db, "petition_citizen", "petition_id", id); err != nil {
		return nil, internal(err)
	}
	if p.Actions, err = s.petitionActions(ctx, id); err != nil {
		return nil, internal(err)
	}
	if p.Attachments, err = s.attachmentInfos(ctx, id); err != nil {
		return nil, internal(err)
	}
	return p, nil
}

func (s *Store) petitionActions(ctx context.Context, id int64) ([]domain.PetitionAction, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, petition_id, kind, date, doc_number, body, note, created_by, created_at
		FROM petition_action WHERE petition_id = ? ORDER BY date, id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []domain.PetitionAction{}
	for rows.Next() {
		var a domain.PetitionAction
		var kind string
		if err := rows.Scan(&a.ID, &a.PetitionID, &kind, &a.Date, &a.DocNumber, &a.Body, &a.Note, &a.By, &a.CreatedAt); err != nil {
			return nil, err
		}
		a.Kind = domain.ActionKind(kind)
		out = append(out, a)
	}
	return out, rows.Err()
}

func (s *Store) attachmentInfos(ctx context.Context, id int64) ([]domain.AttachmentInfo, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, mime, size, created_at FROM petition_attachment
		WHERE petition_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []domain.AttachmentInfo{}
	for rows.Next() {
		var a domain.AttachmentInfo
		if err := rows.Scan(&a.ID, &a.Name, &a.MIME, &a.Size, &a.AddedAt); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// FindPetitions filters the register; empty fields mean "any".
type FindPetitions struct {
	From, To string // ISO dates of received_on, inclusive
	Kind     domain.ContentKind
	Source   domain.PetitionSource
	// Status is "pending" (no closing action), "handled", or "overdue"
	// (pending and HandlingDue before Today).
	Status string
	Today  string
	// Text is a folded query matched against unprotected petitioners' names,
	// numbers and addresses and against the summary (each word a prefix).
	Text string
	// BlindName and BlindID find protected petitioners by keyed index (exact).
	BlindName, BlindID string
	// PoliceOnly keeps group petitions (5 people or more) and those whose
	// case is complex: what the police liaison may see.
	PoliceOnly    bool
	Limit, Offset int
}

// policeFilter is FindPetitions.PoliceOnly as SQL on petition p.
const policeFilter = `(p.people_count >= ? OR EXISTS (SELECT 1 FROM legal_case c WHERE c.petition_id = p.id AND c.complexity <> ''))`

// Petitions returns the petitions matching f, newest first, with their
// petitioners (not their actions or attachments), and how many match.
func (s *Store) Petitions(ctx context.Context, f FindPetitions) ([]StoredPetition, int, error) {
	where := ` FROM petition p WHERE 1 = 1`
	var args []any
	add := func(cond string, a ...any) { where += ` AND ` + cond; args = append(args, a...) }
	if f.From != "" {
		add(`p.received_on >= ?`, f.From)
	}
	if f.To != "" {
		add(`p.received_on <= ?`, f.To)
	}
	if f.Kind != "" {
		add(`p.kind = ?`, string(f.Kind))
	}
	if f.Source != "" {
		add(`p.source = ?`, string(f.Source))
	}
	switch f.Status {
	case "pending":
		add(`NOT ` + handledExpr)
	case "handled":
		add(handledExpr)
	case "overdue":
		add(`NOT `+handledExpr+` AND p.handling_due <> '' AND p.handling_due < ?`, f.Today)
	}
	if f.PoliceOnly {
		add(policeFilter, domain.GroupThreshold)
	}
	if cond, a := peopleMatch("p.id", "petition_fts", "petition_citizen", "petition_id", f.Text, f.BlindName, f.BlindID); cond != "" {
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
	out, err := s.petitionRows(ctx, `SELECT `+petitionColumns+where+` ORDER BY p.received_on DESC, p.id DESC LIMIT ? OFFSET ?`,
		append(args, limit, max(f.Offset, 0))...)
	return out, total, err
}

// petitionRows runs a petition query and reads each row's petitioners.
func (s *Store) petitionRows(ctx context.Context, q string, args ...any) ([]StoredPetition, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, internal(err)
	}
	var out []StoredPetition
	for rows.Next() {
		p, err := scanPetition(rows)
		if err != nil {
			rows.Close()
			return nil, internal(err)
		}
		out = append(out, *p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, internal(err)
	}
	for i := range out {
		if out[i].People, err = readPeople(ctx, s.db, "petition_citizen", "petition_id", out[i].ID); err != nil {
			return nil, internal(err)
		}
	}
	return out, nil
}

// DuplicateProbe is what the duplicate check looks for: identity numbers in
// the clear and as keyed indexes, names as keyed indexes (protected
// petitioners), and folded words of the names and addresses and of the
// summary.
type DuplicateProbe struct {
	IDNumbers, BlindIDs, BlindNames []string
	PeopleWords, SummaryWords       []string
	ExcludeID                       int64
}

// duplicateCandidates bounds each way of finding candidates.
const duplicateCandidates = 40

// DuplicateCandidates returns the petitions that may repeat the probe, with
// their petitioners: those sharing an identity number or a protected name,
// and the best matches (bm25) of any of the people words and of any of the
// summary words. The caller scores them.
func (s *Store) DuplicateCandidates(ctx context.Context, q DuplicateProbe) ([]StoredPetition, error) {
	ids := map[int64]bool{}
	collect := func(query string, args ...any) error {
		rows, err := s.db.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			if id != q.ExcludeID {
				ids[id] = true
			}
		}
		return rows.Err()
	}
	for column, values := range map[string][]string{"id_number": q.IDNumbers, "blind_id": q.BlindIDs, "blind_name": q.BlindNames} {
		for _, v := range values {
			if v == "" {
				continue
			}
			if err := collect(`SELECT DISTINCT petition_id FROM petition_citizen WHERE `+column+` = ? LIMIT ?`, v, duplicateCandidates); err != nil {
				return nil, internal(err)
			}
		}
	}
	for _, probe := range []struct {
		words []string
		where string
	}{{q.PeopleWords, `position >= 0`}, {q.SummaryWords, `position = -1`}} {
		if len(probe.words) == 0 {
			continue
		}
		if err := collect(`SELECT petition_id FROM petition_fts WHERE petition_fts MATCH ? AND `+probe.where+`
			ORDER BY rank LIMIT ?`, ftsAny(probe.words), duplicateCandidates); err != nil {
			return nil, internal(err)
		}
	}
	if len(ids) == 0 {
		return []StoredPetition{}, nil
	}
	list := make([]string, 0, len(ids))
	args := make([]any, 0, len(ids))
	for id := range ids {
		list = append(list, "?")
		args = append(args, id)
	}
	return s.petitionRows(ctx, `SELECT `+petitionColumns+` FROM petition p WHERE p.id IN (`+strings.Join(list, ", ")+`)
		ORDER BY p.id`, args...)
}

// ftsAny is an FTS5 query matching any of the folded words (each quoted,
// whole word), built like ftsQuery so nothing typed is FTS5 syntax.
func ftsAny(words []string) string {
	var parts []string
	for _, w := range words {
		if q := ftsQuery(w); q != `""` {
			parts = append(parts, strings.TrimSuffix(q, "*"))
		}
	}
	if len(parts) == 0 {
		return `""`
	}
	return strings.Join(parts, " OR ")
}

// CountMatterTransfers counts the transfers (chuyển đơn) recorded on the
// petitions of kind in matter, for the rule that a tố cáo is transferred
// only once.
func (s *Store) CountMatterTransfers(ctx context.Context, matter int64, kind domain.ContentKind) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM petition_action a JOIN petition p ON p.id = a.petition_id
		WHERE p.matter_id = ? AND p.kind = ? AND a.kind = 'transfer'`, matter, string(kind)).Scan(&n)
	return n, internal(err)
}

// AddPetitionAction records action on petition id, read at revision, and,
// for a proposal to accept, creates newCase with it, in one transaction.
// The petition's revision moves on, so a stale form cannot overwrite what
// the action changed.
//
// Errors: NotFound; Conflict for a stale revision.
func (s *Store) AddPetitionAction(ctx context.Context, actor string, id, revision int64, action domain.PetitionAction,
	newCase *domain.Case) (*StoredPetition, error) {
	err := s.write(ctx, func(t *tx) error {
		var current int64
		err := t.QueryRowContext(ctx, `SELECT revision FROM petition WHERE id = ?`, id).Scan(&current)
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Errorf(domain.NotFound, "Không tìm thấy đơn.")
		}
		if err != nil {
			return err
		}
		if current != revision {
			return domain.Errorf(domain.Conflict, "Đơn vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.")
		}
		action.PetitionID, action.By, action.CreatedAt = id, actor, t.nowText()
		res, err := t.ExecContext(ctx, `INSERT INTO petition_action (petition_id, kind, date, doc_number, body, note,
			created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, string(action.Kind), action.Date, action.DocNumber,
			action.Body, action.Note, action.By, action.CreatedAt)
		if err != nil {
			return err
		}
		if action.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		if _, err := t.ExecContext(ctx, `UPDATE petition SET revision = revision + 1, updated_at = ? WHERE id = ?`,
			t.nowText(), id); err != nil {
			return err
		}
		if err := t.audit(ctx, actor, "create", auditPetitionAction, fmt.Sprint(action.ID), nil, action); err != nil {
			return err
		}
		if newCase != nil {
			newCase.PetitionID = id
			return t.insertCase(ctx, actor, newCase)
		}
		return nil
	})
	if err != nil {
		return nil, internal(err)
	}
	return s.Petition(ctx, id)
}

// StoredAttachment is a scan with its bytes, sealed to the vault key when
// Sealed.
type StoredAttachment struct {
	domain.AttachmentInfo
	PetitionID int64
	Sealed     bool
	Body       []byte
}

// AddAttachment stores a scan of petition a.PetitionID. The audit entry
// records its name, type and size, never its bytes.
//
// Errors: NotFound.
func (s *Store) AddAttachment(ctx context.Context, actor string, a StoredAttachment) (*domain.AttachmentInfo, error) {
	err := s.write(ctx, func(t *tx) error {
		if ok, err := t.exists(ctx, `SELECT COUNT(*) FROM petition WHERE id = ?`, a.PetitionID); err != nil || !ok {
			return orNotFound(err, "petitionId", "Không tìm thấy đơn")
		}
		a.AddedAt = t.nowText()
		res, err := t.ExecContext(ctx, `INSERT INTO petition_attachment (petition_id, name, mime, size, sealed, body,
			created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.PetitionID, a.Name, a.MIME, a.Size, a.Sealed, a.Body,
			actor, a.AddedAt)
		if err != nil {
			return err
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return t.audit(ctx, actor, "create", auditAttachment, fmt.Sprint(a.ID), nil, map[string]any{
			"petitionId": a.PetitionID, "name": a.Name, "mime": a.MIME, "size": a.Size, "sealed": a.Sealed})
	})
	if err != nil {
		return nil, internal(err)
	}
	return &a.AttachmentInfo, nil
}

// Attachment returns attachment id with its bytes as stored.
//
// Errors: NotFound.
func (s *Store) Attachment(ctx context.Context, id int64) (*StoredAttachment, error) {
	var a StoredAttachment
	err := s.db.QueryRowContext(ctx, `SELECT id, petition_id, name, mime, size, sealed, body, created_at
		FROM petition_attachment WHERE id = ?`, id).
		Scan(&a.ID, &a.PetitionID, &a.Name, &a.MIME, &a.Size, &a.Sealed, &a.Body, &a.AddedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy tệp đính kèm.")
	}
	if err != nil {
		return nil, internal(err)
	}
	return &a, nil
}
