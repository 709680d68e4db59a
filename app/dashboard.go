package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/reports"
	"tiepdan/store"
)

// Dashboard is Tổng quan: what the Chairman and the clerk need to see first.
type Dashboard struct {
	deps Deps
}

// WeekGap is a week without the Chairman's periodic reception.
type WeekGap struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// DashboardView is the summary on Tổng quan.
type DashboardView struct {
	Today string `json:"today"`
	// VisitsToday and GroupsToday count today's logbook.
	VisitsToday int `json:"visitsToday"`
	GroupsToday int `json:"groupsToday"`
	// Period is this quarter's report period, and the visits and groups in it.
	Period       string `json:"period"`
	PeriodVisits int    `json:"periodVisits"`
	PeriodGroups int    `json:"periodGroups"`
	// WeeksWithoutPeriodic are the recent weeks (8) with no periodic sitting,
	// and Citation the rule that asks for one.
	WeeksWithoutPeriodic []WeekGap `json:"weeksWithoutPeriodic"`
	Citation             string    `json:"citation"`
}

// Summary returns the dashboard.
//
// Errors: Unauthorized; Forbidden; Internal.
func (d *Dashboard) Summary() (*DashboardView, error) {
	a, err := d.deps.require(PermUse)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := d.deps.store()
	today := law.DateOf(d.deps.Now())
	out := &DashboardView{Today: today.String(), WeeksWithoutPeriodic: []WeekGap{}, Citation: law.PeriodicReceptionCitation}
	if Allowed(a.Role, PermViewLogbook) {
		if out.VisitsToday, out.GroupsToday, err = countVisits(ctx, st, today.String(), today.String()); err != nil {
			return nil, err
		}
		if p, err := law.QuarterOf(today); err == nil {
			out.Period = p.Label
			if out.PeriodVisits, out.PeriodGroups, err = countVisits(ctx, st, p.From.String(), p.To.String()); err != nil {
				return nil, err
			}
		}
	}
	const weeks = 8
	from := law.WeekOf(today).Monday.AddDays(-7 * (weeks - 1))
	sittings, err := st.Sessions(ctx, store.FindSessions{From: from.String(), To: today.String(), Kind: domain.SessionPeriodic})
	if err != nil {
		return nil, err
	}
	var dates []law.Date
	for _, s := range sittings {
		if dd, err := law.ParseDate(s.Date); err == nil {
			dates = append(dates, dd)
		}
	}
	var days []int
	if u, err := st.Unit(ctx); err == nil {
		days = u.PeriodicDays
	}
	for _, w := range law.WeeksWithoutPeriodicReception(dates, today, weeks, days) {
		out.WeeksWithoutPeriodic = append(out.WeeksWithoutPeriodic, WeekGap{From: w.Monday.String(), To: w.Sunday.String()})
	}
	return out, nil
}

// countVisits counts the visits and group visits between two ISO dates.
func countVisits(ctx context.Context, st *store.Store, from, to string) (visits, groups int, err error) {
	if _, visits, err = st.Visits(ctx, store.FindVisits{From: from, To: to, Limit: 1}); err != nil {
		return 0, 0, err
	}
	_, groups, err = st.Visits(ctx, store.FindVisits{From: from, To: to, GroupOnly: true, Limit: 1})
	return visits, groups, err
}

// DueItem is one thing owed by a deadline, on the due board.
type DueItem struct {
	// Group is "petitions" (awaiting handling), "acceptance" (awaiting thụ
	// lý), "decision" (awaiting a decision), "replies" (visits owing a reply)
	// or "notices" (refusal notices owed).
	Group string `json:"group"`
	// ID is the petition's, the case's or the visit's, per group.
	ID       int64  `json:"id"`
	Title    string `json:"title"`
	Due      string `json:"due"`
	Citation string `json:"citation"`
	// State is "overdue" (the day after the deadline and later), "today", or
	// "soon" (within the next 3 working days).
	State string `json:"state"`
}

// DueBoard is what is overdue, due today and due soon.
type DueBoard struct {
	// Items are sorted by due date.
	Items []DueItem `json:"items"`
	// Counts are the items by group, then by state.
	Counts map[string]map[string]int `json:"counts"`
}

