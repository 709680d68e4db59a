package app

import (
	"bytes"
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/app/secure"
	"tiepdan/reports"
	"tiepdan/store"
)

// Petitions keeps the petition register (sổ tiếp nhận, xử lý đơn): each đơn,
// its handling and its scans.
type Petitions struct {
	deps Deps
}

// sealedAttachmentLabel binds a sealed scan to its use.
const sealedAttachmentLabel = "petition.attachment"

// maxAttachment is the largest scan accepted (10 MB).
const maxAttachment = 10 << 20

// attachmentTypes are the kinds of scan accepted.
var attachmentTypes = []string{"application/pdf", "image/jpeg", "image/png"}

// PetitionView is a petition as the UI shows it.
type PetitionView struct {
	domain.Petition
	// Warnings are shown but do not stop the save (an unusual ID paper …).
	Warnings []string `json:"warnings"`
	// Duplicates are the likely duplicates found when it was saved.
	Duplicates []DuplicateHint `json:"duplicates"`
	// Case is the case, once the petition was proposed for acceptance.
	Case *domain.Case `json:"case,omitempty"`
}

// PetitionFilter filters the register; empty fields mean any.
type PetitionFilter struct {
	From   string                `json:"from"`
	To     string                `json:"to"`
	Kind   domain.ContentKind    `json:"kind"`
	Source domain.PetitionSource `json:"source"`
	// Status is "" (any), "pending" (not handled), "handled" or "overdue"
	// (pending and HandlingDue before today).
	Status string `json:"status"`
	// Text finds petitions by a fragment of a petitioner's name, number or
	// address, or of the summary, with or without diacritics; a protected
	// petitioner only by the whole name or number.
	Text   string `json:"text"`
	Limit  int    `json:"limit"`
	Offset int    `json:"offset"`
}

// PetitionPage is one page of the register.
type PetitionPage struct {
	Rows  []PetitionView `json:"rows"`
	Total int            `json:"total"`
}

// DuplicateQuery is a petition being typed, to look for duplicates of.
type DuplicateQuery struct {
	Petitioners []domain.Citizen `json:"petitioners"`
	Summary     string           `json:"summary"`
	ExcludeID   int64            `json:"excludeId"`
}

// DuplicateHint is a petition that may repeat the one typed, and why.
type DuplicateHint struct {
	PetitionID int64              `json:"petitionId"`
	Number     int                `json:"number"`
	Year       int                `json:"year"`
	ReceivedOn string             `json:"receivedOn"`
	Kind       domain.ContentKind `json:"kind"`
	Summary    string             `json:"summary"`
	MatterID   int64              `json:"matterId"`
	// Name is the first petitioner, or the mask of a protected one.
	Name    string   `json:"name"`
	Reasons []string `json:"reasons"`
	// Score is 0..1, higher meaning more likely the same.
	Score float64 `json:"score"`
}

// NewAction is a handling step to record on a petition read at Revision.
type NewAction struct {
	PetitionID int64 `json:"petitionId"`
	Revision   int64 `json:"revision"`
	domain.PetitionAction
}

// The reasons a duplicate hint gives.
const (
	reasonSameID      = "Cùng số giấy tờ tùy thân"
	reasonNameAddress = "Họ tên và địa chỉ gần giống"
	reasonSameName    = "Cùng họ tên"
	reasonContent     = "Nội dung tương tự"
)

