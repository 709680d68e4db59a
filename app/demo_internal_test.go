package app

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"tiepdan/app/domain"
	"tiepdan/app/law"
)

// plan generates the demo plan of n visits for seed, on the test clock's day.
func plan(t *testing.T, seed uint64, n int) (*demoPlan, law.Date, *law.Calendar) {
	t.Helper()
	cal, err := law.NewCalendar(law.Options{})
	if err != nil {
		t.Fatal(err)
	}
	loc := time.FixedZone("ICT", 7*3600)
	today := law.NewDate(2026, time.November, 27)
	return planDemo(newDemoRand(seed), today, loc, cal, n), today, cal
}

func TestDemoPlanIsTheSameForASeed(t *testing.T) {
	a, _, _ := plan(t, 42, 300)
	b, _, _ := plan(t, 42, 300)
	c, _, _ := plan(t, 43, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two plans with seed 42 differ")
	}
	if reflect.DeepEqual(a.visits, c.visits) {
		t.Fatal("seeds 42 and 43 gave the same visits")
	}
}

// TestDemoPlansHoldTogether checks, for many seeds, what SaveVisit would
// only partly catch: identity numbers that agree with the birth date and
// the sex of the name, one number per person, groups with representatives
// in the statutory range, repeat visits later than the first, sittings on
// working days.
func TestDemoPlansHoldTogether(t *testing.T) {
	for _, given := range demoFemaleGiven {
		if slices.Contains(demoMaleGiven, given) {
			t.Fatalf("%s is both a male and a female given name: the sex check below needs them apart", given)
		}
	}
	for seed := range uint64(25) {
		p, today, cal := plan(t, seed, 300)
		if len(p.visits) != 300 {
			t.Fatalf("seed %d: %d visits", seed, len(p.visits))
		}
		for _, s := range p.sittings {
			if !cal.IsWorkingDay(s.day) || !s.day.Before(today) || s.day.Before(today.AddDays(-demoDays)) || s.session.Date != s.day.String() {
				t.Fatalf("seed %d: sitting %+v", seed, s.session)
			}
		}
		owner := map[string]string{}  // id number → name and birth date
		lastDay := map[int]law.Date{} // matter → day of its latest visit
		for i, v := range p.visits {
			s := p.sittings[v.sitting]
			day := law.DateOf(v.at)
			if day != s.day || v.visit.ReceivedAt != v.at.Format(time.RFC3339) || (i > 0 && v.at.Before(p.visits[i-1].at)) {
				t.Fatalf("seed %d: visit at %s in the sitting of %s", seed, v.visit.ReceivedAt, s.session.Date)
			}
			if prev, ok := lastDay[v.matter]; (v.ordinal == 0) == ok || (ok && !prev.Before(day)) {
				t.Fatalf("seed %d: visit %d of matter %d on %s after %s", seed, v.ordinal, v.matter, day, prev)
			}
			lastDay[v.matter] = day
			reps := 0
			for _, c := range v.visit.Citizens {
				birth, err := law.ParseDate(c.BirthDate)
				if err != nil {
					t.Fatal(err)
				}
				names := strings.Fields(c.Name)
				sex := law.Male
				if slices.Contains(demoFemaleGiven, names[len(names)-1]) {
					sex = law.Female
				}
				if ps := law.CheckID(law.IDCanCuoc, c.IDNumber, law.IDHolder{Birth: birth, Sex: sex}, day); len(ps) > 0 {
					t.Fatalf("seed %d: %s (%s, born %s): %+v", seed, c.IDNumber, c.Name, c.BirthDate, ps)
				}
				who := c.Name + " " + c.BirthDate
				if o, ok := owner[c.IDNumber]; ok && o != who {
					t.Fatalf("seed %d: %s belongs to %s and %s", seed, c.IDNumber, o, who)
				}
				owner[c.IDNumber] = who
				if c.Representative {
					reps++
				}
			}
			if n := v.visit.PeopleCount; n >= domain.GroupThreshold {
				if w := domain.RepresentativeWarning(n, reps); w != "" || n > 20 || reps != len(v.visit.Citizens) {
					t.Fatalf("seed %d: group of %d with %d representatives of %d named: %s", seed, n, reps, len(v.visit.Citizens), w)
				}
			} else if reps != 0 || n != len(v.visit.Citizens) {
				t.Fatalf("seed %d: %d people, %d named, %d representatives", seed, n, len(v.visit.Citizens), reps)
			}
			vv := v.visit
			vv.SessionID = 1 // given when saved
			if err := vv.Validate(); err != nil {
				t.Fatalf("seed %d: %+v: %v", seed, vv, err)
			}
			if vv.Outcome == domain.OutcomeRefuse {
				if _, ok := law.RefusalGroundByID(vv.RefusalGround, day); !ok {
					t.Fatalf("seed %d: refused on %q on %s", seed, vv.RefusalGround, day)
				}
			}
		}
	}
}
