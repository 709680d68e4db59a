package law

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// DayKind says whether the ward office works on a day.
type DayKind uint8

const (
	// WorkingDay is a day the office is open: Monday–Friday unless given off,
	// or a Saturday swapped into a working day.
	WorkingDay DayKind = 1
	// DayOff is a day the office is closed: a weekend, a holiday, a
	// compensatory day off (nghỉ bù) or a weekday swapped off.
	DayOff DayKind = 2
)

// String returns the word the holidays listing prints: "làm việc" or "nghỉ".
func (k DayKind) String() string {
	switch k {
	case WorkingDay:
		return "làm việc"
	case DayOff:
		return "nghỉ"
	}
	return fmt.Sprintf("DayKind(%d)", uint8(k))
}

// Origin says where a day's status comes from.
type Origin uint8

const (
	// OriginWeek: the ordinary week (Monday–Friday work, Saturday–Sunday off).
	OriginWeek Origin = iota
	// OriginStatute: computed from BLLĐ 2019 Arts. 111–112 for a year whose
	// notice is not known (provisional).
	OriginStatute
	// OriginNotice: the Government's yearly notice, shipped as data.
	OriginNotice
	// OriginOptional: an optional holiday switched on for the year (for
	// example Ngày Văn hóa Việt Nam, 24/11).
	OriginOptional
	// OriginOverride: an administrator's edit; wins over everything else.
	OriginOverride
)

// Day is the status of one date in the working calendar.
type Day struct {
	Date Date
	Kind DayKind
	// Reason is the Vietnamese reason, e.g. "Tết Nguyên đán (mùng 1 tháng
	// Giêng)". For an ordinary weekend it is the weekday name; for an ordinary
	// working day it is "".
	Reason string
	Origin Origin
}

// Override is an administrator's edit of one date (Cài đặt › Lịch làm việc):
// it sets the date to Kind whatever the computed or announced calendar says.
// To add a day off, give DayOff; to remove a day off or add a working
// Saturday, give WorkingDay; to remove a working Saturday, give DayOff.
// Reason is required. The store keeps overrides and passes them in through
// Options; this package never reads or writes them.
type Override struct {
	Date   Date
	Kind   DayKind
	Reason string
}

// OptionalHoliday is a holiday that is not (or not yet) certainly in force and
// that the administrator switches on year by year.
type OptionalHoliday struct {
	ID    string
	Month time.Month
	Day   int
	// Name is the reason shown for the day off.
	Name string
	// Note says why the holiday is optional.
	Note string
}

var optionalHolidays = []OptionalHoliday{{
	ID:    "ngay-van-hoa",
	Month: time.November,
	Day:   24,
	Name:  "Ngày Văn hóa Việt Nam (24/11)",
	Note: "Nghị quyết 80-NQ/TW và Nghị quyết 30/NQ-CP đề nghị bổ sung vào khoản 1 Điều 112 BLLĐ 2019; " +
		"chưa xác nhận Quốc hội đã thông qua. Bật cho từng năm khi đã có văn bản.",
}}

// OptionalHolidays returns the holidays that can be switched on per year.
func OptionalHolidays() []OptionalHoliday {
	return append([]OptionalHoliday(nil), optionalHolidays...)
}

// HolidaySwitch switches an optional holiday on for one year.
type HolidaySwitch struct {
	Year int
	// ID is an OptionalHoliday ID, e.g. "ngay-van-hoa".
	ID string
}

// Options is everything the administrator can change about the working
// calendar. The application loads it from the store and builds a Calendar
// from it; when it changes, build a new Calendar.
type Options struct {
	// Overrides win over the announced and computed calendar. When two
	// overrides name the same date, the later one in the slice wins.
	Overrides []Override
	// Holidays switches optional holidays on, year by year.
	Holidays []HolidaySwitch
	// ConfirmedYears lists years the administrator has entered the official
	// notice for (through Overrides); they are no longer shown as "tạm tính".
	ConfirmedYears []int
}

