package law

import (
	"fmt"
	"math"
	"sync"
)

// The Vietnamese lunar calendar, computed by the public astronomical method
// of Hồ Ngọc Đức ("Thuật toán tính âm lịch", calendar.md §3.4), which follows
// Meeus, Astronomical Algorithms:
//
//  1. a month starts on the local civil day that contains the new moon;
//  2. the winter solstice always falls in month 11;
//  3. a lunar year (month 11 to month 11) with 13 months has a leap month: the
//     first month after month 11 that contains no major solar term; it takes
//     the number of the month before it;
//  4. every time is taken on the meridian 105°E (UTC+7).
//
// Rule 4 is why Vietnam's Tết differs from China's (UTC+8) in 1985, 2007, 2030
// and 2053. The constants are those of the published method; the code is our
// own arrangement of it, with whole lunar years cached.

// vietnamTZ is the time zone of the Vietnamese calendar, in hours.
const vietnamTZ = 7.0

const (
	synodicMonth = 29.530588853      // mean length of a lunation, days
	newMoonEpoch = 2415021.076998695 // Julian date of the mean new moon of 1900-01-01
)

// LunarDate is a date on the Vietnamese lunar calendar. Year is the lunar year
// that begins with the Tết of the solar year of the same number; Month is 1–12
// (1 = tháng Giêng, 12 = tháng Chạp); Leap marks the leap repetition of Month.
type LunarDate struct {
	Year  int
	Month int
	Day   int
	Leap  bool
}

// String returns the lunar date as usually written: "10/3/2026", or
// "15/4 nhuận/2020" for a leap month.
func (l LunarDate) String() string {
	leap := ""
	if l.Leap {
		leap = " nhuận"
	}
	return fmt.Sprintf("%d/%d%s/%d", l.Day, l.Month, leap, l.Year)
}

// Text returns the day and month in words, as used in holiday names:
// "mùng 1 tháng Giêng", "29 tháng Chạp", "15 tháng Tư nhuận".
func (l LunarDate) Text() string {
	day := fmt.Sprint(l.Day)
	if l.Day <= 10 {
		day = "mùng " + day
	}
	s := day + " tháng " + LunarMonthName(l.Month)
	if l.Leap {
		s += " nhuận"
	}
	return s
}

var lunarMonthNames = [13]string{"", "Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"}

// LunarMonthName returns the Vietnamese name of lunar month m (1 → "Giêng",
// 4 → "Tư", 12 → "Chạp"), or "" if m is not 1–12.
func LunarMonthName(m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return lunarMonthNames[m]
}

var (
	heavenlyStems  = [10]string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
	earthlyBranchs = [12]string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}
)

// YearName returns the can chi name of a lunar year: 2025 → "Ất Tỵ",
// 2026 → "Bính Ngọ".
func YearName(lunarYear int) string {
	s := ((lunarYear+6)%10 + 10) % 10
	b := ((lunarYear+8)%12 + 12) % 12
	return heavenlyStems[s] + " " + earthlyBranchs[b]
}

// SolarToLunar converts a solar date to the Vietnamese lunar calendar.
func SolarToLunar(d Date) LunarDate {
	return solarToLunarTZ(d.JDN(), vietnamTZ)
}

// LunarToSolar converts a Vietnamese lunar date to the solar calendar. It
// returns an Invalid *Error if the month is not 1–12, if Leap is set but that
// year has no such leap month, or if the day is past the end of the month
// (a month has 29 or 30 days).
func LunarToSolar(l LunarDate) (Date, error) {
	j, err := lunarToSolarTZ(l, vietnamTZ)
	if err != nil {
		return Date{}, err
	}
	return dateFromJDN(j), nil
}

// LeapMonth returns the number of the leap month of a lunar year (for example
// 6 for 2025, when tháng 6 nhuận follows tháng 6), or 0 if it has none.
func LeapMonth(lunarYear int) int {
	for _, sp := range []*lunarSpan{spanFor(lunarYear, vietnamTZ), spanFor(lunarYear+1, vietnamTZ)} {
		if sp.leap >= 0 {
			m := sp.months[sp.leap]
			if m.year == lunarYear {
				return m.month
			}
		}
	}
	return 0
}

