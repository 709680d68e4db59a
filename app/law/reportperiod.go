package law

import (
	"fmt"
	"strings"
	"time"
)

// PeriodKind is the kind of a report period (kỳ báo cáo): a quarter, the
// cumulative 6 and 9 months, the year, or any range of dates.
type PeriodKind string

// The kinds of report period. The values are the suffixes of the period
// syntax ParsePeriod reads ("2026-Q1", "2026-6M"), except for the year and
// the range, which have none.
const (
	PeriodQ1         PeriodKind = "Q1"
	PeriodQ2         PeriodKind = "Q2"
	PeriodQ3         PeriodKind = "Q3"
	PeriodQ4         PeriodKind = "Q4"
	PeriodSixMonths  PeriodKind = "6M"
	PeriodNineMonths PeriodKind = "9M"
	PeriodYear       PeriodKind = "year"
	// PeriodRange is any range of dates (a chuyên đề or đột xuất report, or
	// a look at part of a period); it has no year.
	PeriodRange PeriodKind = "range"
)

// PeriodKinds returns the yearly kinds in the order a report screen offers
// them (the range is not among them: it needs two dates).
func PeriodKinds() []PeriodKind {
	return []PeriodKind{PeriodQ1, PeriodQ2, PeriodQ3, PeriodQ4, PeriodSixMonths, PeriodNineMonths, PeriodYear}
}

// Label returns the kind in Vietnamese: "Quý I" … "Quý IV", "6 tháng",
// "9 tháng", "Năm", "Khoảng ngày".
func (k PeriodKind) Label() string {
	switch k {
	case PeriodQ1:
		return "Quý I"
	case PeriodQ2:
		return "Quý II"
	case PeriodQ3:
		return "Quý III"
	case PeriodQ4:
		return "Quý IV"
	case PeriodSixMonths:
		return "6 tháng"
	case PeriodNineMonths:
		return "9 tháng"
	case PeriodYear:
		return "Năm"
	case PeriodRange:
		return "Khoảng ngày"
	}
	return string(k)
}

// periodCutoff is the data period of one kind of report: from the 15th of
// FromMonth (of the year before the reporting year when FromPrevYear) to the
// 14th of ToMonth of the reporting year.
type periodCutoff struct {
	Kind         PeriodKind
	FromPrevYear bool
	FromMonth    time.Month
	ToMonth      time.Month
}

// The cut-off days: data are counted from the 15th of one month to the 14th.
const (
	cutoffFromDay = 15
	cutoffToDay   = 14
)

// periodCutoffs is the table of law.md §4.2: TT 01/2024/TT-TTCP, with the
// same dates as TT 02/2021/TT-TTCP Art. 7 before it [S7, S8b]. Quý I and the
// cumulative reports start on 15/12 of the previous year.
var periodCutoffs = []periodCutoff{
	{PeriodQ1, true, time.December, time.March},
	{PeriodQ2, false, time.March, time.June},
	{PeriodQ3, false, time.June, time.September},
	{PeriodQ4, false, time.September, time.December},
	{PeriodSixMonths, true, time.December, time.June},
	{PeriodNineMonths, true, time.December, time.September},
	{PeriodYear, true, time.December, time.December},
}

func cutoffOf(k PeriodKind) (periodCutoff, bool) {
	for _, c := range periodCutoffs {
		if c.Kind == k {
			return c, true
		}
	}
	return periodCutoff{}, false
}

// periodBases are the reporting circulars by the day they took effect
// (law.md §4.1).
var periodBases = []struct {
	From     Date
	Citation Citation
}{
	{NewDate(2021, 5, 10), Citation{Document: "Thông tư 02/2021/TT-TTCP", Number: "02/2021/TT-TTCP", Article: "7"}},
	{NewDate(2024, 3, 5), Citation{Document: "Thông tư 01/2024/TT-TTCP", Number: "01/2024/TT-TTCP"}},
}

// ReportPeriod is the data period of a report: the records dated From to To,
// both days included.
type ReportPeriod struct {
	Kind PeriodKind
	// Year is the reporting year (Quý I of 2026 starts in 2025); 0 for a
	// range.
	Year int
	From Date
	To   Date
	// Label is the period in Vietnamese, for the report's period line:
	// "Quý I năm 2026 (từ 15/12/2025 đến 14/3/2026)".
	Label string
}