// Calendar is the working-day calendar of the ward office: the announced
// years (2025, 2026), a provisional computation from statute for every other
// year, and the administrator's Options on top. Year tables are computed on
// first use and cached; a Calendar is safe for concurrent use.
type Calendar struct {
	overrides map[int][]Override // by year, in input order
	switches  map[int][]OptionalHoliday
	confirmed map[int]bool
	years     sync.Map // int → *YearCalendar
}

// NewCalendar returns the calendar for the given options. It returns an
// Invalid *Error if an override has no date, no valid kind or no reason, or
// if a switch names an unknown optional holiday or a year outside
// MinYear–MaxYear.
func NewCalendar(opts Options) (*Calendar, error) {
	c := &Calendar{
		overrides: map[int][]Override{},
		switches:  map[int][]OptionalHoliday{},
		confirmed: map[int]bool{},
	}
	for _, o := range opts.Overrides {
		if o.Date.IsZero() {
			return nil, errorf(Invalid, "Điều chỉnh lịch làm việc thiếu ngày")
		}
		if y := o.Date.Year(); y < MinYear || y > MaxYear {
			return nil, errorf(Invalid, "Ngày %s nằm ngoài khoảng năm %d–%d", o.Date.Display(), MinYear, MaxYear)
		}
		if o.Kind != WorkingDay && o.Kind != DayOff {
			return nil, errorf(Invalid, "Điều chỉnh ngày %s phải là ngày nghỉ hoặc ngày làm việc", o.Date.Display())
		}
		if strings.TrimSpace(o.Reason) == "" {
			return nil, errorf(Invalid, "Điều chỉnh ngày %s phải ghi lý do", o.Date.Display())
		}
		y := o.Date.Year()
		c.overrides[y] = append(c.overrides[y], o)
	}
	for _, s := range opts.Holidays {
		h, ok := findOptional(s.ID)
		if !ok {
			return nil, errorf(Invalid, "Không có ngày lễ tùy chọn %q", s.ID)
		}
		if s.Year < MinYear || s.Year > MaxYear {
			return nil, errorf(Invalid, "Năm %d nằm ngoài khoảng %d–%d", s.Year, MinYear, MaxYear)
		}
		c.switches[s.Year] = append(c.switches[s.Year], h)
	}
	for _, y := range opts.ConfirmedYears {
		c.confirmed[y] = true
	}
	return c, nil
}

func findOptional(id string) (OptionalHoliday, bool) {
	for _, h := range optionalHolidays {
		if h.ID == id {
			return h, true
		}
	}
	return OptionalHoliday{}, false
}

// Year returns the working calendar of year y, or an Invalid *Error if y is
// outside MinYear–MaxYear.
func (c *Calendar) Year(y int) (*YearCalendar, error) {
	if yc := c.year(y); yc != nil {
		return yc, nil
	}
	return nil, errorf(Invalid, "Năm %d nằm ngoài khoảng %d–%d", y, MinYear, MaxYear)
}

// year returns the cached table of year y, building it on first use, or nil
// outside MinYear–MaxYear.
func (c *Calendar) year(y int) *YearCalendar {
	if v, ok := c.years.Load(y); ok {
		return v.(*YearCalendar)
	}
	if y < MinYear || y > MaxYear {
		return nil
	}
	v, _ := c.years.LoadOrStore(y, c.build(y))
	return v.(*YearCalendar)
}

// Day returns the status of d. Outside MinYear–MaxYear only the Monday–Friday
// pattern is known.
func (c *Calendar) Day(d Date) Day {
	if yc := c.year(d.Year()); yc != nil {
		return yc.Day(d)
	}
	return patternDay(d)
}

// IsWorkingDay reports whether the office works on d. Outside
// MinYear–MaxYear only the Monday–Friday pattern is known.
func (c *Calendar) IsWorkingDay(d Date) bool { return c.Day(d).Kind == WorkingDay }

// YearCalendar is the working calendar of one year. It is immutable.
type YearCalendar struct {
	year        int
	first       int    // JDN of 1 January
	working     []bool // by day of year (0 = 1 January)
	special     []Day  // sorted by date: every day with a status or reason of its own
	provisional bool
	source      string
}

