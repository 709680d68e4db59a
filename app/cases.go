package app

import (
	"context"
	"encoding/base64"
	"fmt"
	"slices"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/store"
)

// Cases keeps the cases within the Chairman's competence, from thụ lý to
// enforcement: every step dated, with its document, and the deadline it
// leaves.
type Cases struct {
	deps Deps
}

// CaseFilter filters the cases; empty fields mean any.
type CaseFilter struct {
	Status domain.CaseStatus `json:"status"`
	Kind   domain.CaseKind   `json:"kind"`
	Limit  int               `json:"limit"`
	Offset int               `json:"offset"`
}

// CasePage is one page of cases.
type CasePage struct {
	Rows  []CaseView `json:"rows"`
	Total int        `json:"total"`
}

// CaseView is a case with what the lists show of its petition.
type CaseView struct {
	domain.Case
	PetitionNumber int    `json:"petitionNumber"`
	PetitionYear   int    `json:"petitionYear"`
	Summary        string `json:"summary"`
	// Name is the first petitioner, or the mask of a protected one.
	Name string `json:"name"`
	// IsGroup: five people or more (đông người).
	IsGroup bool `json:"isGroup"`
}

// NewStep is a step to record on a case read at Revision. Remote, on the
// thụ lý, says the case is in a vùng sâu, vùng xa đi lại khó khăn (longer
// khiếu nại periods, Luật Khiếu nại Arts. 28, 37).
type NewStep struct {
	CaseID   int64 `json:"caseId"`
	Revision int64 `json:"revision"`
	Remote   bool  `json:"remote"`
	domain.CaseStep
}

// ChecklistItem is one reason a case may be found complex.
type ChecklistItem struct {
	Code     string `json:"code"`
	Text     string `json:"text"`
	Citation string `json:"citation"`
}

// caseStatuses are the statuses a filter may name.
var caseStatuses = []domain.CaseStatus{domain.CaseProposed, domain.CaseAccepted, domain.CaseSuspended, domain.CaseDecided,
	domain.CaseWithdrawn, domain.CaseRejected, domain.CaseClosed}

// caseKinds are the kinds a filter may name.
var caseKinds = []domain.CaseKind{domain.CaseComplaintFirst, domain.CaseComplaintSecond, domain.CaseDenunciation, domain.CaseRecommendation}

// Case returns case id with its steps, the steps allowed next and its
// deadlines.
//
// Errors: NotFound; Unauthorized; Forbidden; Internal.
func (c *Cases) Case(id int64) (*CaseView, error) {
	a, err := c.deps.require(PermViewPetitions)
	if err != nil {
		return nil, err
	}
	return c.deps.caseView(context.Background(), a, id)
}

// caseView reads case id as account a may see it.
func (d Deps) caseView(ctx context.Context, a *domain.Account, id int64) (*CaseView, error) {
	st, _ := d.store()
	row, err := st.CaseRow(ctx, id)
	if err != nil {
		return nil, err
	}
	if a.Role == domain.RolePolice && !policeMay(row.PeopleCount, row.Complexity != domain.ComplexityNone) {
		return nil, errPolice()
	}
	full, err := st.Case(ctx, id)
	if err != nil {
		return nil, err
	}
	row.Case = *full
	return caseRowView(row), nil
}

// caseRowView shows a case row: the steps allowed next, the first
// petitioner masked if protected.
func caseRowView(r *store.CaseRow) *CaseView {
	c := r.Case
	if c.Steps == nil {
		c.Steps = []domain.CaseStep{}
	}
	c.NextSteps = nextSteps(&c)
	return &CaseView{Case: c, PetitionNumber: r.PetitionNumber, PetitionYear: r.PetitionYear, Summary: r.Summary,
		Name: firstName(r.People), IsGroup: r.PeopleCount >= domain.GroupThreshold}
}

