package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"tiepdan/app/domain"
)

// statFixture is a store with records written straight into the tables
// (the services' rules are not under test here, the counting SQL is).
type statFixture struct {
	t   *testing.T
	s   *Store
	ctx context.Context
}

func newStatFixture(t *testing.T) *statFixture {
	s, err := Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &statFixture{t: t, s: s, ctx: context.Background()}
}

func (f *statFixture) exec(q string, args ...any) int64 {
	f.t.Helper()
	res, err := f.s.db.ExecContext(f.ctx, q, args...)
	if err != nil {
		f.t.Fatalf("%s: %v", q, err)
	}
	id, _ := res.LastInsertId()
	return id
}

func (f *statFixture) session(kind domain.SessionKind, date, presided string) int64 {
	f.t.Helper()
	out, err := f.s.SaveSession(f.ctx, "test", domain.ReceptionSession{Kind: kind, Date: date, PresidedBy: presided})
	if err != nil {
		f.t.Fatal(err)
	}
	return out.ID
}

// visit records a visit of people at time at (RFC 3339) in sitting; matter 0
// starts a new one. It returns the visit's id and matter.
func (f *statFixture) visit(sitting int64, at string, people int, matter int64, kind domain.ContentKind) (int64, int64) {
	f.t.Helper()
	citizens := []StoredCitizen{{Citizen: domain.Citizen{Name: "Nguyễn Văn An", Representative: people >= domain.GroupThreshold}}}
	if kind == domain.ContentDenunciation {
		citizens = []StoredCitizen{{Citizen: domain.Citizen{Protected: true}, Sealed: []byte{1}}}
	}
	v, err := f.s.SaveVisit(f.ctx, "test", StoredVisit{Visit: domain.Visit{SessionID: sitting, ReceivedAt: at, PeopleCount: people,
		Summary: "Nội dung " + at, Kind: kind, Outcome: domain.OutcomeAnswer, MatterID: matter}, People: citizens})
	if err != nil {
		f.t.Fatal(err)
	}
	return v.ID, v.MatterID
}

// value and rows evaluate q for the period; check asserts the value and
// that the rows add up to it.
func (f *statFixture) check(name string, q StatQuery, from, to string, want float64) []StatRow {
	f.t.Helper()
	vals, err := f.s.StatValues(f.ctx, from, to, []StatQuery{q})
	if err != nil {
		f.t.Fatalf("%s: %v\n%s", name, err, q)
	}
	rows, err := f.s.StatRows(f.ctx, from, to, q)
	if err != nil {
		f.t.Fatalf("%s rows: %v", name, err)
	}
	total := 0.0
	for _, r := range rows {
		total += r.Value
	}
	if vals[0] != want || total != want {
		f.t.Errorf("%s = %v (rows add up to %v), want %v", name, vals[0], total, want)
	}
	return rows
}