// Year returns the year.
func (yc *YearCalendar) Year() int { return yc.year }

// Provisional reports whether the year is computed from statute because its
// notice is not known ("tạm tính"); it must be shown as such.
func (yc *YearCalendar) Provisional() bool { return yc.provisional }

// Source names the notice the year follows, or says it is computed.
func (yc *YearCalendar) Source() string { return yc.source }

// IsWorkingDay reports whether the office works on d (d must be in the year).
func (yc *YearCalendar) IsWorkingDay(d Date) bool {
	i := d.JDN() - yc.first
	if i < 0 || i >= len(yc.working) {
		return patternDay(d).Kind == WorkingDay
	}
	return yc.working[i]
}

// Day returns the status of d, which should be in the year.
func (yc *YearCalendar) Day(d Date) Day {
	i := sort.Search(len(yc.special), func(i int) bool { return !yc.special[i].Date.Before(d) })
	if i < len(yc.special) && yc.special[i].Date == d {
		return yc.special[i]
	}
	return patternDay(d)
}

// Exceptions returns, sorted by date, every date of the year whose status
// differs from the Monday–Friday pattern: weekdays off and working weekend
// days, each with its reason. A holiday that falls on a weekend is not an
// exception (its nghỉ bù is).
func (yc *YearCalendar) Exceptions() []Day {
	var out []Day
	for _, d := range yc.special {
		if d.Kind != patternKind(d.Date.JDN()) {
			out = append(out, d)
		}
	}
	return out
}

// Special returns every date with a status or reason of its own, sorted,
// including holidays that fall on a weekend (for the settings screen).
func (yc *YearCalendar) Special() []Day {
	return append([]Day(nil), yc.special...)
}

func patternKind(j int) DayKind {
	if isWeekend(j) {
		return DayOff
	}
	return WorkingDay
}

func patternDay(d Date) Day {
	day := Day{Date: d, Kind: patternKind(d.JDN()), Origin: OriginWeek}
	if day.Kind == DayOff {
		day.Reason = d.WeekdayName()
	}
	return day
}

// build computes year y: the notice if there is one, else the statutory
// rules; then switched-on optional holidays; then overrides.
func (c *Calendar) build(y int) *YearCalendar {
	first := jdnFromCivil(y, 1, 1)
	n := jdnFromCivil(y+1, 1, 1) - first
	yc := &YearCalendar{year: y, first: first, working: make([]bool, n)}
	days := map[int]Day{}
	if nt, ok := noticeFor(y); ok {
		for _, d := range nt.Days {
			d.Origin = OriginNotice
			days[d.Date.JDN()] = d
		}
		yc.source = nt.Source
	} else {
		for _, d := range statutoryDays(y) {
			days[d.Date.JDN()] = d
		}
		yc.provisional = true
		yc.source = "Tạm tính theo Điều 111, 112 Bộ luật Lao động 2019 (chưa có thông báo nghỉ lễ của năm)"
	}
	if hs := c.switches[y]; len(hs) > 0 {
		var extra []holiday
		for _, h := range hs {
			extra = append(extra, holiday{jdn: jdnFromCivil(y, int(h.Month), h.Day), name: h.Name})
		}
		addHolidays(days, extra, OriginOptional)
	}
	for _, o := range c.overrides[y] {
		days[o.Date.JDN()] = Day{Date: o.Date, Kind: o.Kind, Reason: o.Reason, Origin: OriginOverride}
	}
	if c.confirmed[y] {
		yc.provisional = false
		yc.source = "Lịch đã được quản trị viên xác nhận theo thông báo chính thức"
	}
	for i := range yc.working {
		yc.working[i] = patternKind(first+i) == WorkingDay
	}
	for j, d := range days {
		if j >= first && j < first+n {
			yc.working[j-first] = d.Kind == WorkingDay
			yc.special = append(yc.special, d)
		}
	}
	sort.Slice(yc.special, func(a, b int) bool { return yc.special[a].Date.Before(yc.special[b].Date) })
	return yc
}

