package app_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/store/storetest"
)

// demo runs Demo with opt on a fresh folder and returns the services, not
// logged in, and the result.
func demo(t *testing.T, opt app.DemoOptions) (*app.Services, *app.DemoResult) {
	t.Helper()
	s := apptest.New(t, nil)
	start := time.Now()
	res, err := s.Demo(opt)
	if err != nil {
		t.Fatalf("demo: %v", err)
	}
	t.Logf("demo of %d visits (seed %d) took %v", res.Visits, opt.Seed, time.Since(start).Round(time.Millisecond))
	return s, res
}

// loginAs returns a new session of s logged in as username with the demo
// password, which must not need changing.
func loginAs(t *testing.T, s *app.Services, username string) *app.Services {
	t.Helper()
	u := s.NewSession()
	state, err := u.Auth.Login(username, app.DemoPassword)
	if err != nil {
		t.Fatalf("login %s: %v", username, err)
	}
	if state.User == nil || state.User.MustChangePassword {
		t.Fatalf("%s must change the demo password: %+v", username, state.User)
	}
	return u
}

// allVisits returns every visit the session sees, oldest first.
func allVisits(t *testing.T, s *app.Services) []app.VisitView {
	t.Helper()
	var rows []app.VisitView
	for {
		page, err := s.Reception.Visits(app.VisitFilter{Limit: 100, Offset: len(rows)})
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, page.Rows...)
		if len(page.Rows) == 0 || len(rows) >= page.Total {
			break
		}
	}
	slices.Reverse(rows)
	return rows
}

// checkPerson fails unless c has a căn cước number that passes law.CheckID
// on day with its birth date, and with the sex its name says ("Thị").
func checkPerson(t *testing.T, c domain.Citizen, day law.Date) {
	t.Helper()
	birth, err := law.ParseDate(c.BirthDate)
	if err != nil {
		t.Errorf("%s: birth date %q", c.Name, c.BirthDate)
		return
	}
	holder := law.IDHolder{Birth: birth}
	if strings.Contains(c.Name, " Thị ") {
		holder.Sex = law.Female
	}
	if c.IDKind != string(law.IDCanCuoc) {
		t.Errorf("%s: paper %q", c.Name, c.IDKind)
	}
	if ps := law.CheckID(law.IDCanCuoc, c.IDNumber, holder, day); len(ps) > 0 {
		t.Errorf("%s %s (born %s): %+v", c.Name, c.IDNumber, c.BirthDate, ps)
	}
	if len(strings.Fields(c.Name)) < 3 || c.Address == "" || !strings.HasSuffix(c.Address, "tỉnh Hà Tĩnh") {
		t.Errorf("citizen %+v", c)
	}
	if c.Phone != "" && (len(c.Phone) != 10 || !strings.HasPrefix(c.Phone, "09")) {
		t.Errorf("%s: phone %q", c.Name, c.Phone)
	}
}

