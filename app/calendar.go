package app

import (
	"context"
	"fmt"
	"strings"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/store"
)

// Calendar is the working-day calendar and the deadline calculator: the
// settings screen Cài đặt › Lịch làm việc (a year's days off and working
// Saturdays, the administrator's edits, the optional holidays) and the tool
// Công cụ › Tính thời hạn. The rules are in app/law; the edits are stored.
type Calendar struct {
	deps Deps
}

// DayView is one date of a year that differs from the Monday–Friday pattern.
type DayView struct {
	// Date is ISO ("2026-02-17").
	Date string `json:"date"`
	// Weekday is the Vietnamese name of the day: "Thứ Hai" … "Chủ nhật".
	Weekday string `json:"weekday"`
	// Kind is "working" or "off".
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
	// Origin says where the status comes from: "week", "statute" (computed,
	// provisional year), "notice" (the Government's notice), "optional" (an
	// optional holiday switched on) or "override" (the administrator's edit).
	Origin string `json:"origin"`
}

// OverrideView is one administrator's edit of a date.
type OverrideView struct {
	Date string `json:"date"`
	// Kind is "working" or "off".
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
	// CreatedAt is when the edit was saved (RFC 3339).
	CreatedAt string `json:"createdAt"`
}

// OptionalHolidayView is an optional holiday and whether it is on for the year.
type OptionalHolidayView struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Note says why the holiday is optional.
	Note string `json:"note"`
	On   bool   `json:"on"`
}

// YearView is the working calendar of one year, with the edits applied.
type YearView struct {
	Year int `json:"year"`
	// Provisional is true when the year is computed from statute because its
	// notice is not known: the UI shows "tạm tính".
	Provisional bool `json:"provisional"`
	// Source names the notice followed, or says the year is computed.
	Source string `json:"source"`
	// Days are the dates that differ from the Monday–Friday pattern, sorted.
	Days []DayView `json:"days"`
	// Overrides are the administrator's edits in the year, sorted by date.
	Overrides []OverrideView `json:"overrides"`
	// Optional lists every optional holiday, on or off for the year.
	Optional []OptionalHolidayView `json:"optional"`
}

// OverrideInput is the form of an edit: set Date (ISO) to Kind ("working" or
// "off") for Reason.
type OverrideInput struct {
	Date   string `json:"date"`
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
}

// RuleView is one version of a deadline rule.
type RuleView struct {
	// ID is the rule's stable id ("tc-xu-ly-ban-dau"); versions share it.
	ID   string `json:"id"`
	Name string `json:"name"`
	// Text is the citation with the period: "Khoản 1 Điều 24 Luật Tố cáo: 07
	// ngày làm việc".
	Text string `json:"text"`
	// Unit is "calendar" or "working".
	Unit   string `json:"unit"`
	Length int    `json:"length"`
	// Start is the event the period counts from, in Vietnamese.
	Start string `json:"start"`
	// EffectiveFrom and EffectiveTo bound the version (ISO); EffectiveTo is
	// "" while it is in force.
	EffectiveFrom string `json:"effectiveFrom"`
	EffectiveTo   string `json:"effectiveTo"`
	Notes         string `json:"notes"`
	// Alternative is the text of the rule's other reading, chosen with
	// DeadlineRequest.Alternative ("Thông tư 05/2021/TT-TTCP: 10 ngày"), or
	// "" when it has none.
	Alternative string `json:"alternative"`
	// UseAlternative is the unit's stored choice (Calendar.SetReading): true
	// when the alternative reading is to be used. It is false for a version
	// without one. The calculator's checkbox starts from it.
	UseAlternative bool `json:"useAlternative"`
}

// DeadlineRequest asks for a deadline from From (ISO): the rule RuleID in
// force on From (its alternative reading when Alternative), or, when RuleID is
// "", Days calendar days (working days when Working).
type DeadlineRequest struct {
	From        string `json:"from"`
	RuleID      string `json:"ruleId"`
	Days        int    `json:"days"`
	Working     bool   `json:"working"`
	Alternative bool   `json:"alternative"`
}

// StepView is one day of the day-by-day count.
type StepView struct {
	Date    string `json:"date"`
	Weekday string `json:"weekday"`
	// Kind is "start" (the event day, not counted), "counted", "skipped" (a
	// day off in a working-day count), "suspended", "moved" (a day off after
	// the last day of a calendar-day count) or "due" (the working day the end
	// moved to).
	Kind string `json:"kind"`
	// N is the number of a counted day, 0 otherwise.
	N    int    `json:"n"`
	Note string `json:"note"`
}

