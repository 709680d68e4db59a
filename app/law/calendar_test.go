package law

import (
	"strings"
	"testing"
	"time"
)

// announced is calendar.md §2 as printed: the inclusive ranges of days off of
// each occasion and the Saturdays made working days.
var announced = map[int]struct {
	off     [][2]string
	working []string
	total   int
}{
	2025: {
		off: [][2]string{
			{"2025-01-01", "2025-01-01"}, // Tết Dương lịch
			{"2025-01-25", "2025-02-02"}, // Tết Ất Tỵ, 9 days
			{"2025-04-05", "2025-04-07"}, // Giỗ Tổ
			{"2025-04-30", "2025-05-04"}, // 30/4 – 1/5, 5 days
			{"2025-08-30", "2025-09-02"}, // Quốc khánh, 4 days
		},
		working: []string{"2025-04-26"},
		total:   22,
	},
	2026: {
		off: [][2]string{
			{"2026-01-01", "2026-01-04"}, // Tết Dương lịch, 4 days
			{"2026-02-14", "2026-02-22"}, // Tết Bính Ngọ, 9 days
			{"2026-04-25", "2026-04-27"}, // Giỗ Tổ + nghỉ bù
			{"2026-04-30", "2026-05-03"}, // 30/4 – 1/5, 4 days
			{"2026-08-29", "2026-09-02"}, // Quốc khánh, 5 days
		},
		working: []string{"2026-01-10", "2026-08-22"},
		total:   25,
	},
}

func TestAnnouncedYearsDayForDay(t *testing.T) {
	c := mustCalendar(t, Options{})
	for year, a := range announced {
		offDays := map[Date]bool{}
		total := 0
		for _, r := range a.off {
			for d := day(t, r[0]); !d.After(day(t, r[1])); d = d.AddDays(1) {
				offDays[d] = true
				total++
			}
		}
		if total != a.total {
			t.Errorf("%d: ranges hold %d days off, the notice reports %d", year, total, a.total)
		}
		workSat := map[Date]bool{}
		for _, s := range a.working {
			workSat[day(t, s)] = true
		}
		yc, err := c.Year(year)
		if err != nil {
			t.Fatal(err)
		}
		if yc.Provisional() {
			t.Errorf("%d is announced but marked provisional", year)
		}
		for d := NewDate(year, 1, 1); d.Year() == year; d = d.AddDays(1) {
			wd := d.Weekday()
			want := (wd != time.Saturday && wd != time.Sunday && !offDays[d]) || workSat[d]
			if got := c.IsWorkingDay(d); got != want {
				t.Errorf("%s (%s): working = %v, want %v (%s)", d, d.WeekdayName(), got, want, c.Day(d).Reason)
			}
		}
	}
}

func TestAnnouncedTetReasonsMatchLunarCalendar(t *testing.T) {
	for _, n := range notices {
		for _, d := range n.Days {
			if !strings.HasPrefix(d.Reason, "Tết Nguyên đán (") {
				continue
			}
			want := "Tết Nguyên đán (" + SolarToLunar(d.Date).Text() + ")"
			if d.Reason != want {
				t.Errorf("%s: reason %q, lunar calendar says %q", d.Date, d.Reason, want)
			}
		}
		for _, d := range n.Days {
			if strings.HasPrefix(d.Reason, "Giỗ Tổ") && d.Date != HungKingsDay(n.Year) {
				t.Errorf("%s: Giỗ Tổ %d is %s", d.Date, n.Year, HungKingsDay(n.Year))
			}
		}
	}
}

const holidays2025 = `2025-01-01	nghỉ	Tết Dương lịch (1/1)
2025-01-27	nghỉ	Tết Nguyên đán (28 tháng Chạp)
2025-01-28	nghỉ	Tết Nguyên đán (29 tháng Chạp)
2025-01-29	nghỉ	Tết Nguyên đán (mùng 1 tháng Giêng)
2025-01-30	nghỉ	Tết Nguyên đán (mùng 2 tháng Giêng)
2025-01-31	nghỉ	Tết Nguyên đán (mùng 3 tháng Giêng)
2025-04-07	nghỉ	Giỗ Tổ Hùng Vương (mùng 10 tháng Ba)
2025-04-26	làm việc	Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/05/2025
2025-04-30	nghỉ	Ngày Chiến thắng (30/4)
2025-05-01	nghỉ	Ngày Quốc tế lao động (1/5)
2025-05-02	nghỉ	Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)
2025-09-01	nghỉ	Quốc khánh (ngày liền kề 1/9)
2025-09-02	nghỉ	Quốc khánh (2/9)
`

