package law

import (
	"testing"
	"time"
)

func TestWeeksWithoutPeriodicReception(t *testing.T) {
	d := func(m, day int) Date { return NewDate(2026, time.Month(m), day) }
	// Thursdays 05/11, 12/11 and 26/11/2026 held; 19/11 missed.
	held := []Date{d(11, 5), d(11, 12), d(11, 26)}
	got := WeeksWithoutPeriodicReception(held, d(11, 27), 4, []int{4})
	if len(got) != 1 || got[0].Monday != d(11, 16) || got[0].Sunday != d(11, 22) {
		t.Fatalf("weeks without = %+v, want the week of 16/11", got)
	}
	// This week (23/11–29/11) had none yet: on Wednesday 25/11 that is not a
	// gap (Thursday is still to come); on Friday 27/11 it is.
	held = []Date{d(11, 5), d(11, 12), d(11, 19)}
	if got := WeeksWithoutPeriodicReception(held, d(11, 25), 4, []int{4}); len(got) != 0 {
		t.Fatalf("on Wednesday: %+v", got)
	}
	if got := WeeksWithoutPeriodicReception(held, d(11, 27), 4, []int{4}); len(got) != 1 || got[0].Monday != d(11, 23) {
		t.Fatalf("on Friday: %+v", got)
	}
	if w := WeekOf(d(11, 29)); w.Monday != d(11, 23) || w.Sunday != d(11, 29) {
		t.Fatalf("WeekOf(Sunday 29/11) = %+v", w)
	}
}
