package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/reports"
)

// Schedule keeps the Chairman's lịch tiếp công dân định kỳ (Luật TCD Art.
// 15.2(d)) for a month or a quarter, and prints it for posting.
type Schedule struct {
	deps Deps
}

// SchedulePeriod is a month ("2026-12") or a calendar quarter ("2026-Q1")
// of the schedule.
type SchedulePeriod struct {
	Code string `json:"code"`
	// Title names it as the schedule prints it: "Tháng 12 năm 2026",
	// "Quý I năm 2027".
	Title string `json:"title"`
	// From and To are its first and last days, ISO.
	From string `json:"from"`
	To   string `json:"to"`
}

var (
	monthPeriod   = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)
	quarterPeriod = regexp.MustCompile(`^(\d{4})-[Qq]([1-4])$`)
	romanQuarters = [...]string{1: "I", 2: "II", 3: "III", 4: "IV"}
)

// ParseSchedulePeriod reads a period written "2026-12" (a month) or
// "2026-Q1" (a quarter: January to March).
//
// Errors: Invalid with a Vietnamese message.
func ParseSchedulePeriod(s string) (SchedulePeriod, error) {
	s = strings.TrimSpace(s)
	bad := &domain.Error{Kind: domain.Invalid, Fields: map[string]string{"period": "Chọn tháng hoặc quý"},
		Message: fmt.Sprintf("Kỳ «%s» không hợp lệ: ghi tháng dạng 2026-12 hoặc quý dạng 2026-Q1.", s)}
	var from, to law.Date
	var title string
	if m := monthPeriod.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 || y < law.MinYear || y > law.MaxYear {
			return SchedulePeriod{}, bad
		}
		from = law.NewDate(y, time.Month(mo), 1)
		to = law.NewDate(y, time.Month(mo)+1, 1).AddDays(-1)
		// Months 1 and 2 with a leading zero, as in dates (NĐ 30/2020).
		month := fmt.Sprint(mo)
		if mo <= 2 {
			month = fmt.Sprintf("%02d", mo)
		}
		title = fmt.Sprintf("Tháng %s năm %d", month, y)
	} else if m := quarterPeriod.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		if y < law.MinYear || y > law.MaxYear {
			return SchedulePeriod{}, bad
		}
		from = law.NewDate(y, time.Month(3*q-2), 1)
		to = law.NewDate(y, time.Month(3*q)+1, 1).AddDays(-1)
		title = fmt.Sprintf("Quý %s năm %d", romanQuarters[q], y)
		s = fmt.Sprintf("%d-Q%d", y, q)
	} else {
		return SchedulePeriod{}, bad
	}
	if monthPeriod.MatchString(s) {
		s = fmt.Sprintf("%d-%02d", from.Year(), int(from.Month()))
	}
	return SchedulePeriod{Code: s, Title: title, From: from.String(), To: to.String()}, nil
}

// ScheduleView is the schedule of a period with what is missing from it.
type ScheduleView struct {
	Period  SchedulePeriod         `json:"period"`
	Entries []domain.ScheduleEntry `json:"entries"`
	// Warnings do not stop anything: a week of the period without a day of
	// reception (the law asks for at least one a week), a day that is a
	// holiday.
	Warnings []string `json:"warnings"`
	// Defaults fill a new entry: the unit's reception place, its Chairman,
	// the usual invited bodies, the usual hours.
	Defaults domain.ScheduleEntry `json:"defaults"`
}

// defaultInvited are the bodies the Chairman usually invites to his
// periodic reception (design.md: HĐND, MTTQ, mass organisations, ban thanh
// tra nhân dân); {level} is the unit's "phường" or "xã".
var defaultInvited = []string{
	"Thường trực Hội đồng nhân dân {level}",
	"Ủy ban Mặt trận Tổ quốc Việt Nam {level}",
	"Các tổ chức chính trị - xã hội {level}",
	"Ban Thanh tra nhân dân",
}

// Usual hours of a morning of reception.
const defaultStart, defaultEnd = "07:30", "11:00"

// Period returns the schedule of period ("2026-12" or "2026-Q1").
//
// Errors: Invalid (the period); Unauthorized; Forbidden; Internal.
func (s *Schedule) Period(period string) (*ScheduleView, error) {
	if _, err := s.deps.require(PermViewLogbook); err != nil {
		return nil, err
	}
	p, err := ParseSchedulePeriod(period)
	if err != nil {
		return nil, err
	}
	return s.view(context.Background(), p)
}