// String returns the period in the syntax ParsePeriod reads: "2026-Q1",
// "2026-6M", "2026-9M", "2026", "2026-03-15..2026-06-14".
func (p ReportPeriod) String() string {
	switch p.Kind {
	case PeriodYear:
		return fmt.Sprintf("%04d", p.Year)
	case PeriodRange:
		return p.From.String() + ".." + p.To.String()
	}
	return fmt.Sprintf("%04d-%s", p.Year, p.Kind)
}

// Contains reports whether d falls in the period.
func (p ReportPeriod) Contains(d Date) bool { return !d.Before(p.From) && !d.After(p.To) }

// Days returns the number of days in the period.
func (p ReportPeriod) Days() int { return p.To.Sub(p.From) + 1 }

// Basis returns the reporting circular in force when the period ends (when
// its report is made): TT 01/2024/TT-TTCP from 05/3/2024, TT 02/2021/TT-TTCP
// Art. 7 before. Both set the same cut-off days (law.md §4.2). Periods that
// end before 10/5/2021 are computed by the same rule and also cite TT
// 02/2021; the package has no checked source for them.
func (p ReportPeriod) Basis() Citation {
	c := periodBases[0].Citation
	for _, b := range periodBases {
		if !p.To.Before(b.From) {
			c = b.Citation
		}
	}
	return c
}

// PeriodFor returns the period of kind (any kind but PeriodRange) for the
// reporting year: PeriodFor(PeriodQ1, 2026) is 15/12/2025–14/3/2026. It
// returns an Invalid *Error for PeriodRange or an unknown kind, or a year
// outside MinYear–MaxYear.
func PeriodFor(kind PeriodKind, year int) (ReportPeriod, error) {
	c, ok := cutoffOf(kind)
	if !ok {
		if kind == PeriodRange {
			return ReportPeriod{}, errorf(Invalid, "Kỳ báo cáo theo khoảng ngày cần ngày đầu kỳ và ngày cuối kỳ")
		}
		return ReportPeriod{}, errorf(Invalid, "Loại kỳ báo cáo %s không hợp lệ", quoteShort(string(kind)))
	}
	if year < MinYear || year > MaxYear {
		return ReportPeriod{}, errorf(Invalid, "Năm %d nằm ngoài khoảng %d–%d", year, MinYear, MaxYear)
	}
	fromYear := year
	if c.FromPrevYear {
		fromYear--
	}
	p := ReportPeriod{
		Kind: kind,
		Year: year,
		From: NewDate(fromYear, c.FromMonth, cutoffFromDay),
		To:   NewDate(year, c.ToMonth, cutoffToDay),
	}
	p.Label = fmt.Sprintf("%s %d (từ %s đến %s)", kindTitle(kind), year, reportDate(p.From), reportDate(p.To))
	return p, nil
}

// kindTitle is the kind as the title of a report names it, before the
// year: "Quý I năm", "6 tháng đầu năm", "Năm".
func kindTitle(k PeriodKind) string {
	switch k {
	case PeriodSixMonths:
		return "6 tháng đầu năm"
	case PeriodNineMonths:
		return "9 tháng đầu năm"
	case PeriodYear:
		return "Năm"
	}
	return k.Label() + " năm"
}

// RangePeriod returns the period from–to, both days included. It returns an
// Invalid *Error if a date is missing or outside the years MinYear–MaxYear,
// or if from is after to.
func RangePeriod(from, to Date) (ReportPeriod, error) {
	if from.IsZero() || to.IsZero() {
		return ReportPeriod{}, errorf(Invalid, "Kỳ báo cáo theo khoảng ngày cần ngày đầu kỳ và ngày cuối kỳ")
	}
	for _, d := range []Date{from, to} {
		if y := d.Year(); y < MinYear || y > MaxYear {
			return ReportPeriod{}, errorf(Invalid, "Ngày %s nằm ngoài khoảng năm %d–%d", d.Display(), MinYear, MaxYear)
		}
	}
	if from.After(to) {
		return ReportPeriod{}, errorf(Invalid, "Ngày đầu kỳ (%s) sau ngày cuối kỳ (%s)", from.Display(), to.Display())
	}
	return ReportPeriod{
		Kind:  PeriodRange,
		From:  from,
		To:    to,
		Label: fmt.Sprintf("Từ %s đến %s", reportDate(from), reportDate(to)),
	}, nil
}