const holidays2026 = `2026-01-01	nghỉ	Tết Dương lịch (1/1)
2026-01-02	nghỉ	Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)
2026-01-10	làm việc	Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026
2026-02-16	nghỉ	Tết Nguyên đán (29 tháng Chạp)
2026-02-17	nghỉ	Tết Nguyên đán (mùng 1 tháng Giêng)
2026-02-18	nghỉ	Tết Nguyên đán (mùng 2 tháng Giêng)
2026-02-19	nghỉ	Tết Nguyên đán (mùng 3 tháng Giêng)
2026-02-20	nghỉ	Tết Nguyên đán (mùng 4 tháng Giêng)
2026-04-27	nghỉ	Nghỉ bù Giỗ Tổ Hùng Vương (mùng 10 tháng Ba) trùng Chủ nhật 26/04/2026
2026-04-30	nghỉ	Ngày Chiến thắng (30/4)
2026-05-01	nghỉ	Ngày Quốc tế lao động (1/5)
2026-08-22	làm việc	Làm bù cho ngày nghỉ hoán đổi thứ Hai 31/08/2026
2026-08-31	nghỉ	Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)
2026-09-01	nghỉ	Quốc khánh (ngày liền kề 1/9)
2026-09-02	nghỉ	Quốc khánh (2/9)
`

// 2027 has no notice: computed from statute (calendar.md §2, 2027, scenario A).
const holidays2027 = `# tạm tính
2027-01-01	nghỉ	Tết Dương lịch (1/1)
2027-02-04	nghỉ	Tết Nguyên đán (28 tháng Chạp)
2027-02-05	nghỉ	Tết Nguyên đán (29 tháng Chạp)
2027-02-08	nghỉ	Tết Nguyên đán (mùng 3 tháng Giêng)
2027-02-09	nghỉ	Nghỉ bù Tết Nguyên đán (mùng 1 tháng Giêng) trùng thứ Bảy 06/02/2027
2027-02-10	nghỉ	Nghỉ bù Tết Nguyên đán (mùng 2 tháng Giêng) trùng Chủ nhật 07/02/2027
2027-04-16	nghỉ	Giỗ Tổ Hùng Vương (mùng 10 tháng Ba)
2027-04-30	nghỉ	Ngày Chiến thắng (30/4)
2027-05-03	nghỉ	Nghỉ bù Ngày Quốc tế lao động (1/5) trùng thứ Bảy 01/05/2027
2027-09-02	nghỉ	Quốc khánh (2/9)
2027-09-03	nghỉ	Quốc khánh (ngày liền kề 3/9)
`

func TestFormatHolidays(t *testing.T) {
	c := mustCalendar(t, Options{})
	for year, want := range map[int]string{2025: holidays2025, 2026: holidays2026, 2027: holidays2027} {
		yc, err := c.Year(year)
		if err != nil {
			t.Fatal(err)
		}
		if got := FormatHolidays(yc); got != want {
			t.Errorf("FormatHolidays(%d):\n%s\nwant:\n%s", year, got, want)
		}
	}
}