// DeadlineView is a computed deadline with its reason.
type DeadlineView struct {
	From string `json:"from"`
	// Due is the last day (ISO); the period ends at 24:00 on it.
	Due    string `json:"due"`
	Length int    `json:"length"`
	// Unit is "calendar" or "working".
	Unit string `json:"unit"`
	// Citation says why the date is what it is: "Khoản 1 Điều 24 Luật Tố
	// cáo: 07 ngày làm việc".
	Citation string `json:"citation"`
	// RuleID is the rule counted, "" for "N ngày".
	RuleID string `json:"ruleId"`
	// Provisional is true when the count crossed a provisional year
	// (ProvisionalYears): the UI shows "tạm tính".
	Provisional      bool       `json:"provisional"`
	ProvisionalYears []int      `json:"provisionalYears"`
	Steps            []StepView `json:"steps"`
}

// Year returns the working calendar of year with the administrator's edits.
//
// Errors: Invalid for a year outside 1900–2199; Unavailable; Internal.
func (c *Calendar) Year(year int) (*YearView, error) {
	if _, err := c.deps.require(PermUse); err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, err := c.deps.store()
	if err != nil {
		return nil, err
	}
	cal, err := c.deps.calendars.current(ctx, st, c.deps.Log)
	if err != nil {
		return nil, err
	}
	return yearView(ctx, st, cal, year)
}

// SaveOverride sets in.Date to a day off or a working day for in.Reason,
// replacing any earlier edit of that date, and returns the year of the date
// with the edit applied. Nothing is written unless every field is valid.
//
// Errors: Invalid with a message for "date", "kind" or "reason";
// Unavailable; Internal.
func (c *Calendar) SaveOverride(in OverrideInput) (*YearView, error) {
	a, err := c.deps.require(PermEditCalendar)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := c.deps.store()
	var v domain.Validation
	date := checkDate(&v, "date", in.Date, "Vui lòng chọn ngày cần điều chỉnh")
	kind := strings.TrimSpace(in.Kind)
	if kind != domain.OverrideOff && kind != domain.OverrideWorking {
		v.Fail("kind", "Vui lòng chọn ngày nghỉ hoặc ngày làm việc")
	}
	reason := domain.CleanText(in.Reason)
	v.Required("reason", reason, "Vui lòng nhập lý do, ví dụ: Nghỉ bổ sung theo thông báo của Ủy ban nhân dân tỉnh")
	v.MaxLen("reason", reason, 200, "Lý do")
	if err := v.Err(); err != nil {
		return nil, err
	}
	o := domain.CalendarOverride{Date: date.String(), Kind: kind, Reason: reason}
	if _, err := st.SaveCalendarOverride(ctx, actor(a), o); err != nil {
		return nil, err
	}
	return c.afterEdit(ctx, st, date.Year())
}

// DeleteOverride removes the administrator's edit of date (ISO), so the
// announced or computed calendar applies again, and returns the year of date.
//
// Errors: Invalid with a message for "date" when it is not a date; NotFound
// when date has no edit; Unavailable; Internal.
func (c *Calendar) DeleteOverride(date string) (*YearView, error) {
	a, err := c.deps.require(PermEditCalendar)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := c.deps.store()
	var v domain.Validation
	d := checkDate(&v, "date", date, "Vui lòng chọn ngày cần bỏ điều chỉnh")
	if err := v.Err(); err != nil {
		return nil, err
	}
	if err := st.DeleteCalendarOverride(ctx, actor(a), d.String()); err != nil {
		return nil, err
	}
	return c.afterEdit(ctx, st, d.Year())
}

