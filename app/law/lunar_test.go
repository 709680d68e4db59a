package law

import (
	"testing"
)

// Tết (mùng 1 tháng Giêng) 2000–2035: calendar.md §3.1.
var tetDates = map[int]string{
	2000: "2000-02-05", 2001: "2001-01-24", 2002: "2002-02-12", 2003: "2003-02-01",
	2004: "2004-01-22", 2005: "2005-02-09", 2006: "2006-01-29", 2007: "2007-02-17",
	2008: "2008-02-07", 2009: "2009-01-26", 2010: "2010-02-14", 2011: "2011-02-03",
	2012: "2012-01-23", 2013: "2013-02-10", 2014: "2014-01-31", 2015: "2015-02-19",
	2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16", 2019: "2019-02-05",
	2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22",
	2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06",
	2028: "2028-01-26", 2029: "2029-02-13", 2030: "2030-02-02", 2031: "2031-01-23",
	2032: "2032-02-11", 2033: "2033-01-31", 2034: "2034-02-19", 2035: "2035-02-08",
}

// Giỗ Tổ Hùng Vương (10/3 âm lịch): 2020–2035 from calendar.md §3.2, 2009
// from §3.3; 2000–2019 (other than 2009) from the python-holidays tables
// that calendar.md §3.2 checked the method against (Chinese dates, with the
// Vietnamese override for 2009).
var hungKingsDates = map[int]string{
	2000: "2000-04-14", 2001: "2001-04-03", 2002: "2002-04-22", 2003: "2003-04-11",
	2004: "2004-04-28", 2005: "2005-04-18", 2006: "2006-04-07", 2007: "2007-04-26",
	2008: "2008-04-15", 2009: "2009-04-04", 2010: "2010-04-23", 2011: "2011-04-12",
	2012: "2012-03-31", 2013: "2013-04-19", 2014: "2014-04-09", 2015: "2015-04-28",
	2016: "2016-04-16", 2017: "2017-04-06", 2018: "2018-04-25", 2019: "2019-04-14",
	2020: "2020-04-02", 2021: "2021-04-21", 2022: "2022-04-10", 2023: "2023-04-29",
	2024: "2024-04-18", 2025: "2025-04-07", 2026: "2026-04-26", 2027: "2027-04-16",
	2028: "2028-04-04", 2029: "2029-04-23", 2030: "2030-04-12", 2031: "2031-04-01",
	2032: "2032-04-19", 2033: "2033-04-09", 2034: "2034-04-28", 2035: "2035-04-17",
}

func TestTetAndHungKings2000to2035(t *testing.T) {
	for y := 2000; y <= 2035; y++ {
		if got := TetDate(y).String(); got != tetDates[y] {
			t.Errorf("Tết %d = %s, want %s", y, got, tetDates[y])
		}
		if got := HungKingsDay(y).String(); got != hungKingsDates[y] {
			t.Errorf("Giỗ Tổ %d = %s, want %s", y, got, hungKingsDates[y])
		}
		if l := SolarToLunar(TetDate(y)); l != (LunarDate{Year: y, Month: 1, Day: 1}) {
			t.Errorf("SolarToLunar(Tết %d) = %+v", y, l)
		}
	}
}

// Vietnam (UTC+7) and China (UTC+8) differ: calendar.md §3.3.
func TestVietnamDiffersFromChina(t *testing.T) {
	tests := []struct {
		year             int
		month, day       int
		vietnam, chinese string
	}{
		{1985, 1, 1, "1985-01-21", "1985-02-20"},
		{2007, 1, 1, "2007-02-17", "2007-02-18"},
		{2030, 1, 1, "2030-02-02", "2030-02-03"},
		{2053, 1, 1, "2053-02-18", "2053-02-19"},
		{2009, 3, 10, "2009-04-04", "2009-04-05"},
	}
	for _, tt := range tests {
		l := LunarDate{Year: tt.year, Month: tt.month, Day: tt.day}
		vn, err := LunarToSolar(l)
		if err != nil || vn.String() != tt.vietnam {
			t.Errorf("%v in Vietnam = %s, %v; want %s", l, vn, err, tt.vietnam)
		}
		cn, err := lunarToSolarTZ(l, 8)
		if err != nil || dateFromJDN(cn).String() != tt.chinese {
			t.Errorf("%v at UTC+8 = %s, %v; want %s", l, dateFromJDN(cn), err, tt.chinese)
		}
	}
	// 1985: tháng 2 nhuận in Vietnam; in China the leap month was 10 of 1984.
	if LeapMonth(1985) != 2 || LeapMonth(1984) != 0 {
		t.Errorf("leap months 1984/1985 = %d/%d, want 0/2", LeapMonth(1984), LeapMonth(1985))
	}
}