// LunarMonthLength returns the number of days (29 or 30) of a lunar month, or
// an Invalid *Error if the month does not exist.
func LunarMonthLength(lunarYear, month int, leap bool) (int, error) {
	sp, i, err := findMonth(LunarDate{Year: lunarYear, Month: month, Day: 1, Leap: leap}, vietnamTZ)
	if err != nil {
		return 0, err
	}
	return sp.length(i), nil
}

// TetDate returns mùng 1 tháng Giêng (Tết Nguyên đán) of the given year.
func TetDate(year int) Date {
	d, _ := LunarToSolar(LunarDate{Year: year, Month: 1, Day: 1})
	return d
}

// HungKingsDay returns Giỗ Tổ Hùng Vương, 10 tháng Ba âm lịch, of the given year.
func HungKingsDay(year int) Date {
	d, _ := LunarToSolar(LunarDate{Year: year, Month: 3, Day: 10})
	return d
}

// --- astronomy -------------------------------------------------------------

// newMoonJD returns the Julian date (UT) of the k-th new moon after the mean
// new moon of 1900-01-01, from a truncated Meeus series with a ΔT correction.
func newMoonJD(k int) float64 {
	kf := float64(k)
	t := kf / 1236.85 // Julian centuries from 1900-01-01
	t2 := t * t
	t3 := t2 * t
	const dr = math.Pi / 180
	jd1 := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd1 += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3    // sun's mean anomaly
	mpr := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3 // moon's mean anomaly
	f := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3    // moon's argument of latitude
	c1 := (0.1734-0.000393*t)*math.Sin(m*dr) + 0.0021*math.Sin(2*dr*m)
	c1 = c1 - 0.4068*math.Sin(mpr*dr) + 0.0161*math.Sin(dr*2*mpr)
	c1 -= 0.0004 * math.Sin(dr*3*mpr)
	c1 = c1 + 0.0104*math.Sin(dr*2*f) - 0.0051*math.Sin(dr*(m+mpr))
	c1 = c1 - 0.0074*math.Sin(dr*(m-mpr)) + 0.0004*math.Sin(dr*(2*f+m))
	c1 = c1 - 0.0004*math.Sin(dr*(2*f-m)) - 0.0006*math.Sin(dr*(2*f+mpr))
	c1 = c1 + 0.0010*math.Sin(dr*(2*f-mpr)) + 0.0005*math.Sin(dr*(2*mpr+m))
	var deltaT float64
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd1 + c1 - deltaT
}

// newMoonDay returns the JDN of the local civil day containing the k-th new moon.
func newMoonDay(k int, tz float64) int {
	return int(math.Floor(newMoonJD(k) + 0.5 + tz/24))
}