// view assembles the schedule of p with its warnings and defaults.
func (s *Schedule) view(ctx context.Context, p SchedulePeriod) (*ScheduleView, error) {
	st, _ := s.deps.store()
	entries, err := st.ScheduleEntries(ctx, p.From, p.To)
	if err != nil {
		return nil, err
	}
	v := &ScheduleView{Period: p, Entries: entries, Warnings: []string{}}
	unit, err := st.Unit(ctx)
	if err != nil && domain.KindOf(err) != domain.NotFound {
		return nil, err
	}
	if unit == nil {
		unit = &domain.Unit{}
	}
	v.Defaults = scheduleDefaults(*unit)
	cal, err := s.deps.calendars.current(ctx, st, s.deps.Log)
	if err != nil {
		return nil, err
	}
	// A week at either end of the period counts as held when it has a day
	// in the next or the last period's schedule.
	from, _ := law.ParseDate(p.From)
	to, _ := law.ParseDate(p.To)
	around, err := st.ScheduleEntries(ctx, law.WeekOf(from).Monday.String(), law.WeekOf(to).Sunday.String())
	if err != nil {
		return nil, err
	}
	v.Warnings = scheduleWarnings(cal, from, to, around)
	return v, nil
}

// scheduleDefaults are the values of a new entry for unit.
func scheduleDefaults(unit domain.Unit) domain.ScheduleEntry {
	level := unit.Level()
	invited := make([]string, len(defaultInvited))
	for i, b := range defaultInvited {
		invited[i] = domain.CleanText(strings.ReplaceAll(b, "{level}", level))
	}
	presided := ""
	if unit.ChairmanName != "" {
		presided = domain.CleanText(fmt.Sprintf("%s, %s %s", unit.ChairmanName, chairmanTitleOr(unit), unit.Name))
	}
	return domain.ScheduleEntry{Start: defaultStart, End: defaultEnd, Place: unit.ReceptionPlace, PresidedBy: presided, Invited: invited}
}

// chairmanTitleOr is the unit's chairman title, "Chủ tịch" when none.
func chairmanTitleOr(unit domain.Unit) string {
	if unit.ChairmanTitle != "" {
		return unit.ChairmanTitle
	}
	return "Chủ tịch"
}

// scheduleWarnings says which weeks from from to to have no day in entries
// although they have a working day to hold one on (law.WeekOf; Luật TCD
// Art. 15.2(d)), and which entries fall on a holiday or a Sunday.
func scheduleWarnings(cal *law.Calendar, from, to law.Date, entries []domain.ScheduleEntry) []string {
	held := map[law.Date]bool{}
	out := []string{}
	for _, e := range entries {
		d, err := law.ParseDate(e.Date)
		if err != nil {
			continue
		}
		held[law.WeekOf(d).Monday] = true
		if d.Before(from) || d.After(to) {
			continue
		}
		day := cal.Day(d)
		switch {
		case d.Weekday() == time.Sunday:
			out = append(out, fmt.Sprintf("Ngày %s là Chủ nhật.", d.Display()))
		case !cal.IsWorkingDay(d) && d.Weekday() != time.Saturday:
			out = append(out, fmt.Sprintf("Ngày %s là ngày nghỉ (%s).", d.Display(), day.Reason))
		}
	}
	var missing []string
	for w := law.WeekOf(from); !w.Monday.After(to); w = law.WeekOf(w.Monday.AddDays(7)) {
		if held[w.Monday] {
			continue
		}
		workable := false
		for d := w.Monday; !d.After(w.Sunday); d = d.AddDays(1) {
			if !d.Before(from) && !d.After(to) && cal.IsWorkingDay(d) {
				workable = true
				break
			}
		}
		if workable {
			missing = append(missing, fmt.Sprintf("%s–%s", w.Monday.Display(), w.Sunday.Display()))
		}
	}
	if len(missing) > 0 {
		out = append([]string{fmt.Sprintf("Tuần chưa có ngày tiếp định kỳ: %s. %s.",
			strings.Join(missing, "; "), law.PeriodicReceptionCitation)}, out...)
	}
	return out
}

