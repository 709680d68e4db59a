package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"

	"modernc.org/sqlite"

	"tiepdan/app/domain"
)

// The statistics of the biểu (TT 01/2024/TT-TTCP) are counted here. Each
// printed number is a StatQuery: ONE SQL query whose rows are the records
// behind the number, each with the value it adds (1 for a record counted, the
// people of a visit, the money of a decision …). The number is the sum of
// the values; the drill-down lists the rows. Both run the same text, so a
// number and the list behind it cannot disagree.
//
// Queries are built from small named conditions (PetitionCond, CaseCond) and
// constructors (StatVisits, StatPetitions …); which conditions make which
// column is decided in app (statistics_columns.go), with the column's
// written definition. Every query reads the period as the named parameters
// :from and :to (ISO dates, both included).

// StatQuery is the records behind one number of a statistical table.
type StatQuery struct {
	sql string
}

// IsZero reports whether q is the zero StatQuery (no records).
func (q StatQuery) IsZero() bool { return q.sql == "" }

// String returns the SQL, for test failure messages.
func (q StatQuery) String() string { return q.sql }

// StatRow is one record behind a number.
type StatRow struct {
	// Kind is "visit", "session", "petition" or "case".
	Kind   string
	ID     int64
	Number int
	Year   int
	// Date is the ISO date that put the record in the period.
	Date string
	// Name is the first person of the record ("" for a protected one);
	// Protected says the identity is kept secret.
	Name      string
	Protected bool
	Summary   string
	// Value is what the record adds to the number.
	Value float64
}

// The rows every StatQuery selects, in this order.
const statRowColumns = `kind, id, number, year, date, name, protected, summary, value`

// foldFunction is the SQL name of domain.Fold, for matching words typed with
// any case and tone placement ("Ủy quyền", "uỷ quyền").
const foldFunction = "tiepdan_fold"

func init() {
	if err := sqlite.RegisterDeterministicScalarFunction(foldFunction, 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			switch v := args[0].(type) {
			case string:
				return domain.Fold(v), nil
			case []byte:
				return domain.Fold(string(v)), nil
			}
			return "", nil
		}); err != nil {
		panic(err)
	}
}

// StatValues returns the value of each query for the period from–to, read
// from one snapshot of the data, so the numbers of one report agree even
// while someone records a visit.
//
// Errors: Internal.
func (s *Store) StatValues(ctx context.Context, from, to string, qs []StatQuery) ([]float64, error) {
	out := make([]float64, len(qs))
	err := s.statRead(ctx, func(t *sql.Tx) error {
		for i, q := range qs {
			if q.IsZero() {
				continue
			}
			if err := t.QueryRowContext(ctx, `SELECT COALESCE(SUM(value), 0) FROM (`+q.sql+`)`, periodArgs(from, to)...).
				Scan(&out[i]); err != nil {
				return fmt.Errorf("stat query %d: %w", i, err)
			}
		}
		return nil
	})
	return out, internal(err)
}