// sunLongitude returns the sun's apparent longitude in radians, in [0, 2π),
// at Julian date jd (Meeus low-precision formula).
func sunLongitude(jd float64) float64 {
	t := (jd - 2451545.0) / 36525
	t2 := t * t
	const dr = math.Pi / 180
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2
	dl := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(dr*m)
	dl += (0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	return l - 2*math.Pi*math.Floor(l/(2*math.Pi))
}

// sunSector returns which 30° sector (0–11) the sun is in at local midnight at
// the start of day j. Sector 9 starts at 270°, the winter solstice; the start
// of each sector is a major solar term (trung khí).
func sunSector(j int, tz float64) int {
	return int(math.Floor(sunLongitude(float64(j)-0.5-tz/24) / math.Pi * 6))
}

// month11Start returns the JDN of the first day of lunar month 11 (the month
// containing the winter solstice) that begins in solar year y.
func month11Start(y int, tz float64) int {
	off := jdnFromCivil(y, 12, 31) - 2415021
	k := int(math.Floor(float64(off) / synodicMonth))
	nm := newMoonDay(k, tz)
	if sunSector(nm, tz) >= 9 { // the solstice is already past: month 11 began a lunation earlier
		nm = newMoonDay(k-1, tz)
	}
	return nm
}

// --- lunar years -----------------------------------------------------------

// lunarMonth is one month of a span.
type lunarMonth struct {
	start int // JDN of day 1
	month int // 1–12
	year  int // lunar year the month belongs to
	leap  bool
}

// lunarSpan holds the 12 or 13 months from month 11 of lunar year y-1 up to,
// not including, month 11 of lunar year y. Spans are computed once per time
// zone and year, then shared (they are never modified).
type lunarSpan struct {
	months []lunarMonth
	end    int // JDN of the next month 11
	leap   int // index of the leap month, or -1
}

func (sp *lunarSpan) length(i int) int {
	if i+1 < len(sp.months) {
		return sp.months[i+1].start - sp.months[i].start
	}
	return sp.end - sp.months[i].start
}

type spanKey struct {
	y  int
	tz float64
}

var spanCache sync.Map // spanKey → *lunarSpan

// spanFor returns the span that ends with month 11 of solar year y.
func spanFor(y int, tz float64) *lunarSpan {
	key := spanKey{y, tz}
	if v, ok := spanCache.Load(key); ok {
		return v.(*lunarSpan)
	}
	sp := computeSpan(y, tz)
	v, _ := spanCache.LoadOrStore(key, sp)
	return v.(*lunarSpan)
}

func computeSpan(y int, tz float64) *lunarSpan {
	a11 := month11Start(y-1, tz)
	b11 := month11Start(y, tz)
	k := int(math.Floor((float64(a11)-newMoonEpoch)/synodicMonth + 0.5))
	n := 12
	leap := -1
	if b11-a11 > 365 {
		n = 13
		// The leap month is the first month after month 11 that contains no
		// major term: its start and the next month's start lie in the same
		// 30° sector of the sun's longitude.
		last := sunSector(newMoonDay(k+1, tz), tz)
		i := 1
		for ; i < 13; i++ {
			next := sunSector(newMoonDay(k+i+1, tz), tz)
			if next == last {
				break
			}
			last = next
		}
		leap = i
	}
	sp := &lunarSpan{months: make([]lunarMonth, n), end: b11, leap: leap}
	num, year := 11, y-1
	for i := 0; i < n; i++ {
		m := lunarMonth{start: newMoonDay(k+i, tz)}
		if i == 0 {
			m.start = a11
		}
		if i == leap {
			m.leap = true // repeats the previous number
		} else if i > 0 {
			num++
			if num == 13 {
				num, year = 1, y
			}
		}
		m.month, m.year = num, year
		sp.months[i] = m
	}
	return sp
}

func solarToLunarTZ(j int, tz float64) LunarDate {
	y, _, _ := civilFromJDN(j)
	sp := spanFor(y, tz)
	if j >= sp.end {
		sp = spanFor(y+1, tz)
	}
	i := len(sp.months) - 1
	for i > 0 && sp.months[i].start > j {
		i--
	}
	m := sp.months[i]
	return LunarDate{Year: m.year, Month: m.month, Day: j - m.start + 1, Leap: m.leap}
}

// findMonth finds the span and index of the month of l.
func findMonth(l LunarDate, tz float64) (*lunarSpan, int, error) {
	if l.Month < 1 || l.Month > 12 {
		return nil, 0, errorf(Invalid, "Tháng âm lịch %d không hợp lệ", l.Month)
	}
	// Months 11 and 12 of lunar year Y lie in the span that ends in solar year
	// Y+1; months 1–10 in the span that ends in Y.
	y := l.Year
	if l.Month >= 11 {
		y++
	}
	sp := spanFor(y, tz)
	for i, m := range sp.months {
		if m.month == l.Month && m.leap == l.Leap && m.year == l.Year {
			return sp, i, nil
		}
	}
	return nil, 0, errorf(Invalid, "Năm âm lịch %d không có tháng %d nhuận", l.Year, l.Month)
}

func lunarToSolarTZ(l LunarDate, tz float64) (int, error) {
	sp, i, err := findMonth(l, tz)
	if err != nil {
		return 0, err
	}
	if l.Day < 1 || l.Day > sp.length(i) {
		return 0, errorf(Invalid, "Ngày âm lịch %s không tồn tại (tháng này có %d ngày)", l, sp.length(i))
	}
	return sp.months[i].start + l.Day - 1, nil
}
