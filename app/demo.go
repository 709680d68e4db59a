package app

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/app/secure"
)

// The demo data (`tiepdan demo`): a ward's unit settings, one account per
// role and about six months of the sổ tiếp công dân, and of the petition
// register with its handling and cases (demo_petitions.go), generated from a
// seed.
// Everything is written through the same services the window uses, so the
// data passes every check a clerk's typing would, denouncers are sealed, and
// deadlines and repeat visits are derived as usual.

// Limits and defaults of the demo data.
const (
	// DefaultDemoVisits is the number of visits when none is asked for.
	DefaultDemoVisits = 300
	// MaxDemoVisits is the most visits one run writes.
	MaxDemoVisits = 10000
	// DemoPassword is the password of every demo account. The accounts need
	// no first-password change: the folder is for trying the app, not for
	// real data, as the command's summary says.
	DemoPassword = "Demo@2026"
	// demoDays is how many days before today the period begins (about six
	// months); it ends the day before today.
	demoDays = 183
)

// DemoOptions says what Demo generates.
type DemoOptions struct {
	// Visits is the number of visits (lượt tiếp); 0 means DefaultDemoVisits.
	Visits int
	// Petitions is the number of petitions (đơn), with their handling and
	// cases; 0 means one for five visits.
	Petitions int
	// Seed makes the data: the same seed and the same clock give the same
	// sittings and visits.
	Seed uint64
	// PasswordCost is the argon2id cost of the demo accounts' hashes; zero
	// means the services' own. Tests pass secure.TestCost.
	PasswordCost secure.PasswordCost
}

// DemoAccount is an account Demo created.
type DemoAccount struct {
	Username string
	FullName string
	Role     domain.Role
}

// DemoResult is what Demo wrote, for its summary.
type DemoResult struct {
	Unit domain.Unit
	// From and To are the first and last day with a sitting (ISO).
	From, To string
	// Sittings by kind.
	Regular, Periodic, AdHoc int
	// SkippedPeriodic are the periodic reception days (ISO) the Chairman did
	// not hold, so the weeks without one show.
	SkippedPeriodic []string
	// Visits is the number of visits; People the people received in them.
	Visits, People int
	// ByKind and ByOutcome count the visits.
	ByKind    map[domain.ContentKind]int
	ByOutcome map[domain.Outcome]int
	// Groups are the visits of an đoàn đông người, GroupPeople their people.
	Groups, GroupPeople int
	// Matters are the vụ việc; RepeatMatters those with more than one visit,
	// RepeatVisits the visits after a matter's first (tiếp nhiều lần).
	Matters, RepeatMatters, RepeatVisits int
	// Sealed is the number of visits whose citizens were sealed (denunciations).
	Sealed int
	// IDs is the number of identity numbers written; every one passes law.CheckID.
	IDs      int
	Accounts []DemoAccount
	Password string
	// Warnings are those SaveVisit gave (none are expected).
	Warnings []string
	// Petitions are the petitions registered, by kind in PetitionsByKind;
	// PetitionActions their handling actions; Cases those proposed for
	// acceptance, Decided those decided.
	Petitions       int
	PetitionsByKind map[domain.ContentKind]int
	PetitionActions int
	Cases, Decided  int
}

// DemoOutcomes lists the outcomes in the order a summary shows them.
var DemoOutcomes = []domain.Outcome{domain.OutcomeGuide, domain.OutcomeAccept, domain.OutcomeTransfer, domain.OutcomeAnswer, domain.OutcomeRefuse}

// The demo unit and its people.
const (
	demoWard       = "phường Hà Huy Tập"
	demoProvince   = "tỉnh Hà Tĩnh"
	demoChairman   = "Phan Đình Thắng"
	demoViceChair  = "Võ Thị Minh Nguyệt"
	demoClerk      = "Đặng Thị Hòa"
	demoWardPolice = "Công an phường Hà Huy Tập"
)

var demoUnit = domain.Unit{
	Name:            "Ủy ban nhân dân phường Hà Huy Tập",
	SuperiorAgency:  "Ủy ban nhân dân tỉnh Hà Tĩnh",
	DocSymbol:       "UBND",
	PlaceName:       "Hà Tĩnh",
	ChairmanName:    demoChairman,
	ChairmanTitle:   "Chủ tịch",
	ReceptionPlace:  "Phòng tiếp công dân, trụ sở Ủy ban nhân dân phường Hà Huy Tập",
	PeriodicDays:    []int{4},
	ReportRecipient: "Thanh tra tỉnh Hà Tĩnh",
}