// The states of a due item.
const (
	dueOverdue = "overdue"
	dueToday   = "today"
	dueSoon    = "soon"
)

// soonWorkingDays is how many working days after today count as "soon".
const soonWorkingDays = 3

// Due returns the due board: petitions awaiting handling, cases awaiting
// thụ lý or a decision, replies owed to citizens and refusal notices owed,
// each overdue (today is after its deadline), due today, or due within the
// next 3 working days. The police liaison sees only group and complex ones.
//
// Errors: Unauthorized; Forbidden; Internal.
func (d *Dashboard) Due() (*DueBoard, error) {
	a, err := d.deps.require(PermViewPetitions)
	if err != nil {
		return nil, err
	}
	return d.deps.dueBoard(context.Background(), a, law.DateOf(d.deps.Now()))
}

// dueBoard builds the due board of day for account a.
func (d Deps) dueBoard(ctx context.Context, a *domain.Account, day law.Date) (*DueBoard, error) {
	st, _ := d.store()
	cal, err := d.calendars.current(ctx, st, d.Log)
	if err != nil {
		return nil, err
	}
	until := day
	for n := 0; n < soonWorkingDays; {
		until = until.AddDays(1)
		if cal.IsWorkingDay(until) {
			n++
		}
	}
	entries, err := st.DueEntries(ctx, until.String())
	if err != nil {
		return nil, err
	}
	board := &DueBoard{Items: []DueItem{}, Counts: map[string]map[string]int{}}
	for _, g := range store.DueGroups {
		board.Counts[g] = map[string]int{dueOverdue: 0, dueToday: 0, dueSoon: 0}
	}
	today := day.String()
	for _, e := range entries {
		if a != nil && a.Role == domain.RolePolice && !policeMay(e.PeopleCount, e.Complex) {
			continue
		}
		state := dueSoon
		switch {
		case e.Due < today:
			state = dueOverdue
		case e.Due == today:
			state = dueToday
		}
		board.Items = append(board.Items, DueItem{Group: e.Group, ID: e.ID, Title: dueTitle(e), Due: e.Due,
			Citation: e.Citation, State: state})
		board.Counts[e.Group][state]++
	}
	return board, nil
}

// dueTitle names a due entry: "Đơn số 12/2026 — Tố cáo — [Được giữ bí mật]".
func dueTitle(e store.DueEntry) string {
	var what, kind string
	switch e.Group {
	case store.DuePetitions:
		what, kind = "Đơn số", domain.VisitKindLabel(domain.ContentKind(e.Kind))
	case store.DueAcceptance, store.DueDecision:
		what, kind = "Vụ việc của đơn số", domain.CaseKind(e.Kind).Label()
	default:
		what, kind = "Lượt tiếp số", domain.VisitKindLabel(domain.ContentKind(e.Kind))
	}
	name := "Không ghi tên"
	if e.Person != nil {
		name = maskPeople([]store.StoredCitizen{*e.Person})[0].Name
	}
	return fmt.Sprintf("%s %d/%d — %s — %s", what, e.Number, e.Year, kind, name)
}

// IntakeChart is what came in this report quarter, petitions and visits,
// by kind and by field.
type IntakeChart struct {
	ByKind  []ChartBar `json:"byKind"`
	ByField []ChartBar `json:"byField"`
}

// ChartBar is one bar of the intake chart.
type ChartBar struct {
	Label     string `json:"label"`
	Petitions int    `json:"petitions"`
	Visits    int    `json:"visits"`
}

// Intake counts the petitions received and the visits made in this report
// quarter (15th–14th cut-off), by kind and by field.
//
// Errors: Unauthorized; Forbidden; Internal.
func (d *Dashboard) Intake() (*IntakeChart, error) {
	if _, err := d.deps.require(PermViewPetitions); err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := d.deps.store()
	out := &IntakeChart{ByKind: []ChartBar{}, ByField: []ChartBar{}}
	p, err := law.QuarterOf(law.DateOf(d.deps.Now()))
	if err != nil {
		return nil, fromLaw(err)
	}
	counts, err := st.Intake(ctx, p.From.String(), p.To.String())
	if err != nil {
		return nil, err
	}
	kinds, fields := &bars{}, &bars{}
	for _, k := range domain.VisitKinds {
		kinds.at(domain.VisitKindLabel(k))
	}
	for _, f := range domain.FieldsFor("") {
		fields.at(f.Label())
	}
	for _, c := range counts {
		field := c.Field
		if c.Petitions > 0 {
			field = domain.Field(c.Field).Label()
		}
		if field == "" {
			field = "Chưa phân loại"
		}
		for _, b := range []*ChartBar{kinds.at(domain.VisitKindLabel(domain.ContentKind(c.Kind))), fields.at(field)} {
			b.Petitions += c.Petitions
			b.Visits += c.Visits
		}
	}
	out.ByKind, out.ByField = kinds.nonEmpty(), fields.nonEmpty()
	return out, nil
}

