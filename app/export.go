package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"slices"
	"strconv"
	"strings"

	"tiepdan/app/domain"
	"tiepdan/reports"
	"tiepdan/store"
)

// exportPage is how many visits an export reads at a time (the store's
// largest page); a variable so that a test can page through a few.
var exportPage = 500

// logbookRenderers are the formats the sổ tiếp công dân exports to.
var logbookRenderers = map[string]func(io.Writer, domain.Unit, string, string, []domain.Visit) error{
	"xlsx": reports.LogbookXLSX,
	"pdf":  reports.LogbookPDF,
}

// ExportVisits returns every visit received from from to to (ISO dates,
// inclusive; "" leaves that end open), oldest first, and the unit's
// settings (nil before the first-run setup). It is not bound to the UI: it
// serves the command line. Without a login protected citizens are masked
// exactly as the logbook shows them. With a login (tiepdan export --user)
// the account's rights apply: the police liaison gets the group visits
// only, a role that may see protected identities gets them in the clear,
// and the export is audited.
//
// Errors: Invalid (a bad date, from after to); Unauthorized; Forbidden;
// Unavailable; Internal.
func (s *Services) ExportVisits(from, to string) ([]domain.Visit, *domain.Unit, error) {
	return commandLineExport(s, PermViewLogbook, from, to, "visit", "03/TCD",
		func(ctx context.Context, a *domain.Account, reveal bool) ([]domain.Visit, error) {
			find := store.FindVisits{From: from, To: to, GroupOnly: a != nil && a.Role == domain.RolePolice}
			return s.deps.exportVisits(ctx, find, a, reveal)
		})
}