var demoAccounts = []DemoAccount{
	{"quantri", "Trần Quốc Bảo", domain.RoleAdmin},
	{"chutich", demoChairman, domain.RoleLeader},
	{"canbo", demoClerk, domain.RoleClerk},
	{"congan", "Lê Văn Cường", domain.RolePolice},
}

// Demo fills an empty data folder with demo data: the unit's settings, the
// accounts of demoAccounts (password DemoPassword, no change asked at the
// first login), the sittings of the last six months before today,
// opt.Visits visits and opt.Petitions petitions with their handling and
// cases, recorded by the clerk. It uses sessions of its own and
// leaves the receiver's untouched. It is not bound to the UI.
//
// If it fails part-way, what was written stays: the folder then has
// accounts, so a second run refuses it, and it is best deleted.
//
// Errors: Invalid (a number of visits or petitions out of range); Conflict (the folder
// already has accounts); Unavailable; Internal.
func (s *Services) Demo(opt DemoOptions) (*DemoResult, error) {
	if opt.Visits == 0 {
		opt.Visits = DefaultDemoVisits
	}
	if opt.Visits < 1 || opt.Visits > MaxDemoVisits {
		return nil, domain.Errorf(domain.Invalid, "Số lượt tiếp của dữ liệu mẫu phải từ 1 đến %d.", MaxDemoVisits)
	}
	if opt.Petitions == 0 {
		opt.Petitions = max(1, int(float64(opt.Visits)*demoPetitionsPerVisit))
	}
	if opt.Petitions < 1 || opt.Petitions > MaxDemoPetitions {
		return nil, domain.Errorf(domain.Invalid, "Số đơn của dữ liệu mẫu phải từ 1 đến %d.", MaxDemoPetitions)
	}
	st, err := s.deps.store()
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	if n, err := st.AccountCount(ctx); err != nil {
		return nil, err
	} else if n > 0 {
		return nil, domain.Errorf(domain.Conflict,
			"Thư mục dữ liệu đã có tài khoản: dữ liệu mẫu chỉ được tạo trong một thư mục dữ liệu trống.")
	}
	deps := s.deps
	if opt.PasswordCost != (secure.PasswordCost{}) {
		deps.PasswordCost = opt.PasswordCost
	}
	now := deps.Now()
	res := &DemoResult{Password: DemoPassword, ByKind: map[domain.ContentKind]int{}, ByOutcome: map[domain.Outcome]int{},
		PetitionsByKind: map[domain.ContentKind]int{}}

	// The administrator, the unit, the other accounts.
	admin := New(deps)
	root := demoAccounts[0]
	if _, err := admin.Auth.SetupAdmin(SetupInput{Username: root.Username, FullName: root.FullName,
		Password: DemoPassword, PasswordConfirm: DemoPassword}); err != nil {
		return nil, err
	}
	defer admin.Auth.Logout()
	unit := demoUnit
	unit.PeriodicDays = slices.Clone(demoUnit.PeriodicDays)
	if cur, err := st.Unit(ctx); err == nil {
		unit.Revision = cur.Revision
	} else if domain.KindOf(err) != domain.NotFound {
		return nil, err
	}
	saved, err := admin.Settings.SaveUnit(unit)
	if err != nil {
		return nil, err
	}
	res.Unit = *saved
	res.Accounts = append(res.Accounts, root)
	for _, a := range demoAccounts[1:] {
		if _, err := admin.Accounts.create(NewAccountInput{Username: a.Username, FullName: a.FullName, Role: a.Role,
			Password: DemoPassword}, false); err != nil {
			return nil, err
		}
		res.Accounts = append(res.Accounts, a)
	}

	// The logbook, kept by the clerk.
	clerk := New(deps)
	if _, err := clerk.Auth.Login(demoAccounts[2].Username, DemoPassword); err != nil {
		return nil, err
	}
	defer clerk.Auth.Logout()
	cal, err := admin.WorkingCalendar()
	if err != nil {
		return nil, err
	}
	plan := planDemo(newDemoRand(opt.Seed), law.DateOf(now), now.Location(), cal, opt.Visits)
	for i := range plan.sittings {
		p := &plan.sittings[i]
		sess, err := clerk.Reception.SaveSession(p.session)
		if err != nil {
			return nil, fmt.Errorf("demo sitting %s: %w", p.session.Date, err)
		}
		p.session.ID = sess.ID
		switch p.session.Kind {
		case domain.SessionRegular:
			res.Regular++
		case domain.SessionPeriodic:
			res.Periodic++
		case domain.SessionAdHoc:
			res.AdHoc++
		}
	}
	if len(plan.sittings) > 0 {
		res.From, res.To = plan.sittings[0].session.Date, plan.sittings[len(plan.sittings)-1].session.Date
	}
	res.SkippedPeriodic = plan.skipped
	matterIDs := make([]int64, len(plan.matters))
	var intake []demoIntake
	for _, pv := range plan.visits {
		v := pv.visit
		v.Citizens = slices.Clone(v.Citizens)
		v.SessionID = plan.sittings[pv.sitting].session.ID
		v.MatterID = matterIDs[pv.matter]
		view, err := clerk.Reception.SaveVisit(VisitInput{Visit: v})
		if err != nil {
			return nil, fmt.Errorf("demo visit of %s: %w", v.ReceivedAt, err)
		}
		if matterIDs[pv.matter] == 0 {
			matterIDs[pv.matter] = view.MatterID
			res.Matters++
		}
		res.Visits++
		res.People += view.PeopleCount
		res.ByKind[view.Kind]++
		res.ByOutcome[view.Outcome]++
		if view.IsGroup {
			res.Groups++
			res.GroupPeople += view.PeopleCount
		}
		if view.VisitOrdinal > 1 {
			res.RepeatVisits++
			if view.VisitOrdinal == 2 {
				res.RepeatMatters++
			}
		}
		if view.Kind == domain.ContentDenunciation {
			res.Sealed++
		}
		for _, c := range v.Citizens {
			if c.IDNumber != "" {
				res.IDs++
			}
		}
		res.Warnings = append(res.Warnings, view.Warnings...)
		if view.Outcome == domain.OutcomeAccept && view.VisitOrdinal == 1 && view.Kind != domain.ContentOther {
			intake = append(intake, demoIntake{visit: *view, citizens: v.Citizens})
		}
	}

	// The petitions, their handling and cases, by the same clerk.
	w := &demoPetitionWriter{s: clerk, g: plan.gen, today: law.DateOf(now), res: res, transferred: map[int64]bool{},
		docs: map[int]int{}}
	for _, sit := range plan.sittings {
		if sit.session.Kind == domain.SessionRegular {
			w.days = append(w.days, sit.day)
		}
	}
	if len(w.days) > 0 {
		if err := w.petitions(opt.Petitions, intake); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// newDemoRand is the random source of seed.
func newDemoRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x7469657064616e)) // "tiepdan"
}

