package app_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
	"tiepdan/store/storetest"
)

// statWorld records a fixed, hand-built data set through the services, as a
// clerk would, for the golden tests of the statistics.
type statWorld struct {
	t     *testing.T
	admin *app.Services
	clerk *app.Services
}

func newStatWorld(t *testing.T) *statWorld {
	t.Helper()
	admin := apptest.Admin(t)
	if _, err := admin.Settings.SaveUnit(storetest.Unit()); err != nil {
		t.Fatal(err)
	}
	return &statWorld{t: t, admin: admin, clerk: apptest.As(t, admin, "canbo", domain.RoleClerk)}
}

func (w *statWorld) sitting(kind domain.SessionKind, date, presided string) int64 {
	w.t.Helper()
	s, err := w.clerk.Reception.SaveSession(domain.ReceptionSession{Kind: kind, Date: date, PresidedBy: presided})
	if err != nil {
		w.t.Fatal(err)
	}
	return s.ID
}

// visit records a visit of people (a group from 5, with two representatives)
// about matter (0: a new one).
func (w *statWorld) visit(sitting int64, at string, kind domain.ContentKind, people int, matter int64) *app.VisitView {
	w.t.Helper()
	citizens := []domain.Citizen{{Name: "Nguyễn Văn An " + at[5:10], Address: "Tổ dân phố 3, phường Hà Huy Tập"}}
	if people >= domain.GroupThreshold {
		citizens = []domain.Citizen{{Name: "Trần Văn Bình", Representative: true}, {Name: "Lê Thị Cúc", Representative: true}}
	}
	v, err := w.clerk.Reception.SaveVisit(app.VisitInput{Visit: domain.Visit{SessionID: sitting, ReceivedAt: at,
		Citizens: citizens, PeopleCount: people, Summary: "Nội dung trình bày ngày " + at[:10], Kind: kind,
		Outcome: domain.OutcomeAccept, WithinCompetence: true, MatterID: matter}})
	if err != nil {
		w.t.Fatalf("visit %s: %v", at, err)
	}
	return v
}

// petition registers p, filling what every test petition shares.
func (w *statWorld) petition(p domain.Petition) *app.PetitionView {
	w.t.Helper()
	if p.Petitioners == nil {
		p.Petitioners = []domain.Citizen{{Name: "Phạm Thị Dung " + p.ReceivedOn, Address: "Tổ dân phố 5, phường Hà Huy Tập"}}
	}
	if p.Summary == "" {
		p.Summary = "Đơn " + string(p.Kind) + " nhận ngày " + p.ReceivedOn
	}
	if p.PriorStatus == "" {
		p.PriorStatus = domain.PriorNone
	}
	if !p.Eligible && p.IneligibleReason == "" {
		p.IneligibleReason = domain.IneligibleDuplicate
	}
	v, err := w.clerk.Petitions.Save(p)
	if err != nil {
		w.t.Fatalf("petition of %s: %v", p.ReceivedOn, err)
	}
	return v
}

// act records a handling action on p and returns the petition as it is now.
func (w *statWorld) act(p *app.PetitionView, kind domain.ActionKind, date string) *app.PetitionView {
	w.t.Helper()
	v, err := w.clerk.Petitions.AddAction(app.NewAction{PetitionID: p.ID, Revision: p.Revision,
		PetitionAction: domain.PetitionAction{Kind: kind, Date: date, DocNumber: "1/UBND", Body: "Thanh tra tỉnh Hà Tĩnh"}})
	if err != nil {
		w.t.Fatalf("%s of petition %d on %s: %v", kind, p.Number, date, err)
	}
	return v
}

// steps records the steps of p's case in order and returns the case.
func (w *statWorld) steps(p *app.PetitionView, steps ...domain.CaseStep) *domain.Case {
	w.t.Helper()
	if p.Case == nil {
		w.t.Fatalf("petition %d has no case", p.Number)
	}
	c := *p.Case
	for _, s := range steps {
		if s.DocNumber == "" {
			s.DocNumber = "5/QĐ-UBND"
		}
		v, err := w.clerk.Cases.AddStep(app.NewStep{CaseID: c.ID, Revision: c.Revision, CaseStep: s})
		if err != nil {
			w.t.Fatalf("%s of case %d on %s: %v", s.Kind, c.ID, s.Date, err)
		}
		c = v.Case
	}
	return &c
}