func TestStatReception(t *testing.T) {
	f := newStatFixture(t)
	const from, to = "2026-06-15", "2026-09-14"
	before := f.session(domain.SessionRegular, "2026-06-10", "Đặng Thị Hòa")
	regular := f.session(domain.SessionRegular, "2026-07-01", "Đặng Thị Hòa, công chức tiếp công dân")
	chair := f.session(domain.SessionPeriodic, "2026-07-02", "Nguyễn Văn Dũng, Chủ tịch Ủy ban nhân dân phường")
	// Written with the old tone placement and capitals: still a delegation.
	delegated := f.session(domain.SessionAdHoc, "2026-07-03", "Võ Thị Nguyệt, Phó Chủ tịch (được Chủ tịch UỶ QUYỀN)")
	f.session(domain.SessionPeriodic, "2026-08-06", "Nguyễn Văn Dũng, Chủ tịch") // held, nobody came
	after := f.session(domain.SessionRegular, "2026-09-15", "Đặng Thị Hòa")

	_, a := f.visit(before, "2026-06-10T08:00:00+07:00", 1, 0, domain.ContentComplaint)
	f.visit(regular, "2026-07-01T08:00:00+07:00", 2, a, domain.ContentComplaint) // A again: nhiều lần
	_, b := f.visit(regular, "2026-07-01T09:00:00+07:00", 1, 0, domain.ContentRecommendation)
	f.visit(regular, "2026-07-01T10:00:00+07:00", 1, b, domain.ContentRecommendation) // B twice in the period: once, lần đầu
	_, c := f.visit(chair, "2026-07-02T08:00:00+07:00", 6, 0, domain.ContentFeedback)
	f.visit(delegated, "2026-07-03T08:00:00+07:00", 8, c, domain.ContentFeedback)
	f.visit(after, "2026-09-15T08:00:00+07:00", 3, 0, domain.ContentDenunciation)

	for _, c := range []struct {
		name string
		q    StatQuery
		want float64
	}{
		{"regular sittings", StatSittings(BlockRegular), 1},
		{"regular visits", StatVisits(BlockRegular, false), 3},
		{"regular people", StatVisitPeople(BlockRegular, false), 4},
		{"regular first", StatVisitMatters(BlockRegular, false, false), 1},
		{"regular repeat", StatVisitMatters(BlockRegular, false, true), 1},
		{"regular groups", StatVisits(BlockRegular, true), 0},
		{"chair sittings", StatSittings(BlockChair), 2},
		{"chair visits", StatVisits(BlockChair, false), 1},
		{"chair people", StatVisitPeople(BlockChair, false), 6},
		{"chair first", StatVisitMatters(BlockChair, false, false), 1},
		{"chair repeat", StatVisitMatters(BlockChair, false, true), 0},
		{"chair groups", StatVisits(BlockChair, true), 1},
		{"chair group people", StatVisitPeople(BlockChair, true), 6},
		{"chair group first", StatVisitMatters(BlockChair, true, false), 1},
		{"delegated sittings", StatSittings(BlockDelegated), 1},
		{"delegated visits", StatVisits(BlockDelegated, false), 1},
		{"delegated people", StatVisitPeople(BlockDelegated, true), 8},
		{"delegated first", StatVisitMatters(BlockDelegated, false, false), 0},
		{"delegated group repeat", StatVisitMatters(BlockDelegated, true, true), 1},
	} {
		f.check(c.name, c.q, from, to, c.want)
	}
	// The matter B is shown by its first visit of the period.
	rows := f.check("regular first", StatVisitMatters(BlockRegular, false, false), from, to, 1)
	if rows[0].Kind != "visit" || rows[0].Date != "2026-07-01" || rows[0].Name != "Nguyễn Văn An" || !strings.Contains(rows[0].Summary, "09:00") {
		t.Errorf("row of matter B = %+v", rows[0])
	}
	// A denouncer's visit says it is protected and carries no name.
	rows = f.check("after", StatVisits(BlockRegular, false), "2026-09-15", "2026-09-15", 1)
	if !rows[0].Protected || rows[0].Name != "" {
		t.Errorf("denouncer's row = %+v", rows[0])
	}
}

// petition inserts a petition with the columns that matter to counting.
func (f *statFixture) petition(received string, kind domain.ContentKind, field domain.Field, eligible, within bool,
	prior domain.PriorStatus, matter int64) (int64, int64) {
	f.t.Helper()
	if matter == 0 {
		matter = f.exec(`INSERT INTO matter (title, created_at) VALUES ('vụ việc', '2026-01-01T00:00:00+07:00')`)
	}
	reason := ""
	if !eligible {
		reason = "duplicate"
	}
	var n int
	if err := f.s.db.QueryRowContext(f.ctx, `SELECT COUNT(*) + 1 FROM petition`).Scan(&n); err != nil {
		f.t.Fatal(err)
	}
	id := f.exec(`INSERT INTO petition (year, number, received_on, source, forwarding_body, forwarding_category,
		forwarding_doc, forwarding_doc_date, filer_kind, people_count, respondent, place_arose, kind, field, summary,
		protected, eligible, ineligible_reason, ineligible_note, within_competence, prior_status, matter_id, notes,
		handling_due, handling_rule, handling_citation, revision, created_at, updated_at)
		VALUES (2026, ?, ?, 'post', '', '', '', '', 'single', 1, '', '', ?, ?, ?, ?, ?, ?, '', ?, ?, ?, '', '', '', '', 1, '', '')`,
		n, received, string(kind), string(field), fmt.Sprintf("Đơn %d", n), kind == domain.ContentDenunciation,
		eligible, reason, within, string(prior), matter)
	f.exec(`INSERT INTO petition_citizen (petition_id, position, name, id_kind, id_number, id_issue_date, id_issue_place,
		id_description, birth_date, address, phone, representative, protected, sealed, blind_name, blind_id)
		VALUES (?, 0, 'Trần Thị Bình', '', '', '', '', '', '', '', '', 0, 0, NULL, '', '')`, id)
	return id, matter
}

func (f *statFixture) action(petition int64, kind domain.ActionKind, date string) {
	f.exec(`INSERT INTO petition_action (petition_id, kind, date, doc_number, body, note, created_by, created_at)
		VALUES (?, ?, ?, '', '', '', 'test', '')`, petition, string(kind), date)
}