// demoSitting is a planned sitting; session.ID is set once saved.
type demoSitting struct {
	session domain.ReceptionSession
	day     law.Date
	// visits counts the visits planned in it; order is its place before
	// sorting by day.
	visits, order int
}

// demoVisit is a planned visit: its sitting and matter by index in the plan.
type demoVisit struct {
	visit   domain.Visit
	at      time.Time
	sitting int
	matter  int
	// ordinal is the visit's place in its matter, from 0.
	ordinal int
	// order breaks ties of at, so sorting is deterministic.
	order int
}

// demoMatter is a planned vụ việc: who comes about what, and how often.
type demoMatter struct {
	topic    demoTopic
	citizens []domain.Citizen
	people   int
	summary  string
	visits   int
}

// demoPlan is the whole generated logbook before it is saved: sittings by
// date, visits in the order of their time.
type demoPlan struct {
	sittings []demoSitting
	visits   []demoVisit
	matters  []demoMatter
	skipped  []string
	// gen is the generator, to go on with the petitions.
	gen *demoGen
}

// planDemo generates n visits in the sittings of the working days of cal
// from demoDays before today to the day before, at times in loc. It reads
// nothing else: the same rng state, today and calendar give the same plan.
func planDemo(rng *rand.Rand, today law.Date, loc *time.Location, cal *law.Calendar, n int) *demoPlan {
	g := &demoGen{rng: rng, loc: loc, ids: map[string]bool{}, guideDocs: map[int]int{}, transferDocs: map[int]int{}}
	var days []law.Date
	for d := today.AddDays(-demoDays); d.Before(today); d = d.AddDays(1) {
		if cal.IsWorkingDay(d) {
			days = append(days, d)
		}
	}
	plan := &demoPlan{gen: g}
	if len(days) == 0 {
		return plan
	}
	g.first = days[0]

	// Sittings: regular every working day, periodic on working Thursdays
	// but for two, ad hoc ones added with the groups that called for them.
	regular := make([]int, len(days))
	periodic := make([]int, len(days)) // -1: none that day
	var thursdays []int
	for i, d := range days {
		periodic[i] = -1
		if d.Weekday() == time.Thursday {
			thursdays = append(thursdays, i)
		}
	}
	skip := map[int]bool{}
	for len(thursdays) > 6 && len(skip) < 2 {
		skip[thursdays[2+rng.IntN(len(thursdays)-4)]] = true
	}
	for i, d := range days {
		regular[i] = plan.addSitting(domain.ReceptionSession{Kind: domain.SessionRegular, Date: d.String(),
			Place: demoUnit.ReceptionPlace, PresidedBy: demoClerk + ", công chức tiếp công dân"}, d)
		if d.Weekday() != time.Thursday {
			continue
		}
		if skip[i] {
			plan.skipped = append(plan.skipped, d.String())
			continue
		}
		presided := demoChairman + ", Chủ tịch Ủy ban nhân dân phường"
		if rng.IntN(100) < 15 {
			presided = demoViceChair + ", Phó Chủ tịch Ủy ban nhân dân phường (được Chủ tịch ủy quyền)"
		}
		periodic[i] = plan.addSitting(domain.ReceptionSession{Kind: domain.SessionPeriodic, Date: d.String(),
			Place: demoUnit.ReceptionPlace, PresidedBy: presided, Participants: strings.Join(pickSome(rng, demoPeriodicGuests, 2), "\n")}, d)
	}

	// Matters and their visits.
	var thursdayIdx []int
	for _, i := range thursdays {
		if periodic[i] >= 0 {
			thursdayIdx = append(thursdayIdx, i)
		}
	}
	adhocLeft := 4
	for left := n; left > 0; {
		m := g.matter()
		m.visits = 1
		if rng.IntN(100) < 8 {
			m.visits = 2 + rng.IntN(3)
		}
		m.visits = min(m.visits, left, 1+(len(days)-1)/5)
		left -= m.visits
		mi := len(plan.matters)
		plan.matters = append(plan.matters, m)

		// The days: 5 to 30 working days apart, the whole span placed
		// anywhere in the period, so repeat visits do not pile up at its end.
		steps, span := make([]int, m.visits-1), 0
		for k := range steps {
			steps[k] = 5 + rng.IntN(26)
			span += steps[k]
		}
		if span > len(days)-1 {
			for k := range steps {
				steps[k] = (len(days) - 1) / len(steps)
			}
			span = steps[0] * len(steps)
		}
		last := len(days) - 1 - span
		first := rng.IntN(last + 1)
		adhoc := false
		switch {
		case m.people >= domain.GroupThreshold && adhocLeft > 0:
			// An ad hoc sitting, in its own quarter of the period, on a day
			// that is not the periodic one.
			part := 4 - adhocLeft
			lo, hi := part*len(days)/4, min((part+1)*len(days)/4, last+1)
			if lo < hi {
				first = lo + rng.IntN(hi-lo)
				for first > lo && days[first].Weekday() == time.Thursday {
					first--
				}
				adhoc = days[first].Weekday() != time.Thursday
				adhocLeft--
			}
		case m.people >= domain.GroupThreshold && rng.IntN(2) == 0 || rng.IntN(100) < 25:
			var fit []int
			for _, i := range thursdayIdx {
				if i <= last {
					fit = append(fit, i)
				}
			}
			if len(fit) > 0 {
				first = fit[rng.IntN(len(fit))]
			}
		}
		idx, prev := first, law.Date{}
		for k := range m.visits {
			if k > 0 {
				idx += steps[k-1]
			}
			var sitting int
			switch {
			case k == 0 && adhoc:
				sitting = plan.addSitting(g.adhocSession(days[idx]), days[idx])
			case periodic[idx] >= 0 && (m.people >= domain.GroupThreshold || rng.IntN(100) < 55):
				sitting = periodic[idx]
			default:
				sitting = regular[idx]
			}
			plan.visits = append(plan.visits, g.visit(plan, mi, k, sitting, prev))
			prev = days[idx]
		}
	}

	// Times within each day, then the logbook's order, then the outcomes and
	// document numbers, which follow the dates.
	g.times(plan)
	plan.sortSittings()
	slices.SortFunc(plan.visits, func(a, b demoVisit) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return a.order - b.order
	})
	g.outcomes(plan)
	g.conclusions(plan, cal)
	return plan
}

