package law

import "testing"

// BenchmarkDeadlines100k computes 100,000 deadlines per iteration: a mix of
// calendar- and working-day periods of 1–90 days from start dates spread
// over 2025–2027, some with a suspension, on one Calendar (year tables are
// built once and cached). The figure goes in docs/performance.md.
func BenchmarkDeadlines100k(b *testing.B) {
	c := mustCalendar(b, Options{Overrides: []Override{{Date: NewDate(2026, 3, 9), Kind: DayOff, Reason: "bão"}}})
	start := NewDate(2025, 1, 1)
	counts := make([]Count, 100_000)
	for i := range counts {
		cnt := Count{From: start.AddDays(i % 1000), Length: 1 + i%90, Unit: Unit(1 + i%2)}
		if i%10 == 0 {
			s := cnt.From.AddDays(2)
			cnt.Suspensions = []Suspension{{From: s, Until: s.AddDays(10)}}
		}
		counts[i] = cnt
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, cnt := range counts {
			if _, err := c.Due(cnt); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExplain measures one explained 30-working-day count (the
// calculator screen).
func BenchmarkExplain(b *testing.B) {
	c := mustCalendar(b, Options{})
	cnt := Count{From: NewDate(2026, 2, 12), Length: 30, Unit: WorkingDays}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Explain(cnt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewCalendarYear measures building one year's table from scratch
// (what an administrator's edit costs).
func BenchmarkNewCalendarYear(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, _ := NewCalendar(Options{})
		if _, err := c.Year(2027); err != nil {
			b.Fatal(err)
		}
	}
}