// StatRows returns the records behind q for the period from–to, by date.
//
// Errors: Internal.
func (s *Store) StatRows(ctx context.Context, from, to string, q StatQuery) ([]StatRow, error) {
	out := []StatRow{}
	if q.IsZero() {
		return out, nil
	}
	err := s.statRead(ctx, func(t *sql.Tx) error {
		rows, err := t.QueryContext(ctx, `SELECT `+statRowColumns+` FROM (`+q.sql+`) ORDER BY date, kind, year, number, id`,
			periodArgs(from, to)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r StatRow
			if err := rows.Scan(&r.Kind, &r.ID, &r.Number, &r.Year, &r.Date, &r.Name, &r.Protected, &r.Summary, &r.Value); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, internal(err)
}

// statRead runs fn in one read-only transaction (one snapshot under WAL).
func (s *Store) statRead(ctx context.Context, fn func(*sql.Tx) error) error {
	t, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer t.Rollback()
	return fn(t)
}

func periodArgs(from, to string) []any {
	return []any{sql.Named("from", from), sql.Named("to", to)}
}

// sqlList quotes values as an SQL list: ('a', 'b'). The values are the
// domain's code constants; quotes are doubled all the same.
func sqlList[T ~string](values []T) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = "'" + strings.ReplaceAll(string(v), "'", "''") + "'"
	}
	return "(" + strings.Join(q, ", ") + ")"
}

// and joins SQL conditions; none is true.
func and(conds []string) string {
	if len(conds) == 0 {
		return "1 = 1"
	}
	return "(" + strings.Join(conds, ") AND (") + ")"
}

// ---------------------------------------------------------------------------
// Reception: sittings and visits (biểu 01/TCD).

// SittingBlock is a block of biểu 01/TCD: which sittings its visits come from.
type SittingBlock string

// The blocks of 01/TCD.
const (
	// BlockRegular: tiếp thường xuyên, the sittings of kind regular.
	BlockRegular SittingBlock = "regular"
	// BlockChair: Thủ trưởng tiếp, the periodic and ad hoc sittings the
	// Chairman presided himself.
	BlockChair SittingBlock = "chair"
	// BlockDelegated: Ủy quyền tiếp, the periodic and ad hoc sittings whose
	// "chủ trì" says they were held by delegation (the words "ủy quyền", in
	// any case and tone placement).
	BlockDelegated SittingBlock = "delegated"
)

// delegatedSQL says a sitting rs was held by delegation.
const delegatedSQL = foldFunction + `(rs.presided_by) LIKE '%uy quyen%'`

// blockSQL is the condition on sitting rs of block b.
func blockSQL(b SittingBlock) string {
	switch b {
	case BlockRegular:
		return `rs.kind = 'regular'`
	case BlockChair:
		return `rs.kind IN ('periodic', 'adhoc') AND NOT (` + delegatedSQL + `)`
	case BlockDelegated:
		return `rs.kind IN ('periodic', 'adhoc') AND ` + delegatedSQL
	}
	panic("unknown sitting block " + string(b))
}

// StatSittings is the sittings of block b held in the period (by their
// date), with or without visits; each adds 1.
func StatSittings(b SittingBlock) StatQuery {
	return StatQuery{`SELECT 'session' AS kind, rs.id AS id, 0 AS number, CAST(substr(rs.date, 1, 4) AS INTEGER) AS year,
		rs.date AS date, '' AS name, 0 AS protected, rs.presided_by AS summary, 1.0 AS value
		FROM reception_session rs WHERE rs.date BETWEEN :from AND :to AND ` + blockSQL(b)}
}

// visitsOf selects the visits of block b received in the period (the date of
// received_at, local time), only those of a group (≥ domain.GroupThreshold
// people) when groupOnly.
func visitsOf(b SittingBlock, groupOnly bool) string {
	q := `SELECT v.* FROM visit v JOIN reception_session rs ON rs.id = v.session_id
		WHERE substr(v.received_at, 1, 10) BETWEEN :from AND :to AND ` + blockSQL(b)
	if groupOnly {
		q += fmt.Sprintf(` AND v.people_count >= %d`, domain.GroupThreshold)
	}
	return q
}

// visitRow is the row of visit v adding value. The name is the first
// citizen's (empty when protected).
func visitRow(value string) string {
	return `SELECT 'visit' AS kind, v.id AS id, v.number AS number, v.year AS year, substr(v.received_at, 1, 10) AS date,
		COALESCE((SELECT c.name FROM visit_citizen c WHERE c.visit_id = v.id ORDER BY c.position LIMIT 1), '') AS name,
		COALESCE((SELECT c.protected FROM visit_citizen c WHERE c.visit_id = v.id ORDER BY c.position LIMIT 1), 0)
			OR v.content_kind = 'denunciation' AS protected,
		v.summary AS summary, ` + value + ` AS value`
}

// StatVisits is the visits (lượt tiếp) of block b in the period, of groups
// only when groupOnly; each adds 1.
func StatVisits(b SittingBlock, groupOnly bool) StatQuery {
	return StatQuery{`WITH sel AS (` + visitsOf(b, groupOnly) + `) ` + visitRow("1.0") + ` FROM sel v`}
}

// StatVisitPeople is the same visits; each adds its number of people.
func StatVisitPeople(b SittingBlock, groupOnly bool) StatQuery {
	return StatQuery{`WITH sel AS (` + visitsOf(b, groupOnly) + `) ` + visitRow("CAST(v.people_count AS REAL)") + ` FROM sel v`}
}

// StatVisitMatters is the vụ việc of the same visits, each once, shown by
// its first visit among them: with repeat false those received for the first
// time (that first visit is the matter's first ever: tiếp lần đầu), with
// repeat true the others (the matter was received before: tiếp nhiều lần).
// A visit without a matter is a matter of its own.
func StatVisitMatters(b SittingBlock, groupOnly, repeat bool) StatQuery {
	earlier := `EXISTS (SELECT 1 FROM visit w WHERE w.matter_id = v.matter_id
		AND (w.received_at < v.received_at OR (w.received_at = v.received_at AND w.id < v.id)))`
	if !repeat {
		earlier = `NOT ` + earlier
	}
	return StatQuery{`WITH sel AS (` + visitsOf(b, groupOnly) + `),
		ranked AS (SELECT sel.*, ROW_NUMBER() OVER (PARTITION BY COALESCE(sel.matter_id, -sel.id)
			ORDER BY sel.received_at, sel.id) AS rn FROM sel)
		` + visitRow("1.0") + ` FROM ranked v WHERE v.rn = 1 AND ` + earlier}
}

// ---------------------------------------------------------------------------
// Petitions and their handling (biểu 01–04/XLD, 02/TCD).

// PetitionCond is a condition on a petition p, over the period :from–:to.
type PetitionCond struct{ sql string }

// closingAction is a closing handling action a of petition p (every action
// but urge and reply-received ends the xử lý đơn stage: domain.ActionKind.Closes).
const closingAction = `SELECT 1 FROM petition_action a WHERE a.petition_id = p.id
	AND a.kind NOT IN ('urge', 'reply-received')`

// resultAction is the kind of p's first closing action dated on or before
// :to (empty when none): how the petition was handled.
const resultAction = `COALESCE((SELECT a.kind FROM petition_action a WHERE a.petition_id = p.id
	AND a.kind NOT IN ('urge', 'reply-received') AND a.date <= :to ORDER BY a.date, a.id LIMIT 1), '')`

// The conditions on a petition.
var (
	// PetitionCarriedOver: kỳ trước chuyển sang — received before :from and
	// not handled at :from (no closing action dated before :from).
	PetitionCarriedOver = PetitionCond{`p.received_on < :from AND NOT EXISTS (` + closingAction + ` AND a.date < :from)`}
	// PetitionReceivedIn: tiếp nhận trong kỳ — received :from–:to.
	PetitionReceivedIn = PetitionCond{`p.received_on BETWEEN :from AND :to`}
	// PetitionHandled: has a closing action dated on or before :to.
	PetitionHandled = PetitionCond{`EXISTS (` + closingAction + ` AND a.date <= :to)`}
	// PetitionEligible: đủ điều kiện xử lý.
	PetitionEligible = PetitionCond{`p.eligible = 1`}
	// PetitionWithinCompetence: thuộc thẩm quyền giải quyết của đơn vị.
	PetitionWithinCompetence = PetitionCond{`p.within_competence = 1`}
	// PetitionSecondRound: a khiếu nại to be resolved lần hai — its case is
	// of kind complaint-second, or it says it was resolved lần đầu before.
	PetitionSecondRound = PetitionCond{`p.prior_status = 'first' OR EXISTS (SELECT 1 FROM legal_case c
		WHERE c.petition_id = p.id AND c.kind = 'complaint-second')`}
	// PetitionResolved: its case was decided on or before :to, or it was
	// answered (trả lời) as its handling.
	PetitionResolved = PetitionCond{`EXISTS (SELECT 1 FROM legal_case c WHERE c.petition_id = p.id
		AND c.decided_on <> '' AND c.decided_on <= :to) OR ` + resultAction + ` = 'answer'`}
)

// PetitionNot is the negation of c.
func PetitionNot(c PetitionCond) PetitionCond { return PetitionCond{`NOT (` + c.sql + `)`} }

// PetitionOr holds when any of cs does.
func PetitionOr(cs ...PetitionCond) PetitionCond {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.sql
	}
	return PetitionCond{"(" + strings.Join(parts, ") OR (") + ")"}
}

