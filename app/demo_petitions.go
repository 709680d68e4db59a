package app

import (
	"fmt"
	"slices"
	"strings"

	"tiepdan/app/domain"
	"tiepdan/app/law"
)

// The petitions of the demo data: the đơn handed in at reception (a share of
// the visits whose đơn was received), those that came by post, forwarded by
// another body or otherwise, their handling, and the cases of those the ward
// resolves, with decisions, money and land, and their enforcement. Every one
// goes through the clerk's services, so it passes every check of the
// window, and the statistics count them exactly as they would count a
// ward's own.

// demoPetitionsPerVisit is how many petitions Demo writes per visit when
// no number is asked for: one for five visits, enough to try every screen
// while the demo stays quick (each petition is several transactions, its
// duplicate check, its handling and its case).
const demoPetitionsPerVisit = 0.2

// MaxDemoPetitions is the most petitions one run writes.
const MaxDemoPetitions = 10000

// demoIntake is a visit whose đơn was received (outcome accept), the first of
// its matter: its đơn is registered as a petition at reception.
type demoIntake struct {
	visit    VisitView
	citizens []domain.Citizen
}

// demoFieldOf is the statistics field of a visit's lĩnh vực label.
var demoFieldOf = map[string]domain.Field{
	fieldPolicy: domain.FieldPolicy, fieldLand: domain.FieldLand, fieldCivil: domain.FieldCivilService,
	fieldJustice: domain.FieldJudicial, fieldParty: domain.FieldParty, fieldGraft: domain.FieldCorruption,
	fieldOther: domain.FieldOther,
}

// demoField is the field of label a petition of kind may have: the label's,
// or "lĩnh vực khác" when the kind's biểu has no such column.
func demoField(kind domain.ContentKind, label string) domain.Field {
	if f, ok := demoFieldOf[label]; ok && slices.Contains(domain.FieldsFor(kind), f) {
		return f
	}
	return domain.FieldOther
}

// demoPetitionWriter writes the petitions of one demo run.
type demoPetitionWriter struct {
	s     *Services // the clerk's
	g     *demoGen
	today law.Date
	days  []law.Date // the working days of the period
	res   *DemoResult
	saved []*PetitionView
	// transferred are the matters a tố cáo was transferred for (once only).
	transferred map[int64]bool
	docs        map[int]int
}

// petitions writes n petitions: every third one the đơn of a visit of
// intake while there are some, a few đơn trùng of earlier ones, the others
// by post, forwarded or otherwise; registered in the order they came.
func (w *demoPetitionWriter) petitions(n int, intake []demoIntake) error {
	rng := w.g.rng
	specs := make([]domain.Petition, 0, n)
	for i := range n {
		if len(intake) > 0 && i%3 == 0 {
			specs, intake = append(specs, w.atReception(intake[0])), intake[1:]
			continue
		}
		p := w.fresh()
		if rng.IntN(100) < 6 {
			p.DuplicateOf = -1 // a đơn trùng: of which, is drawn when it is registered
		}
		specs = append(specs, p)
	}
	slices.SortStableFunc(specs, func(a, b domain.Petition) int { return strings.Compare(a.ReceivedOn, b.ReceivedOn) })
	for _, p := range specs {
		if p.DuplicateOf < 0 {
			p.DuplicateOf = 0
			if len(w.saved) > 0 {
				p = w.duplicate(w.saved[rng.IntN(len(w.saved))], p.ReceivedOn)
			}
		}
		view, err := w.s.Petitions.Save(p)
		if err != nil {
			return fmt.Errorf("demo petition of %s: %w", p.ReceivedOn, err)
		}
		w.saved = append(w.saved, view)
		w.res.Petitions++
		w.res.PetitionsByKind[view.Kind]++
		if err := w.handle(view); err != nil {
			return fmt.Errorf("demo handling of petition %d/%d: %w", view.Number, view.Year, err)
		}
	}
	return nil
}

// atReception is the đơn handed in at visit v.
func (w *demoPetitionWriter) atReception(in demoIntake) domain.Petition {
	v := in.visit
	kind := v.Kind
	p := domain.Petition{ReceivedOn: v.ReceivedAt[:10], Source: domain.SourceReception,
		VisitID: v.ID, MatterID: v.MatterID, Kind: kind, Field: demoField(kind, v.Field), Summary: v.Summary,
		Petitioners: slices.Clone(in.citizens), PeopleCount: v.PeopleCount}
	if len(p.Petitioners) == 1 && p.PeopleCount == 1 {
		p.FilerKind = domain.FilerSingle
	} else {
		p.FilerKind = domain.FilerMany
		p.PeopleCount = max(p.PeopleCount, 2)
	}
	w.classify(&p)
	return p
}

