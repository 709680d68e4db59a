package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"tiepdan/app/domain"
)

// Audit entities of the cases.
const (
	auditCase     = "legal_case"
	auditCaseStep = "case_step"
)

const caseColumns = `c.id, c.petition_id, c.matter_id, c.kind, c.remote, c.complexity, c.complexity_reasons, c.proposed_on,
	c.acceptance_due, c.acceptance_citation, c.status, c.accepted_on, c.acceptance_doc, c.resolution_due, c.resolution_rule,
	c.resolution_citation, c.decided_on, c.result, c.on_time, c.revision, c.updated_at`

func scanCase(r rowScanner, extra ...any) (*domain.Case, error) {
	var c domain.Case
	var kind, complexity, reasons, status, result string
	err := r.Scan(append([]any{&c.ID, &c.PetitionID, &c.MatterID, &kind, &c.Remote, &complexity, &reasons, &c.ProposedOn,
		&c.AcceptanceDue, &c.AcceptanceCitation, &status, &c.AcceptedOn, &c.AcceptanceDoc, &c.ResolutionDue, &c.ResolutionRule,
		&c.ResolutionCitation, &c.DecidedOn, &result, &c.OnTime, &c.Revision, &c.UpdatedAt}, extra...)...)
	if err != nil {
		return nil, err
	}
	c.Kind, c.Complexity, c.Status, c.Result = domain.CaseKind(kind), domain.Complexity(complexity), domain.CaseStatus(status), domain.Result(result)
	if err := json.Unmarshal([]byte(reasons), &c.ComplexityReasons); err != nil {
		return nil, err
	}
	if c.ComplexityReasons == nil {
		c.ComplexityReasons = []string{}
	}
	return &c, nil
}

// jsonText encodes v for a JSON column; nil slices become [].
func jsonText(v any) (string, error) {
	b, err := json.Marshal(v)
	if string(b) == "null" {
		return "[]", err
	}
	return string(b), err
}

// caseArgs are the derived columns of c, in the order of the UPDATE in
// AddCaseStep.
func caseArgs(c *domain.Case) ([]any, error) {
	reasons, err := jsonText(c.ComplexityReasons)
	if err != nil {
		return nil, err
	}
	return []any{string(c.Status), c.Remote, string(c.Complexity), reasons, c.AcceptedOn, c.AcceptanceDoc, c.ResolutionDue,
		c.ResolutionRule, c.ResolutionCitation, c.DecidedOn, string(c.Result), c.OnTime}, nil
}