// ReportYear returns the reporting year whose data period contains d: the
// year of d, or the next year from 15 December on.
func ReportYear(d Date) int {
	y, m, dd := d.Civil()
	if m == time.December && dd >= cutoffFromDay {
		return y + 1
	}
	return y
}

// CurrentPeriod returns the period of kind (any kind but PeriodRange) of
// the reporting year that contains today. For a quarter that is that
// quarter of the year, whether or not today falls in it; the 6- and 9-month
// periods may already have ended. To find the quarter today falls in, use
// QuarterOf. Errors are those of PeriodFor.
func CurrentPeriod(today Date, kind PeriodKind) (ReportPeriod, error) {
	return PeriodFor(kind, ReportYear(today))
}

// QuarterOf returns the quarter whose data period contains d: 20/12/2025 is
// in Quý I of 2026. Errors are those of PeriodFor.
func QuarterOf(d Date) (ReportPeriod, error) {
	y := ReportYear(d)
	for _, k := range []PeriodKind{PeriodQ1, PeriodQ2, PeriodQ3} {
		if p, err := PeriodFor(k, y); err != nil || p.Contains(d) {
			return p, err
		}
	}
	return PeriodFor(PeriodQ4, y)
}

// periodSyntax is the hint in ParsePeriod's messages.
const periodSyntax = "cần dạng 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026 hoặc 2026-03-15..2026-06-14"

// ParsePeriod reads a report period as the command line and the JSON give it:
// "2026-Q1" … "2026-Q4", "2026-6M", "2026-9M", "2026" (the year), or an
// explicit range "2026-03-15..2026-06-14". Letters may be lower case and
// surrounding spaces are ignored. It returns an Invalid *Error with a
// Vietnamese message for anything else, a year outside MinYear–MaxYear, or a
// range that ends before it starts.
func ParsePeriod(s string) (ReportPeriod, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return ReportPeriod{}, errorf(Invalid, "Chưa nhập kỳ báo cáo (%s)", periodSyntax)
	}
	if from, to, ok := strings.Cut(t, ".."); ok {
		f, err := ParseDate(strings.TrimSpace(from))
		if err != nil {
			return ReportPeriod{}, errorf(Invalid, "Ngày đầu kỳ %s không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-03-15)", quoteShort(from))
		}
		e, err := ParseDate(strings.TrimSpace(to))
		if err != nil {
			return ReportPeriod{}, errorf(Invalid, "Ngày cuối kỳ %s không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-06-14)", quoteShort(to))
		}
		return RangePeriod(f, e)
	}
	yearText, suffix, hasSuffix := strings.Cut(t, "-")
	year, ok := parseYear(yearText)
	if !ok {
		return ReportPeriod{}, errorf(Invalid, "Kỳ báo cáo %s không hợp lệ (%s)", quoteShort(s), periodSyntax)
	}
	kind := PeriodYear
	if hasSuffix {
		kind = PeriodKind(strings.ToUpper(suffix))
		if _, known := cutoffOf(kind); !known || kind == PeriodYear {
			return ReportPeriod{}, errorf(Invalid, "Kỳ báo cáo %s không hợp lệ (%s)", quoteShort(s), periodSyntax)
		}
	}
	return PeriodFor(kind, year)
}

// parseYear reads exactly four ASCII digits.
func parseYear(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(rune(s[i])) {
			return 0, false
		}
		y = y*10 + int(s[i]-'0')
	}
	return y, true
}

// reportDate writes a date the way report period lines do, after the date
// rule of NĐ 30/2020 (see DateLine): the day on two digits, the month without
// a leading zero except January and February: "14/3/2026", "15/12/2025",
// "05/01/2026".
func reportDate(d Date) string {
	y, m, dd := d.Civil()
	month := fmt.Sprint(int(m))
	if m <= time.February {
		month = fmt.Sprintf("%02d", int(m))
	}
	return fmt.Sprintf("%02d/%s/%d", dd, month, y)
}
