package app

import (
	"context"
	"fmt"
	"strings"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/store"
)

// ReadingView is a deadline rule the law leaves open to two readings, with
// the unit's choice (Cài đặt › Cách tính thời hạn). Where the law is unclear
// the rule's own reading is the default and the other is this setting.
type ReadingView struct {
	RuleID string `json:"ruleId"`
	// Name is the name of the rule's latest version.
	Name string `json:"name"`
	// Text is the default reading: the citation with the period ("Điều 27
	// Luật Khiếu nại: 10 ngày").
	Text string `json:"text"`
	// Alternative is the other reading ("Điều 5 Thông tư 07/2013/TT-TTCP
	// (…): 10 ngày làm việc").
	Alternative string `json:"alternative"`
	// UseAlternative is the unit's choice: true for the alternative reading.
	UseAlternative bool `json:"useAlternative"`
	// DefaultShorter is true when the default reading never ends later than
	// the alternative (the same days counted as calendar rather than working
	// days, or fewer days): the UI marks it as the safer reading.
	DefaultShorter bool `json:"defaultShorter"`
	// Notes explain the rule; AlternativeNotes explain the other reading
	// (often the same text).
	Notes            string `json:"notes"`
	AlternativeNotes string `json:"alternativeNotes"`
	// EffectiveFrom and EffectiveTo (ISO) bound the start dates to which the
	// choice applies, those of the versions with an alternative reading;
	// EffectiveTo is "" while such a version is in force.
	EffectiveFrom string `json:"effectiveFrom"`
	EffectiveTo   string `json:"effectiveTo"`
}

// Readings returns every deadline rule that has an alternative reading, with
// the unit's choice, sorted by rule id.
//
// Errors: Unavailable; Internal.
func (c *Calendar) Readings() ([]ReadingView, error) {
	if _, err := c.deps.require(PermUse); err != nil {
		return nil, err
	}
	st, err := c.deps.store()
	if err != nil {
		return nil, err
	}
	return readingViews(context.Background(), st)
}

// SetReading stores the unit's choice of reading of rule ruleID (see
// Readings): the alternative reading when useAlternative, otherwise the
// default one. It applies to every deadline counted afterwards with the
// rule's versions that have an alternative reading. It returns Readings as
// the choice left them; nothing is written when ruleID is refused.
//
// Errors: Invalid with a message for "ruleId" when the rule is unknown or
// has no alternative reading; Unavailable; Internal.
func (c *Calendar) SetReading(ruleID string, useAlternative bool) ([]ReadingView, error) {
	a, err := c.deps.require(PermEditCalendar)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := c.deps.store()
	ruleID = strings.TrimSpace(ruleID)
	var v domain.Validation
	known, alternative := false, false
	name := ruleID
	for _, r := range law.Rules() {
		if r.ID == ruleID {
			known, name = true, r.Name
			alternative = alternative || r.Alternative.Length > 0
		}
	}
	switch {
	case ruleID == "":
		v.Fail("ruleId", "Vui lòng chọn quy tắc thời hạn")
	case !known:
		v.Fail("ruleId", fmt.Sprintf("Không có quy tắc thời hạn «%s»", domain.Shorten(ruleID)))
	case !alternative:
		v.Fail("ruleId", fmt.Sprintf("Quy tắc «%s» chỉ có một cách tính, không có cách hiểu khác để chọn", name))
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	if err := st.SetRuleReading(ctx, actor(a), ruleID, useAlternative); err != nil {
		return nil, err
	}
	return readingViews(ctx, st)
}

// RuleDeadline counts rule ruleID from from, with the given extensions (gia
// hạn) and suspensions, on the working calendar with the administrator's
// edits, reading the rule as the unit chose in Cài đặt › Cách tính thời hạn.
// It is for the services and commands that count a rule's deadline for a
// record (petitions, cases); it is not bound to the UI, where the calculator
// lets the clerk try either reading.
//
// Errors: NotFound for an unknown rule or one not in force on from; Invalid
// for extensions the rule does not allow or a count past the calendar's last
// year; Unavailable; Internal.
func (s *Services) RuleDeadline(ruleID string, from law.Date, extensions []int, suspensions []law.Suspension) (law.Deadline, error) {
	return s.deps.ruleDeadline(context.Background(), ruleID, from,
		law.RuleOptions{Extensions: extensions, Suspensions: suspensions})
}

// ruleDeadline is Services.RuleDeadline for the services, which hold Deps:
// opt.Alternative is replaced by the unit's stored choice.
func (d Deps) ruleDeadline(ctx context.Context, ruleID string, from law.Date, opt law.RuleOptions) (law.Deadline, error) {
	st, err := d.store()
	if err != nil {
		return law.Deadline{}, err
	}
	if opt.Alternative, err = st.UsesAlternativeReading(ctx, ruleID); err != nil {
		return law.Deadline{}, err
	}
	cal, err := d.calendars.current(ctx, st, d.Log)
	if err != nil {
		return law.Deadline{}, err
	}
	dl, err := cal.RuleDeadline(ruleID, from, opt)
	if err != nil {
		return law.Deadline{}, fromLaw(err)
	}
	return dl, nil
}

// readingViews assembles Readings from the rules and the stored choices.
func readingViews(ctx context.Context, st *store.Store) ([]ReadingView, error) {
	chosen, err := alternativeChosen(ctx, st)
	if err != nil {
		return nil, err
	}
	out := []ReadingView{}
	index := map[string]int{}
	// law.Rules is sorted by id, then by date in force, so the last version
	// seen of a rule is its latest: it gives the name, and the last version
	// with an alternative gives the readings.
	all := law.Rules()
	for _, r := range all {
		if r.Alternative.Length == 0 {
			continue
		}
		i, seen := index[r.ID]
		if !seen {
			i = len(out)
			index[r.ID] = i
			out = append(out, ReadingView{RuleID: r.ID, UseAlternative: chosen[r.ID], EffectiveFrom: r.EffectiveFrom.String()})
		}
		rv := &out[i]
		rv.Text, rv.Alternative = r.Text(), readingText(r.Alternative)
		rv.Notes, rv.AlternativeNotes = r.Notes, r.Alternative.Notes
		rv.DefaultShorter = neverLater(r.Unit, r.Length, r.Alternative.Unit, r.Alternative.Length)
		rv.EffectiveTo = r.EffectiveTo.String()
	}
	for _, r := range all {
		if i, ok := index[r.ID]; ok {
			out[i].Name = r.Name
		}
	}
	return out, nil
}

// alternativeChosen returns the rules whose alternative reading the unit
// chose.
func alternativeChosen(ctx context.Context, st *store.Store) (map[string]bool, error) {
	readings, err := st.RuleReadings(ctx)
	if err != nil {
		return nil, err
	}
	chosen := map[string]bool{}
	for _, r := range readings {
		chosen[r.RuleID] = r.UseAlternative
	}
	return chosen, nil
}

// readingText is an alternative reading as shown: its citation and period.
func readingText(r law.Reading) string {
	return r.Citation.String() + ": " + law.LengthText(r.Length, r.Unit)
}

// neverLater reports whether a period of length a in unit ua always ends no
// later than one of length b in unit ub from the same day, and differs from
// it. N calendar days end no later than N working days: the working-day
// count ends on a working day at least N days on, and a calendar-day count
// ending on a day off moves only to the next working day.
func neverLater(ua law.Unit, a int, ub law.Unit, b int) bool {
	if ua == ub {
		return a < b
	}
	return ua == law.CalendarDays && ub == law.WorkingDays && a <= b
}
