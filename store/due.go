package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"slices"
)

// The groups of the dashboard's due list (Dashboard.Due in app).
const (
	DuePetitions  = "petitions"  // petitions awaiting handling (xử lý đơn)
	DueAcceptance = "acceptance" // cases proposed, awaiting thụ lý
	DueDecision   = "decision"   // cases accepted, awaiting the decision
	DueReplies    = "replies"    // visits owing the citizen an answer (Luật TCD Art. 28)
	DueNotices    = "notices"    // refused visits owing the Mẫu 01/TCD notice
)

// DueGroups lists the groups in the dashboard's order.
var DueGroups = []string{DuePetitions, DueAcceptance, DueDecision, DueReplies, DueNotices}

// DueEntry is one thing owed by a deadline: a petition, a case or a visit
// (ID is of the group's record), with what its title needs.
type DueEntry struct {
	Group        string
	ID           int64
	Number, Year int
	// Kind is the content kind (petitions, visits) or the case kind.
	Kind          string
	Due, Citation string
	PeopleCount   int
	Complex       bool
	// Person is the first person as stored, nil when there is none.
	Person *StoredCitizen
}

// dueQueries select, per group, the columns of DueEntry from ID to Complex
// and the table and key of the record's people; each takes the last due
// date as its one parameter.
var dueQueries = []struct {
	group, query, people, key string
	byPetition                bool
}{
	{DuePetitions, `SELECT p.id, p.number, p.year, p.kind, p.handling_due, p.handling_citation, p.people_count,
		EXISTS (SELECT 1 FROM legal_case c WHERE c.petition_id = p.id AND c.complexity <> '')
		FROM petition p WHERE p.handling_due <> '' AND p.handling_due <= ? AND NOT ` + handledExpr,
		"petition_citizen", "petition_id", false},
	{DueAcceptance, `SELECT c.id, p.number, p.year, c.kind, c.acceptance_due, c.acceptance_citation, p.people_count,
		c.complexity <> '', p.id FROM legal_case c JOIN petition p ON p.id = c.petition_id
		WHERE c.status = 'proposed' AND c.acceptance_due <> '' AND c.acceptance_due <= ?`,
		"petition_citizen", "petition_id", true},
	{DueDecision, `SELECT c.id, p.number, p.year, c.kind, c.resolution_due, c.resolution_citation, p.people_count,
		c.complexity <> '', p.id FROM legal_case c JOIN petition p ON p.id = c.petition_id
		WHERE c.status = 'accepted' AND c.resolution_due <> '' AND c.resolution_due <= ?`,
		"petition_citizen", "petition_id", true},
	{DueReplies, `SELECT v.id, v.number, v.year, v.content_kind, v.reply_due, v.reply_citation, v.people_count, 0
		FROM visit v WHERE v.reply_due <> '' AND v.replied_on = '' AND v.reply_due <= ?`,
		"visit_citizen", "visit_id", false},
	{DueNotices, `SELECT v.id, v.number, v.year, v.content_kind, v.notice_due, v.notice_citation, v.people_count, 0
		FROM visit v WHERE v.notice_due <> '' AND v.notice_due <= ?
		AND NOT EXISTS (SELECT 1 FROM refusal_notice n WHERE n.visit_id = v.id)`,
		"visit_citizen", "visit_id", false},
}

// DueEntries returns everything owed by a deadline on or before until (ISO),
// overdue ones included, sorted by due date.
func (s *Store) DueEntries(ctx context.Context, until string) ([]DueEntry, error) {
	var out []DueEntry
	for _, q := range dueQueries {
		rows, err := s.db.QueryContext(ctx, q.query, until)
		if err != nil {
			return nil, internal(err)
		}
		start := len(out)
		var owners []int64
		for rows.Next() {
			e := DueEntry{Group: q.group}
			dest := []any{&e.ID, &e.Number, &e.Year, &e.Kind, &e.Due, &e.Citation, &e.PeopleCount, &e.Complex}
			owner := &e.ID
			if q.byPetition {
				owner = new(int64)
				dest = append(dest, owner)
			}
			if err := rows.Scan(dest...); err != nil {
				rows.Close()
				return nil, internal(err)
			}
			out = append(out, e)
			owners = append(owners, *owner)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, internal(err)
		}
		for i, owner := range owners {
			if out[start+i].Person, err = s.firstPerson(ctx, q.people, q.key, owner); err != nil {
				return nil, err
			}
		}
	}
	sortDue(out)
	return out, nil
}

// sortDue orders entries by due date, then group order, then number.
func sortDue(es []DueEntry) {
	rank := map[string]int{}
	for i, g := range DueGroups {
		rank[g] = i
	}
	slices.SortStableFunc(es, func(a, b DueEntry) int {
		return cmp.Or(cmp.Compare(a.Due, b.Due), cmp.Compare(rank[a.Group], rank[b.Group]),
			cmp.Compare(a.Year, b.Year), cmp.Compare(a.Number, b.Number))
	})
}

// firstPerson returns the first person of a record from table, or nil.
func (s *Store) firstPerson(ctx context.Context, table, key string, id int64) (*StoredCitizen, error) {
	people, err := readPeople(ctx, s.db, table, key, id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, internal(err)
	}
	if len(people) == 0 {
		return nil, nil
	}
	return &people[0], nil
}

// IntakeCount is how many petitions and visits of one kind and field came
// in a period.
type IntakeCount struct {
	// Kind is the content kind; Field a petition's field code, or a visit's
	// field as typed.
	Kind, Field string
	Petitions   int
	Visits      int
}

// Intake counts the petitions received and the visits made from from to to
// (ISO dates, inclusive), by kind and field.
func (s *Store) Intake(ctx context.Context, from, to string) ([]IntakeCount, error) {
	var out []IntakeCount
	for _, q := range []struct {
		query string
		visit bool
	}{
		{`SELECT kind, field, COUNT(*) FROM petition WHERE received_on BETWEEN ? AND ? GROUP BY kind, field`, false},
		{`SELECT content_kind, field, COUNT(*) FROM visit WHERE substr(received_at, 1, 10) BETWEEN ? AND ?
			GROUP BY content_kind, field`, true},
	} {
		rows, err := s.db.QueryContext(ctx, q.query, from, to)
		if err != nil {
			return nil, internal(err)
		}
		for rows.Next() {
			var c IntakeCount
			n := &c.Petitions
			if q.visit {
				n = &c.Visits
			}
			if err := rows.Scan(&c.Kind, &c.Field, n); err != nil {
				rows.Close()
				return nil, internal(err)
			}
			out = append(out, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, internal(err)
		}
	}
	return out, nil
}

// DayCounts counts, on day (ISO), the petitions received, the visits made
// and the petitions whose handling closed (a closing action dated that day).
func (s *Store) DayCounts(ctx context.Context, day string) (petitions, visits, handled int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM petition WHERE received_on = ?),
		(SELECT COUNT(*) FROM visit WHERE substr(received_at, 1, 10) = ?),
		(SELECT COUNT(DISTINCT petition_id) FROM petition_action WHERE date = ? AND kind NOT IN ('urge', 'reply-received'))`,
		day, day, day).Scan(&petitions, &visits, &handled)
	return petitions, visits, handled, internal(err)
}