// buildStatWorld records the golden data set. The quarter under test is
// Quý III 2026 (15/6–14/9/2026), the year 2026 (15/12/2025–14/12/2026).
func buildStatWorld(t *testing.T) *statWorld {
	w := newStatWorld(t)
	const chairman = "Nguyễn Văn Dũng, Chủ tịch Ủy ban nhân dân phường"

	// Sittings: regular ones, a periodic one of the Chairman, one held by
	// delegation, an ad hoc one nobody came to.
	r1 := w.sitting(domain.SessionRegular, "2026-05-20", "Đặng Thị Hòa")
	r2 := w.sitting(domain.SessionRegular, "2026-07-01", "Đặng Thị Hòa")
	r3 := w.sitting(domain.SessionRegular, "2026-09-01", "Đặng Thị Hòa")
	r4 := w.sitting(domain.SessionRegular, "2026-10-05", "Đặng Thị Hòa")
	p1 := w.sitting(domain.SessionPeriodic, "2026-07-02", chairman)
	p2 := w.sitting(domain.SessionPeriodic, "2026-08-06", "Võ Thị Nguyệt, Phó Chủ tịch (được Chủ tịch ủy quyền)")
	w.sitting(domain.SessionAdHoc, "2026-08-20", chairman)

	// Visits. M1: first in Quý II, again in Quý III. M2: first in Quý III,
	// again in Quý IV. M3: a group first at the Chairman's, again at the
	// delegated sitting and at a regular one. M4: a denouncer. M5: a group.
	v1 := w.visit(r1, "2026-05-20T08:00:00+07:00", domain.ContentComplaint, 1, 0)
	v2 := w.visit(r2, "2026-07-01T08:00:00+07:00", domain.ContentComplaint, 2, v1.MatterID)
	v3 := w.visit(r2, "2026-07-01T09:00:00+07:00", domain.ContentRecommendation, 1, 0)
	w.visit(r2, "2026-07-01T10:00:00+07:00", domain.ContentRecommendation, 5, 0)
	v4 := w.visit(p1, "2026-07-02T08:30:00+07:00", domain.ContentFeedback, 7, 0)
	v5 := w.visit(p2, "2026-08-06T08:30:00+07:00", domain.ContentFeedback, 6, v4.MatterID)
	v6 := w.visit(p2, "2026-08-06T09:30:00+07:00", domain.ContentDenunciation, 1, 0)
	w.visit(r3, "2026-09-01T08:00:00+07:00", domain.ContentFeedback, 5, v4.MatterID)
	w.visit(r4, "2026-10-05T08:00:00+07:00", domain.ContentRecommendation, 1, v3.MatterID)

	post := func(received string, kind domain.ContentKind, field domain.Field, within bool) domain.Petition {
		return domain.Petition{ReceivedOn: received, Source: domain.SourcePost, Kind: kind, Field: field,
			Eligible: true, WithinCompetence: within}
	}
	reception := func(v *app.VisitView, received string, kind domain.ContentKind, field domain.Field) domain.Petition {
		return domain.Petition{ReceivedOn: received, Source: domain.SourceReception, VisitID: v.ID, MatterID: v.MatterID,
			Kind: kind, Field: field, Eligible: true, WithinCompetence: true}
	}

	// Z: received before the year, guided in it (carried over into the year).
	z := w.petition(post("2025-12-01", domain.ContentComplaint, domain.FieldPolicy, false))
	w.act(z, domain.ActionGuide, "2026-01-10")
	// A: received in Quý II, guided in Quý III (carried over into the quarter).
	a := w.petition(post("2026-06-01", domain.ContentComplaint, domain.FieldLand, false))
	w.act(a, domain.ActionGuide, "2026-06-20")
	// B: a complaint accepted in Quý II, decided and enforced in Quý III.
	b := w.act(w.petition(post("2026-06-02", domain.ContentComplaint, domain.FieldPolicy, true)),
		domain.ActionProposeAcceptance, "2026-06-05")
	caseB := w.steps(b,
		domain.CaseStep{Kind: domain.StepAccept, Date: "2026-06-10"},
		domain.CaseStep{Kind: domain.StepDecide, Date: "2026-07-06", Result: domain.ResultUpheld,
			Figures: domain.Figures{RecoverMoney: 15.5, ReturnPersonLand: 120, DisciplinePeople: 2, DisciplineOfficials: 1}},
		domain.CaseStep{Kind: domain.StepEnforce, Date: "2026-08-15", Done: true, Figures: domain.Figures{RecoverMoney: 10}})
	// C: at reception, the matter M1 resolved once before: a second round,
	// accepted in Quý III, decided late in Quý IV.
	cp := reception(v2, "2026-07-03", domain.ContentComplaint, domain.FieldLand)
	cp.PriorStatus = domain.PriorFirst
	c := w.act(w.petition(cp), domain.ActionProposeAcceptance, "2026-07-05")
	caseC := w.steps(c,
		domain.CaseStep{Kind: domain.StepAccept, Date: "2026-07-08"},
		domain.CaseStep{Kind: domain.StepDialogue, Date: "2026-07-20", InvitedOn: "2026-07-10"},
		domain.CaseStep{Kind: domain.StepDecide, Date: "2026-09-20", Result: domain.ResultOverturned,
			Figures: domain.Figures{ReturnOrgMoney: 5, OrgsRestored: 1}})
	// D: not eligible (a duplicate), filed.
	dp := post("2026-08-10", domain.ContentComplaint, domain.FieldLand, false)
	dp.Eligible = false
	w.act(w.petition(dp), domain.ActionFile, "2026-08-12")
	// E: received at the end of Quý III, transferred only in Quý IV.
	e := w.petition(post("2026-09-10", domain.ContentComplaint, domain.FieldJudicial, false))
	w.act(e, domain.ActionTransfer, "2026-09-20")
	// W: a complaint accepted, then withdrawn.
	wp := w.act(w.petition(post("2026-08-25", domain.ContentComplaint, domain.FieldOther, true)),
		domain.ActionProposeAcceptance, "2026-08-26")
	w.steps(wp, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-08-28"},
		domain.CaseStep{Kind: domain.StepWithdraw, Date: "2026-09-08"})
	// F: the denouncer of M4, accepted and concluded in Quý III.
	f := w.act(w.petition(reception(v6, "2026-08-07", domain.ContentDenunciation, domain.FieldCorruption)),
		domain.ActionProposeAcceptance, "2026-08-10")
	caseF := w.steps(f,
		domain.CaseStep{Kind: domain.StepAccept, Date: "2026-08-12"},
		domain.CaseStep{Kind: domain.StepDecide, Date: "2026-09-05", Result: domain.ResultUpheld,
			Figures: domain.Figures{ProsecutionCases: 1, ProsecutionPeople: 2}})
	// G: a tố cáo tiếp forwarded by the HĐND, transferred, answered.
	g := w.petition(domain.Petition{ReceivedOn: "2026-07-15", Source: domain.SourceForwarded,
		ForwardingBody: "Thường trực Hội đồng nhân dân phường", ForwardingCategory: domain.ForwardPeoplesCouncil,
		ForwardingDoc: "12/HĐND", ForwardingDocDate: "2026-07-10", Kind: domain.ContentDenunciation, Field: domain.FieldLand,
		Eligible: true, PriorStatus: domain.PriorOverdue})
	g = w.act(g, domain.ActionTransfer, "2026-07-20")
	w.act(g, domain.ActionReplyReceived, "2026-08-25")
	// H: a kiến nghị at reception, answered.
	w.act(w.petition(reception(v3, "2026-07-02", domain.ContentRecommendation, domain.FieldPolicy)), domain.ActionAnswer, "2026-07-10")
	// I: a group's phản ánh at reception, accepted, not resolved.
	ip := reception(v5, "2026-08-06", domain.ContentFeedback, domain.FieldOther)
	ip.FilerKind, ip.PeopleCount = domain.FilerMany, 6
	ip.Petitioners = []domain.Citizen{{Name: "Trần Văn Bình", Representative: true}, {Name: "Lê Thị Cúc", Representative: true}}
	i := w.act(w.petition(ip), domain.ActionProposeAcceptance, "2026-08-08")
	w.steps(i, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-08-10"})
	// J: a kiến nghị resolved once before, transferred, urged, answered.
	jp := post("2026-08-20", domain.ContentRecommendation, domain.FieldLand, false)
	jp.PriorStatus = domain.PriorFirst
	j := w.act(w.petition(jp), domain.ActionTransfer, "2026-08-22")
	j = w.act(j, domain.ActionUrge, "2026-09-01")
	w.act(j, domain.ActionReplyReceived, "2026-09-10")
	// K: several contents, guided to split them.
	kp := domain.Petition{ReceivedOn: "2026-07-25", Source: domain.SourceOther, Kind: domain.ContentMixed,
		Field: domain.FieldPolicy, Eligible: true}
	w.act(w.petition(kp), domain.ActionGuide, "2026-07-26")
	// X: a kiến nghị resolved twice before, filed for follow-up.
	xp := post("2026-09-01", domain.ContentRecommendation, domain.FieldJudicial, false)
	xp.PriorStatus = domain.PriorSecond
	w.act(w.petition(xp), domain.ActionFile, "2026-09-02")

	// The deadlines the counting relies on, as the app worked them out.
	for _, c := range []struct {
		name   string
		c      *domain.Case
		onTime bool
	}{{"B", caseB, true}, {"C", caseC, false}, {"F", caseF, true}} {
		if c.c.OnTime != c.onTime {
			t.Fatalf("case %s decided %s, due %s: on time %v, the golden values assume %v",
				c.name, c.c.DecidedOn, c.c.ResolutionDue, c.c.OnTime, c.onTime)
		}
	}
	return w
}

// cols are a table's values, column 1, 2, … in order.
func cols(values ...float64) map[string]float64 {
	out := map[string]float64{}
	for i, v := range values {
		out[fmt.Sprint(i+1)] = v
	}
	return out
}

// goldenQ3 and goldenYear are the expected values of every column of every
// table, worked out by hand from buildStatWorld.
var goldenQ3 = map[string]map[string]float64{
	// Totals | regular: V2, V3 and the groups of 01/7 and 01/9, people 13, M2 M5 first,
	// M1 M3 repeat, groups V8 V9 | Chairman: 2 sittings, V4 | delegated: V5 V6.
	"01/TCD": cols(7, 27, 7, 4, 13, 2, 2, 2, 10, 1, 1, 2, 1, 7, 1, 0, 1, 7, 1, 0, 1, 2, 7, 1, 1, 1, 6, 0, 1),
	"01/XLD": cols(12, 1, 11, 11, 1, 9, 9, 3, 2, 4, 2, 1, 6, 5, 2, 1, 2, 4, 1, 2, 1, 2),
	"02/XLD": cols(5, 1, 4, 4, 1, 3, 3, 3, 2, 0, 2, 0, 0, 0, 1, 1, 0, 0, 2, 2, 1, 1, 1, 1, 0, 0),
	"03/XLD": cols(2, 0, 2, 2, 0, 2, 2, 2, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1),
	"04/XLD": cols(4, 0, 4, 4, 0, 4, 4, 4, 1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1),
	"01/KQGQ": cols(3, 1, 2, 3, 1, 1, 15.5, 0, 0, 0, 0, 120, 0, 0, 2, 1, 0, 0, 0,
		1, 0, 0, 0, 0, 1, 0),
	"02/KQGQ": cols(1, 1, 15.5, 0, 10, 0, 0, 0, 0, 120, 0, 0, 0, 0, 0, 0, 0, 0, 0),
	"02/TCD":  cols(4, 4, 1, 1, 1, 1, 2, 2, 4, 4, 0, 0, 0, 0, 0, 0),
	"03/KQGQ": cols(1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0,
		1, 0, 0, 0, 0, 0, 1, 0),
	"04/KQGQ": cols(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
}

var goldenYear = map[string]map[string]float64{
	// Regular adds V1 (M1 first) and V7 (M2 repeat).
	"01/TCD": cols(9, 29, 7, 6, 15, 3, 1, 2, 10, 1, 1, 2, 1, 7, 1, 0, 1, 7, 1, 0, 1, 2, 7, 1, 1, 1, 6, 0, 1),
	// Z carried over, A and B received in the year too.
	"01/XLD": cols(14, 1, 13, 14, 0, 12, 12, 6, 2, 4, 2, 1, 9, 6, 3, 1, 2, 6, 2, 3, 1, 2),
	"02/XLD": cols(7, 1, 6, 7, 1, 6, 6, 6, 4, 2, 2, 0, 1, 0, 1, 1, 0, 0, 5, 3, 2, 1, 3, 3, 0, 0),
	"03/XLD": goldenQ3["03/XLD"],
	"04/XLD": goldenQ3["04/XLD"],
	// C decided late, overturning.
	"01/KQGQ": cols(3, 0, 3, 3, 2, 1, 15.5, 0, 5, 0, 0, 120, 1, 0, 2, 1, 0, 0, 0,
		1, 0, 0, 0, 1, 1, 1),
	"02/KQGQ": cols(2, 1, 15.5, 0, 10, 0, 5, 0, 0, 120, 0, 0, 0, 0, 0, 0, 0, 0, 0),
	"02/TCD":  goldenQ3["02/TCD"],
	"03/KQGQ": goldenQ3["03/KQGQ"],
	"04/KQGQ": goldenQ3["04/KQGQ"],
}

func TestStatisticsGolden(t *testing.T) {
	w := buildStatWorld(t)
	for _, c := range []struct {
		period, from, to string
		want             map[string]map[string]float64
	}{
		{"2026-Q3", "2026-06-15", "2026-09-14", goldenQ3},
		{"2026", "2025-12-15", "2026-12-14", goldenYear},
	} {
		t.Run(c.period, func(t *testing.T) {
			res, err := w.clerk.Statistics.Compute(c.period)
			if err != nil {
				t.Fatal(err)
			}
			if res.Period.From != c.from || res.Period.To != c.to || res.Unit != storetest.Unit().Name {
				t.Errorf("period %+v, unit %q", res.Period, res.Unit)
			}
			if len(res.Problems) > 0 {
				t.Errorf("identities that do not hold: %v", res.Problems)
			}
			if len(res.Forms) != len(c.want) {
				t.Errorf("tables %d, want %d", len(res.Forms), len(c.want))
			}
			for code, want := range c.want {
				got := res.Forms[code]
				if len(got) != len(want) {
					t.Errorf("%s has %d values, want %d", code, len(got), len(want))
				}
				for n := 1; n <= len(want); n++ {
					col := fmt.Sprint(n)
					if got[col] != want[col] {
						t.Errorf("%s cột %s = %v, want %v (%s)", code, col, got[col], want[col], res.Definitions[code][col])
					}
				}
			}
			checkDrills(t, w.clerk, c.period, res)
		})
	}
}

// checkDrills asserts, for every column, that the records behind the number
// add up to it and that no protected identity shows.
func checkDrills(t *testing.T, s *app.Services, period string, res *app.StatResult) {
	t.Helper()
	for code, vals := range res.Forms {
		for col, v := range vals {
			rows, err := s.Statistics.Drill(period, code, col)
			if err != nil {
				t.Fatalf("drill %s %s: %v", code, col, err)
			}
			total := 0.0
			for _, r := range rows {
				total += r.Value
				if strings.Contains(r.Name, "Bí Mật") || (r.Kind == "petition" && strings.HasPrefix(r.Summary, "Đơn denunciation") && r.Name != "[Được giữ bí mật]") {
					t.Errorf("drill %s %s shows a protected identity: %+v", code, col, r)
				}
			}
			if math.Abs(total-v) > 1e-9 {
				t.Errorf("drill %s cột %s adds up to %v, the number is %v", code, col, total, v)
			}
		}
	}
}

func TestStatisticsDrillShowsTheRecords(t *testing.T) {
	w := buildStatWorld(t)
	// 01/TCD column 13: the one visit of the Chairman's sittings.
	rows, err := w.clerk.Statistics.Drill("2026-Q3", "01/TCD", "13")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Kind != "visit" || rows[0].Date != "2026-07-02" || rows[0].Name != "Trần Văn Bình" {
		t.Errorf("01/TCD 13 = %+v", rows)
	}
	// A total lists its parts' records, each with its own column.
	rows, err = w.clerk.Statistics.Drill("2026-Q3", "01/TCD", "1")
	if err != nil {
		t.Fatal(err)
	}
	byCol := map[string]int{}
	for _, r := range rows {
		byCol[r.Column]++
	}
	if len(rows) != 7 || byCol["4"] != 4 || byCol["13"] != 1 || byCol["22"] != 2 {
		t.Errorf("01/TCD 1 = %v", byCol)
	}
	// The denouncer's đơn (03/XLD column 14, tham nhũng) is masked.
	rows, err = w.clerk.Statistics.Drill("2026-Q3", "03/XLD", "14")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Name != "[Được giữ bí mật]" {
		t.Errorf("03/XLD 14 = %+v", rows)
	}
	// An account that reads reports only sees no names nor summaries.
	viewer := apptest.As(t, w.admin, "xem", domain.RoleViewer)
	rows, err = viewer.Statistics.Drill("2026-Q3", "01/TCD", "13")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Name != "" || rows[0].Summary != "" || rows[0].Date != "2026-07-02" {
		t.Errorf("viewer's 01/TCD 13 = %+v", rows)
	}
	// No such column.
	if _, err := w.clerk.Statistics.Drill("2026-Q3", "01/TCD", "99"); domain.KindOf(err) != domain.NotFound {
		t.Errorf("column 99: %v", err)
	}
}

func TestStatisticsPermissionsAndPeriods(t *testing.T) {
	w := newStatWorld(t)
	police := apptest.As(t, w.admin, "congan", domain.RolePolice)
	if _, err := police.Statistics.Compute("2026-Q3"); domain.KindOf(err) != domain.Forbidden {
		t.Errorf("police: %v", err)
	}
	for _, bad := range []string{"", "2026-Q5", "2026-13-01..2026-14-01", "2026-09-14..2026-06-15"} {
		_, err := w.clerk.Statistics.Compute(bad)
		var de *domain.Error
		if domain.KindOf(err) != domain.Invalid || !asError(err, &de) || de.Fields["period"] == "" {
			t.Errorf("period %q: %v", bad, err)
		}
	}
	opts, err := w.clerk.Statistics.Periods()
	if err != nil {
		t.Fatal(err)
	}
	// Today is 27/11/2026: Quý IV of 2026 (15/9–14/12).
	if opts.Default != "2026-Q4" || opts.Years[0] != 2026 || len(opts.Choices) != 7*len(opts.Years) {
		t.Errorf("periods = %+v", opts)
	}
	if c := opts.Choices[2]; c.Period != "2026-Q3" || c.From != "2026-06-15" || c.To != "2026-09-14" || c.Name != "Quý III" {
		t.Errorf("Quý III = %+v", c)
	}
	// A range and an empty store work.
	res, err := w.clerk.Statistics.Compute("2026-03-15..2026-06-14")
	if err != nil {
		t.Fatal(err)
	}
	if res.Forms["01/TCD"]["1"] != 0 || res.Period.Label != "Từ 15/3/2026 đến 14/6/2026" {
		t.Errorf("range = %+v", res.Period)
	}
}

func asError(err error, target **domain.Error) bool {
	de, ok := err.(*domain.Error)
	*target = de
	return ok
}

func TestStatisticsExportIsAudited(t *testing.T) {
	w := buildStatWorld(t)
	for _, export := range []func(string, bool) (string, error){w.clerk.Statistics.ExportXLSX, w.clerk.Statistics.ExportPDF} {
		out, err := export("2026-Q3", false)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) < 100 {
			t.Errorf("export of %d bytes", len(out))
		}
	}
	page, err := w.admin.Audit.List(app.AuditFilter{Action: "export", Entity: "statistics"})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 {
		t.Errorf("%d statistics exports audited, want 2", page.Total)
	}
}