// fresh is a petition that came by post, forwarded by a body or otherwise.
func (w *demoPetitionWriter) fresh() domain.Petition {
	rng, g := w.g.rng, w.g
	var t demoTopic
	for t.kind == "" || t.kind == domain.ContentOther {
		t = pickWeighted(rng, demoTopics, func(t demoTopic) int { return t.weight })
	}
	day := w.days[rng.IntN(len(w.days))]
	tdp := 1 + rng.IntN(demoTDP)
	p := domain.Petition{ReceivedOn: day.String(), Kind: t.kind, Field: demoField(t.kind, t.field),
		Summary: g.fill(t.summary, tdp), Petitioners: []domain.Citizen{g.person(g.address(tdp))}, FilerKind: domain.FilerSingle}
	switch r := rng.IntN(100); {
	case r < 62:
		p.Source = domain.SourcePost
	case r < 92:
		f := pick(rng, demoForwarders)
		p.Source, p.ForwardingBody, p.ForwardingCategory = domain.SourceForwarded, f.body, f.category
		p.ForwardingDoc = fmt.Sprintf("%d/%s", 10+rng.IntN(400), f.symbol)
		p.ForwardingDocDate = day.AddDays(-1 - rng.IntN(5)).String()
	default:
		p.Source = domain.SourceOther
		p.Notes = "Đơn nhận qua hòm thư góp ý của Ủy ban nhân dân phường."
	}
	w.classify(&p)
	return p
}

// duplicate is a copy of an earlier petition sent again on day: đơn trùng.
func (w *demoPetitionWriter) duplicate(of *PetitionView, day string) domain.Petition {
	people := slices.Clone(of.Petitioners)
	if slices.ContainsFunc(people, func(c domain.Citizen) bool { return c.Masked }) {
		people = []domain.Citizen{w.g.person(w.g.address(1 + w.g.rng.IntN(demoTDP)))}
	}
	return domain.Petition{ReceivedOn: day, Source: domain.SourcePost, Kind: of.Kind, Field: of.Field,
		Summary: of.Summary, Petitioners: people, FilerKind: of.FilerKind, PeopleCount: of.PeopleCount,
		MatterID: of.MatterID, DuplicateOf: of.ID, IneligibleReason: domain.IneligibleDuplicate,
		PriorStatus: domain.PriorNone}
}

// classify decides eligibility, competence and the prior status of p.
func (w *demoPetitionWriter) classify(p *domain.Petition) {
	rng := w.g.rng
	p.Eligible = rng.IntN(100) >= 8
	if !p.Eligible {
		p.IneligibleReason = domain.IneligibleUnclear
		if p.Kind == domain.ContentDenunciation {
			p.IneligibleReason = domain.IneligibleAnonymous
		}
	}
	p.WithinCompetence = rng.IntN(100) < demoWithin[p.Kind]
	p.PriorStatus = domain.PriorNone
	switch r := rng.IntN(100); p.Kind {
	case domain.ContentComplaint:
		p.PriorStatus = pickBy(r, []weighted[domain.PriorStatus]{{domain.PriorFirst, 12}, {domain.PriorSecond, 3}, {domain.PriorJudgment, 2}})
	case domain.ContentDenunciation:
		p.PriorStatus = pickBy(r, []weighted[domain.PriorStatus]{{domain.PriorOverdue, 8}, {domain.PriorConcluded, 4}})
	case domain.ContentRecommendation, domain.ContentFeedback:
		p.PriorStatus = pickBy(r, []weighted[domain.PriorStatus]{{domain.PriorFirst, 10}})
	}
}

// demoWithin is the share (of 100) of petitions of a kind within the
// ward's competence.
var demoWithin = map[domain.ContentKind]int{domain.ContentComplaint: 45, domain.ContentDenunciation: 35,
	domain.ContentRecommendation: 55, domain.ContentFeedback: 55}

// pickBy returns the value whose share of 100 holds r, or PriorNone.
func pickBy(r int, items []weighted[domain.PriorStatus]) domain.PriorStatus {
	for _, it := range items {
		if r -= it.w; r < 0 {
			return it.value
		}
	}
	return domain.PriorNone
}

// after returns the day n to n+spread days after iso, and whether it is
// before today (a step in the future is not recorded yet).
func (w *demoPetitionWriter) after(iso string, n, spread int) (string, bool) {
	d, _ := law.ParseDate(iso)
	d = d.AddDays(n + w.g.rng.IntN(spread+1))
	return d.String(), d.Before(w.today)
}