// addSitting appends a sitting and returns its index.
func (p *demoPlan) addSitting(s domain.ReceptionSession, day law.Date) int {
	p.sittings = append(p.sittings, demoSitting{session: s, day: day, order: len(p.sittings)})
	return len(p.sittings) - 1
}

// sortSittings puts the sittings in the order of their days (ad hoc ones
// were added last), so they are saved in that order, and follows them in the
// visits.
func (p *demoPlan) sortSittings() {
	slices.SortStableFunc(p.sittings, func(a, b demoSitting) int {
		if c := a.day.Compare(b.day); c != 0 {
			return c
		}
		return a.order - b.order
	})
	moved := make([]int, len(p.sittings))
	for i, s := range p.sittings {
		moved[s.order] = i
	}
	for i := range p.visits {
		p.visits[i].sitting = moved[p.visits[i].sitting]
	}
}

// demoGen holds the state of one generation: the random source, the
// identity numbers already given and the document counters.
type demoGen struct {
	rng *rand.Rand
	loc *time.Location
	// first is the first working day of the period.
	first law.Date
	ids   map[string]bool
	// guideDocs and transferDocs are the last numbers of the hướng dẫn and
	// phiếu chuyển documents, by year.
	guideDocs, transferDocs map[int]int
}

// matter draws a topic and the people who come about it.
func (g *demoGen) matter() demoMatter {
	t := pickWeighted(g.rng, demoTopics, func(t demoTopic) int { return t.weight })
	m := demoMatter{topic: t, people: 1}
	tdp := 1 + g.rng.IntN(demoTDP)
	summary := g.fill(t.summary, tdp)
	switch {
	case t.group && g.rng.IntN(100) < 20:
		// An đoàn đông người of 5 to 20 from one tổ dân phố, with
		// representatives in the statutory range (more than one above 10).
		m.people = domain.GroupThreshold + g.rng.IntN(16)
		lo, hi := domain.RepresentativeRange(m.people)
		if m.people > 10 {
			lo = 2
		}
		for range lo + g.rng.IntN(hi-lo+1) {
			c := g.person(wardAddress(tdp))
			c.Representative = true
			m.citizens = append(m.citizens, c)
		}
		summary = fmt.Sprintf("Đoàn %d công dân %s", m.people, lowerFirst(summary))
	case g.rng.IntN(100) < 8:
		// A couple, or two members of one family.
		addr := g.address(tdp)
		m.citizens = []domain.Citizen{g.person(addr), g.person(addr)}
		m.people = 2
	default:
		m.citizens = []domain.Citizen{g.person(g.address(tdp))}
	}
	m.summary = summary
	return m
}