func TestStatPetitions(t *testing.T) {
	f := newStatFixture(t)
	const from, to = "2026-06-15", "2026-09-14"
	kn := PetitionKindIn(domain.ContentComplaint)
	// Carried over: received before, handled only in the period.
	p1, m1 := f.petition("2026-06-01", domain.ContentComplaint, domain.FieldLand, true, false, domain.PriorNone, 0)
	f.action(p1, domain.ActionUrge, "2026-06-05") // not a result
	f.action(p1, domain.ActionGuide, "2026-06-20")
	// Handled before the period: not carried over.
	p2, _ := f.petition("2026-06-01", domain.ContentComplaint, domain.FieldPolicy, true, false, domain.PriorNone, 0)
	f.action(p2, domain.ActionTransfer, "2026-06-10")
	// Received in the period, same matter as p1, transferred: the matter is
	// classified by p1 (received first).
	p3, _ := f.petition("2026-07-01", domain.ContentComplaint, domain.FieldPolicy, true, false, domain.PriorFirst, m1)
	f.action(p3, domain.ActionTransfer, "2026-07-02")
	f.action(p3, domain.ActionReplyReceived, "2026-08-01")
	// Received in the period, not handled by its end.
	p4, _ := f.petition("2026-09-14", domain.ContentComplaint, domain.FieldOther, true, true, domain.PriorNone, 0)
	f.action(p4, domain.ActionProposeAcceptance, "2026-09-15")
	// Ineligible, handled by return.
	p5, _ := f.petition("2026-08-01", domain.ContentComplaint, domain.FieldLand, false, false, domain.PriorNone, 0)
	f.action(p5, domain.ActionReturn, "2026-08-02")
	// Another kind.
	f.petition("2026-08-01", domain.ContentDenunciation, domain.FieldCorruption, true, true, domain.PriorNone, 0)

	due := PetitionOr(PetitionCarriedOver, PetitionReceivedIn)
	s := []PetitionCond{due, PetitionHandled, PetitionEligible, kn}
	for _, c := range []struct {
		name string
		q    StatQuery
		want float64
	}{
		{"carried over", StatPetitions(PetitionCarriedOver, kn), 1},
		{"received", StatPetitions(PetitionReceivedIn, kn), 3},
		{"handled", StatPetitions(due, PetitionHandled, kn), 3},
		{"not handled", StatPetitions(due, PetitionNot(PetitionHandled), kn), 1},
		{"eligible handled", StatPetitions(s...), 2},
		{"guided", StatPetitions(append(s, PetitionResultIn(domain.ActionGuide))...), 1},
		{"transferred", StatPetitions(append(s, PetitionResultIn(domain.ActionTransfer))...), 1},
		{"matters", StatPetitionMatters(s), 1},
		{"matters by first petition: land", StatPetitionMatters(s, PetitionFieldIn(domain.FieldLand)), 1},
		{"matters by first petition: policy", StatPetitionMatters(s, PetitionFieldIn(domain.FieldPolicy)), 0},
		{"matters guided", StatPetitionMatters(s, PetitionResultIn(domain.ActionGuide)), 1},
		{"second round", StatPetitions(append(s, PetitionSecondRound)...), 1},
		{"replies", StatActions(domain.ActionReplyReceived, kn), 1},
		{"replies of tố cáo", StatActions(domain.ActionReplyReceived, PetitionKindIn(domain.ContentDenunciation)), 0},
		{"all received", StatPetitions(PetitionReceivedIn), 4},
	} {
		f.check(c.name, c.q, from, to, c.want)
	}
	// A tố cáo is protected.
	rows := f.check("tố cáo", StatPetitions(PetitionKindIn(domain.ContentDenunciation)), from, to, 1)
	if !rows[0].Protected {
		t.Errorf("tố cáo row = %+v", rows[0])
	}
}

// legalCase inserts a case of petition p with its derived columns, and its
// steps (kind, date, figures JSON).
func (f *statFixture) legalCase(p, matter int64, kind domain.CaseKind, accepted, decided string, result domain.Result,
	onTime bool, due string, steps ...[3]string) int64 {
	status := "accepted"
	if decided != "" {
		status = "decided"
	}
	id := f.exec(`INSERT INTO legal_case (petition_id, matter_id, kind, proposed_on, acceptance_due, acceptance_citation,
		status, remote, complexity, complexity_reasons, accepted_on, acceptance_doc, resolution_due, resolution_rule,
		resolution_citation, decided_on, result, on_time, revision, created_at, updated_at)
		VALUES (?, ?, ?, ?, '', '', ?, 0, '', '[]', ?, '', ?, '', '', ?, ?, ?, 1, '', '')`,
		p, matter, string(kind), accepted, status, accepted, due, decided, string(result), onTime)
	for _, s := range steps {
		figures := s[2]
		if figures == "" {
			figures = "{}"
		}
		f.exec(`INSERT INTO case_step (case_id, kind, date, doc_number, assignee, invited_on, days, ground, partial, remote,
			reasons, complexity, result, figures, done, note, created_by, created_at)
			VALUES (?, ?, ?, '', '', '', 0, '', 0, 0, '[]', '', '', ?, ?, '', 'test', '')`,
			id, s[0], s[1], figures, s[0] == "enforce")
	}
	return id
}