// PetitionKindIn: the petition's kind is one of kinds.
func PetitionKindIn(kinds ...domain.ContentKind) PetitionCond {
	return PetitionCond{`p.kind IN ` + sqlList(kinds)}
}

// PetitionFieldIn: its lĩnh vực is one of fields.
func PetitionFieldIn(fields ...domain.Field) PetitionCond {
	return PetitionCond{`p.field IN ` + sqlList(fields)}
}

// PetitionPriorIn: its tình trạng giải quyết before it is one of ps.
func PetitionPriorIn(ps ...domain.PriorStatus) PetitionCond {
	return PetitionCond{`p.prior_status IN ` + sqlList(ps)}
}

// PetitionSourceIn: it came by one of sources.
func PetitionSourceIn(sources ...domain.PetitionSource) PetitionCond {
	return PetitionCond{`p.source IN ` + sqlList(sources)}
}

// PetitionResultIn: its first closing action dated on or before :to is one
// of kinds.
func PetitionResultIn(kinds ...domain.ActionKind) PetitionCond {
	return PetitionCond{resultAction + ` IN ` + sqlList(kinds)}
}

func petitionConds(cs []PetitionCond) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.sql
	}
	return and(s)
}

// petitionRow is the row of petition p adding value on date.
func petitionRow(date, value string) string {
	return `SELECT 'petition' AS kind, p.id AS id, p.number AS number, p.year AS year, ` + date + ` AS date,
		COALESCE((SELECT c.name FROM petition_citizen c WHERE c.petition_id = p.id ORDER BY c.position LIMIT 1), '') AS name,
		p.protected OR COALESCE((SELECT c.protected FROM petition_citizen c WHERE c.petition_id = p.id
			ORDER BY c.position LIMIT 1), 0) AS protected,
		p.summary AS summary, ` + value + ` AS value`
}