// visit plans visit k (from 0) of matter mi in sitting; prev is the day of
// the matter's visit before it.
func (g *demoGen) visit(plan *demoPlan, mi, k, sitting int, prev law.Date) demoVisit {
	m := &plan.matters[mi]
	summary := m.summary
	if k > 0 {
		summary += fmt.Sprintf(" (đã đến trình bày ngày %s, đề nghị cho biết kết quả giải quyết)", prev.Display())
	}
	plan.sittings[sitting].visits++
	return demoVisit{
		visit: domain.Visit{Citizens: m.citizens, PeopleCount: m.people, Summary: summary,
			Kind: m.topic.kind, Field: m.topic.field},
		sitting: sitting, matter: mi, ordinal: k, order: len(plan.visits),
	}
}

// The hours of reception, in minutes from midnight, by kind of sitting.
var demoHours = map[domain.SessionKind][][2]int{
	domain.SessionRegular:  {{7*60 + 30, 11 * 60}, {13*60 + 30, 16*60 + 30}},
	domain.SessionPeriodic: {{8 * 60, 11 * 60}},
	domain.SessionAdHoc:    {{8 * 60, 10*60 + 30}},
}

// times gives every visit a time in its sitting's hours, five minutes
// apart from the other visits of the day.
func (g *demoGen) times(plan *demoPlan) {
	used := map[[2]int]bool{} // day, minute
	for i := range plan.visits {
		v := &plan.visits[i]
		s := plan.sittings[v.sitting]
		var slots []int
		for _, h := range demoHours[s.session.Kind] {
			for m := h[0]; m < h[1]; m += 5 {
				slots = append(slots, m)
			}
		}
		day := s.day.JDN()
		minute := slots[g.rng.IntN(len(slots))]
		for try := 0; used[[2]int{day, minute}] && try < 3*len(slots); try++ {
			minute = slots[g.rng.IntN(len(slots))]
		}
		used[[2]int{day, minute}] = true
		y, mo, d := s.day.Civil()
		v.at = time.Date(y, mo, d, minute/60, minute%60, 0, 0, g.loc)
		v.visit.ReceivedAt = v.at.Format(time.RFC3339)
	}
}