func TestLeapMonths(t *testing.T) {
	want := map[int]int{
		2000: 0, 2001: 4, 2002: 0, 2004: 2, 2006: 7, 2007: 0, 2009: 5, 2012: 4, 2014: 9,
		2017: 6, 2020: 4, 2023: 2, 2024: 0, 2025: 6, 2026: 0, 2028: 5, 2031: 3, 2033: 11,
	}
	for y, m := range want {
		if got := LeapMonth(y); got != m {
			t.Errorf("LeapMonth(%d) = %d, want %d", y, got, m)
		}
	}
	// 2025: tháng 6 nhuận runs 25/07/2025 – 22/08/2025.
	l, err := LunarToSolar(LunarDate{Year: 2025, Month: 6, Day: 1, Leap: true})
	if err != nil || l.String() != "2025-07-25" {
		t.Errorf("1/6 nhuận/2025 = %s, %v", l, err)
	}
	if got := SolarToLunar(day(t, "2025-08-22")); got != (LunarDate{2025, 6, 29, true}) {
		t.Errorf("2025-08-22 = %v", got)
	}
	// 2033: tháng 11 nhuận belongs to lunar year 2033 and ends before Tết 2034.
	l, err = LunarToSolar(LunarDate{Year: 2033, Month: 11, Day: 1, Leap: true})
	if err != nil || l.Year() != 2033 || SolarToLunar(l) != (LunarDate{2033, 11, 1, true}) {
		t.Errorf("1/11 nhuận/2033 = %s, %v", l, err)
	}
}

// Every day 1900–2100 converts to a lunar date and back; consecutive days
// are consecutive lunar days or start a new month of 29 or 30 days; every
// 13-month lunar year has exactly one leap month.
func TestLunarRoundTrip1900to2100(t *testing.T) {
	first, last := day(t, "1900-01-01"), day(t, "2100-12-31")
	prev := SolarToLunar(first)
	leaps := map[int]int{}
	monthLen := prev.Day
	for d := first; !d.After(last); d = d.AddDays(1) {
		l := SolarToLunar(d)
		back, err := LunarToSolar(l)
		if err != nil || back != d {
			t.Fatalf("%s → %v → %s, %v", d, l, back, err)
		}
		if d == first {
			continue
		}
		if l.Day == 1 {
			if prev.Day < 29 || prev.Day > 30 || (d != first.AddDays(1) && monthLen != prev.Day) {
				t.Fatalf("%s: month before has %d days", d, prev.Day)
			}
			if l.Leap {
				leaps[l.Year]++
				if l.Month != prev.Month {
					t.Fatalf("%s: leap month %d does not repeat %d", d, l.Month, prev.Month)
				}
			} else {
				wantMonth, wantYear := prev.Month%12+1, prev.Year
				if prev.Month == 12 {
					wantYear++
				}
				if l.Month != wantMonth || l.Year != wantYear {
					t.Fatalf("%s: %v follows %v", d, l, prev)
				}
			}
			monthLen = 1
		} else {
			if l.Day != prev.Day+1 || l.Month != prev.Month || l.Year != prev.Year || l.Leap != prev.Leap {
				t.Fatalf("%s: %v follows %v", d, l, prev)
			}
			monthLen++
		}
		prev = l
	}
	for y, n := range leaps {
		if n != 1 || LeapMonth(y) == 0 {
			t.Errorf("lunar year %d: %d leap months, LeapMonth = %d", y, n, LeapMonth(y))
		}
	}
	if len(leaps) < 70 || len(leaps) > 80 { // 7 leap years in 19
		t.Errorf("%d leap years in 1900–2100", len(leaps))
	}
}

func TestLunarToSolarInvalid(t *testing.T) {
	tests := []LunarDate{
		{Year: 2026, Month: 4, Day: 1, Leap: true}, // 2026 has no leap month
		{Year: 2025, Month: 12, Day: 30},           // tháng Chạp Ất Tỵ has 29 days
		{Year: 2026, Month: 13, Day: 1},
		{Year: 2026, Month: 1, Day: 0},
	}
	for _, l := range tests {
		if _, err := LunarToSolar(l); KindOf(err) != Invalid {
			t.Errorf("LunarToSolar(%+v) error = %v, want Invalid", l, err)
		}
	}
	if n, err := LunarMonthLength(2025, 12, false); n != 29 || err != nil {
		t.Errorf("LunarMonthLength(2025, 12) = %d, %v", n, err)
	}
}

func TestLunarText(t *testing.T) {
	tests := []struct {
		l         LunarDate
		text, str string
	}{
		{LunarDate{2026, 1, 1, false}, "mùng 1 tháng Giêng", "1/1/2026"},
		{LunarDate{2026, 3, 10, false}, "mùng 10 tháng Ba", "10/3/2026"},
		{LunarDate{2025, 12, 29, false}, "29 tháng Chạp", "29/12/2025"},
		{LunarDate{2020, 4, 15, true}, "15 tháng Tư nhuận", "15/4 nhuận/2020"},
	}
	for _, tt := range tests {
		if tt.l.Text() != tt.text || tt.l.String() != tt.str {
			t.Errorf("%+v: %q %q", tt.l, tt.l.Text(), tt.l.String())
		}
	}
	for y, want := range map[int]string{2025: "Ất Tỵ", 2026: "Bính Ngọ", 2000: "Canh Thìn", 1985: "Ất Sửu"} {
		if got := YearName(y); got != want {
			t.Errorf("YearName(%d) = %s, want %s", y, got, want)
		}
	}
}