// StatPetitions is the petitions (đơn) meeting every condition; each adds 1.
func StatPetitions(conds ...PetitionCond) StatQuery {
	return StatQuery{petitionRow("p.received_on", "1.0") + ` FROM petition p WHERE ` + petitionConds(conds)}
}

// StatPetitionMatters is the vụ việc of the petitions meeting base, each
// once, represented by its first petition among them (received first, then
// registered first); a vụ việc is counted when that petition also meets
// every condition of class. Classifying a vụ việc by one petition keeps
// each vụ việc in exactly one column of every classification.
func StatPetitionMatters(base []PetitionCond, class ...PetitionCond) StatQuery {
	return StatQuery{`WITH sel AS (SELECT p.* FROM petition p WHERE ` + petitionConds(base) + `),
		ranked AS (SELECT sel.*, ROW_NUMBER() OVER (PARTITION BY sel.matter_id ORDER BY sel.received_on, sel.id) AS rn FROM sel)
		` + petitionRow("p.received_on", "1.0") + ` FROM ranked p WHERE p.rn = 1 AND ` + petitionConds(class)}
}

// StatActions is the handling actions of kind dated in the period, of the
// petitions meeting conds; each adds 1 (a document sent or received).
func StatActions(kind domain.ActionKind, conds ...PetitionCond) StatQuery {
	return StatQuery{petitionRow("a.date", "1.0") + ` FROM petition_action a JOIN petition p ON p.id = a.petition_id
		WHERE a.kind = '` + string(kind) + `' AND a.date BETWEEN :from AND :to AND ` + petitionConds(conds)}
}