// Provisional years follow statute: past years whose schedule is known from
// calendar.md §1.2–1.3 come out as they were.
func TestProvisionalYears(t *testing.T) {
	c := mustCalendar(t, Options{})
	tests := []struct {
		date    string
		working bool
		reason  string // substring
	}{
		// 2023: Giỗ Tổ on Saturday 29/4 → nghỉ bù 2/5; 30/4 Sunday → 3/5 (calendar.md §1.2).
		{"2023-05-02", false, "Nghỉ bù Giỗ Tổ Hùng Vương"},
		{"2023-05-03", false, "Nghỉ bù Ngày Chiến thắng"},
		// 2023 Quốc khánh: 1/9 (Fri) plus nghỉ bù Mon 4/9 (§1.3).
		{"2023-09-01", false, "Quốc khánh (ngày liền kề 1/9)"},
		{"2023-09-04", false, "Nghỉ bù Quốc khánh (2/9) trùng thứ Bảy 02/09/2023"},
		// 2024: 2/9 Monday → 3/9 (§1.3); 2021: 2/9 Thursday → 3/9.
		{"2024-09-03", false, "Quốc khánh (ngày liền kề 3/9)"},
		{"2021-09-03", false, "Quốc khánh (ngày liền kề 3/9)"},
		// 2020: mùng 1–2 on Sat/Sun gave 28–29/1 off (§1.4).
		{"2020-01-28", false, "Nghỉ bù Tết Nguyên đán"},
		{"2020-01-29", false, "Nghỉ bù Tết Nguyên đán"},
		{"2020-01-30", true, ""},
		// 2027: 1/5 Saturday → Monday 3/5 (§1.2).
		{"2027-05-03", false, "trùng thứ Bảy 01/05/2027"},
		// 2029: 2/9 Sunday → 3/9 extra day and nghỉ bù Tuesday 4/9.
		{"2029-09-03", false, "ngày liền kề 3/9"},
		{"2029-09-04", false, "Nghỉ bù Quốc khánh (2/9) trùng Chủ nhật 02/09/2029"},
		// 2033: mùng 1 Monday 31/1; the two days before are a weekend → nghỉ bù 3–4/2.
		{"2033-02-03", false, "Nghỉ bù Tết Nguyên đán (29 tháng Chạp)"},
		{"2033-02-04", false, "Nghỉ bù Tết Nguyên đán"},
	}
	for _, tt := range tests {
		d := c.Day(day(t, tt.date))
		if (d.Kind == WorkingDay) != tt.working || !strings.Contains(d.Reason, tt.reason) {
			t.Errorf("%s: %s %q, want working=%v reason containing %q", tt.date, d.Kind, d.Reason, tt.working, tt.reason)
		}
		if d.Kind == DayOff && d.Origin != OriginStatute {
			t.Errorf("%s: origin %d, want OriginStatute", tt.date, d.Origin)
		}
	}
	for _, y := range []int{2021, 2024, 2027, 2040} {
		yc, _ := c.Year(y)
		if !yc.Provisional() || !strings.HasPrefix(FormatHolidays(yc), "# tạm tính\n") {
			t.Errorf("%d should be provisional", y)
		}
	}
	// Every provisional year has 11 statutory days off on weekdays, plus one
	// nghỉ bù for each that fell on a weekend.
	for y := 2021; y <= 2060; y++ {
		if y == 2025 || y == 2026 {
			continue
		}
		yc, _ := c.Year(y)
		offs := 0
		for _, d := range yc.Special() {
			if d.Kind == DayOff && !strings.HasPrefix(d.Reason, "Nghỉ bù") {
				offs++
			}
		}
		if offs != 11 {
			t.Errorf("%d: %d statutory days, want 11", y, offs)
		}
		for _, d := range yc.Exceptions() {
			if d.Kind != DayOff || d.Date.Weekday() == time.Saturday || d.Date.Weekday() == time.Sunday {
				t.Errorf("%d: unexpected exception %+v", y, d)
			}
		}
	}
}

func TestSundayHolidayKeepsItsReason(t *testing.T) {
	c := mustCalendar(t, Options{})
	d := c.Day(day(t, "2026-04-26"))
	if d.Kind != DayOff || d.Reason != "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba)" {
		t.Errorf("2026-04-26 = %+v", d)
	}
	if d := c.Day(day(t, "2026-03-07")); d.Kind != DayOff || d.Reason != "Thứ Bảy" || d.Origin != OriginWeek {
		t.Errorf("ordinary Saturday = %+v", d)
	}
}