// Save checks and saves a petition: a new one (ID 0) gets the next receipt
// number of its year unless one is given, and starts a matter unless it
// joins one (a duplicate joins its original's). Identity papers are checked
// by app/law; the xử lý đơn deadline is computed from the rules in force on
// the day of receipt (a tố cáo: Luật Tố cáo Art. 24.1). A tố cáo's
// petitioners, and anyone marked giữ bí mật, are sealed before they reach
// the store. The view lists the likely duplicates found.
//
// Errors: Invalid with a message per field ("petitioners.0.idNumber" …);
// NotFound; Conflict; Unauthorized; Forbidden; Internal.
func (p *Petitions) Save(in domain.Petition) (*PetitionView, error) {
	a, err := p.deps.require(PermRecordPetitions)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := p.deps.store()
	in.Normalize()
	var v domain.Validation
	mergeFields(&v, in.Validate())
	today := law.DateOf(p.deps.Now())
	received := checkDate(&v, "receivedOn", in.ReceivedOn, "Vui lòng nhập ngày nhận đơn")
	if !received.IsZero() && received.After(today) {
		v.Fail("receivedOn", "Ngày nhận đơn không được ở tương lai")
	}
	if doc := optionalDate(&v, "forwardingDocDate", in.ForwardingDocDate); !doc.IsZero() && !received.IsZero() && doc.After(received) {
		v.Fail("forwardingDocDate", "Ngày văn bản chuyển đơn không được sau ngày nhận đơn")
	}
	warnings := checkCitizens(&v, "petitioners", in.Petitioners, received, true)
	var old *store.StoredPetition
	if in.ID != 0 {
		if old, err = st.Petition(ctx, in.ID); err != nil {
			return nil, err
		}
		if old.CaseID != 0 {
			if kind, _ := law.CaseKindFor(in.Kind, in.PriorStatus); kind != caseKindOf(ctx, st, old.CaseID) {
				v.Fail("kind", "Đơn đã đề xuất thụ lý: không đổi được loại đơn hay tình trạng giải quyết làm thay đổi thủ tục giải quyết")
			}
		}
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	in.DropUnused()
	rule := law.HandlingRuleID(in.Kind)
	dl, err := p.deps.ruleDeadline(ctx, rule, received, law.RuleOptions{})
	if err != nil {
		return nil, fromLaw(err)
	}
	in.HandlingDue, in.HandlingRule, in.HandlingCitation = dl.Due.String(), dl.RuleID, dl.Citation
	var kept []store.StoredCitizen
	if old != nil {
		kept = old.People
	}
	// A protected petitioner comes back from the form masked: protect keeps
	// what is sealed rather than seal the mask.
	sv, err := p.deps.protect(ctx, &domain.Visit{Kind: in.Kind, Citizens: in.Petitioners}, kept, "petitioners")
	if err != nil {
		return nil, err
	}
	saved, err := st.SavePetition(ctx, actor(a), store.StoredPetition{Petition: in, People: sv.People, Protected: in.Protected()})
	if err != nil {
		return nil, err
	}
	view, err := p.deps.petitionView(ctx, saved)
	if err != nil {
		return nil, err
	}
	view.Warnings = append(view.Warnings, warnings...)
	typed := slices.DeleteFunc(slices.Clone(in.Petitioners), func(c domain.Citizen) bool { return c.Masked })
	if view.Duplicates, err = p.deps.findDuplicates(ctx, DuplicateQuery{Petitioners: typed, Summary: in.Summary,
		ExcludeID: saved.ID}); err != nil {
		return nil, err
	}
	return view, nil
}

// caseKindOf is the kind of case id ("" if it cannot be read).
func caseKindOf(ctx context.Context, st *store.Store, id int64) domain.CaseKind {
	c, err := st.Case(ctx, id)
	if err != nil {
		return ""
	}
	return c.Kind
}

// mergeFields adds the field messages of err (a *domain.Error) to v, so every
// bad field shows at once.
func mergeFields(v *domain.Validation, err error) {
	if de, ok := err.(*domain.Error); ok {
		for f, m := range de.Fields {
			v.Fail(f, m)
		}
	}
}

// optionalDate is checkDate for a date that may be left empty: the zero
// Date when it is, or when it is bad (and v is failed).
func optionalDate(v *domain.Validation, field, value string) law.Date {
	if value == "" {
		return law.Date{}
	}
	return checkDate(v, field, value, "")
}

// checkCitizens checks the identity papers and dates of people typed under
// field and normalises their numbers; strict also applies the number's own
// rules (province code, birth year …), whose warnings it returns. The
// duplicate check, called while the clerk types, is not strict.
func checkCitizens(v *domain.Validation, field string, cs []domain.Citizen, day law.Date, strict bool) []string {
	var warnings []string
	for i := range cs {
		c := &cs[i]
		f := func(name string) string { return fmt.Sprintf("%s.%d.%s", field, i, name) }
		birth := optionalDate(v, f("birthDate"), c.BirthDate)
		optionalDate(v, f("idIssueDate"), c.IDIssueDate)
		kind := law.IDKind(c.IDKind)
		if kind == "" {
			kind = law.IDCanCuoc
		}
		if !slices.Contains(law.IDKinds(), kind) {
			v.Fail(f("idKind"), "Loại giấy tờ không hợp lệ")
			continue
		}
		c.IDKind = string(kind)
		if c.IDNumber == "" || len([]rune(c.IDNumber)) > 30 {
			continue
		}
		c.IDNumber = law.NormalizeID(kind, c.IDNumber)
		if !strict || day.IsZero() {
			continue
		}
		for _, pr := range law.CheckID(kind, c.IDNumber, law.IDHolder{Birth: birth}, day) {
			if pr.Severity == law.SeverityError {
				v.Fail(f("idNumber"), pr.Message)
			} else {
				warnings = append(warnings, fmt.Sprintf("%s: %s", c.Name, pr.Message))
			}
		}
	}
	return warnings
}

// petitionView shows a stored petition: protected petitioners masked, its
// case with the steps allowed next.
func (d Deps) petitionView(ctx context.Context, sp *store.StoredPetition) (*PetitionView, error) {
	p := sp.Petition
	p.Petitioners = maskPeople(sp.People)
	if p.Actions == nil {
		p.Actions = []domain.PetitionAction{}
	}
	if p.Attachments == nil {
		p.Attachments = []domain.AttachmentInfo{}
	}
	view := &PetitionView{Petition: p, Warnings: []string{}, Duplicates: []DuplicateHint{}}
	if p.CaseID != 0 {
		st, _ := d.store()
		c, err := st.Case(ctx, p.CaseID)
		if err != nil {
			return nil, err
		}
		c.NextSteps = nextSteps(c)
		view.Case = c
	}
	return view, nil
}

// maskPeople returns stored people as shown: protected ones masked.
func maskPeople(people []store.StoredCitizen) []domain.Citizen {
	out := make([]domain.Citizen, len(people))
	for i, c := range people {
		out[i] = c.Citizen
		if c.Protected {
			out[i] = domain.Citizen{Name: maskedName, IDKind: c.IDKind, Representative: c.Representative, Protected: true, Masked: true}
		}
	}
	return out
}

// firstName is the first person's name as shown, or "".
func firstName(people []store.StoredCitizen) string {
	if len(people) == 0 {
		return ""
	}
	return maskPeople(people[:1])[0].Name
}

// policeMay reports whether the police liaison may see a petition of
// people people whose case is complex: group petitions and complex cases.
func policeMay(people int, complex bool) bool { return people >= domain.GroupThreshold || complex }

// errPolice refuses the police liaison a record it may not see.
func errPolice() error {
	return domain.Errorf(domain.Forbidden, "Công an phường chỉ xem được đơn, vụ việc đông người hoặc phức tạp.")
}

// readPetition reads petition id for account a, refusing the police liaison
// one that is neither a group's nor complex.
func (d Deps) readPetition(ctx context.Context, a *domain.Account, id int64) (*store.StoredPetition, error) {
	st, _ := d.store()
	sp, err := st.Petition(ctx, id)
	if err != nil {
		return nil, err
	}
	if a.Role == domain.RolePolice {
		complex := false
		if sp.CaseID != 0 {
			c, err := st.Case(ctx, sp.CaseID)
			if err != nil {
				return nil, err
			}
			complex = c.Complexity != domain.ComplexityNone
		}
		if !policeMay(sp.PeopleCount, complex) {
			return nil, errPolice()
		}
	}
	return sp, nil
}

// Petition returns petition id, protected petitioners masked, with its
// actions, scans and case.
//
// Errors: NotFound; Unauthorized; Forbidden; Internal.
func (p *Petitions) Petition(id int64) (*PetitionView, error) {
	a, err := p.deps.require(PermViewPetitions)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	sp, err := p.deps.readPetition(ctx, a, id)
	if err != nil {
		return nil, err
	}
	return p.deps.petitionView(ctx, sp)
}

// petitionStatuses are the values of PetitionFilter.Status.
var petitionStatuses = []string{"", "pending", "handled", "overdue"}

// List returns the petitions matching f, newest first. The police liaison
// sees only group petitions and complex cases.
//
// Errors: Invalid (a bad date, code or text too long); Unauthorized;
// Forbidden; Internal.
func (p *Petitions) List(f PetitionFilter) (*PetitionPage, error) {
	a, err := p.deps.require(PermViewPetitions)
	if err != nil {
		return nil, err
	}
	var v domain.Validation
	checkOptionalDate(&v, "from", f.From)
	checkOptionalDate(&v, "to", f.To)
	if f.Kind != "" && !slices.Contains(domain.PetitionKinds, f.Kind) {
		v.Fail("kind", "Loại đơn không hợp lệ")
	}
	if f.Source != "" && !slices.Contains(domain.PetitionSources, f.Source) {
		v.Fail("source", "Nguồn đơn không hợp lệ")
	}
	if !slices.Contains(petitionStatuses, f.Status) {
		v.Fail("status", "Tình trạng không hợp lệ")
	}
	v.MaxLen("text", f.Text, 200, "Nội dung tìm")
	if err := v.Err(); err != nil {
		return nil, err
	}
	find := store.FindPetitions{From: f.From, To: f.To, Kind: f.Kind, Source: f.Source, Status: f.Status,
		Today: law.DateOf(p.deps.Now()).String(), PoliceOnly: a.Role == domain.RolePolice, Limit: f.Limit, Offset: f.Offset}
	if folded := domain.Fold(f.Text); folded != "" {
		find.Text = folded
		if k := p.deps.session.keys(); k.index != nil {
			find.BlindName = secure.BlindIndex(k.index, "name", folded)
			find.BlindID = secure.BlindIndex(k.index, "id", folded)
		}
	}
	ctx := context.Background()
	st, _ := p.deps.store()
	rows, total, err := st.Petitions(ctx, find)
	if err != nil {
		return nil, err
	}
	page := &PetitionPage{Rows: make([]PetitionView, 0, len(rows)), Total: total}
	for i := range rows {
		view, err := p.deps.petitionView(ctx, &rows[i])
		if err != nil {
			return nil, err
		}
		page.Rows = append(page.Rows, *view)
	}
	return page, nil
}

// FindDuplicates lists the petitions already registered that the one being
// typed may repeat, most likely first: the same identity number, a name and
// address nearly alike (spelt without diacritics, a letter off), or a
// similar summary. It writes nothing.
//
// Errors: Invalid (text too long, a bad code or date); Unauthorized;
// Forbidden; Internal.
func (p *Petitions) FindDuplicates(q DuplicateQuery) ([]DuplicateHint, error) {
	if _, err := p.deps.require(PermRecordPetitions); err != nil {
		return nil, err
	}
	var v domain.Validation
	for i := range q.Petitioners {
		q.Petitioners[i].Normalize()
	}
	q.Summary = domain.CleanLines(q.Summary)
	domain.ValidateCitizens(&v, "petitioners", q.Petitioners, false)
	checkCitizens(&v, "petitioners", q.Petitioners, law.Date{}, false)
	v.MaxLen("summary", q.Summary, 5000, "Nội dung")
	if err := v.Err(); err != nil {
		return nil, err
	}
	return p.deps.findDuplicates(context.Background(), q)
}

// duplicateLimit is how many hints are shown.
const duplicateLimit = 10

// findDuplicates scores the store's candidates against q (checked).
func (d Deps) findDuplicates(ctx context.Context, q DuplicateQuery) ([]DuplicateHint, error) {
	probe := store.DuplicateProbe{ExcludeID: q.ExcludeID}
	keys := d.session.keys()
	blind := func(label, folded string) string {
		if keys.index == nil || folded == "" {
			return ""
		}
		return secure.BlindIndex(keys.index, label, folded)
	}
	for _, c := range q.Petitioners {
		if c.IDNumber != "" {
			probe.IDNumbers = append(probe.IDNumbers, c.IDNumber)
			probe.BlindIDs = append(probe.BlindIDs, blind("id", domain.Fold(c.IDNumber)))
		}
		probe.BlindNames = append(probe.BlindNames, blind("name", domain.Fold(c.Name)))
		probe.PeopleWords = append(probe.PeopleWords, domain.Words(c.Name+" "+c.Address)...)
	}
	probe.PeopleWords = slices.Compact(slices.Sorted(slices.Values(probe.PeopleWords)))
	probe.SummaryWords = slices.Compact(slices.Sorted(slices.Values(domain.Words(q.Summary))))
	st, _ := d.store()
	candidates, err := st.DuplicateCandidates(ctx, probe)
	if err != nil {
		return nil, err
	}
	hints := []DuplicateHint{}
	for i := range candidates {
		if h, ok := scoreDuplicate(q, probe, &candidates[i]); ok {
			hints = append(hints, h)
		}
	}
	slices.SortStableFunc(hints, func(a, b DuplicateHint) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.PetitionID, a.PetitionID))
	})
	if len(hints) > duplicateLimit {
		hints = hints[:duplicateLimit]
	}
	return hints, nil
}