// handle records how p was handled: most within days, a few still pending.
func (w *demoPetitionWriter) handle(p *PetitionView) error {
	rng := w.g.rng
	date, ok := w.after(p.ReceivedOn, 1, 12)
	if !ok || rng.IntN(100) < 4 {
		return nil // still to handle
	}
	kind, body := w.handling(p)
	view, err := w.act(p, kind, date, body)
	if err != nil {
		return err
	}
	switch kind {
	case domain.ActionProposeAcceptance:
		return w.resolve(view)
	case domain.ActionTransfer:
		return w.followUp(view, date, body)
	}
	return nil
}

// handling is the action that closes p's handling, and the body it names.
func (w *demoPetitionWriter) handling(p *PetitionView) (domain.ActionKind, string) {
	rng := w.g.rng
	switch {
	case !p.Eligible && p.IneligibleReason == domain.IneligibleDuplicate:
		return domain.ActionFile, ""
	case !p.Eligible:
		return domain.ActionReturn, ""
	case p.Kind == domain.ContentMixed:
		return domain.ActionGuide, bodyOneStop
	case p.WithinCompetence && (p.Kind == domain.ContentRecommendation || p.Kind == domain.ContentFeedback) && rng.IntN(100) < 40:
		return domain.ActionAnswer, ""
	case p.WithinCompetence:
		return domain.ActionProposeAcceptance, ""
	case p.Kind == domain.ContentDenunciation && w.transferred[p.MatterID]:
		return domain.ActionFile, "" // transferred once already (TT 05/2021 Art. 14.1)
	case p.Kind == domain.ContentDenunciation:
		w.transferred[p.MatterID] = true
		return domain.ActionTransfer, pick(rng, []string{bodyInspector, bodyPolice, bodyProvince})
	case p.Kind == domain.ContentComplaint && rng.IntN(100) < 80:
		return domain.ActionGuide, pick(rng, []string{bodyLandOffice, bodyCourt, bodyProvince, bodyInsurance})
	case p.Kind == domain.ContentComplaint:
		return domain.ActionReturn, ""
	case rng.IntN(100) < 60:
		return domain.ActionTransfer, pick(rng, []string{bodyLandOffice, bodyPower, bodyConstruct, bodyHealth})
	}
	return domain.ActionGuide, pick(rng, []string{bodyOneStop, bodyLandOffice, bodyJobs})
}

// demoDocSymbols are the document types (NĐ 30/2020) of the actions that
// issue a document.
var demoDocSymbols = map[domain.ActionKind]string{
	domain.ActionTransfer: "PC", domain.ActionGuide: "HD", domain.ActionProposeAcceptance: "PĐX",
	domain.ActionAnswer: "TB", domain.ActionReturn: "TB", domain.ActionUrge: "CV",
}

// act records an action and returns the petition as it is now.
func (w *demoPetitionWriter) act(p *PetitionView, kind domain.ActionKind, date, body string) (*PetitionView, error) {
	doc := ""
	if symbol := demoDocSymbols[kind]; symbol != "" {
		d, _ := law.ParseDate(date)
		doc = w.g.docNumber(w.docs, d, symbol)
	}
	view, err := w.s.Petitions.AddAction(NewAction{PetitionID: p.ID, Revision: p.Revision,
		PetitionAction: domain.PetitionAction{Kind: kind, Date: date, DocNumber: doc, Body: body}})
	if err != nil {
		return nil, err
	}
	w.res.PetitionActions++
	return view, nil
}

// followUp urges the body a petition was transferred to and records its
// reply, for some.
func (w *demoPetitionWriter) followUp(p *PetitionView, date, body string) error {
	rng := w.g.rng
	var err error
	if rng.IntN(100) < 25 {
		if d, ok := w.after(date, 20, 10); ok {
			if p, err = w.act(p, domain.ActionUrge, d, body); err != nil {
				return err
			}
			date = d
		}
	}
	if rng.IntN(100) < 55 {
		if d, ok := w.after(date, 10, 30); ok {
			_, err = w.act(p, domain.ActionReplyReceived, d, body)
		}
	}
	return err
}