// commandLineExport runs an export of the command line: with a login it
// needs perm and is audited (entity, form); rows reads the records for the
// account (nil: none) and whether it may see protected identities. The
// unit is nil before the first-run setup.
func commandLineExport[Row any](s *Services, perm Permission, from, to, entity, form string,
	rows func(ctx context.Context, a *domain.Account, reveal bool) ([]Row, error)) ([]Row, *domain.Unit, error) {
	st, err := s.deps.store()
	if err != nil {
		return nil, nil, err
	}
	var a *domain.Account
	if id, _ := s.deps.session.current(); id != 0 {
		if a, err = s.deps.require(perm); err != nil {
			return nil, nil, err
		}
	}
	if err := checkRange(from, to); err != nil {
		return nil, nil, err
	}
	ctx := context.Background()
	reveal := s.deps.canReveal(a)
	out, err := rows(ctx, a, reveal)
	if err != nil {
		return nil, nil, err
	}
	if a != nil {
		if err := st.RecordEvent(ctx, actor(a), "export", entity, "", map[string]any{
			"form": form, "from": from, "to": to, "rows": len(out), "revealed": reveal, "via": "dòng lệnh",
		}); err != nil {
			return nil, nil, err
		}
	}
	unit, err := st.Unit(ctx)
	if domain.KindOf(err) == domain.NotFound {
		return out, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	return out, unit, nil
}

// ExportLogbook renders the sổ tiếp công dân (Mẫu 03/TCD) of the visits
// received from from to to (ISO dates, "" for an open end) as format "xlsx"
// or "pdf", and returns the file, base64-encoded. Protected identities are
// masked as in the logbook list, and the police liaison's export holds only
// the group visits, as his list does. The export is written to the audit
// trail (action "export").
//
// Errors: Invalid (the format, a bad date, from after to, the unit not set
// up); Unauthorized; Forbidden; Unavailable; Internal.
func (r *Reception) ExportLogbook(format, from, to string) (string, error) {
	a, err := r.deps.require(PermViewLogbook)
	if err != nil {
		return "", err
	}
	format = strings.ToLower(strings.TrimSpace(format))
	render := logbookRenderers[format]
	if render == nil {
		return "", &domain.Error{Kind: domain.Invalid, Message: "Vui lòng chọn định dạng xuất: Excel (xlsx) hoặc PDF.",
			Fields: map[string]string{"format": "Chọn Excel (xlsx) hoặc PDF"}}
	}
	if err := checkRange(from, to); err != nil {
		return "", err
	}
	st, _ := r.deps.store()
	ctx := context.Background()
	// The police liaison sees group visits only, as in Visits.
	rows, err := r.deps.exportVisits(ctx, store.FindVisits{From: from, To: to, GroupOnly: a.Role == domain.RolePolice}, a, false)
	if err != nil {
		return "", err
	}
	unit, err := st.Unit(ctx)
	if domain.KindOf(err) == domain.NotFound {
		unit, err = &domain.Unit{}, nil // the renderer asks for the unit's settings
	}
	if err != nil {
		return "", err
	}
	var file bytes.Buffer
	if err := render(&file, *unit, from, to, rows); err != nil {
		return "", err
	}
	if err := st.RecordEvent(ctx, actor(a), "export", "visit", "", map[string]any{
		"form": "03/TCD", "format": format, "from": from, "to": to, "rows": len(rows),
	}); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(file.Bytes()), nil
}

// checkRange fails unless from and to are empty or ISO dates, from not
// after to.
func checkRange(from, to string) error {
	var v domain.Validation
	checkOptionalDate(&v, "from", from)
	checkOptionalDate(&v, "to", to)
	if err := v.Err(); err != nil {
		return err
	}
	if from != "" && to != "" && from > to {
		v.Fail("to", "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu")
	}
	return v.Err()
}

// exportVisits reads every visit find matches, a page at a time, shown to
// account a (nil on the command line) as visitView shows them, or with the
// protected citizens in the clear when reveal is set, oldest first. A visit
// saved meanwhile shifts the pages by one; it is read once.
func (d Deps) exportVisits(ctx context.Context, find store.FindVisits, a *domain.Account, reveal bool) ([]domain.Visit, error) {
	st, err := d.store()
	if err != nil {
		return nil, err
	}
	out := []domain.Visit{}
	seen := map[int64]bool{}
	for offset := 0; ; offset += exportPage {
		find.Limit, find.Offset = exportPage, offset
		rows, total, err := st.Visits(ctx, find)
		if err != nil {
			return nil, err
		}
		for i := range rows {
			if seen[rows[i].ID] {
				continue
			}
			seen[rows[i].ID] = true
			v := d.visitView(&rows[i], a).Visit
			if reveal {
				if err := d.revealCitizens(&v, &rows[i], a); err != nil {
					return nil, err
				}
			}
			out = append(out, v)
		}
		if len(rows) < exportPage || offset+len(rows) >= total {
			break
		}
	}
	slices.Reverse(out) // the store lists newest first
	return out, nil
}

// ExportedPetition is a petition of the register as tiepdan export
// petitions writes it: each code beside its Vietnamese label, the
// petitioners masked unless the account may see them, and every deadline
// with its citation.
type ExportedPetition struct {
	Number            int                     `json:"number"`
	Year              int                     `json:"year"`
	ReceivedOn        string                  `json:"receivedOn"`
	Source            domain.PetitionSource   `json:"source"`
	SourceLabel       string                  `json:"sourceLabel"`
	ForwardingBody    string                  `json:"forwardingBody"`
	ForwardingDoc     string                  `json:"forwardingDoc"`
	ForwardingDocDate string                  `json:"forwardingDocDate"`
	Petitioners       []ExportedPetitioner    `json:"petitioners"`
	PeopleCount       int                     `json:"peopleCount"`
	Kind              domain.ContentKind      `json:"kind"`
	KindLabel         string                  `json:"kindLabel"`
	Field             domain.Field            `json:"field"`
	FieldLabel        string                  `json:"fieldLabel"`
	Summary           string                  `json:"summary"`
	Eligible          bool                    `json:"eligible"`
	IneligibleReason  domain.IneligibleReason `json:"ineligibleReason"`
	IneligibleNote    string                  `json:"ineligibleNote"`
	WithinCompetence  bool                    `json:"withinCompetence"`
	PriorStatus       domain.PriorStatus      `json:"priorStatus"`
	Handling          ExportedHandling        `json:"handling"`
	Actions           []ExportedAction        `json:"actions"`
	// Case is the case once the petition was proposed for acceptance.
	Case *ExportedCase `json:"case,omitempty"`
}

// ExportedPetitioner is a petitioner; a protected one is "[Được giữ bí
// mật]" with no address or number unless the account may see him.
type ExportedPetitioner struct {
	Name      string `json:"name"`
	Address   string `json:"address"`
	IDNumber  string `json:"idNumber"`
	Protected bool   `json:"protected"`
}

// ExportedHandling is the xử lý đơn stage: its deadline, the rule and the
// citation it was computed by, and whether and how it was closed.
type ExportedHandling struct {
	Due       string            `json:"due"`
	Rule      string            `json:"rule"`
	Citation  string            `json:"citation"`
	Handled   bool              `json:"handled"`
	HandledBy domain.ActionKind `json:"handledBy"`
}

// ExportedAction is a handling step.
type ExportedAction struct {
	Kind      domain.ActionKind `json:"kind"`
	KindLabel string            `json:"kindLabel"`
	Date      string            `json:"date"`
	DocNumber string            `json:"docNumber"`
	Body      string            `json:"body"`
}

// ExportedCase is a petition's case: its state and deadlines as the Cases
// service derived them from its steps, each with its citation.
type ExportedCase struct {
	Kind               domain.CaseKind   `json:"kind"`
	Status             domain.CaseStatus `json:"status"`
	AcceptanceDue      string            `json:"acceptanceDue"`
	AcceptanceCitation string            `json:"acceptanceCitation"`
	AcceptedOn         string            `json:"acceptedOn"`
	AcceptanceDoc      string            `json:"acceptanceDoc"`
	ResolutionDue      string            `json:"resolutionDue"`
	ResolutionRule     string            `json:"resolutionRule"`
	ResolutionCitation string            `json:"resolutionCitation"`
	DecidedOn          string            `json:"decidedOn"`
	Result             domain.Result     `json:"result"`
}

// ExportPetitions returns every petition received from from to to (ISO
// dates, inclusive; "" leaves that end open), oldest first, with its
// actions and case, and the unit's settings (nil before the first-run
// setup). Like ExportVisits it serves the command line: without a login
// protected petitioners are masked as the register shows them; with one
// (tiepdan export petitions --user) the account's rights apply — the
// police liaison gets the group petitions and complex cases only, a role
// that may see protected identities gets them in the clear — and the
// export is audited.
//
// Errors: Invalid (a bad date, from after to); Unauthorized; Forbidden;
// Unavailable; Internal.
func (s *Services) ExportPetitions(from, to string) ([]ExportedPetition, *domain.Unit, error) {
	return commandLineExport(s, PermViewPetitions, from, to, "petition", "sổ tiếp nhận, xử lý đơn",
		func(ctx context.Context, a *domain.Account, reveal bool) ([]ExportedPetition, error) {
			find := store.FindPetitions{From: from, To: to, PoliceOnly: a != nil && a.Role == domain.RolePolice}
			return s.deps.exportPetitions(ctx, find, a, reveal)
		})
}

// exportPetitions reads every petition find matches, a page at a time,
// each whole (actions and case) as petitionView shows it, or with the
// protected petitioners in the clear for a when reveal is set, oldest
// first. A petition saved meanwhile shifts the pages by one; it is read
// once.
func (d Deps) exportPetitions(ctx context.Context, find store.FindPetitions, a *domain.Account, reveal bool) ([]ExportedPetition, error) {
	st, err := d.store()
	if err != nil {
		return nil, err
	}
	out := []ExportedPetition{}
	seen := map[int64]bool{}
	for offset := 0; ; offset += exportPage {
		find.Limit, find.Offset = exportPage, offset
		rows, total, err := st.Petitions(ctx, find)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if seen[r.ID] {
				continue
			}
			seen[r.ID] = true
			sp, err := st.Petition(ctx, r.ID) // with its actions
			if err != nil {
				return nil, err
			}
			view, err := d.petitionView(ctx, sp)
			if err != nil {
				return nil, err
			}
			if reveal {
				for i, c := range sp.People {
					if c.Protected {
						open, err := d.citizen(a, c, "Tài khoản không được xem danh tính người được giữ bí mật.")
						if err != nil {
							return nil, err
						}
						open.Protected = true
						view.Petitioners[i] = open
					}
				}
			}
			out = append(out, exportedPetition(view))
		}
		if len(rows) < exportPage || offset+len(rows) >= total {
			break
		}
	}
	slices.Reverse(out) // the store lists newest first
	return out, nil
}