func TestStatCases(t *testing.T) {
	f := newStatFixture(t)
	const from, to = "2026-06-15", "2026-09-14"
	kn := CaseKindIn(domain.CaseComplaintFirst, domain.CaseComplaintSecond)
	p1, m1 := f.petition("2026-05-01", domain.ContentComplaint, domain.FieldLand, true, true, domain.PriorNone, 0)
	// Accepted before, decided in the period on time, with money, enforced in the period.
	f.legalCase(p1, m1, domain.CaseComplaintFirst, "2026-05-10", "2026-07-01", domain.ResultPartly, true, "2026-07-10",
		[3]string{"accept", "2026-05-10", ""},
		[3]string{"decide", "2026-07-01", `{"recoverMoney": 12.5, "returnPersonLand": 40}`},
		[3]string{"enforce", "2026-08-01", `{"recoverMoney": 10}`})
	// Accepted in the period, not decided.
	p2, m2 := f.petition("2026-07-01", domain.ContentComplaint, domain.FieldLand, true, true, domain.PriorNone, 0)
	f.legalCase(p2, m2, domain.CaseComplaintFirst, "2026-07-05", "", "", false, "2026-09-01", [3]string{"accept", "2026-07-05", ""})
	// Same matter as p2, second round, decided late.
	p3, _ := f.petition("2026-07-02", domain.ContentComplaint, domain.FieldLand, true, true, domain.PriorFirst, m2)
	f.legalCase(p3, m2, domain.CaseComplaintSecond, "2026-07-06", "2026-09-10", domain.ResultRecognised, false, "2026-09-01",
		[3]string{"accept", "2026-07-06", ""}, [3]string{"decide", "2026-09-10", `{"disciplinePeople": 2}`})
	// Decided before the period: not carried over.
	p4, m4 := f.petition("2026-03-01", domain.ContentComplaint, domain.FieldLand, true, true, domain.PriorNone, 0)
	f.legalCase(p4, m4, domain.CaseComplaintFirst, "2026-03-05", "2026-04-01", domain.ResultUpheld, true, "2026-04-04",
		[3]string{"accept", "2026-03-05", ""}, [3]string{"decide", "2026-04-01", `{"returnOrgMoney": 3}`})

	for _, c := range []struct {
		name string
		q    StatQuery
		want float64
	}{
		{"carried over", StatCases(kn, CaseCarriedOver), 1},
		{"accepted", StatCases(kn, CaseAcceptedIn), 2},
		{"matters", StatCaseMatters(kn, CaseOr(CaseCarriedOver, CaseAcceptedIn)), 2},
		{"decided", StatCases(kn, CaseDecidedIn), 2},
		{"on time", StatCases(kn, CaseDecidedIn, CaseOnTime), 1},
		{"late", StatCases(kn, CaseDecidedIn, CaseNot(CaseOnTime)), 1},
		{"recognised", StatCases(kn, CaseDecidedIn, CaseResultIn(domain.ResultRecognised)), 1},
		{"recover money decided", StatStepFigure(domain.StepDecide, "recoverMoney", true, kn), 12.5},
		{"person land decided", StatStepFigure(domain.StepDecide, "returnPersonLand", true, kn), 40},
		{"discipline decided", StatStepFigure(domain.StepDecide, "disciplinePeople", true, kn), 2},
		{"to enforce", StatCases(kn, CaseToEnforce), 3},
		{"enforced", StatCases(kn, CaseToEnforce, CaseEnforcedIn), 1},
		{"org money owed", StatStepFigure(domain.StepDecide, "returnOrgMoney", false, kn, CaseToEnforce), 3},
		{"recovered", StatStepFigure(domain.StepEnforce, "recoverMoney", true, kn), 10},
		{"second-round petition", StatCases(kn, CasePetitionIs(PetitionPriorIn(domain.PriorFirst))), 1},
	} {
		f.check(c.name, c.q, from, to, c.want)
	}
}

func TestStatFiguresAreWhitelisted(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("an unknown figure did not panic")
		}
	}()
	StatStepFigure(domain.StepDecide, "x') OR 1=1 --", true)
}