// holiday is one statutory day off before nghỉ bù is worked out.
type holiday struct {
	jdn  int
	name string
}

// statutoryDays computes a year's days off from BLLĐ 2019 Art. 112(1) and the
// nghỉ bù rule of Art. 111(3), placing the days the Prime Minister chooses the
// way recent notices have (calendar.md §1.3, §1.4):
//   - Tết: the last two days of the old year and mùng 1–3;
//   - Quốc khánh: the adjacent weekday that joins 2/9 to a weekend (1/9 when
//     2/9 is a Tuesday, Wednesday, Friday or Saturday; 3/9 when it is a
//     Sunday, Monday or Thursday).
func statutoryDays(y int) []Day {
	var hs []holiday
	hs = append(hs, holiday{jdnFromCivil(y, 1, 1), "Tết Dương lịch (1/1)"})
	tet := TetDate(y).JDN()
	for j := tet - 2; j <= tet+2; j++ {
		l := solarToLunarTZ(j, vietnamTZ)
		hs = append(hs, holiday{j, "Tết Nguyên đán (" + l.Text() + ")"})
	}
	hs = append(hs, holiday{HungKingsDay(y).JDN(), "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba)"})
	hs = append(hs, holiday{jdnFromCivil(y, 4, 30), "Ngày Chiến thắng (30/4)"})
	hs = append(hs, holiday{jdnFromCivil(y, 5, 1), "Ngày Quốc tế lao động (1/5)"})
	qk := jdnFromCivil(y, 9, 2)
	hs = append(hs, holiday{qk, "Quốc khánh (2/9)"})
	switch weekdayOfJDN(qk) {
	case time.Sunday, time.Monday, time.Thursday:
		hs = append(hs, holiday{qk + 1, "Quốc khánh (ngày liền kề 3/9)"})
	default:
		hs = append(hs, holiday{qk - 1, "Quốc khánh (ngày liền kề 1/9)"})
	}
	days := map[int]Day{}
	addHolidays(days, hs, OriginStatute)
	out := make([]Day, 0, len(days))
	for _, d := range days {
		out = append(out, d)
	}
	return out
}

// addHolidays marks each holiday as a day off, then gives a nghỉ bù (BLLĐ
// Art. 111(3)) for each one that falls on a Saturday or Sunday (both are
// weekly rest days for công chức, QĐ 188/1999) or on a day already off for
// another holiday: the next weekday that is not already off, taken in date
// order, so several nghỉ bù follow the holiday block one after another.
func addHolidays(days map[int]Day, hs []holiday, origin Origin) {
	sort.SliceStable(hs, func(a, b int) bool { return hs[a].jdn < hs[b].jdn })
	type comp struct {
		h    holiday
		why  string
		base int
	}
	var comps []comp
	for _, h := range hs {
		d := Day{Date: dateFromJDN(h.jdn), Kind: DayOff, Reason: h.name, Origin: origin}
		if prev, ok := days[h.jdn]; ok && prev.Kind == DayOff {
			comps = append(comps, comp{h, "trùng " + prev.Reason + " ngày " + d.Date.Display(), h.jdn})
			continue
		}
		days[h.jdn] = d
		if isWeekend(h.jdn) {
			comps = append(comps, comp{h, "trùng " + weekdayInSentence(d.Date) + " " + d.Date.Display(), h.jdn})
		}
	}
	for _, c := range comps {
		j := c.base + 1
		for j-c.base < 60 {
			prev, taken := days[j]
			if !isWeekend(j) && !(taken && prev.Kind == DayOff) {
				break
			}
			j++
		}
		days[j] = Day{Date: dateFromJDN(j), Kind: DayOff, Reason: "Nghỉ bù " + c.h.name + " " + c.why, Origin: origin}
	}
}

// weekdayInSentence returns the weekday name as written inside a sentence:
// "thứ Bảy", "Chủ nhật".
func weekdayInSentence(d Date) string {
	if d.Weekday() == time.Sunday {
		return "Chủ nhật"
	}
	return "t" + strings.TrimPrefix(d.WeekdayName(), "T")
}
