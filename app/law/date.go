package law

import (
	"fmt"
	"time"
)

// Date is a civil date on the Gregorian calendar, with no time of day and no
// time zone: the unit every legal period in Vietnam is counted in (BLDS 2015
// Art. 145). It is stored as a Julian Day Number, so adding days and comparing
// are integer operations and Date values can be compared with ==.
//
// The zero Date means "no date". Dates are proleptic Gregorian for every year
// (no switch to the Julian calendar before 1582). Dates marshal to and from
// JSON and text as ISO strings ("2026-02-17"); the zero Date as "".
type Date struct {
	jdn int32
}

// MinYear and MaxYear bound the years the working calendar and the deadline
// functions accept. The lunar computation is tested over 1900–2100.
const (
	MinYear = 1900
	MaxYear = 2199
)

// NewDate returns the date year-month-day. Out-of-range months and days are
// normalised the way time.Date does (NewDate(2026, 2, 30) is 2 March 2026).
func NewDate(year int, month time.Month, day int) Date {
	if month < time.January || month > time.December || day < 1 || day > 28 {
		t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
		year, month, day = t.Date()
	}
	return Date{jdn: int32(jdnFromCivil(year, int(month), day))}
}

// DateOf returns the civil date of t in t's own location. To get the date in
// Vietnam, pass t.In(a UTC+7 location); the package never reads the clock.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// ParseDate parses an ISO date "YYYY-MM-DD" (years 0001–9999). It returns an
// Invalid *Error with a Vietnamese message if s is not such a date.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, errorf(Invalid, "Ngày %q không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-03-15)", s)
	}
	return DateOf(t), nil
}

func dateFromJDN(j int) Date { return Date{jdn: int32(j)} }

// JDN returns the Julian Day Number of d (2451545 is 2000-01-01).
func (d Date) JDN() int { return int(d.jdn) }

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d.jdn == 0 }

// Civil returns the year, month and day of d.
func (d Date) Civil() (year int, month time.Month, day int) {
	y, m, dd := civilFromJDN(int(d.jdn))
	return y, time.Month(m), dd
}

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := civilFromJDN(int(d.jdn)); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := civilFromJDN(int(d.jdn)); return time.Month(m) }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, dd := civilFromJDN(int(d.jdn)); return dd }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return weekdayOfJDN(int(d.jdn)) }

// AddDays returns d plus n days (n may be negative).
func (d Date) AddDays(n int) Date { return Date{jdn: d.jdn + int32(n)} }

// Sub returns the number of days from e to d (d - e).
func (d Date) Sub(e Date) int { return int(d.jdn - e.jdn) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.jdn < e.jdn }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.jdn > e.jdn }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.jdn < e.jdn:
		return -1
	case d.jdn > e.jdn:
		return 1
	}
	return 0
}

// Time returns d as a time.Time at midnight UTC.
func (d Date) Time() time.Time {
	y, m, dd := d.Civil()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// String returns d as an ISO date ("2026-02-17"), or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Civil()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), dd)
}

// Display returns d the way dates are shown to people: "17/02/2026".
func (d Date) Display() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Civil()
	return fmt.Sprintf("%02d/%02d/%04d", dd, int(m), y)
}

// MarshalText encodes d as an ISO date; the zero Date as "".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes an ISO date; "" gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// jdnFromCivil converts a proleptic Gregorian date to a Julian Day Number
// (Fliegel and Van Flandern, 1968).
func jdnFromCivil(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}

// civilFromJDN is the inverse of jdnFromCivil.
func civilFromJDN(j int) (y, m, d int) {
	a := j + 32044
	b := (4*a + 3) / 146097
	c := a - 146097*b/4
	dd := (4*c + 3) / 1461
	e := c - 1461*dd/4
	mm := (5*e + 2) / 153
	d = e - (153*mm+2)/5 + 1
	m = mm + 3 - 12*(mm/10)
	y = 100*b + dd - 4800 + mm/10
	return y, m, d
}

// weekdayOfJDN: JDN 0 was a Monday.
func weekdayOfJDN(j int) time.Weekday { return time.Weekday((j + 1) % 7) }

func isWeekend(j int) bool {
	w := weekdayOfJDN(j)
	return w == time.Saturday || w == time.Sunday
}

// weekdayNames are the Vietnamese names of the days of the week, capitalised
// as at the start of a phrase.
var weekdayNames = [7]string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

// WeekdayName returns the Vietnamese name of the day of the week of d
// ("Thứ Hai" … "Thứ Bảy", "Chủ nhật").
func (d Date) WeekdayName() string { return weekdayNames[d.Weekday()] }