// insertCase creates case c (proposed) inside t, with its audit entry.
func (t *tx) insertCase(ctx context.Context, actor string, c *domain.Case) error {
	if err := t.QueryRowContext(ctx, `SELECT matter_id FROM petition WHERE id = ?`, c.PetitionID).Scan(&c.MatterID); err != nil {
		return err
	}
	derived, err := caseArgs(c)
	if err != nil {
		return err
	}
	c.Revision, c.UpdatedAt = 1, t.nowText()
	res, err := t.ExecContext(ctx, `INSERT INTO legal_case (petition_id, matter_id, kind, proposed_on, acceptance_due,
		acceptance_citation, status, remote, complexity, complexity_reasons, accepted_on, acceptance_doc, resolution_due,
		resolution_rule, resolution_citation, decided_on, result, on_time, revision, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		append(append([]any{c.PetitionID, c.MatterID, string(c.Kind), c.ProposedOn, c.AcceptanceDue, c.AcceptanceCitation},
			derived...), c.Revision, c.UpdatedAt, c.UpdatedAt)...)
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE") {
			return domain.Errorf(domain.Invalid, "Đơn này đã được đề xuất thụ lý.")
		}
		return err
	}
	if c.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return t.audit(ctx, actor, "create", auditCase, fmt.Sprint(c.ID), nil, c)
}

// Case returns case id with its steps, oldest first.
//
// Errors: NotFound.
func (s *Store) Case(ctx context.Context, id int64) (*domain.Case, error) {
	c, err := scanCase(s.db.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM legal_case c WHERE c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy vụ việc.")
	}
	if err != nil {
		return nil, internal(err)
	}
	if c.Steps, err = s.caseSteps(ctx, id); err != nil {
		return nil, internal(err)
	}
	return c, nil
}

const stepColumns = `id, case_id, kind, date, doc_number, assignee, invited_on, days, ground, partial, remote, reasons,
	complexity, result, figures, done, note, created_by, created_at`

// StoredStep is a case step with the remote flag its thụ lý records (the
// area decides a khiếu nại's period; see app).
type StoredStep struct {
	domain.CaseStep
	Remote bool
}

func (s *Store) caseSteps(ctx context.Context, id int64) ([]domain.CaseStep, error) {
	steps, err := s.StoredSteps(ctx, id)
	out := make([]domain.CaseStep, len(steps))
	for i, st := range steps {
		out[i] = st.CaseStep
	}
	return out, err
}

// StoredSteps returns the steps of case id as stored, in the order they were
// recorded.
func (s *Store) StoredSteps(ctx context.Context, id int64) ([]StoredStep, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+stepColumns+` FROM case_step WHERE case_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	out := []StoredStep{}
	for rows.Next() {
		var st StoredStep
		var kind, reasons, complexity, result, figures string
		if err := rows.Scan(&st.ID, &st.CaseID, &kind, &st.Date, &st.DocNumber, &st.Assignee, &st.InvitedOn, &st.Days,
			&st.Ground, &st.Partial, &st.Remote, &reasons, &complexity, &result, &figures, &st.Done, &st.Note, &st.By,
			&st.CreatedAt); err != nil {
			return nil, internal(err)
		}
		st.Kind, st.Complexity, st.Result = domain.StepKind(kind), domain.Complexity(complexity), domain.Result(result)
		if err := json.Unmarshal([]byte(reasons), &st.Reasons); err != nil {
			return nil, internal(err)
		}
		if err := json.Unmarshal([]byte(figures), &st.Figures); err != nil {
			return nil, internal(err)
		}
		if st.Reasons == nil {
			st.Reasons = []string{}
		}
		out = append(out, st)
	}
	return out, internal(rows.Err())
}

// AddCaseStep records step on case id, read at revision, and stores the
// case's state as derived (by app) from its steps with this one, in one
// transaction with the audit entries of both.
//
// Errors: NotFound; Conflict for a stale revision.
func (s *Store) AddCaseStep(ctx context.Context, actor string, id, revision int64, step StoredStep, derived domain.Case) (*domain.Case, error) {
	err := s.write(ctx, func(t *tx) error {
		old, err := scanCase(t.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM legal_case c WHERE c.id = ?`, id))
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Errorf(domain.NotFound, "Không tìm thấy vụ việc.")
		}
		if err != nil {
			return err
		}
		if old.Revision != revision {
			return domain.Errorf(domain.Conflict, "Vụ việc vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.")
		}
		reasons, err := jsonText(step.Reasons)
		if err != nil {
			return err
		}
		figures, err := json.Marshal(step.Figures)
		if err != nil {
			return err
		}
		step.CaseID, step.By, step.CreatedAt = id, actor, t.nowText()
		res, err := t.ExecContext(ctx, `INSERT INTO case_step (case_id, kind, date, doc_number, assignee, invited_on, days, ground,
			partial, remote, reasons, complexity, result, figures, done, note, created_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, string(step.Kind), step.Date, step.DocNumber, step.Assignee, step.InvitedOn, step.Days, step.Ground, step.Partial,
			step.Remote, reasons, string(step.Complexity), string(step.Result), string(figures), step.Done, step.Note, step.By,
			step.CreatedAt)
		if err != nil {
			return err
		}
		if step.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		if err := t.audit(ctx, actor, "create", auditCaseStep, fmt.Sprint(step.ID), nil, step); err != nil {
			return err
		}
		args, err := caseArgs(&derived)
		if err != nil {
			return err
		}
		if _, err := t.ExecContext(ctx, `UPDATE legal_case SET status = ?, remote = ?, complexity = ?, complexity_reasons = ?,
			accepted_on = ?, acceptance_doc = ?, resolution_due = ?, resolution_rule = ?, resolution_citation = ?, decided_on = ?,
			result = ?, on_time = ?, revision = revision + 1, updated_at = ? WHERE id = ?`, append(args, t.nowText(), id)...); err != nil {
			return err
		}
		after, err := scanCase(t.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM legal_case c WHERE c.id = ?`, id))
		if err != nil {
			return err
		}
		return t.audit(ctx, actor, "update", auditCase, fmt.Sprint(id), old, after)
	})
	if err != nil {
		return nil, internal(err)
	}
	return s.Case(ctx, id)
}

// CaseRow is a case as the lists show it, with what it needs of its
// petition: number, summary, people and the first petitioner as stored.
type CaseRow struct {
	domain.Case
	PetitionNumber, PetitionYear int
	PetitionKind                 domain.ContentKind
	Summary                      string
	PeopleCount                  int
	People                       []StoredCitizen
}

// FindCases filters the cases; empty fields mean "any".
type FindCases struct {
	Status domain.CaseStatus
	Kind   domain.CaseKind
	// PoliceOnly keeps group cases (5 people or more) and complex ones.
	PoliceOnly bool
	// Open keeps the cases not yet ended (proposed, accepted, suspended,
	// decided and awaiting enforcement).
	Open          bool
	Limit, Offset int
}

// Cases returns the cases matching f, newest first, and how many match.
func (s *Store) Cases(ctx context.Context, f FindCases) ([]CaseRow, int, error) {
	where := ` FROM legal_case c JOIN petition p ON p.id = c.petition_id WHERE 1 = 1`
	var args []any
	if f.Status != "" {
		where += ` AND c.status = ?`
		args = append(args, string(f.Status))
	}
	if f.Kind != "" {
		where += ` AND c.kind = ?`
		args = append(args, string(f.Kind))
	}
	if f.PoliceOnly {
		where += ` AND (p.people_count >= ? OR c.complexity <> '')`
		args = append(args, domain.GroupThreshold)
	}
	if f.Open {
		where += ` AND c.status NOT IN ('withdrawn', 'rejected', 'closed')`
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*)`+where, args...).Scan(&total); err != nil {
		return nil, 0, internal(err)
	}
	limit := f.Limit
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	out, err := s.caseRows(ctx, where+` ORDER BY c.proposed_on DESC, c.id DESC LIMIT ? OFFSET ?`, append(args, limit, max(f.Offset, 0))...)
	return out, total, err
}

// CaseRow returns case id as the lists show it (without its steps).
//
// Errors: NotFound.
func (s *Store) CaseRow(ctx context.Context, id int64) (*CaseRow, error) {
	rows, err := s.caseRows(ctx, ` FROM legal_case c JOIN petition p ON p.id = c.petition_id WHERE c.id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy vụ việc.")
	}
	return &rows[0], nil
}

// caseRows reads the cases of a FROM … query with their petitions' details.
func (s *Store) caseRows(ctx context.Context, from string, args ...any) ([]CaseRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+caseColumns+`, p.number, p.year, p.kind, p.summary, p.people_count`+from, args...)
	if err != nil {
		return nil, internal(err)
	}
	var out []CaseRow
	for rows.Next() {
		var r CaseRow
		var kind string
		c, err := scanCase(rows, &r.PetitionNumber, &r.PetitionYear, &kind, &r.Summary, &r.PeopleCount)
		if err != nil {
			rows.Close()
			return nil, internal(err)
		}
		r.Case, r.PetitionKind = *c, domain.ContentKind(kind)
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, internal(err)
	}
	for i := range out {
		if out[i].People, err = readPeople(ctx, s.db, "petition_citizen", "petition_id", out[i].PetitionID); err != nil {
			return nil, internal(err)
		}
	}
	return out, nil
}