func TestOverrides(t *testing.T) {
	opts := Options{Overrides: []Override{
		{Date: day(t, "2026-03-09"), Kind: DayOff, Reason: "Nghỉ do bão số 3 (quyết định của UBND tỉnh)"},
		{Date: day(t, "2026-01-02"), Kind: WorkingDay, Reason: "Đơn vị không áp dụng hoán đổi"},
		{Date: day(t, "2026-01-10"), Kind: DayOff, Reason: "Đơn vị không áp dụng hoán đổi"},
		{Date: day(t, "2027-01-09"), Kind: WorkingDay, Reason: "Làm bù theo thông báo 2027"},
		{Date: day(t, "2026-12-31"), Kind: DayOff, Reason: "lần sửa đầu"},
		{Date: day(t, "2026-12-31"), Kind: WorkingDay, Reason: "lần sửa sau thắng"},
	}}
	c := mustCalendar(t, opts)
	tests := []struct {
		date    string
		working bool
		reason  string
	}{
		{"2026-03-09", false, "Nghỉ do bão số 3 (quyết định của UBND tỉnh)"},
		{"2026-01-02", true, "Đơn vị không áp dụng hoán đổi"},
		{"2026-01-10", false, "Đơn vị không áp dụng hoán đổi"},
		{"2027-01-09", true, "Làm bù theo thông báo 2027"},
		{"2026-12-31", true, "lần sửa sau thắng"},
		{"2026-02-17", false, "Tết Nguyên đán (mùng 1 tháng Giêng)"}, // untouched
	}
	for _, tt := range tests {
		d := c.Day(day(t, tt.date))
		if (d.Kind == WorkingDay) != tt.working || d.Reason != tt.reason {
			t.Errorf("%s = %+v, want working=%v %q", tt.date, d, tt.working, tt.reason)
		}
	}
	yc, _ := c.Year(2026)
	got := FormatHolidays(yc)
	for _, line := range []string{"2026-03-09\tnghỉ\tNghỉ do bão số 3 (quyết định của UBND tỉnh)\n"} {
		if !strings.Contains(got, line) {
			t.Errorf("listing lacks %q", line)
		}
	}
	for _, gone := range []string{"2026-01-02", "2026-01-10", "2026-12-31"} {
		if strings.Contains(got, gone) {
			t.Errorf("listing still has %s (it now follows the Monday–Friday pattern)", gone)
		}
	}
	// The calendar without overrides is unaffected (no shared state).
	if !mustCalendar(t, Options{}).IsWorkingDay(day(t, "2026-03-09")) {
		t.Errorf("override leaked into another Calendar")
	}
	// A year the administrator confirmed is no longer provisional.
	c = mustCalendar(t, Options{Overrides: opts.Overrides, ConfirmedYears: []int{2027}})
	if yc, _ := c.Year(2027); yc.Provisional() || strings.HasPrefix(FormatHolidays(yc), "#") {
		t.Errorf("confirmed 2027 still provisional")
	}
}

func TestOverrideValidation(t *testing.T) {
	bad := []Options{
		{Overrides: []Override{{Date: day(t, "2026-03-09"), Kind: DayOff}}},
		{Overrides: []Override{{Date: day(t, "2026-03-09"), Kind: DayOff, Reason: "   "}}},
		{Overrides: []Override{{Kind: DayOff, Reason: "x"}}},
		{Overrides: []Override{{Date: day(t, "2026-03-09"), Reason: "x"}}},
		{Overrides: []Override{{Date: day(t, "2300-03-09"), Kind: DayOff, Reason: "x"}}},
		{Holidays: []HolidaySwitch{{Year: 2026, ID: "khong-co"}}},
	}
	for i, o := range bad {
		if _, err := NewCalendar(o); KindOf(err) != Invalid {
			t.Errorf("case %d: error %v, want Invalid", i, err)
		}
	}
}

func TestOptionalHolidaySwitch(t *testing.T) {
	c := mustCalendar(t, Options{Holidays: []HolidaySwitch{{Year: 2026, ID: "ngay-van-hoa"}, {Year: 2029, ID: "ngay-van-hoa"}}})
	if d := c.Day(day(t, "2026-11-24")); d.Kind != DayOff || d.Reason != "Ngày Văn hóa Việt Nam (24/11)" || d.Origin != OriginOptional {
		t.Errorf("2026-11-24 = %+v", d)
	}
	// 24/11/2029 is a Saturday: nghỉ bù on Monday 26/11.
	if d := c.Day(day(t, "2029-11-26")); d.Kind != DayOff || !strings.HasPrefix(d.Reason, "Nghỉ bù Ngày Văn hóa Việt Nam") {
		t.Errorf("2029-11-26 = %+v", d)
	}
	// Not switched on for 2027: an ordinary Wednesday.
	if !c.IsWorkingDay(day(t, "2027-11-24")) || !mustCalendar(t, Options{}).IsWorkingDay(day(t, "2026-11-24")) {
		t.Errorf("24/11 off where not switched on")
	}
	// 2026 stays as announced otherwise.
	yc, _ := c.Year(2026)
	if got := FormatHolidays(yc); got != holidays2026+"2026-11-24\tnghỉ\tNgày Văn hóa Việt Nam (24/11)\n" {
		t.Errorf("2026 with 24/11:\n%s", got)
	}
}

func TestYearRange(t *testing.T) {
	c := mustCalendar(t, Options{})
	for _, y := range []int{MinYear - 1, MaxYear + 1} {
		if _, err := c.Year(y); KindOf(err) != Invalid {
			t.Errorf("Year(%d): %v", y, err)
		}
	}
	if _, err := c.Year(MaxYear); err != nil {
		t.Errorf("Year(%d): %v", MaxYear, err)
	}
}