// bars collects chart bars by label, in the order first asked for.
type bars struct {
	list  []ChartBar
	index map[string]int
}

func (b *bars) at(label string) *ChartBar {
	if b.index == nil {
		b.index = map[string]int{}
	}
	i, ok := b.index[label]
	if !ok {
		i = len(b.list)
		b.index[label] = i
		b.list = append(b.list, ChartBar{Label: label})
	}
	return &b.list[i]
}

// nonEmpty returns the bars with something to show.
func (b *bars) nonEmpty() []ChartBar {
	out := []ChartBar{}
	for _, x := range b.list {
		if x.Petitions+x.Visits > 0 {
			out = append(out, x)
		}
	}
	return out
}

// PoliceCases lists the open group and complex cases, for the police
// liaison to plan order and safety; protected identities are masked.
//
// Errors: Unauthorized; Forbidden; Internal.
func (d *Dashboard) PoliceCases() (*CasePage, error) {
	if _, err := d.deps.require(PermViewPetitions); err != nil {
		return nil, err
	}
	return d.deps.casePage(context.Background(), store.FindCases{PoliceOnly: true, Open: true, Limit: 500})
}

// DailySummaryPDF prints the one-page daily summary for the Chairman of date
// (ISO; "" = today) as a base64 PDF: what came in and was handled that day,
// what is due that day or overdue, and what awaits his thụ lý or decision.
// The print is audited.
//
// Errors: Invalid (a bad date); Unauthorized; Forbidden; Internal.
func (d *Dashboard) DailySummaryPDF(date string) (string, error) {
	a, err := d.deps.require(PermViewPetitions)
	if err != nil {
		return "", err
	}
	day := law.DateOf(d.deps.Now())
	if date != "" {
		var v domain.Validation
		day = checkDate(&v, "date", date, "")
		if err := v.Err(); err != nil {
			return "", err
		}
	}
	pdf, err := d.deps.dailySummary(context.Background(), a, day)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(pdf), nil
}

// dailySummary prints the daily summary of day for by (nil: the command
// line without a login) and audits the print.
func (d Deps) dailySummary(ctx context.Context, by *domain.Account, day law.Date) ([]byte, error) {
	st, _ := d.store()
	s := reports.DailySummary{Date: day.String(), DueToday: []reports.DueLine{}, Overdue: []reports.DueLine{}, Decisions: []reports.DueLine{}}
	var err error
	if s.ReceivedPetitions, s.ReceivedVisits, s.Handled, err = st.DayCounts(ctx, s.Date); err != nil {
		return nil, err
	}
	board, err := d.dueBoard(ctx, by, day)
	if err != nil {
		return nil, err
	}
	for _, it := range board.Items {
		line := reports.DueLine{Title: it.Title, Due: it.Due, Citation: it.Citation}
		switch {
		case it.Group == store.DueAcceptance || it.Group == store.DueDecision:
			s.Decisions = append(s.Decisions, line)
		case it.State == dueToday:
			s.DueToday = append(s.DueToday, line)
		case it.State == dueOverdue:
			s.Overdue = append(s.Overdue, line)
		}
	}
	unit, err := printUnit(ctx, d)
	if err != nil {
		return nil, err
	}
	var pdf bytes.Buffer
	if err := reports.DailySummaryPDF(&pdf, *unit, s); err != nil {
		return nil, err
	}
	if err := st.RecordEvent(ctx, printActor(by), "print", "daily_summary", s.Date, map[string]any{"form": "BC-NGAY"}); err != nil {
		return nil, err
	}
	return pdf.Bytes(), nil
}