// Thresholds of the duplicate check: a name this close is the same name
// typed differently; an address or a summary this alike is the same place
// or content.
const (
	sameNameAt    = 0.8
	sameAddressAt = 0.5
	sameContentAt = 0.45
)

// scoreDuplicate compares candidate c with the petition typed; ok is false
// when nothing makes them alike. The score combines the reasons as
// independent evidence: 1 − Π(1 − sᵢ).
func scoreDuplicate(q DuplicateQuery, probe store.DuplicateProbe, c *store.StoredPetition) (DuplicateHint, bool) {
	var id, person, content float64
	var reasons []string
	for _, mine := range q.Petitioners {
		for _, theirs := range c.People {
			if theirs.Protected {
				switch {
				case theirs.BlindID != "" && slices.Contains(probe.BlindIDs, theirs.BlindID):
					id = 0.95
				case theirs.BlindName != "" && slices.Contains(probe.BlindNames, theirs.BlindName):
					person = max(person, 0.4)
				}
				continue
			}
			if mine.IDNumber != "" && mine.IDNumber == theirs.IDNumber {
				id = 0.95
			}
			name := domain.NameSimilarity(mine.Name, theirs.Name)
			if name < sameNameAt {
				continue
			}
			if address := domain.TextSimilarity(mine.Address, theirs.Address); address >= sameAddressAt {
				person = max(person, 0.6*name+0.3*address)
			} else if name == 1 && (mine.Address == "" || theirs.Address == "") {
				person = max(person, 0.4)
			}
		}
	}
	if id > 0 {
		reasons = append(reasons, reasonSameID)
	}
	switch {
	case person > 0.4:
		reasons = append(reasons, reasonNameAddress)
	case person > 0:
		reasons = append(reasons, reasonSameName)
	}
	if sim := domain.TextSimilarity(q.Summary, c.Summary); sim >= sameContentAt {
		content = 0.7 * sim
		reasons = append(reasons, reasonContent)
	}
	if len(reasons) == 0 {
		return DuplicateHint{}, false
	}
	score := 1 - (1-id)*(1-person)*(1-content)
	return DuplicateHint{PetitionID: c.ID, Number: c.Number, Year: c.Year, ReceivedOn: c.ReceivedOn, Kind: c.Kind,
		Summary: c.Summary, MatterID: c.MatterID, Name: firstName(c.People), Reasons: reasons,
		Score: float64(int(score*100+0.5)) / 100}, true
}

