package law

import (
	"testing"
	"time"
)

// day parses an ISO date or fails the test.
func day(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q): %v", s, err)
	}
	return d
}

// mustCalendar builds a calendar or fails the test.
func mustCalendar(t testing.TB, opts Options) *Calendar {
	t.Helper()
	c, err := NewCalendar(opts)
	if err != nil {
		t.Fatalf("NewCalendar: %v", err)
	}
	return c
}

var _ = time.January