// List returns the cases matching f, newest first. The police liaison sees
// only group and complex cases.
//
// Errors: Invalid (an unknown status or kind); Unauthorized; Forbidden; Internal.
func (c *Cases) List(f CaseFilter) (*CasePage, error) {
	a, err := c.deps.require(PermViewPetitions)
	if err != nil {
		return nil, err
	}
	var v domain.Validation
	if f.Status != "" && !slices.Contains(caseStatuses, f.Status) {
		v.Fail("status", "Trạng thái vụ việc không hợp lệ")
	}
	if f.Kind != "" && !slices.Contains(caseKinds, f.Kind) {
		v.Fail("kind", "Loại vụ việc không hợp lệ")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	return c.deps.casePage(context.Background(), store.FindCases{Status: f.Status, Kind: f.Kind,
		PoliceOnly: a.Role == domain.RolePolice, Limit: f.Limit, Offset: f.Offset})
}

// casePage reads a page of cases with their steps.
func (d Deps) casePage(ctx context.Context, f store.FindCases) (*CasePage, error) {
	st, _ := d.store()
	rows, total, err := st.Cases(ctx, f)
	if err != nil {
		return nil, err
	}
	page := &CasePage{Rows: make([]CaseView, 0, len(rows)), Total: total}
	for i := range rows {
		steps, err := st.StoredSteps(ctx, rows[i].ID)
		if err != nil {
			return nil, err
		}
		rows[i].Steps = plainSteps(steps)
		page.Rows = append(page.Rows, *caseRowView(&rows[i]))
	}
	return page, nil
}

// plainSteps drops what the store keeps beside each step.
func plainSteps(steps []store.StoredStep) []domain.CaseStep {
	out := make([]domain.CaseStep, len(steps))
	for i, s := range steps {
		out[i] = s.CaseStep
	}
	return out
}

// ComplexityChecklist lists the reasons a case may be found complex, as in
// force today (law.md §1.1).
//
// Errors: Unauthorized; Forbidden.
func (c *Cases) ComplexityChecklist() ([]ChecklistItem, error) {
	if _, err := c.deps.require(PermViewPetitions); err != nil {
		return nil, err
	}
	out := []ChecklistItem{}
	for _, it := range law.ComplexityChecklist(law.DateOf(c.deps.Now())) {
		out = append(out, ChecklistItem{Code: it.Code, Text: it.Text, Citation: it.Citation})
	}
	return out, nil
}

// NotAcceptGrounds lists the grounds for not accepting a khiếu nại (Luật
// Khiếu nại Art. 11), the codes a reject step takes.
//
// Errors: Unauthorized; Forbidden.
func (c *Cases) NotAcceptGrounds() ([]ChecklistItem, error) {
	if _, err := c.deps.require(PermViewPetitions); err != nil {
		return nil, err
	}
	out := []ChecklistItem{}
	for _, g := range law.NotAcceptGrounds() {
		out = append(out, ChecklistItem{Code: g.Code, Text: g.Text, Citation: g.Citation})
	}
	return out, nil
}

// AddStep records a step of a case read at s.Revision and recomputes the
// case's state and deadline from all its steps. It refuses, with a
// Vietnamese message and writing nothing: deciding a case never accepted;
// extending a tố cáo not found complex or beyond its limit (once if complex,
// twice if especially complex, each ≤ 30 days); extending a khiếu nại (its
// longer period comes with the complexity finding); resuming a case not
// suspended; any step after a decision, withdrawal or refusal but the
// enforcement; a dialogue invitation sent fewer than 05 days before the
// dialogue (from 01/7/2026); deciding a khiếu nại lần hai without a dialogue.
//
// Errors: Invalid; NotFound; Conflict; Unauthorized; Forbidden; Internal.
func (c *Cases) AddStep(in NewStep) (*CaseView, error) {
	a, err := c.deps.require(PermRecordPetitions)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := c.deps.store()
	step := in.CaseStep
	step.Normalize()
	var v domain.Validation
	mergeFields(&v, step.Validate())
	date := checkDate(&v, "date", step.Date, "Vui lòng nhập ngày")
	if !date.IsZero() && date.After(law.DateOf(c.deps.Now())) {
		v.Fail("date", "Ngày không được ở tương lai")
	}
	invited := optionalDate(&v, "invitedOn", step.InvitedOn)
	if err := v.Err(); err != nil {
		return nil, err
	}
	step.DropUnused()
	cs, err := st.Case(ctx, in.CaseID)
	if err != nil {
		return nil, err
	}
	steps, err := st.StoredSteps(ctx, in.CaseID)
	if err != nil {
		return nil, err
	}
	if err := checkStep(cs, steps, step, date, invited); err != nil {
		return nil, err
	}
	stored := store.StoredStep{CaseStep: step, Remote: in.Remote && step.Kind == domain.StepAccept}
	derived, err := c.deps.deriveCase(ctx, cs, append(steps, stored))
	if err != nil {
		return nil, err
	}
	if _, err := st.AddCaseStep(ctx, actor(a), cs.ID, in.Revision, stored, *derived); err != nil {
		return nil, err
	}
	return c.deps.caseView(ctx, a, cs.ID)
}

// invalidField is an Invalid error beside field.
func invalidField(field, message string) error {
	return &domain.Error{Kind: domain.Invalid, Message: message + ".", Fields: map[string]string{field: message}}
}

// checkStep says why step may not follow the case's steps, or returns nil.
func checkStep(c *domain.Case, steps []store.StoredStep, s domain.CaseStep, date, invited law.Date) error {
	last := c.ProposedOn
	if n := len(steps); n > 0 {
		last = steps[n-1].Date
	}
	if s.Date < last {
		return invalidField("date", "Ngày của bước không được trước ngày của bước trước ("+displayDate(last)+")")
	}
	if msg := stepRefusal(c, steps, s.Kind); msg != "" {
		return domain.Errorf(domain.Invalid, "%s", msg)
	}
	switch s.Kind {
	case domain.StepReject:
		if isComplaint(c.Kind) {
			if _, ok := law.NotAcceptGroundByCode(s.Ground); !ok {
				return invalidField("ground", "Vui lòng chọn một căn cứ không thụ lý của Điều 11 Luật Khiếu nại")
			}
		}
	case domain.StepDialogue:
		if err := law.CheckDialogueInvitation(date, invited); err != nil {
			return invalidField("invitedOn", err.Error())
		}
	case domain.StepComplex:
		return checkComplex(c, s, date)
	case domain.StepExtend:
		if err := law.CheckDenunciationExtension(c.Complexity, countSteps(steps, domain.StepExtend), s.Days); err != nil {
			return invalidField("days", err.Error())
		}
	case domain.StepDecide:
		if !slices.Contains(domain.ResultsFor(c.Kind), s.Result) {
			return invalidField("result", "Kết quả không phù hợp với loại vụ việc")
		}
		if law.DialogueRequired(c.Kind) && countSteps(steps, domain.StepDialogue) == 0 {
			return domain.Errorf(domain.Invalid, "%s.", law.DialogueRequiredText)
		}
	}
	return nil
}

// checkComplex checks a finding that case c is complex, dated date.
func checkComplex(c *domain.Case, s domain.CaseStep, date law.Date) error {
	if err := law.ComplexityAllowed(c.Kind, s.Complexity); err != nil {
		return invalidField("complexity", err.Error())
	}
	if c.Complexity == domain.ComplexityVery || (c.Complexity == domain.ComplexityComplex && s.Complexity == domain.ComplexityComplex) {
		return invalidField("complexity", "Vụ việc đã được xác định là "+complexityLabel(c.Complexity))
	}
	for _, r := range s.Reasons {
		if _, ok := law.ChecklistItemByCode(r, date); !ok {
			return invalidField("reasons", "Lý do «"+r+"» không có trong danh mục vụ việc phức tạp áp dụng vào ngày này")
		}
	}
	if len(s.Reasons) == 0 && len(law.ComplexityChecklist(date)) > 0 && isComplaint(c.Kind) {
		return invalidField("reasons", "Vui lòng chọn ít nhất một căn cứ xác định vụ việc phức tạp ("+law.ChecklistCitation()+")")
	}
	if len(s.Reasons) == 0 && s.Note == "" {
		return invalidField("note", "Vui lòng ghi lý do xác định vụ việc phức tạp")
	}
	return nil
}

// complexityLabel names a grade in a sentence.
func complexityLabel(c domain.Complexity) string {
	if c == domain.ComplexityVery {
		return "đặc biệt phức tạp"
	}
	return "phức tạp"
}

func isComplaint(k domain.CaseKind) bool {
	return k == domain.CaseComplaintFirst || k == domain.CaseComplaintSecond
}

// countSteps counts the steps of kind.
func countSteps(steps []store.StoredStep, kind domain.StepKind) int {
	n := 0
	for _, s := range steps {
		if s.Kind == kind {
			n++
		}
	}
	return n
}

// stepRefusal says why a step of kind may not come next in case c, or "".
func stepRefusal(c *domain.Case, steps []store.StoredStep, kind domain.StepKind) string {
	switch c.Status {
	case domain.CaseDecided:
		if kind != domain.StepEnforce {
			return "Vụ việc đã có quyết định, kết luận: chỉ ghi được việc thi hành"
		}
		return ""
	case domain.CaseWithdrawn, domain.CaseRejected, domain.CaseClosed:
		return fmt.Sprintf("Vụ việc đã kết thúc (%s): không ghi thêm bước", c.Status.Label())
	}
	switch kind {
	case domain.StepAccept, domain.StepReject:
		if c.Status != domain.CaseProposed {
			return "Vụ việc đã được thụ lý"
		}
	case domain.StepEnforce:
		return "Vụ việc chưa có quyết định, kết luận nên chưa có việc thi hành"
	case domain.StepResume:
		if c.Status != domain.CaseSuspended {
			return "Vụ việc không bị tạm đình chỉ nên không có bước tiếp tục giải quyết"
		}
	case domain.StepWithdraw, domain.StepTerminate:
		// allowed before and after thụ lý, and while suspended
	default:
		switch c.Status {
		case domain.CaseProposed:
			if kind == domain.StepDecide {
				return "Vụ việc chưa được thụ lý nên chưa thể ra quyết định giải quyết, kết luận"
			}
			return "Vụ việc chưa được thụ lý: hãy ghi bước thụ lý trước"
		case domain.CaseSuspended:
			return "Vụ việc đang tạm đình chỉ: hãy ghi quyết định tiếp tục giải quyết trước"
		}
	}
	switch kind {
	case domain.StepDialogue:
		if !isComplaint(c.Kind) {
			return "Đối thoại chỉ áp dụng khi giải quyết khiếu nại"
		}
	case domain.StepExtend:
		switch {
		case isComplaint(c.Kind):
			return law.ComplaintExtensionText
		case c.Kind == domain.CaseRecommendation:
			return "Kiến nghị, phản ánh không có thời hạn giải quyết luật định để gia hạn"
		}
	}
	return ""
}

// nextSteps are the steps that may come next in case c, for the UI.
func nextSteps(c *domain.Case) []domain.StepKind {
	steps := make([]store.StoredStep, len(c.Steps))
	for i, s := range c.Steps {
		steps[i] = store.StoredStep{CaseStep: s}
	}
	out := []domain.StepKind{}
	for _, k := range []domain.StepKind{domain.StepAccept, domain.StepReject, domain.StepVerify, domain.StepDialogue,
		domain.StepComplex, domain.StepExtend, domain.StepSuspend, domain.StepResume, domain.StepWithdraw,
		domain.StepTerminate, domain.StepDecide, domain.StepEnforce} {
		if stepRefusal(c, steps, k) != "" {
			continue
		}
		switch {
		case k == domain.StepComplex && (c.Complexity == domain.ComplexityVery || (c.Complexity != "" && c.Kind != domain.CaseDenunciation)):
			continue
		case k == domain.StepComplex && c.Kind == domain.CaseRecommendation:
			continue
		case k == domain.StepExtend && countSteps(steps, domain.StepExtend) >= law.MaxDenunciationExtensions(c.Complexity):
			continue
		}
		out = append(out, k)
	}
	return out
}

// deriveCase recomputes c's state from its steps, in order: the status, the
// area and complexity, the dates of thụ lý and decision, and the resolution
// deadline from the rule the kind, area and complexity select, with the
// extensions and the suspensions that stop the clock.
func (d Deps) deriveCase(ctx context.Context, base *domain.Case, steps []store.StoredStep) (*domain.Case, error) {
	c := &domain.Case{ID: base.ID, PetitionID: base.PetitionID, MatterID: base.MatterID, Kind: base.Kind,
		ProposedOn: base.ProposedOn, AcceptanceDue: base.AcceptanceDue, AcceptanceCitation: base.AcceptanceCitation,
		Status: domain.CaseProposed, ComplexityReasons: []string{}}
	var opt law.RuleOptions
	for _, s := range steps {
		day, err := law.ParseDate(s.Date)
		if err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		switch s.Kind {
		case domain.StepAccept:
			c.Status, c.AcceptedOn, c.AcceptanceDoc, c.Remote = domain.CaseAccepted, s.Date, s.DocNumber, s.Remote
		case domain.StepReject:
			c.Status = domain.CaseRejected
		case domain.StepComplex:
			c.Complexity, c.ComplexityReasons = s.Complexity, append([]string{}, s.Reasons...)
		case domain.StepExtend:
			opt.Extensions = append(opt.Extensions, s.Days)
		case domain.StepSuspend:
			c.Status = domain.CaseSuspended
			if law.SuspensionStopsClock(c.Kind, day) {
				opt.Suspensions = append(opt.Suspensions, law.Suspension{From: day})
			}
		case domain.StepResume:
			c.Status = domain.CaseAccepted
			if n := len(opt.Suspensions); n > 0 && opt.Suspensions[n-1].Until.IsZero() {
				opt.Suspensions[n-1].Until = day
			}
		case domain.StepWithdraw:
			if !s.Partial {
				c.Status = domain.CaseWithdrawn
			}
		case domain.StepTerminate:
			c.Status = domain.CaseWithdrawn
		case domain.StepDecide:
			c.Status, c.DecidedOn, c.Result = domain.CaseDecided, s.Date, s.Result
		case domain.StepEnforce:
			if s.Done {
				c.Status = domain.CaseClosed
			}
		}
	}
	rule := law.ResolutionRuleID(c.Kind, c.Remote, c.Complexity)
	if c.AcceptedOn == "" || rule == "" {
		return c, nil
	}
	accepted, err := law.ParseDate(c.AcceptedOn)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	dl, err := d.ruleDeadline(ctx, rule, accepted, opt)
	if err != nil {
		return nil, fromLaw(err)
	}
	c.ResolutionRule, c.ResolutionCitation = dl.RuleID, dl.Citation
	if dl.Stopped {
		c.ResolutionCitation += "; đang tạm đình chỉ, còn " + law.LengthText(dl.Remaining, dl.Unit)
	} else {
		c.ResolutionDue = dl.Due.String()
	}
	c.OnTime = c.DecidedOn != "" && c.ResolutionDue != "" && c.DecidedOn <= c.ResolutionDue
	return c, nil
}

// caseForms are the documents of the steps that have one.
func caseForm(c *domain.Case, kind domain.StepKind) string {
	switch {
	case kind == domain.StepAccept && isComplaint(c.Kind):
		return "ND124-03"
	case kind == domain.StepReject && isComplaint(c.Kind):
		return "ND124-04"
	case kind == domain.StepAccept && c.Kind == domain.CaseDenunciation:
		return "ND31-04"
	case kind == domain.StepExtend && c.Kind == domain.CaseDenunciation:
		return "ND31-01"
	}
	return ""
}

// DocumentPDF prints, as a base64 PDF, the document of step stepID of case
// caseID: the Thông báo thụ lý (NĐ 124/2020 Mẫu 03) or không thụ lý (Mẫu
// 04) of a khiếu nại, the Quyết định thụ lý tố cáo (NĐ 31/2019 Mẫu 04) or
// the Quyết định gia hạn giải quyết tố cáo (Mẫu 01). A protected
// petitioner's document needs the vault key. The print is audited.
//
// Errors: Invalid (the step has no document, or something the form prints
// is missing); NotFound; Unauthorized; Forbidden; Internal.
func (c *Cases) DocumentPDF(caseID, stepID int64) (string, error) {
	a, err := c.deps.require(PermRecordPetitions)
	if err != nil {
		return "", err
	}
	pdf, err := c.deps.caseDocument(context.Background(), a, caseID, stepID, "")
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(pdf), nil
}

// caseDocument prints the document of step stepID of case caseID for by
// (nil: the command line without a login). With want, the document must be
// that form, and stepID 0 takes the case's latest step that has it.
func (d Deps) caseDocument(ctx context.Context, by *domain.Account, caseID, stepID int64, want string) ([]byte, error) {
	st, _ := d.store()
	cs, err := st.Case(ctx, caseID)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(cs.Steps, func(s domain.CaseStep) bool { return s.ID == stepID })
	if stepID == 0 && want != "" {
		i = lastIndexFunc(cs.Steps, func(s domain.CaseStep) bool { return caseForm(cs, s.Kind) == want })
	}
	if i < 0 {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy bước của vụ việc có văn bản này.")
	}
	step := cs.Steps[i]
	form := caseForm(cs, step.Kind)
	if form == "" {
		return nil, domain.Errorf(domain.Invalid, "Bước «%s» không có văn bản để in.", step.Kind.Label())
	}
	if want != "" && form != want {
		return nil, domain.Errorf(domain.Invalid, "Bước «%s» của vụ việc in mẫu %s, không phải %s.", step.Kind.Label(), form, want)
	}
	sp, err := st.Petition(ctx, cs.PetitionID)
	if err != nil {
		return nil, err
	}
	letter, err := d.petitionLetter(by, sp, form)
	if err != nil {
		return nil, err
	}
	letter.Number, letter.Date = step.DocNumber, step.Date
	// The deadline printed is the one the step set, before later steps moved it.
	stored, err := st.StoredSteps(ctx, caseID)
	if err != nil {
		return nil, err
	}
	then, err := d.deriveCase(ctx, cs, stored[:i+1])
	if err != nil {
		return nil, err
	}
	switch step.Kind {
	case domain.StepAccept:
		letter.Deadline = then.ResolutionDue
	case domain.StepReject:
		if g, ok := law.NotAcceptGroundByCode(step.Ground); ok {
			letter.Reason = g.Text + " (" + g.Citation + ")"
		} else {
			letter.Reason = step.Ground
		}
	case domain.StepExtend:
		letter.Days = step.Days
		letter.RefDoc = acceptanceRef(cs)
		letter.Deadline = then.ResolutionDue
	}
	return d.printLetter(ctx, by, letter, "legal_case", caseID)
}

// acceptanceRef cites the thụ lý of c: "Quyết định thụ lý số 25/QĐ-UBND ngày 05/10/2026".
func acceptanceRef(c *domain.Case) string {
	if c.AcceptedOn == "" {
		return ""
	}
	ref := "Quyết định thụ lý"
	if c.AcceptanceDoc != "" {
		ref += " số " + c.AcceptanceDoc
	}
	return ref + " ngày " + displayDate(c.AcceptedOn)
}