// SetOptionalHoliday switches the optional holiday id (see YearView.Optional)
// on or off for year and returns the year.
//
// Errors: Invalid with a message for "year" or "id"; Unavailable; Internal.
func (c *Calendar) SetOptionalHoliday(year int, id string, on bool) (*YearView, error) {
	a, err := c.deps.require(PermEditCalendar)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := c.deps.store()
	var v domain.Validation
	if year < law.MinYear || year > law.MaxYear {
		v.Fail("year", fmt.Sprintf("Năm phải từ %d đến %d", law.MinYear, law.MaxYear))
	}
	if _, ok := optionalHoliday(id); !ok {
		v.Fail("id", fmt.Sprintf("Không có ngày lễ tùy chọn «%s»", domain.Shorten(id)))
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	if err := st.SetHolidaySwitch(ctx, actor(a), year, id, on); err != nil {
		return nil, err
	}
	return c.afterEdit(ctx, st, year)
}

// afterEdit returns year as the edit left it.
func (c *Calendar) afterEdit(ctx context.Context, st *store.Store, year int) (*YearView, error) {
	cal, err := c.deps.calendars.current(ctx, st, c.deps.Log)
	if err != nil {
		return nil, err
	}
	return yearView(ctx, st, cal, year)
}

// Rules returns the deadline rules: the versions in force on on (ISO), or
// every version when on is "", sorted by id and date in force, each with the
// unit's choice of reading.
//
// Errors: Invalid with a message for "on" when it is not a date; Unavailable;
// Internal.
func (c *Calendar) Rules(on string) ([]RuleView, error) {
	if _, err := c.deps.require(PermUse); err != nil {
		return nil, err
	}
	all := law.Rules()
	out := make([]RuleView, 0, len(all))
	var day law.Date
	if strings.TrimSpace(on) != "" {
		var v domain.Validation
		day = checkDate(&v, "on", on, "")
		if err := v.Err(); err != nil {
			return nil, err
		}
	}
	st, err := c.deps.store()
	if err != nil {
		return nil, err
	}
	chosen, err := alternativeChosen(context.Background(), st)
	if err != nil {
		return nil, err
	}
	for _, r := range all {
		if !day.IsZero() && !r.InForce(day) {
			continue
		}
		rv := RuleView{
			ID: r.ID, Name: r.Name, Text: r.Text(), Unit: unitName(r.Unit), Length: r.Length,
			Start: r.Start.Label(), EffectiveFrom: r.EffectiveFrom.String(), EffectiveTo: r.EffectiveTo.String(),
			Notes: r.Notes,
		}
		if alt := r.Alternative; alt.Length > 0 {
			rv.Alternative = readingText(alt)
			rv.UseAlternative = chosen[r.ID]
		}
		out = append(out, rv)
	}
	return out, nil
}

// Deadline computes a deadline on the working calendar with the
// administrator's edits, with its citation and the day-by-day count. With
// RuleID it counts the version of that rule in force on From; otherwise Days
// (1–3650) calendar or working days.
//
// Errors: Invalid with a message for "from", "ruleId" or "days" (an unknown
// rule, or one not in force on From, is Invalid for "ruleId"); Unavailable;
// Internal.
func (c *Calendar) Deadline(req DeadlineRequest) (*DeadlineView, error) {
	if _, err := c.deps.require(PermUse); err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, err := c.deps.store()
	if err != nil {
		return nil, err
	}
	var v domain.Validation
	from := checkDate(&v, "from", req.From, "Vui lòng chọn ngày bắt đầu tính thời hạn")
	ruleID := strings.TrimSpace(req.RuleID)
	// First, so that an id pasted by mistake is not repeated in the message.
	v.MaxLen("ruleId", ruleID, maxRuleID, "Mã quy tắc")
	if ruleID != "" && !from.IsZero() {
		if _, err := law.RuleFor(ruleID, from); err != nil {
			v.Fail("ruleId", err.Error())
		}
	}
	if ruleID == "" && (req.Days < 1 || req.Days > law.MaxLength) {
		v.Fail("days", fmt.Sprintf("Vui lòng chọn một quy tắc hoặc nhập số ngày từ 1 đến %d", law.MaxLength))
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	cal, err := c.deps.calendars.current(ctx, st, c.deps.Log)
	if err != nil {
		return nil, err
	}
	var dl law.Deadline
	field := "ruleId"
	if ruleID != "" {
		dl, err = cal.RuleDeadline(ruleID, from, law.RuleOptions{Alternative: req.Alternative})
	} else {
		field = "days"
		unit := law.CalendarDays
		if req.Working {
			unit = law.WorkingDays
		}
		dl, err = cal.Explain(law.Count{From: from, Length: req.Days, Unit: unit})
	}
	if err != nil {
		// What is left is a count running past the calendar's last year.
		err = fromLaw(err)
		if de, ok := err.(*domain.Error); ok && de.Kind == domain.Invalid {
			de.Fields = map[string]string{field: de.Message}
		}
		return nil, err
	}
	return deadlineView(dl), nil
}

// maxRuleID is longer than any rule id of app/law ("kn-giai-quyet-lan-hai-vung-xa-phuc-tap").
const maxRuleID = 100

// checkDate parses the ISO date s of field, in the calendar's years, failing
// v with missing when s is empty (missing "" means s must not be empty).
func checkDate(v *domain.Validation, field, s, missing string) law.Date {
	s = strings.TrimSpace(s)
	if s == "" {
		if missing == "" {
			missing = "Vui lòng chọn ngày"
		}
		v.Fail(field, missing)
		return law.Date{}
	}
	d, err := law.ParseDate(s)
	if err != nil {
		v.Fail(field, "Ngày không hợp lệ, cần dạng năm-tháng-ngày, ví dụ 2026-03-15")
		return law.Date{}
	}
	if y := d.Year(); y < law.MinYear || y > law.MaxYear {
		v.Fail(field, fmt.Sprintf("Ngày phải trong các năm từ %d đến %d", law.MinYear, law.MaxYear))
		return law.Date{}
	}
	return d
}

// yearView assembles the view of year from cal and the stored edits.
func yearView(ctx context.Context, st *store.Store, cal *law.Calendar, year int) (*YearView, error) {
	yc, err := cal.Year(year)
	if err != nil {
		return nil, fromLaw(err)
	}
	overrides, err := st.CalendarOverrides(ctx, year)
	if err != nil {
		return nil, err
	}
	switches, err := st.HolidaySwitches(ctx, year)
	if err != nil {
		return nil, err
	}
	yv := &YearView{
		Year: year, Provisional: yc.Provisional(), Source: yc.Source(),
		Days: []DayView{}, Overrides: []OverrideView{}, Optional: []OptionalHolidayView{},
	}
	for _, d := range yc.Exceptions() {
		yv.Days = append(yv.Days, DayView{Date: d.Date.String(), Weekday: d.Date.WeekdayName(),
			Kind: kindName(d.Kind), Reason: d.Reason, Origin: originName(d.Origin)})
	}
	for _, o := range overrides {
		yv.Overrides = append(yv.Overrides, OverrideView{Date: o.Date, Kind: o.Kind, Reason: o.Reason, CreatedAt: o.CreatedAt})
	}
	on := map[string]bool{}
	for _, s := range switches {
		on[s.HolidayID] = true
	}
	for _, h := range law.OptionalHolidays() {
		yv.Optional = append(yv.Optional, OptionalHolidayView{ID: h.ID, Name: h.Name, Note: h.Note, On: on[h.ID]})
	}
	return yv, nil
}

// deadlineView converts a counted deadline for the UI.
func deadlineView(dl law.Deadline) *DeadlineView {
	v := &DeadlineView{
		From: dl.From.String(), Due: dl.Due.String(), Length: dl.Length, Unit: unitName(dl.Unit),
		Citation: dl.Citation, RuleID: dl.RuleID, Provisional: dl.Provisional(),
		ProvisionalYears: append([]int{}, dl.ProvisionalYears...), Steps: make([]StepView, 0, len(dl.Steps)),
	}
	for _, s := range dl.Steps {
		v.Steps = append(v.Steps, StepView{Date: s.Date.String(), Weekday: s.Date.WeekdayName(),
			Kind: stepName(s.Kind), N: s.N, Note: s.Note})
	}
	return v
}

func kindName(k law.DayKind) string {
	if k == law.WorkingDay {
		return domain.OverrideWorking
	}
	return domain.OverrideOff
}

func unitName(u law.Unit) string {
	if u == law.WorkingDays {
		return "working"
	}
	return "calendar"
}

func originName(o law.Origin) string {
	switch o {
	case law.OriginStatute:
		return "statute"
	case law.OriginNotice:
		return "notice"
	case law.OriginOptional:
		return "optional"
	case law.OriginOverride:
		return "override"
	}
	return "week"
}

func stepName(k law.StepKind) string {
	switch k {
	case law.StepStart:
		return "start"
	case law.StepCounted:
		return "counted"
	case law.StepSkipped:
		return "skipped"
	case law.StepSuspended:
		return "suspended"
	case law.StepMoved:
		return "moved"
	case law.StepDue:
		return "due"
	}
	return fmt.Sprintf("step-%d", k)
}