// AddAction records a handling step of a petition read at a.Revision. A
// proposal to accept (đề xuất thụ lý) creates the case, with its thụ lý
// deadline counted from the receipt; it needs an eligible petition within
// the ward's competence with one content. A tố cáo is transferred only once
// per matter (TT 05/2021 Art. 14.1). A reply is recorded only after a
// transfer or an urge.
//
// Errors: Invalid with the reason, nothing written; NotFound; Conflict;
// Unauthorized; Forbidden; Internal.
func (p *Petitions) AddAction(in NewAction) (*PetitionView, error) {
	a, err := p.deps.require(PermRecordPetitions)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := p.deps.store()
	act := in.PetitionAction
	act.Normalize()
	var v domain.Validation
	mergeFields(&v, act.Validate())
	date := checkDate(&v, "date", act.Date, "Vui lòng nhập ngày xử lý")
	if !date.IsZero() && date.After(law.DateOf(p.deps.Now())) {
		v.Fail("date", "Ngày xử lý không được ở tương lai")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	sp, err := st.Petition(ctx, in.PetitionID)
	if err != nil {
		return nil, err
	}
	if act.Date < sp.ReceivedOn {
		return nil, &domain.Error{Kind: domain.Invalid, Message: "Ngày xử lý không được trước ngày nhận đơn.",
			Fields: map[string]string{"date": "Ngày xử lý không được trước ngày nhận đơn (" + displayDate(sp.ReceivedOn) + ")"}}
	}
	var newCase *domain.Case
	switch act.Kind {
	case domain.ActionProposeAcceptance:
		if newCase, err = p.deps.proposeCase(ctx, sp, date); err != nil {
			return nil, err
		}
	case domain.ActionTransfer:
		if sp.Kind == domain.ContentDenunciation {
			n, err := st.CountMatterTransfers(ctx, sp.MatterID, domain.ContentDenunciation)
			if err != nil {
				return nil, err
			}
			if n > 0 {
				return nil, domain.Errorf(domain.Invalid, "%s.", law.DenunciationTransferOnce)
			}
		}
	case domain.ActionReplyReceived:
		if !slices.ContainsFunc(sp.Actions, func(x domain.PetitionAction) bool {
			return x.Kind == domain.ActionTransfer || x.Kind == domain.ActionUrge
		}) {
			return nil, domain.Errorf(domain.Invalid, "Đơn chưa được chuyển hoặc đôn đốc nên chưa có văn bản phúc đáp để ghi nhận.")
		}
	}
	saved, err := st.AddPetitionAction(ctx, actor(a), sp.ID, in.Revision, act, newCase)
	if err != nil {
		return nil, err
	}
	return p.deps.petitionView(ctx, saved)
}

// displayDate turns an ISO date into dd/mm/yyyy, or returns it as it is.
func displayDate(iso string) string {
	if d, err := law.ParseDate(iso); err == nil {
		return d.Display()
	}
	return iso
}

// proposeCase builds the case a proposal to accept sp on day creates, or
// says why the petition cannot be proposed.
func (d Deps) proposeCase(ctx context.Context, sp *store.StoredPetition, day law.Date) (*domain.Case, error) {
	kind, ok := law.CaseKindFor(sp.Kind, sp.PriorStatus)
	switch {
	case sp.CaseID != 0:
		return nil, domain.Errorf(domain.Invalid, "Đơn này đã được đề xuất thụ lý.")
	case !sp.Eligible:
		return nil, domain.Errorf(domain.Invalid, "Đơn không đủ điều kiện xử lý nên không đề xuất thụ lý được; hãy lưu đơn hoặc trả lại đơn.")
	case !sp.WithinCompetence:
		return nil, domain.Errorf(domain.Invalid, "Đơn không thuộc thẩm quyền giải quyết của Chủ tịch Ủy ban nhân dân; hãy chuyển đơn hoặc hướng dẫn công dân.")
	case !ok:
		return nil, domain.Errorf(domain.Invalid, "Đơn có nhiều nội dung: hướng dẫn công dân tách thành từng đơn (khoản 3 Điều 25 Luật Tiếp công dân) trước khi đề xuất thụ lý.")
	}
	c := &domain.Case{Kind: kind, ProposedOn: day.String(), Status: domain.CaseProposed, ComplexityReasons: []string{}}
	if rule := law.AcceptanceRuleID(kind); rule != "" {
		received, err := law.ParseDate(sp.ReceivedOn)
		if err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		dl, err := d.ruleDeadline(ctx, rule, received, law.RuleOptions{})
		if err != nil {
			return nil, fromLaw(err)
		}
		c.AcceptanceDue, c.AcceptanceCitation = dl.Due.String(), dl.Citation
	}
	return c, nil
}

// Attach stores a scan or photo of petition petitionID: name as shown,
// mime one of application/pdf, image/jpeg, image/png matching the content,
// data the bytes in base64, at most 10 MB. A protected petition's scans are
// sealed to the vault key.
//
// Errors: Invalid beside "name", "mime" or "data"; NotFound; Unauthorized;
// Forbidden; Internal.
func (p *Petitions) Attach(petitionID int64, name, mime, dataBase64 string) (*domain.AttachmentInfo, error) {
	a, err := p.deps.require(PermRecordPetitions)
	if err != nil {
		return nil, err
	}
	name = domain.CleanText(name)
	var v domain.Validation
	v.Required("name", name, "Vui lòng đặt tên tệp")
	v.MaxLen("name", name, 200, "Tên tệp")
	mimeOK := slices.Contains(attachmentTypes, mime)
	if !mimeOK {
		v.Fail("mime", "Chỉ đính kèm được tệp PDF, JPEG hoặc PNG")
	}
	var body []byte
	if base64.StdEncoding.DecodedLen(len(dataBase64)) > maxAttachment+3 {
		v.Fail("data", "Tệp quá lớn: tối đa 10 MB")
	} else if body, err = base64.StdEncoding.DecodeString(dataBase64); err != nil || len(body) == 0 {
		v.Fail("data", "Không đọc được nội dung tệp")
	} else if len(body) > maxAttachment {
		v.Fail("data", "Tệp quá lớn: tối đa 10 MB")
	} else if got := http.DetectContentType(body); mimeOK && got != mime {
		v.Fail("data", "Nội dung tệp không đúng loại đã chọn (PDF, JPEG hoặc PNG)")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := p.deps.store()
	sp, err := st.Petition(ctx, petitionID)
	if err != nil {
		return nil, err
	}
	stored := store.StoredAttachment{AttachmentInfo: domain.AttachmentInfo{Name: name, MIME: mime, Size: int64(len(body))},
		PetitionID: petitionID, Sealed: sp.Protected, Body: body}
	if sp.Protected {
		pub, err := st.VaultPublicKey(ctx)
		if err != nil {
			return nil, err
		}
		if stored.Body, err = secure.Seal(pub, sealedAttachmentLabel, body); err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
	}
	return st.AddAttachment(ctx, actor(a), stored)
}

// Attachment returns the bytes of scan id in base64. A sealed scan (of a tố
// cáo or a protected petitioner) opens only for an account holding the vault
// key. Every view is audited.
//
// Errors: NotFound; Unauthorized; Forbidden; Internal.
func (p *Petitions) Attachment(id int64) (string, error) {
	a, err := p.deps.require(PermViewPetitions)
	if err != nil {
		return "", err
	}
	ctx := context.Background()
	st, _ := p.deps.store()
	att, err := st.Attachment(ctx, id)
	if err != nil {
		return "", err
	}
	if _, err := p.deps.readPetition(ctx, a, att.PetitionID); err != nil {
		return "", err
	}
	body := att.Body
	if att.Sealed {
		keys := p.deps.session.keys()
		if keys.vault == nil || !Allowed(a.Role, PermRevealIdentity) {
			return "", domain.Errorf(domain.Forbidden, "Tệp của đơn được giữ bí mật: chỉ lãnh đạo có khóa bảo mật mới xem được.")
		}
		if body, err = secure.Open(keys.vault, sealedAttachmentLabel, att.Body); err != nil {
			return "", domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
	}
	if err := st.RecordEvent(ctx, actor(a), "view", "petition_attachment", fmt.Sprint(id),
		map[string]any{"petitionId": att.PetitionID, "name": att.Name}); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(body), nil
}

// openPetitioner returns petitioner position of sp in the clear, opening a
// sealed one with the session's vault key.
func (d Deps) openPetitioner(sp *store.StoredPetition, position int) (*domain.Citizen, error) {
	if position < 0 || position >= len(sp.People) {
		return nil, domain.Errorf(domain.NotFound, "Không có người đứng đơn ở vị trí này.")
	}
	sc := sp.People[position]
	if !sc.Protected {
		c := sc.Citizen
		return &c, nil
	}
	keys := d.session.keys()
	if keys.vault == nil {
		return nil, domain.Errorf(domain.Forbidden, "Tài khoản chưa được cấp khóa để xem danh tính. Vui lòng liên hệ quản trị.")
	}
	plain, err := secure.Open(keys.vault, sealedCitizenLabel, sc.Sealed)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	var c domain.Citizen
	if err := json.Unmarshal(plain, &c); err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return &c, nil
}

// RevealPetitioner shows the protected identity of petitioner position of
// petition id to an account that may see it, for a stated reason, and
// writes the reveal, with its reason, to the audit trail.
//
// Errors: Invalid (no reason); NotFound; Unauthorized; Forbidden; Internal.
func (p *Petitions) RevealPetitioner(id int64, position int, reason string) (*domain.Citizen, error) {
	a, err := p.deps.require(PermRevealIdentity)
	if err != nil {
		return nil, err
	}
	reason = domain.CleanText(reason)
	var v domain.Validation
	v.Required("reason", reason, "Vui lòng ghi lý do xem danh tính người được bảo vệ")
	v.MaxLen("reason", reason, 500, "Lý do")
	if err := v.Err(); err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := p.deps.store()
	sp, err := st.Petition(ctx, id)
	if err != nil {
		return nil, err
	}
	if position < 0 || position >= len(sp.People) || !sp.People[position].Protected {
		return nil, domain.Errorf(domain.NotFound, "Không có người được bảo vệ ở vị trí này.")
	}
	c, err := p.deps.openPetitioner(sp, position)
	if err != nil {
		return nil, err
	}
	if err := st.RecordEvent(ctx, actor(a), "reveal", "petition", fmt.Sprint(id),
		map[string]any{"position": position, "reason": reason}); err != nil {
		return nil, err
	}
	return c, nil
}

// petitionForms are the documents of the handling actions that have one.
func petitionForm(sp *store.StoredPetition, kind domain.ActionKind) string {
	switch kind {
	case domain.ActionProposeAcceptance:
		return "TT05-01"
	case domain.ActionTransfer:
		if sp.Kind == domain.ContentDenunciation {
			return "TT05-03"
		}
		return "CHUYEN-DON"
	case domain.ActionGuide:
		return "HUONG-DAN"
	case domain.ActionReturn:
		return "TRA-LAI"
	}
	return ""
}

// DocumentPDF prints, as a base64 PDF, the document of handling action
// actionID of petition petitionID: the Phiếu đề xuất thụ lý đơn (TT 05/2021
// Mẫu 01), the Phiếu chuyển đơn tố cáo (Mẫu 03) or Phiếu chuyển đơn, the
// Phiếu hướng dẫn, or the Văn bản trả lại đơn. A protected petitioner's
// document needs the vault key (lãnh đạo). The print is audited.
//
// Errors: Invalid (the action has no document, or the petition lacks what
// the form prints); NotFound; Unauthorized; Forbidden; Internal.
func (p *Petitions) DocumentPDF(petitionID, actionID int64) (string, error) {
	a, err := p.deps.require(PermRecordPetitions)
	if err != nil {
		return "", err
	}
	pdf, err := p.deps.petitionDocument(context.Background(), a, petitionID, actionID, "")
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(pdf), nil
}

// petitionDocument prints the document of handling action actionID of
// petition petitionID for by (nil: the command line without a login). With
// want, the document must be that form, and actionID 0 takes the
// petition's latest action that has it.
func (d Deps) petitionDocument(ctx context.Context, by *domain.Account, petitionID, actionID int64, want string) ([]byte, error) {
	st, _ := d.store()
	sp, err := st.Petition(ctx, petitionID)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(sp.Actions, func(x domain.PetitionAction) bool { return x.ID == actionID })
	if actionID == 0 && want != "" {
		i = lastIndexFunc(sp.Actions, func(x domain.PetitionAction) bool { return petitionForm(sp, x.Kind) == want })
	}
	if i < 0 {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy bước xử lý của đơn có văn bản này.")
	}
	act := sp.Actions[i]
	form := petitionForm(sp, act.Kind)
	if form == "" {
		return nil, domain.Errorf(domain.Invalid, "Bước «%s» không có văn bản để in.", act.Kind.Label())
	}
	if want != "" && form != want {
		return nil, domain.Errorf(domain.Invalid, "Bước «%s» của đơn in mẫu %s, không phải %s.", act.Kind.Label(), form, want)
	}
	letter, err := d.petitionLetter(by, sp, form)
	if err != nil {
		return nil, err
	}
	letter.Number, letter.Date, letter.ToBody, letter.Reason = act.DocNumber, act.Date, act.Body, act.Note
	if act.Kind == domain.ActionProposeAcceptance {
		letter.ProposerTitle = "Công chức tiếp công dân"
		if by != nil {
			letter.Proposer = by.FullName
		}
		if sp.CaseID != 0 {
			if c, err := st.Case(ctx, sp.CaseID); err == nil {
				letter.Deadline = c.AcceptanceDue
			}
		}
	}
	return d.printLetter(ctx, by, letter, "petition", petitionID)
}

// identityForms are the documents that name the petitioner; the others (a
// tố cáo's transfer slip, its thụ lý and extension decisions) never do, so
// that anyone who records them may print them.
var identityForms = map[string]bool{"TT05-01": true, "CHUYEN-DON": true, "HUONG-DAN": true, "TRA-LAI": true,
	"ND124-03": true, "ND124-04": true}

// lastIndexFunc is slices.IndexFunc from the end: the latest match.
func lastIndexFunc[E any](s []E, f func(E) bool) int {
	for i := len(s) - 1; i >= 0; i-- {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// petitionLetter fills what document form prints of sp; a form that names
// the petitioner opens a protected one only for an account that may see it
// (by nil: the command line without a login, which may not).
func (d Deps) petitionLetter(by *domain.Account, sp *store.StoredPetition, form string) (reports.PetitionLetter, error) {
	l := reports.PetitionLetter{Form: form, PeopleCount: sp.PeopleCount, ReceivedOn: sp.ReceivedOn, KindLabel: letterKind(sp.Kind),
		Summary: sp.Summary, Respondent: sp.Respondent, Origin: origin(sp)}
	if len(sp.People) == 0 || !identityForms[form] {
		return l, nil
	}
	if sp.People[0].Protected && !d.canReveal(by) {
		return l, domain.Errorf(domain.Forbidden, "Người đứng đơn được giữ bí mật danh tính: chỉ lãnh đạo in được văn bản này.")
	}
	c, err := d.openPetitioner(sp, 0)
	if err != nil {
		return l, err
	}
	l.PetitionerName, l.PetitionerAddress, l.PetitionerID = c.Name, c.Address, c.IDNumber
	l.PetitionerIDDate, l.PetitionerIDPlace = c.IDIssueDate, c.IDIssuePlace
	return l, nil
}

// letterKind is the kind as a document's sentence reads it.
func letterKind(k domain.ContentKind) string {
	switch k {
	case domain.ContentRecommendation, domain.ContentFeedback:
		return "kiến nghị, phản ánh"
	case domain.ContentMixed:
		return "nhiều nội dung"
	}
	return k.Label()
}

// origin says how a petition came, as the documents print it.
func origin(sp *store.StoredPetition) string {
	switch sp.Source {
	case domain.SourceForwarded:
		s := "do " + sp.ForwardingBody + " chuyển đến"
		if sp.ForwardingDoc != "" {
			s += " theo văn bản số " + sp.ForwardingDoc
			if sp.ForwardingDocDate != "" {
				s += " ngày " + displayDate(sp.ForwardingDocDate)
			}
		}
		return s
	case domain.SourceReception:
		return "nhận trực tiếp qua tiếp công dân"
	case domain.SourcePost:
		return "nhận qua bưu chính"
	}
	return ""
}

// printLetter renders l and audits the print by by against entity id.
func (d Deps) printLetter(ctx context.Context, by *domain.Account, l reports.PetitionLetter, entity string, id int64) ([]byte, error) {
	st, _ := d.store()
	unit, err := st.Unit(ctx)
	if err != nil {
		return nil, err
	}
	var pdf bytes.Buffer
	if err := reports.PetitionLetterPDF(&pdf, *unit, l, reports.SlipOptions{}); err != nil {
		// The form's fields are the record's: say what to complete there.
		var de *domain.Error
		if errors.As(err, &de) && len(de.Fields) > 0 {
			msgs := slices.Sorted(maps.Values(de.Fields))
			return nil, domain.Errorf(domain.Invalid, "Chưa đủ thông tin để in văn bản: %s. Hãy bổ sung rồi in lại.", strings.Join(msgs, "; "))
		}
		return nil, err
	}
	if err := st.RecordEvent(ctx, printActor(by), "print", entity, fmt.Sprint(id), map[string]any{"form": l.Form}); err != nil {
		return nil, err
	}
	return pdf.Bytes(), nil
}

// Forms lists every printable form of the app with its source and how sure
// its wording is (Về biểu mẫu).
//
// Errors: Unauthorized; Forbidden.
func (p *Petitions) Forms() ([]reports.FormInfo, error) {
	if _, err := p.deps.require(PermUse); err != nil {
		return nil, err
	}
	forms := reports.FormCatalog()
	if forms == nil {
		forms = []reports.FormInfo{}
	}
	return forms, nil
}
