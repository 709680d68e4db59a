package app

import (
	"context"

	"tiepdan/app/domain"
	"tiepdan/app/law"
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