// resolve takes p's case through thụ lý, a dialogue when the law asks for
// one, a decision (or a withdrawal) with its figures, and enforcement.
func (w *demoPetitionWriter) resolve(p *PetitionView) error {
	if p.Case == nil {
		return nil
	}
	rng := w.g.rng
	c := *p.Case
	w.res.Cases++
	step := func(s domain.CaseStep) (bool, error) {
		if s.Date >= w.today.String() {
			return false, nil
		}
		if s.DocNumber == "" && s.Kind != domain.StepDialogue {
			d, _ := law.ParseDate(s.Date)
			s.DocNumber = w.g.docNumber(w.docs, d, "QĐ")
		}
		v, err := w.s.Cases.AddStep(NewStep{CaseID: c.ID, Revision: c.Revision, CaseStep: s})
		if err != nil {
			return false, err
		}
		c = v.Case
		return true, nil
	}
	date, _ := w.after(c.ProposedOn, 1, 4)
	if ok, err := step(domain.CaseStep{Kind: domain.StepAccept, Date: date}); !ok || err != nil {
		return err
	}
	if law.DialogueRequired(c.Kind) {
		d, _ := w.after(date, 10, 10)
		invited, _ := w.after(d, -8, 0)
		if ok, err := step(domain.CaseStep{Kind: domain.StepDialogue, Date: d, InvitedOn: invited}); !ok || err != nil {
			return err
		}
		date = d
	}
	date, _ = w.after(date, 12, 30)
	switch r := rng.IntN(100); {
	case r < 6:
		_, err := step(domain.CaseStep{Kind: domain.StepWithdraw, Date: date, Note: "Người gửi đơn rút toàn bộ đơn sau khi được giải thích."})
		return err
	case r < 12:
		return nil // still being resolved
	}
	results := domain.ResultsFor(c.Kind)
	result := results[rng.IntN(len(results))]
	figures := w.figures(c.Kind, result)
	if ok, err := step(domain.CaseStep{Kind: domain.StepDecide, Date: date, Result: result, Figures: figures}); !ok || err != nil {
		return err
	}
	w.res.Decided++
	if c.Kind == domain.CaseRecommendation || rng.IntN(100) < 35 {
		return nil
	}
	date, _ = w.after(date, 20, 40)
	_, err := step(domain.CaseStep{Kind: domain.StepEnforce, Date: date, Done: true, Figures: figures})
	return err
}

// figures are the money, land and people of a decision finding result.
func (w *demoPetitionWriter) figures(kind domain.CaseKind, result domain.Result) domain.Figures {
	rng := w.g.rng
	var f domain.Figures
	if kind == domain.CaseRecommendation || result == domain.ResultRejected || result == domain.ResultRecognised {
		return f
	}
	if rng.IntN(100) < 35 {
		f.RecoverMoney = float64(10+rng.IntN(400)) / 2
	}
	if rng.IntN(100) < 20 {
		f.ReturnPersonLand, f.PeopleRestored = float64(20+rng.IntN(480)), 1
	}
	if rng.IntN(100) < 10 {
		f.ReturnOrgMoney, f.OrgsRestored = float64(20+rng.IntN(200))/2, 1
	}
	if rng.IntN(100) < 20 {
		f.DisciplinePeople = 1 + rng.IntN(3)
		f.DisciplineOfficials = rng.IntN(f.DisciplinePeople + 1)
	}
	if kind == domain.CaseDenunciation && rng.IntN(100) < 8 {
		f.ProsecutionCases, f.ProsecutionPeople = 1, 1+rng.IntN(2)
		f.ProsecutionOfficials = rng.IntN(f.ProsecutionPeople + 1)
	}
	return f
}

// demoForwarder is a body that forwards petitions to the ward.
type demoForwarder struct {
	body     string
	category domain.ForwardingCategory
	symbol   string
}

var demoForwarders = []demoForwarder{
	{"Ban Dân nguyện, Ủy ban Thường vụ Quốc hội", domain.ForwardNationalAssembly, "BDN"},
	{"Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh", domain.ForwardNationalAssembly, "ĐĐBQH"},
	{"Thường trực Hội đồng nhân dân phường Hà Huy Tập", domain.ForwardPeoplesCouncil, "HĐND"},
	{"Thanh tra tỉnh Hà Tĩnh", domain.ForwardAdministrative, "TTr"},
	{"Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh", domain.ForwardAdministrative, "VP-UBND"},
	{"Tòa án nhân dân khu vực 1 - Hà Tĩnh", domain.ForwardJudicial, "TA"},
	{"Ủy ban Mặt trận Tổ quốc Việt Nam phường Hà Huy Tập", domain.ForwardSocioPolitical, "MTTQ"},
	{"Báo Hà Tĩnh", domain.ForwardOther, "BHT"},
}