// exportedPetition is view as the export writes it.
func exportedPetition(view *PetitionView) ExportedPetition {
	p := view.Petition
	out := ExportedPetition{Number: p.Number, Year: p.Year, ReceivedOn: p.ReceivedOn, Source: p.Source,
		SourceLabel: p.Source.Label(), ForwardingBody: p.ForwardingBody, ForwardingDoc: p.ForwardingDoc,
		ForwardingDocDate: p.ForwardingDocDate, Petitioners: []ExportedPetitioner{}, PeopleCount: p.PeopleCount,
		Kind: p.Kind, KindLabel: domain.VisitKindLabel(p.Kind), Field: p.Field, FieldLabel: p.Field.Label(),
		Summary: p.Summary, Eligible: p.Eligible, IneligibleReason: p.IneligibleReason, IneligibleNote: p.IneligibleNote,
		WithinCompetence: p.WithinCompetence, PriorStatus: p.PriorStatus,
		Handling: ExportedHandling{Due: p.HandlingDue, Rule: p.HandlingRule, Citation: p.HandlingCitation,
			Handled: p.Handled, HandledBy: p.HandledBy},
		Actions: []ExportedAction{}}
	for _, c := range p.Petitioners {
		out.Petitioners = append(out.Petitioners, ExportedPetitioner{Name: c.Name, Address: c.Address, IDNumber: c.IDNumber,
			Protected: c.Protected})
	}
	for _, a := range p.Actions {
		out.Actions = append(out.Actions, ExportedAction{Kind: a.Kind, KindLabel: a.Kind.Label(), Date: a.Date,
			DocNumber: a.DocNumber, Body: a.Body})
	}
	if c := view.Case; c != nil {
		out.Case = &ExportedCase{Kind: c.Kind, Status: c.Status, AcceptanceDue: c.AcceptanceDue,
			AcceptanceCitation: c.AcceptanceCitation, AcceptedOn: c.AcceptedOn, AcceptanceDoc: c.AcceptanceDoc,
			ResolutionDue: c.ResolutionDue, ResolutionRule: c.ResolutionRule, ResolutionCitation: c.ResolutionCitation,
			DecidedOn: c.DecidedOn, Result: c.Result}
	}
	return out
}

