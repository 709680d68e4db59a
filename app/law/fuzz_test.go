package law

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Fuzz targets for the parsers of outside input in this package (issue 7
// item 6). `go test` runs each on its seed corpus; docs/fuzzing.md says how
// to run them longer.

// vietnameseLetters are the letters only Vietnamese text has, in lower case.
const vietnameseLetters = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"

// isVietnameseMessage reports whether msg looks like a message for people:
// valid UTF-8, starting with a capital letter or a digit ("6 tháng đầu năm
// 2026"), with at least one Vietnamese letter.
func isVietnameseMessage(msg string) bool {
	r, _ := utf8.DecodeRuneInString(msg)
	return utf8.ValidString(msg) && (unicode.IsUpper(r) || isASCIIDigit(r)) &&
		strings.ContainsAny(strings.ToLower(msg), vietnameseLetters)
}

// checkLawError fails unless err is an Invalid *Error with a Vietnamese
// message.
func checkLawError(t *testing.T, what string, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Kind != Invalid || !isVietnameseMessage(e.Message) {
		t.Fatalf("%s: error %#v is not an Invalid *Error with a Vietnamese message", what, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2026-03-15", "2024-02-29", "2025-02-29", "0001-01-01", "9999-12-31", "1900-01-01",
		"", "2026-2-1", "17/02/2026", "2026-13-01", "2026-00-10", "2026-01-32", "+2026-01-01",
		"2026-01-01T00:00:00Z", " 2026-01-01", "２０２６-０１-０１", "2026-01-01\x00", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			checkLawError(t, "ParseDate("+quoteShort(s)+")", err)
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) returned %v with an error", s, d)
			}
			return
		}
		// A valid date is written back exactly as it was read, and reads back
		// to itself through every path.
		if d.IsZero() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %q", s, d)
		}
		if again, err := ParseDate(d.String()); err != nil || again != d {
			t.Fatalf("ParseDate(%q) round trip: %v, %v", s, again, err)
		}
		var u Date
		if b, _ := d.MarshalText(); u.UnmarshalText(b) != nil || u != d {
			t.Fatalf("text round trip of %q: %v", s, u)
		}
		if y, m, dd := d.Civil(); NewDate(y, m, dd) != d || DateOf(d.Time()) != d {
			t.Fatalf("civil round trip of %q", s)
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{
		"2026-Q1", "2026-Q2", "2026-q3", "2026-Q4", "2026-6M", "2026-9m", "2026", " 2026 ",
		"2026-03-15..2026-06-14", "2026-06-14..2026-03-15", "1900-Q1", "2199", "2200", "1899-Q4",
		"", "2026-", "2026-Q5", "2026-YEAR", "2026-range", "..", "2026-02-30..2026-03-01",
		"1899-12-31..1900-01-05", "2026-03-15..2026-06-14..2026-09-14", "２０２６", "\xff-Q1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			checkLawError(t, "ParsePeriod("+quoteShort(s)+")", err)
			if p != (ReportPeriod{}) {
				t.Fatalf("ParsePeriod(%q) returned %+v with an error", s, p)
			}
			return
		}
		if p.From.IsZero() || p.To.Before(p.From) || !p.Contains(p.From) || !p.Contains(p.To) || p.Days() < 1 {
			t.Fatalf("ParsePeriod(%q) = %+v: not a range", s, p)
		}
		if !isVietnameseMessage(p.Label) {
			t.Fatalf("ParsePeriod(%q): label %q", s, p.Label)
		}
		if back, err := ParsePeriod(p.String()); err != nil || back != p {
			t.Fatalf("ParsePeriod(%q) round trip via %q: %+v, %v", s, p, back, err)
		}
		if p.Kind == PeriodRange {
			if p.Year != 0 || p.From.Year() < MinYear || p.To.Year() > MaxYear {
				t.Fatalf("ParsePeriod(%q) = %+v", s, p)
			}
			return
		}
		if p.Year < MinYear || p.Year > MaxYear || p.From.Day() != 15 || p.To.Day() != 14 || p.To.Year() != p.Year {
			t.Fatalf("ParsePeriod(%q) = %+v: breaks the 15th–14th rule", s, p)
		}
		if again, err := PeriodFor(p.Kind, p.Year); err != nil || again != p {
			t.Fatalf("PeriodFor(%s, %d) = %+v, %v; ParsePeriod gave %+v", p.Kind, p.Year, again, err, p)
		}
		if cur, err := CurrentPeriod(p.To, p.Kind); err != nil || cur != p {
			t.Fatalf("CurrentPeriod(%s, %s) = %+v, %v", p.To, p.Kind, cur, err)
		}
	})
}