func TestDemoFillsAnEmptyFolder(t *testing.T) {
	s, res := demo(t, app.DemoOptions{Seed: 1})
	today := law.DateOf(storetest.Clock())

	// The counts add up.
	if res.Visits != app.DefaultDemoVisits {
		t.Fatalf("%d visits, want %d", res.Visits, app.DefaultDemoVisits)
	}
	sum := func(m map[string]int) int {
		n := 0
		for _, v := range m {
			n += v
		}
		return n
	}
	byKind, byOutcome := map[string]int{}, map[string]int{}
	for k, n := range res.ByKind {
		byKind[string(k)] = n
	}
	for o, n := range res.ByOutcome {
		byOutcome[string(o)] = n
	}
	if sum(byKind) != res.Visits || sum(byOutcome) != res.Visits {
		t.Fatalf("by kind %v, by outcome %v: not %d visits", byKind, byOutcome, res.Visits)
	}
	for _, k := range domain.VisitKinds {
		if res.ByKind[k] == 0 {
			t.Errorf("no visit of kind %s: %v", k, byKind)
		}
	}
	for _, o := range app.DemoOutcomes {
		if res.ByOutcome[o] == 0 {
			t.Errorf("no visit with outcome %s: %v", o, byOutcome)
		}
	}
	if res.Sealed != res.ByKind[domain.ContentDenunciation] || res.Groups == 0 || res.RepeatVisits == 0 ||
		res.RepeatMatters == 0 || res.Matters != res.Visits-res.RepeatVisits || res.AdHoc == 0 || res.Periodic == 0 ||
		len(res.SkippedPeriodic) != 2 || len(res.Warnings) != 0 || res.Password != app.DemoPassword {
		t.Fatalf("result %+v", res)
	}
	t.Logf("kinds %v; outcomes %v; %d groups of %d people; %d repeat visits in %d matters; sittings %d/%d/%d",
		byKind, byOutcome, res.Groups, res.GroupPeople, res.RepeatVisits, res.RepeatMatters, res.Regular, res.Periodic, res.AdHoc)

	// Every account logs in with the demo password, without changing it.
	clerk := loginAs(t, s, "canbo")
	leader := loginAs(t, s, "chutich")
	police := loginAs(t, s, "congan")
	admin := loginAs(t, s, "quantri")
	u, err := admin.Settings.Unit()
	if err != nil || u.Name != "Ủy ban nhân dân phường Hà Huy Tập" || u.SuperiorAgency != "Ủy ban nhân dân tỉnh Hà Tĩnh" ||
		u.PlaceName != "Hà Tĩnh" || !slices.Equal(u.PeriodicDays, []int{4}) || u.ChairmanName == "" {
		t.Fatalf("unit %+v, %v", u, err)
	}

	// The sittings: every working day of the period, Thursdays but two.
	sittings, err := clerk.Reception.Sessions(app.SessionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	count := map[domain.SessionKind]int{}
	cal, err := law.NewCalendar(law.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range sittings {
		count[x.Kind]++
		d, err := law.ParseDate(x.Date)
		if err != nil || !d.Before(today) || d.Before(today.AddDays(-190)) || !cal.IsWorkingDay(d) {
			t.Errorf("sitting on %s", x.Date)
		}
		switch x.Kind {
		case domain.SessionPeriodic:
			if d.Weekday() != time.Thursday || slices.Contains(res.SkippedPeriodic, x.Date) {
				t.Errorf("periodic sitting on %s (%s)", x.Date, d.Weekday())
			}
		case domain.SessionAdHoc:
			for _, who := range []string{"Hội đồng nhân dân", "Mặt trận Tổ quốc", "Hội Nông dân", "Ban thanh tra nhân dân"} {
				if !strings.Contains(x.Participants, who) {
					t.Errorf("ad hoc sitting of %s without %s: %q", x.Date, who, x.Participants)
				}
			}
		}
	}
	if count[domain.SessionRegular] != res.Regular || count[domain.SessionPeriodic] != res.Periodic || count[domain.SessionAdHoc] != res.AdHoc {
		t.Fatalf("sittings %v, result %d/%d/%d", count, res.Regular, res.Periodic, res.AdHoc)
	}

	// The visits, as the clerk sees them: the same counts, every identity
	// number valid, groups with their representatives, repeat visits by the
	// same people.
	visits := allVisits(t, clerk)
	if len(visits) != res.Visits {
		t.Fatalf("%d visits in the logbook, want %d", len(visits), res.Visits)
	}
	firstOf := map[int64]app.VisitView{}
	groups, repeats, ids := 0, 0, 0
	for i, v := range visits {
		at, err := time.Parse(time.RFC3339, v.ReceivedAt)
		if err != nil || !law.DateOf(at).Before(today) {
			t.Fatalf("visit %d at %q", v.Number, v.ReceivedAt)
		}
		if i > 0 && v.Number != visits[i-1].Number+1 && v.Year == visits[i-1].Year {
			t.Errorf("visit numbers %d then %d", visits[i-1].Number, v.Number)
		}
		if v.IsGroup {
			groups++
			reps := 0
			for _, c := range v.Citizens {
				if c.Representative {
					reps++
				}
			}
			if w := domain.RepresentativeWarning(v.PeopleCount, reps); w != "" || v.PeopleCount > 20 {
				t.Errorf("group visit %d: %s", v.Number, w)
			}
		}
		if v.Kind == domain.ContentDenunciation {
			for _, c := range v.Citizens {
				if !c.Masked {
					t.Errorf("denouncer of visit %d shown to the clerk: %+v", v.Number, c)
				}
			}
		} else {
			for _, c := range v.Citizens {
				checkPerson(t, c, law.DateOf(at))
				ids++
			}
		}
		if v.Outcome == domain.OutcomeRefuse {
			if _, ok := law.RefusalGroundByID(v.RefusalGround, law.DateOf(at)); !ok {
				t.Errorf("visit %d refused on ground %q", v.Number, v.RefusalGround)
			}
		}
		first, seen := firstOf[v.MatterID]
		if !seen {
			firstOf[v.MatterID] = v
			if v.VisitOrdinal != 1 {
				t.Errorf("first visit %d of matter %d has ordinal %d", v.Number, v.MatterID, v.VisitOrdinal)
			}
			continue
		}
		repeats++
		if v.VisitOrdinal < 2 || v.Kind != first.Kind || v.Citizens[0].Name != first.Citizens[0].Name {
			t.Errorf("repeat visit %d (ordinal %d) of matter %d differs from visit %d", v.Number, v.VisitOrdinal, v.MatterID, first.Number)
		}
	}
	if groups != res.Groups || repeats != res.RepeatVisits || len(firstOf) != res.Matters {
		t.Fatalf("logbook: %d groups, %d repeat visits, %d matters; result %+v", groups, repeats, len(firstOf), res)
	}

	// The denouncers' identities, sealed, open for the Chairman with a
	// reason, and are as valid.
	for _, v := range allVisits(t, leader) {
		if v.Kind != domain.ContentDenunciation {
			continue
		}
		at, _ := time.Parse(time.RFC3339, v.ReceivedAt)
		for i := range v.Citizens {
			c, err := leader.Reception.RevealCitizen(v.ID, i, "Kiểm tra dữ liệu mẫu")
			if err != nil {
				t.Fatal(err)
			}
			checkPerson(t, *c, law.DateOf(at))
			ids++
		}
	}
	if ids != res.IDs {
		t.Fatalf("%d identity numbers checked, result says %d", ids, res.IDs)
	}

	// The police liaison sees the groups only.
	if got := allVisits(t, police); len(got) != res.Groups {
		t.Fatalf("the police see %d visits, want the %d groups", len(got), res.Groups)
	}
}

// TestDemoIsTheSameForASeed checks what is stored; demo_internal_test.go
// checks the plans of many seeds without a database.
func TestDemoIsTheSameForASeed(t *testing.T) {
	snapshot := func(seed uint64) string {
		s, _ := demo(t, app.DemoOptions{Visits: 40, Seed: seed})
		clerk := loginAs(t, s, "canbo")
		sittings, err := clerk.Reception.Sessions(app.SessionFilter{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(struct {
			S []domain.ReceptionSession
			V []app.VisitView
		}{sittings, allVisits(t, clerk)})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if snapshot(7) != snapshot(7) {
		t.Fatal("two runs with seed 7 stored different data")
	}
}

func TestDemoRefusesAFolderWithAccounts(t *testing.T) {
	s := apptest.Admin(t)
	_, err := s.Demo(app.DemoOptions{Visits: 5})
	var de *domain.Error
	if !errors.As(err, &de) || de.Kind != domain.Conflict || !strings.Contains(de.Message, "thư mục dữ liệu trống") {
		t.Fatalf("demo on a folder with accounts: %v", err)
	}
	if page, err := s.Reception.Visits(app.VisitFilter{}); err != nil || page.Total != 0 {
		t.Fatalf("visits after a refused demo: %+v %v", page, err)
	}
	if list, err := s.Accounts.List(); err != nil || len(list) != 1 {
		t.Fatalf("accounts after a refused demo: %v %v", list, err)
	}
}

func TestDemoChecksTheNumberOfVisits(t *testing.T) {
	for _, n := range []int{-1, app.MaxDemoVisits + 1} {
		_, err := apptest.New(t, nil).Demo(app.DemoOptions{Visits: n})
		if domain.KindOf(err) != domain.Invalid {
			t.Errorf("%d visits: %v", n, err)
		}
	}
}