// SaveEntry creates (ID 0) or updates a day of the schedule; Revision must
// be the one read.
//
// Errors: Invalid with a message per field; NotFound; Conflict;
// Unauthorized; Forbidden; Internal.
func (s *Schedule) SaveEntry(e domain.ScheduleEntry) (*domain.ScheduleEntry, error) {
	a, err := s.deps.require(PermRecord)
	if err != nil {
		return nil, err
	}
	e.Normalize()
	if err := e.Validate(); err != nil {
		return nil, err
	}
	if _, err := law.ParseDate(e.Date); err != nil {
		return nil, &domain.Error{Kind: domain.Invalid, Message: "Ngày tiếp không hợp lệ.", Fields: map[string]string{"date": "Ngày không hợp lệ"}}
	}
	st, _ := s.deps.store()
	saved, err := st.SaveScheduleEntries(context.Background(), actor(a), []domain.ScheduleEntry{e})
	if err != nil {
		return nil, err
	}
	return &saved[0], nil
}

// DeleteEntry removes a day of the schedule whose revision is revision.
//
// Errors: NotFound; Conflict; Unauthorized; Forbidden; Internal.
func (s *Schedule) DeleteEntry(id, revision int64) error {
	a, err := s.deps.require(PermRecord)
	if err != nil {
		return err
	}
	st, _ := s.deps.store()
	return st.DeleteScheduleEntry(context.Background(), actor(a), id, revision)
}

// Fill adds to period's schedule a day on each of the unit's periodic
// weekdays (Cài đặt › Ngày tiếp định kỳ) that is a working day and has no
// entry yet, with the defaults, and returns the schedule.
//
// Errors: Invalid (the period; the unit not set up); Unauthorized;
// Forbidden; Internal.
func (s *Schedule) Fill(period string) (*ScheduleView, error) {
	a, err := s.deps.require(PermRecord)
	if err != nil {
		return nil, err
	}
	p, err := ParseSchedulePeriod(period)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := s.deps.store()
	unit, err := st.Unit(ctx)
	if domain.KindOf(err) == domain.NotFound {
		return nil, domain.Errorf(domain.Invalid, "Chưa thiết lập thông tin đơn vị (ngày tiếp định kỳ, địa điểm, Chủ tịch): vui lòng nhập trong Cài đặt.")
	}
	if err != nil {
		return nil, err
	}
	cal, err := s.deps.calendars.current(ctx, st, s.deps.Log)
	if err != nil {
		return nil, err
	}
	existing, err := st.ScheduleEntries(ctx, p.From, p.To)
	if err != nil {
		return nil, err
	}
	taken := map[string]bool{}
	for _, e := range existing {
		taken[e.Date] = true
	}
	days := map[int]bool{}
	for _, d := range unit.PeriodicDays {
		days[d] = true
	}
	defaults := scheduleDefaults(*unit)
	var add []domain.ScheduleEntry
	from, _ := law.ParseDate(p.From)
	to, _ := law.ParseDate(p.To)
	for d := from; !d.After(to); d = d.AddDays(1) {
		if days[domain.ISOWeekday(d.Time())] && cal.IsWorkingDay(d) && !taken[d.String()] {
			e := defaults
			e.Date = d.String()
			add = append(add, e)
		}
	}
	if len(add) > 0 {
		if _, err := st.SaveScheduleEntries(ctx, actor(a), add); err != nil {
			return nil, err
		}
	}
	return s.view(ctx, p)
}

// PDF prints period's schedule for posting (niêm yết), dated today, as a
// base64 PDF. The print is audited.
//
// Errors: Invalid (the period; the unit not set up); Unauthorized;
// Forbidden; Internal.
func (s *Schedule) PDF(period string) (string, error) {
	a, err := s.deps.require(PermViewLogbook)
	if err != nil {
		return "", err
	}
	pdf, err := printSchedule(context.Background(), s.deps, a, PrintJob{Period: period})
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(pdf), nil
}

// printSchedule is the LICH printer: the schedule of job.Period.
func printSchedule(ctx context.Context, d Deps, by *domain.Account, job PrintJob) ([]byte, error) {
	p, err := ParseSchedulePeriod(job.Period)
	if err != nil {
		return nil, err
	}
	st, err := d.store()
	if err != nil {
		return nil, err
	}
	entries, err := st.ScheduleEntries(ctx, p.From, p.To)
	if err != nil {
		return nil, err
	}
	unit, err := printUnit(ctx, d)
	if err != nil {
		return nil, err
	}
	var pdf bytes.Buffer
	if err := reports.SchedulePDF(&pdf, *unit, reports.Schedule{Title: p.Title, Date: law.DateOf(d.Now()).String(), Entries: entries}); err != nil {
		return nil, err
	}
	if err := st.RecordEvent(ctx, printActor(by), "print", "schedule", p.Code, map[string]any{"form": "LICH", "entries": len(entries)}); err != nil {
		return nil, err
	}
	return pdf.Bytes(), nil
}