// demoFirstOutcomes are the outcomes of a matter's first visit, by kind,
// with their weights.
var demoFirstOutcomes = map[domain.ContentKind][]weighted[domain.Outcome]{
	domain.ContentComplaint:      {{domain.OutcomeAccept, 45}, {domain.OutcomeGuide, 30}, {domain.OutcomeTransfer, 15}, {domain.OutcomeAnswer, 10}},
	domain.ContentDenunciation:   {{domain.OutcomeAccept, 55}, {domain.OutcomeTransfer, 45}},
	domain.ContentRecommendation: {{domain.OutcomeAccept, 35}, {domain.OutcomeAnswer, 30}, {domain.OutcomeGuide, 20}, {domain.OutcomeTransfer, 15}},
	domain.ContentFeedback:       {{domain.OutcomeAccept, 30}, {domain.OutcomeAnswer, 40}, {domain.OutcomeTransfer, 20}, {domain.OutcomeGuide, 10}},
	domain.ContentMixed:          {{domain.OutcomeGuide, 60}, {domain.OutcomeAccept, 40}},
	domain.ContentOther:          {{domain.OutcomeGuide, 55}, {domain.OutcomeAnswer, 45}},
}

// demoLaterOutcomes are those of a later visit about the same matter.
var demoLaterOutcomes = []weighted[domain.Outcome]{{domain.OutcomeAnswer, 50}, {domain.OutcomeGuide, 25}, {domain.OutcomeAccept, 25}}

// outcomes decides how each visit was handled, in the order of the
// logbook: the bodies, the document numbers that grow through the year, a
// few refusals on the grounds that apply on the day.
func (g *demoGen) outcomes(plan *demoPlan) {
	last := make([]*domain.Visit, len(plan.matters))
	for i := range plan.visits {
		pv := &plan.visits[i]
		v := &pv.visit
		t := plan.matters[pv.matter].topic
		day := law.DateOf(pv.at)
		ground := ""
		if pv.ordinal == 0 {
			v.Outcome = pickWeighted(g.rng, demoFirstOutcomes[t.kind], weighted[domain.Outcome].weight).value
			switch {
			case t.kind == domain.ContentOther && g.rng.IntN(100) < 10:
				ground = "khong-thuoc-noi-dung"
			case g.rng.IntN(1000) < 12:
				grounds := demoRefusals
				if t.kind == domain.ContentComplaint {
					grounds = append(slices.Clone(grounds), demoComplaintRefusals...)
				}
				ground = pick(g.rng, grounds)
			}
		} else {
			v.Outcome = pickWeighted(g.rng, demoLaterOutcomes, weighted[domain.Outcome].weight).value
			if t.kind == domain.ContentDenunciation && v.Outcome == domain.OutcomeGuide {
				v.Outcome = domain.OutcomeAnswer
			}
			if pv.ordinal >= 2 && g.rng.IntN(100) < 15 {
				switch t.kind {
				case domain.ContentComplaint:
					ground = "da-giai-quyet-dung"
				case domain.ContentRecommendation, domain.ContentFeedback:
					ground = "kien-nghi-lap-lai"
				}
			}
			if prev := last[pv.matter]; prev != nil {
				switch prev.Outcome {
				case domain.OutcomeAccept, domain.OutcomeAnswer:
					v.ResolvedBy = demoUnit.Name
				case domain.OutcomeTransfer:
					v.ResolvedBy = prev.TransferBody
				}
			}
		}
		if g, ok := law.RefusalGroundByID(ground, day); ground != "" && ok && (!g.NeedsNotice || noticeInForce(day)) {
			v.Outcome, v.RefusalGround = domain.OutcomeRefuse, ground
		}
		switch v.Outcome {
		case domain.OutcomeGuide:
			v.GuideBody = pick(g.rng, orDefault(t.guide, demoGuideBodies))
			if g.rng.IntN(100) < 80 {
				v.GuideDoc = g.docNumber(g.guideDocs, day, "HD")
			}
		case domain.OutcomeTransfer:
			v.TransferBody = pick(g.rng, orDefault(t.transfer, demoTransferBodies))
			v.TransferDoc = g.docNumber(g.transferDocs, day, "PC")
		case domain.OutcomeAccept:
			v.WithinCompetence = true
			if g.rng.IntN(100) < 50 {
				v.Notes = fmt.Sprintf("Nhận đơn kèm %d tài liệu (bản sao).", 1+g.rng.IntN(6))
			}
		case domain.OutcomeAnswer:
			v.WithinCompetence = true
		}
		if t.kind == domain.ContentMixed && v.Outcome == domain.OutcomeGuide {
			v.Notes = "Hướng dẫn công dân tách riêng nội dung khiếu nại, tố cáo thành từng đơn gửi đúng cơ quan có thẩm quyền."
		}
		last[pv.matter] = v
	}
}