// ---------------------------------------------------------------------------
// Cases (biểu 01/KQGQ, 02/KQGQ).

// CaseCond is a condition on a case c (legal_case), over the period.
type CaseCond struct{ sql string }

// caseEnd is a step s that ends case c's resolution: a decision, a refusal
// to accept, a termination or a whole withdrawal.
const caseEnd = `SELECT 1 FROM case_step s WHERE s.case_id = c.id
	AND (s.kind IN ('decide', 'reject', 'terminate') OR (s.kind = 'withdraw' AND s.partial = 0))`

// enforced is an enforcement step of case c that closed it.
const enforced = `SELECT 1 FROM case_step s WHERE s.case_id = c.id AND s.kind = 'enforce' AND s.done = 1`

// The conditions on a case.
var (
	// CaseCarriedOver: accepted (thụ lý) before :from and not ended before
	// :from.
	CaseCarriedOver = CaseCond{`c.accepted_on <> '' AND c.accepted_on < :from AND NOT EXISTS (` + caseEnd + ` AND s.date < :from)`}
	// CaseAcceptedIn: accepted :from–:to.
	CaseAcceptedIn = CaseCond{`c.accepted_on BETWEEN :from AND :to`}
	// CaseDecidedIn: decided :from–:to.
	CaseDecidedIn = CaseCond{`c.decided_on BETWEEN :from AND :to`}
	// CaseOnTime: a decided case was decided on or before its deadline (as
	// the app worked it out, extensions and suspensions included); a case
	// withdrawn or terminated ended on or before its resolution deadline, or
	// has none.
	CaseOnTime = CaseCond{`CASE WHEN c.decided_on <> '' THEN c.on_time = 1
		ELSE c.resolution_due = '' OR COALESCE((SELECT MIN(s.date) FROM case_step s WHERE s.case_id = c.id
			AND (s.kind = 'terminate' OR (s.kind = 'withdraw' AND s.partial = 0))), '') <= c.resolution_due END`}
	// CaseWithdrawnIn: withdrawn whole :from–:to.
	CaseWithdrawnIn = CaseCond{`EXISTS (SELECT 1 FROM case_step s WHERE s.case_id = c.id AND s.kind = 'withdraw'
		AND s.partial = 0 AND s.date BETWEEN :from AND :to)`}
	// CaseTerminatedIn: terminated (đình chỉ not by withdrawal) :from–:to.
	CaseTerminatedIn = CaseCond{`EXISTS (SELECT 1 FROM case_step s WHERE s.case_id = c.id AND s.kind = 'terminate'
		AND s.date BETWEEN :from AND :to)`}
	// CaseToEnforce: decided on or before :to and not closed by its
	// enforcement before :from (a decision to carry out in the period).
	CaseToEnforce = CaseCond{`c.decided_on <> '' AND c.decided_on <= :to AND NOT EXISTS (` + enforced + ` AND s.date < :from)`}
	// CaseEnforcedIn: closed by its enforcement :from–:to.
	CaseEnforcedIn = CaseCond{`EXISTS (` + enforced + ` AND s.date BETWEEN :from AND :to)`}
)

// CaseNot is the negation of c.
func CaseNot(c CaseCond) CaseCond { return CaseCond{`NOT (` + c.sql + `)`} }

// CaseOr holds when any of cs does.
func CaseOr(cs ...CaseCond) CaseCond {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.sql
	}
	return CaseCond{"(" + strings.Join(parts, ") OR (") + ")"}
}