func FuzzCheckID(f *testing.F) {
	// kind selects IDKinds()[kind%5] (5: an unknown kind); birth and today are
	// days from 1900-01-01 (negative: not given).
	for _, c := range []struct {
		kind         uint8
		number       string
		birthYear    int
		birth, today int
		sex          uint8
	}{
		{0, "042084000123", 0, -1, 46_000, 0},
		{0, "042 184 000 123", 1984, 30_800, 46_000, 2},
		{0, "087084000999", 0, -1, -1, 1},
		{0, "003084000123", 0, -1, 46_000, 0},
		{0, "123084000123", 0, -1, 46_000, 0},
		{0, "042484000123", 0, -1, 46_000, 0},
		{0, "042230000123", 0, -1, 46_000, 0},
		{0, "183456789", 0, -1, 46_000, 0},
		{0, "04208400012A", 0, -1, 46_000, 0},
		{1, "183456789", 0, -1, 45_000, 0},
		{1, "042084000123", 1990, -1, 46_000, 1},
		{2, "C1234567", 0, -1, 46_000, 0},
		{2, "c 1234567", 0, -1, 46_000, 0},
		{2, "X12345678", 0, -1, 46_000, 0},
		{2, "Đ1234567", 0, -1, 46_000, 0},
		{3, "GXN 12/2026/CAP", 0, -1, 46_000, 0},
		{3, "AB\x00C", 0, -1, 46_000, 0},
		{4, "042084000123", 0, -1, 46_000, 0},
	} {
		f.Add(c.kind, c.number, c.birthYear, c.birth, c.today, c.sex)
	}
	origin := NewDate(1900, 1, 1)
	date := func(n int) Date {
		if n < 0 {
			return Date{}
		}
		return origin.AddDays(n % 200_000)
	}
	f.Fuzz(func(t *testing.T, kindIndex uint8, number string, birthYear, birth, today int, sex uint8) {
		kinds := append(IDKinds(), "unknown")
		kind := kinds[int(kindIndex)%len(kinds)]
		holder := IDHolder{Birth: date(birth), BirthYear: birthYear, Sex: []Sex{"", Male, Female, "x"}[sex%4]}
		now := date(today)

		ps := CheckID(kind, number, holder, now)
		for _, p := range ps {
			if (p.Severity != SeverityError && p.Severity != SeverityWarning) || p.Code == "" || !isVietnameseMessage(p.Message) {
				t.Fatalf("CheckID(%q, %q): bad problem %+v", kind, number, p)
			}
		}
		if err := ps.Err(); ps.HasErrors() {
			checkLawError(t, "IDProblems.Err", err)
		} else if err != nil {
			t.Fatalf("Err() = %v without an error-level problem", err)
		}
		// Normalising is idempotent and does not change the verdict.
		n := NormalizeID(kind, number)
		if NormalizeID(kind, n) != n {
			t.Fatalf("NormalizeID(%q, %q) not idempotent", kind, number)
		}
		again := CheckID(kind, n, holder, now)
		if len(again) != len(ps) {
			t.Fatalf("CheckID differs after NormalizeID: %+v vs %+v", ps, again)
		}
		for i := range ps {
			if again[i] != ps[i] {
				t.Fatalf("CheckID differs after NormalizeID: %+v vs %+v", ps, again)
			}
		}
		if ps.HasErrors() {
			return
		}
		// A number without errors: its form is right for its kind, and a
		// 12-digit number decodes to what the holder recorded.
		switch kind {
		case IDCanCuoc, IDCMND:
			if len(n) == LegacyCMNDLength && kind == IDCMND {
				return
			}
			info, err := DescribeID(n)
			if err != nil {
				t.Fatalf("CheckID accepted %q but DescribeID: %v", number, err)
			}
			prefix := info.ProvinceCode + string(rune('0'+centuryDigit(t, info))) + n[4:6]
			if info.Number != n || n[:6] != prefix || !isVietnameseMessage(info.String()) {
				t.Fatalf("DescribeID(%q) = %+v does not rebuild the number", n, info)
			}
			if by := holder.birthYear(); by != 0 && by != info.BirthYear {
				t.Fatalf("%q accepted for a holder born in %d", n, by)
			}
			if (holder.Sex == Male || holder.Sex == Female) && holder.Sex != info.Sex {
				t.Fatalf("%q accepted for a holder of sex %s", n, holder.Sex)
			}
			if !now.IsZero() && info.BirthYear > now.Year() {
				t.Fatalf("%q accepted on %s with birth year %d", n, now, info.BirthYear)
			}
		case IDPassport:
			if len(n) < MinPassportLength || len(n) > MaxPassportLength {
				t.Fatalf("passport %q accepted", n)
			}
		case IDOther:
			if n == "" || utf8.RuneCountInString(n) > MaxOtherIDLength || !utf8.ValidString(n) {
				t.Fatalf("other paper %q accepted", n)
			}
		default:
			t.Fatalf("unknown kind %q accepted", kind)
		}
	})
}

// centuryDigit returns the digit 4 that encodes info's century and sex.
func centuryDigit(t *testing.T, info IDInfo) int {
	t.Helper()
	for d, c := range centuryCodes {
		if c.Sex == info.Sex && info.BirthYear >= c.From && info.BirthYear < c.From+100 {
			return d
		}
	}
	t.Fatalf("no digit for %+v", info)
	return 0
}