// noticeInForce reports whether the rule of the written refusal notice
// (Mẫu 01/TCD) is in force on day: a refusal that needs one cannot be
// recorded before, as SaveVisit computes its deadline.
func noticeInForce(day law.Date) bool {
	_, err := law.RuleFor("tcd-tu-choi-tiep", day)
	return err == nil
}

// docNumber returns the next number of a document of symbol kind in the
// year of day: "123/HD-UBND". The first of a year starts from about how
// many such documents a ward issues by that day.
func (g *demoGen) docNumber(counters map[int]int, day law.Date, kind string) string {
	y := day.Year()
	if counters[y] == 0 {
		counters[y] = day.Sub(law.NewDate(y, time.January, 1))/4 + 1
	} else {
		counters[y] += 1 + g.rng.IntN(3)
	}
	return fmt.Sprintf("%d/%s-%s", counters[y], kind, demoUnit.DocSymbol)
}

// conclusions writes the Chairman's conclusions on the periodic and ad hoc
// sittings: who is to check what, by when.
func (g *demoGen) conclusions(plan *demoPlan, cal *law.Calendar) {
	for i := range plan.sittings {
		s := &plan.sittings[i]
		if s.session.Kind == domain.SessionRegular {
			continue
		}
		if s.visits == 0 {
			s.session.Conclusion = "Trong buổi tiếp không có công dân đến trình bày."
			continue
		}
		due, n := s.day, 0
		for n < 10 {
			due = due.AddDays(1)
			if cal.IsWorkingDay(due) {
				n++
			}
		}
		s.session.Conclusion = fmt.Sprintf("Tiếp %d lượt công dân.\n%s\nGiao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường theo dõi, thông báo kết quả cho công dân trước ngày %s.",
			s.visits, pick(g.rng, demoAssignments), due.Display())
	}
}

// adhocSession is the Chairman's ad hoc sitting on day, called for a group.
func (g *demoGen) adhocSession(day law.Date) domain.ReceptionSession {
	guests := append(slices.Clone(demoAdhocGuests), pickSome(g.rng, demoAdhocExtra, 1+g.rng.IntN(2))...)
	return domain.ReceptionSession{Kind: domain.SessionAdHoc, Date: day.String(),
		Place:        "Hội trường Ủy ban nhân dân phường Hà Huy Tập",
		PresidedBy:   demoChairman + ", Chủ tịch Ủy ban nhân dân phường",
		Participants: strings.Join(guests, "\n")}
}