// PetitionRegisterRows are the petitions as the register's workbook prints
// them (reports.PetitionRegisterXLSX): dates as dd/mm/yyyy, each deadline
// followed by its citation, the actions one a line.
func PetitionRegisterRows(petitions []ExportedPetition) []reports.PetitionRow {
	out := make([]reports.PetitionRow, len(petitions))
	for i, p := range petitions {
		out[i] = registerRow(p)
	}
	return out
}

// registerRow is one petition as the register prints it.
func registerRow(p ExportedPetition) reports.PetitionRow {
	r := reports.PetitionRow{Number: strconv.Itoa(p.Number), ReceivedOn: displayDate(p.ReceivedOn), Summary: p.Summary,
		Kind: p.KindLabel, Field: p.FieldLabel}
	source := []string{p.SourceLabel}
	if body := joinNonEmpty(", ", p.ForwardingBody, prefixed("số ", p.ForwardingDoc), prefixed("ngày ", displayDate(p.ForwardingDocDate))); body != "" {
		source = append(source, body)
	}
	r.Source = strings.Join(source, "\n")
	var people []string
	for _, c := range p.Petitioners {
		people = append(people, joinNonEmpty(", ", c.Name, c.Address))
	}
	r.Petitioners = strings.Join(people, "\n")
	r.Eligibility = "Đủ điều kiện xử lý"
	if !p.Eligible {
		r.Eligibility = "Không đủ điều kiện xử lý"
		if reason := joinNonEmpty(": ", p.IneligibleReason.Label(), p.IneligibleNote); reason != "" {
			r.Eligibility += " (" + reason + ")"
		}
	}
	r.Competence = "Không thuộc thẩm quyền"
	if p.WithinCompetence {
		r.Competence = "Thuộc thẩm quyền"
	}
	r.HandlingDue = dueText(p.Handling.Due, p.Handling.Citation)
	var actions []string
	for _, a := range p.Actions {
		line := displayDate(a.Date) + " " + a.KindLabel
		if rest := joinNonEmpty(", ", a.Body, prefixed("số ", a.DocNumber)); rest != "" {
			line += " — " + rest
		}
		actions = append(actions, line)
	}
	r.Handling = strings.Join(actions, "\n")
	if c := p.Case; c != nil {
		var lines []string
		if c.AcceptedOn == "" {
			lines = append(lines, c.Status.Label())
			if c.Status == domain.CaseProposed && c.AcceptanceDue != "" {
				lines = append(lines, "Hạn thụ lý: "+dueText(c.AcceptanceDue, c.AcceptanceCitation))
			}
		} else {
			lines = append(lines, "Thụ lý "+displayDate(c.AcceptedOn)+prefixed(", số ", c.AcceptanceDoc))
			switch {
			case c.ResolutionDue != "":
				lines = append(lines, "Hạn giải quyết: "+dueText(c.ResolutionDue, c.ResolutionCitation))
			case c.ResolutionCitation != "":
				lines = append(lines, "Hạn giải quyết: "+c.ResolutionCitation)
			}
		}
		r.Case = strings.Join(lines, "\n")
		switch {
		case c.DecidedOn != "":
			r.Result = joinNonEmpty(" ", displayDate(c.DecidedOn), domain.ResultLabel(c.Kind, c.Result))
		case c.AcceptedOn != "":
			r.Result = c.Status.Label()
		}
	}
	return r
}

// dueText is a deadline and its citation: "02/12/2026 (Khoản 1 Điều 24 …)".
func dueText(due, citation string) string {
	if due == "" {
		return citation
	}
	return joinNonEmpty(" ", displayDate(due), prefixed("(", citation, ")"))
}

// prefixed wraps s in before and after (optional), or is "" when s is.
func prefixed(before, s string, after ...string) string {
	if s == "" {
		return ""
	}
	return before + s + strings.Join(after, "")
}

// joinNonEmpty joins the parts that are not empty with sep.
func joinNonEmpty(sep string, parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return strings.TrimSpace(s) == "" }), sep)
}