// CasePetitionIs: the case's petition meets every condition.
func CasePetitionIs(conds ...PetitionCond) CaseCond {
	return CaseCond{`EXISTS (SELECT 1 FROM petition p WHERE p.id = c.petition_id AND ` + petitionConds(conds) + `)`}
}

// CaseKindIn: the case is of one of kinds.
func CaseKindIn(kinds ...domain.CaseKind) CaseCond { return CaseCond{`c.kind IN ` + sqlList(kinds)} }

// CaseResultIn: its decision found one of results.
func CaseResultIn(results ...domain.Result) CaseCond {
	return CaseCond{`c.result IN ` + sqlList(results)}
}

func caseConds(cs []CaseCond) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.sql
	}
	return and(s)
}

// caseRow is the row of case c (with its petition p) adding value on date.
func caseRow(date, value string) string {
	return `SELECT 'case' AS kind, c.id AS id, p.number AS number, p.year AS year, ` + date + ` AS date,
		COALESCE((SELECT pc.name FROM petition_citizen pc WHERE pc.petition_id = p.id ORDER BY pc.position LIMIT 1), '') AS name,
		p.protected OR COALESCE((SELECT pc.protected FROM petition_citizen pc WHERE pc.petition_id = p.id
			ORDER BY pc.position LIMIT 1), 0) AS protected,
		p.summary AS summary, ` + value + ` AS value`
}

// caseDate is the date a case row shows: its decision, else its acceptance,
// else its proposal.
const caseDate = `COALESCE(NULLIF(c.decided_on, ''), NULLIF(c.accepted_on, ''), c.proposed_on)`

// StatCases is the cases meeting every condition; each adds 1.
func StatCases(conds ...CaseCond) StatQuery {
	return StatQuery{caseRow(caseDate, "1.0") + ` FROM legal_case c JOIN petition p ON p.id = c.petition_id WHERE ` + caseConds(conds)}
}

// StatCaseMatters is the vụ việc of the cases meeting conds, each once (shown
// by its first case).
func StatCaseMatters(conds ...CaseCond) StatQuery {
	return StatQuery{`WITH sel AS (SELECT c.* FROM legal_case c WHERE ` + caseConds(conds) + `),
		ranked AS (SELECT sel.*, ROW_NUMBER() OVER (PARTITION BY sel.matter_id ORDER BY sel.id) AS rn FROM sel)
		` + caseRow(caseDate, "1.0") + ` FROM ranked c JOIN petition p ON p.id = c.petition_id WHERE c.rn = 1`}
}

// figureFields are the JSON names of domain.Figures a query may sum.
var figureFields = map[string]bool{
	"recoverMoney": true, "recoverLand": true, "returnOrgMoney": true, "returnOrgLand": true,
	"returnPersonMoney": true, "returnPersonLand": true, "orgsRestored": true, "peopleRestored": true,
	"disciplinePeople": true, "disciplineOfficials": true, "prosecutionCases": true, "prosecutionPeople": true,
	"prosecutionOfficials": true,
}

// StatStepFigure is figure field (a JSON name of domain.Figures) of the steps
// of kind (decide or enforce) of the cases meeting conds: of the steps dated
// in the period when inPeriod, else of those dated on or before :to. Each
// step adds its figure; steps with none are left out.
func StatStepFigure(kind domain.StepKind, field string, inPeriod bool, conds ...CaseCond) StatQuery {
	if !figureFields[field] {
		panic("unknown figure " + field)
	}
	when := `s.date <= :to`
	if inPeriod {
		when = `s.date BETWEEN :from AND :to`
	}
	value := `CAST(COALESCE(json_extract(s.figures, '$.` + field + `'), 0) AS REAL)`
	return StatQuery{caseRow("s.date", value) + ` FROM case_step s JOIN legal_case c ON c.id = s.case_id
		JOIN petition p ON p.id = c.petition_id
		WHERE s.kind = '` + string(kind) + `' AND ` + when + ` AND ` + value + ` <> 0 AND ` + caseConds(conds)}
}