// person makes a citizen living at address, with an identity number that
// agrees with the birth date and sex.
func (g *demoGen) person(address string) domain.Citizen {
	male := g.rng.IntN(2) == 0
	family := pickWeighted(g.rng, demoFamilyNames, weighted[string].weight).value
	var middle, given string
	for middle == given {
		if male {
			middle, given = pick(g.rng, demoMaleMiddle), pick(g.rng, demoMaleGiven)
		} else {
			middle, given = pick(g.rng, demoFemaleMiddle), pick(g.rng, demoFemaleGiven)
		}
	}
	year := g.first.Year() - 20 - g.rng.IntN(61)
	birth := law.NewDate(year, time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28))
	province := "042"
	if g.rng.IntN(100) < 10 {
		province = pick(g.rng, demoOtherProvinces)
	}
	digit := 2 * (year/100 - 19)
	if !male {
		digit++
	}
	var id string
	for id == "" || g.ids[id] {
		id = fmt.Sprintf("%s%d%02d%06d", province, digit, year%100, 1+g.rng.IntN(999999))
	}
	g.ids[id] = true
	// Căn cước cards issued from March 2021, before the period begins.
	from := law.NewDate(2021, time.March, 1)
	issued := from.AddDays(g.rng.IntN(max(g.first.Sub(from)-30, 1)))
	issuer := "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
	if !issued.Before(law.NewDate(2024, time.July, 1)) {
		issuer = "Bộ Công an"
	}
	c := domain.Citizen{Name: family + " " + middle + " " + given, IDKind: string(law.IDCanCuoc), IDNumber: id,
		IDIssueDate: issued.String(), IDIssuePlace: issuer, BirthDate: birth.String(), Address: address}
	if g.rng.IntN(100) < 90 {
		c.Phone = fmt.Sprintf("%s%07d", pick(g.rng, demoPhonePrefixes), g.rng.IntN(10000000))
	}
	return c
}

// address is where a single citizen lives: mostly the ward, sometimes a
// neighbouring commune or ward.
func (g *demoGen) address(tdp int) string {
	switch r := g.rng.IntN(100); {
	case r < 85:
		return wardAddress(tdp)
	case r < 95:
		return fmt.Sprintf("Thôn %s, xã %s, %s", pick(g.rng, demoVillages), pick(g.rng, demoCommunes), demoProvince)
	default:
		return fmt.Sprintf("Tổ dân phố %d, phường %s, %s", 1+g.rng.IntN(demoTDP), pick(g.rng, demoNearbyWards), demoProvince)
	}
}

// wardAddress is the address of tổ dân phố tdp of the ward.
func wardAddress(tdp int) string {
	return fmt.Sprintf("Tổ dân phố %d, %s, %s", tdp, demoWard, demoProvince)
}

// fill replaces the placeholders of a topic's summary.
func (g *demoGen) fill(s string, tdp int) string {
	return strings.NewReplacer(
		"{tdp}", fmt.Sprint(tdp),
		"{thua}", fmt.Sprint(10+g.rng.IntN(480)),
		"{to}", fmt.Sprint(1+g.rng.IntN(42)),
		"{qd}", fmt.Sprint(100+g.rng.IntN(3800)),
		"{duong}", pick(g.rng, demoStreets),
		"{kdc}", pick(g.rng, demoProjects),
		"{nam}", fmt.Sprint(g.first.Year()),
	).Replace(s)
}

// lowerFirst lowers the first letter of s.
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

// weighted is a value drawn with a weight.
type weighted[T any] struct {
	value T
	w     int
}

func (x weighted[T]) weight() int { return x.w }

// pickWeighted draws an element of items with probability proportional to
// weight.
func pickWeighted[T any](rng *rand.Rand, items []T, weight func(T) int) T {
	total := 0
	for _, it := range items {
		total += weight(it)
	}
	r := rng.IntN(total)
	for _, it := range items {
		if r -= weight(it); r < 0 {
			return it
		}
	}
	return items[len(items)-1]
}

// pick draws one of items.
func pick[T any](rng *rand.Rand, items []T) T { return items[rng.IntN(len(items))] }

// pickSome draws k distinct items, in their order in items.
func pickSome[T any](rng *rand.Rand, items []T, k int) []T {
	idx := rng.Perm(len(items))[:min(k, len(items))]
	slices.Sort(idx)
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = items[j]
	}
	return out
}

// orDefault is list, or def when list is empty.
func orDefault(list, def []string) []string {
	if len(list) == 0 {
		return def
	}
	return list
}
