package law

import (
	"encoding/json"
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	tests := []struct {
		in      string
		weekday time.Weekday
		display string
	}{
		{"2000-01-01", time.Saturday, "01/01/2000"},
		{"2026-02-17", time.Tuesday, "17/02/2026"},
		{"2024-02-29", time.Thursday, "29/02/2024"},
		{"1900-01-01", time.Monday, "01/01/1900"},
		{"2100-12-31", time.Friday, "31/12/2100"},
	}
	for _, tt := range tests {
		d := day(t, tt.in)
		if d.String() != tt.in || d.Weekday() != tt.weekday || d.Display() != tt.display {
			t.Errorf("%s: got %s %v %s", tt.in, d, d.Weekday(), d.Display())
		}
		if got := DateOf(d.Time()); got != d {
			t.Errorf("%s: DateOf(Time()) = %s", tt.in, got)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2025-12-31", 1, "2026-01-01"},
		{"2024-02-28", 1, "2024-02-29"},
		{"2026-03-02", 90, "2026-05-31"},
		{"2026-03-01", -1, "2026-02-28"},
	}
	for _, tt := range tests {
		got := day(t, tt.from).AddDays(tt.n)
		if got.String() != tt.want {
			t.Errorf("%s + %d = %s, want %s", tt.from, tt.n, got, tt.want)
		}
		if got.Sub(day(t, tt.from)) != tt.n {
			t.Errorf("Sub inverse failed for %s + %d", tt.from, tt.n)
		}
	}
	if NewDate(2026, 2, 30) != day(t, "2026-03-02") {
		t.Errorf("NewDate does not normalise like time.Date")
	}
	a, b := day(t, "2026-01-01"), day(t, "2026-01-02")
	if !a.Before(b) || !b.After(a) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Errorf("comparisons wrong")
	}
}

func TestParseDateInvalid(t *testing.T) {
	for _, s := range []string{"", "2026-02-30", "17/02/2026", "2026-2-1"} {
		if _, err := ParseDate(s); KindOf(err) != Invalid {
			t.Errorf("ParseDate(%q) error %v, want Invalid", s, err)
		}
	}
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		D Date `json:"d"`
		Z Date `json:"z"`
	}
	b, err := json.Marshal(rec{D: day(t, "2026-07-01")})
	if err != nil || string(b) != `{"d":"2026-07-01","z":""}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var r rec
	if err := json.Unmarshal(b, &r); err != nil || r.D != day(t, "2026-07-01") || !r.Z.IsZero() {
		t.Fatalf("Unmarshal = %+v, %v", r, err)
	}
	if err := json.Unmarshal([]byte(`{"d":"x"}`), &r); KindOf(err) != Invalid {
		t.Errorf("bad date: %v", err)
	}
}
