package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/app/secure"
	"tiepdan/reports"
	"tiepdan/store"
)

// Reception keeps the sổ tiếp công dân: sittings and visits.
type Reception struct {
	deps Deps
}

// sealedCitizenLabel binds a sealed identity to its use.
const sealedCitizenLabel = "visit.citizen"

// maskedName is shown instead of a protected citizen's name.
const maskedName = "[Được giữ bí mật]"

// SessionFilter filters the sittings; empty fields mean any.
type SessionFilter struct {
	From string             `json:"from"`
	To   string             `json:"to"`
	Kind domain.SessionKind `json:"kind"`
}

// Sessions returns the sittings matching f, newest first.
//
// Errors: Unauthorized; Forbidden; Invalid (a bad date); Internal.
func (r *Reception) Sessions(f SessionFilter) ([]domain.ReceptionSession, error) {
	if _, err := r.deps.require(PermViewLogbook); err != nil {
		return nil, err
	}
	var v domain.Validation
	checkOptionalDate(&v, "from", f.From)
	checkOptionalDate(&v, "to", f.To)
	checkOptionalCode(&v, "kind", f.Kind != "", f.Kind.Valid())
	if err := v.Err(); err != nil {
		return nil, err
	}
	st, _ := r.deps.store()
	return st.Sessions(context.Background(), store.FindSessions{From: f.From, To: f.To, Kind: f.Kind})
}

// checkOptionalDate fails field when value is given and is not an ISO date.
func checkOptionalDate(v *domain.Validation, field, value string) {
	if value == "" {
		return
	}
	if _, err := law.ParseDate(value); err != nil {
		v.Fail(field, "Ngày không hợp lệ, cần dạng năm-tháng-ngày")
	}
}

// checkOptionalCode fails field when a code is given (given) that is not one
// of its list (known): a filter on an unknown code is a mistake, not "none".
func checkOptionalCode(v *domain.Validation, field string, given, known bool) {
	if given && !known {
		v.Fail(field, "Giá trị không có trong danh sách để chọn")
	}
}

// SaveSession creates or updates a sitting.
//
// Errors: Invalid with a message per field; NotFound; Conflict;
// Unauthorized; Forbidden; Internal.
func (r *Reception) SaveSession(s domain.ReceptionSession) (*domain.ReceptionSession, error) {
	a, err := r.deps.require(PermRecord)
	if err != nil {
		return nil, err
	}
	s.Normalize()
	if err := s.Validate(); err != nil {
		return nil, err
	}
	var v domain.Validation
	checkOptionalDate(&v, "date", s.Date)
	if err := v.Err(); err != nil {
		return nil, err
	}
	st, _ := r.deps.store()
	return st.SaveSession(context.Background(), actor(a), s)
}

// VisitView is a visit as the UI shows it, with the warnings of its save.
type VisitView struct {
	domain.Visit
	// Warnings are shown but do not stop the save: an unusual identity
	// paper, a number of representatives outside the statutory range.
	Warnings []string `json:"warnings"`
	// Receipt is the giấy biên nhận issued with the save, if one was asked for.
	Receipt *IssuedReceipt `json:"receipt,omitempty"`
	// RepliedOn is the ISO date the citizen was answered ("" while the
	// answer is owed), ReplyNote how (MarkReplied).
	RepliedOn string `json:"repliedOn"`
	ReplyNote string `json:"replyNote"`
	// Receipts are the receipts issued with the visit, to reprint.
	Receipts []store.ReceiptNumber `json:"receipts"`
	// Notice is the refusal notice (Mẫu 01/TCD) once issued: its number
	// and date.
	Notice *store.RefusalNoticeRef `json:"notice,omitempty"`
}

// VisitInput is a visit to save and, optionally, the receipt to issue with
// it (Mẫu 02/TCD) and how to print it.
type VisitInput struct {
	domain.Visit
	Receipt *domain.ReceiptDraft `json:"receipt,omitempty"`
	Print   reports.SlipOptions  `json:"print"`
}

// IssuedReceipt is a receipt just issued, with its PDF (base64).
type IssuedReceipt struct {
	ID     int64  `json:"id"`
	Number int    `json:"number"`
	Year   int    `json:"year"`
	PDF    string `json:"pdf"`
}

// SaveVisit checks and saves a visit. Identity papers are checked by
// app/law; the reply deadline (Luật TCD Art. 28) of a visit whose đơn was
// received, and the Mẫu 01/TCD deadline of a refusal that needs the notice,
// are computed from the rules in force on the day. A denouncer's identity,
// and that of anyone marked giữ bí mật, is sealed to the vault key before it
// reaches the store.
//
// Errors: Invalid with a message per field ("citizens.0.idNumber" …);
// NotFound; Conflict; Unauthorized; Forbidden; Internal.
func (r *Reception) SaveVisit(input VisitInput) (*VisitView, error) {
	a, err := r.deps.require(PermRecord)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	in := input.Visit
	in.Normalize()
	if in.ReceivedAt == "" {
		in.ReceivedAt = r.deps.Now().Format(time.RFC3339)
	}
	var warnings []string
	var v domain.Validation
	received, terr := time.Parse(time.RFC3339, in.ReceivedAt)
	if terr != nil {
		v.Fail("receivedAt", "Thời gian tiếp không hợp lệ")
	} else if received.After(r.deps.Now().Add(time.Hour)) {
		v.Fail("receivedAt", "Thời gian tiếp không được ở tương lai")
	}
	day := law.DateOf(received)
	if terr != nil {
		day = law.DateOf(r.deps.Now()) // the papers are still checked, against today
	}
	for i, c := range in.Citizens {
		if c.IDKind != "" && !slices.Contains(law.IDKinds(), law.IDKind(c.IDKind)) {
			v.Fail(fmt.Sprintf("citizens.%d.idKind", i), "Vui lòng chọn loại giấy tờ trong danh sách")
			continue
		}
		if c.IDNumber == "" {
			continue
		}
		holder := law.IDHolder{}
		if c.BirthDate != "" {
			b, err := law.ParseDate(c.BirthDate)
			if err != nil {
				v.Fail(fmt.Sprintf("citizens.%d.birthDate", i), "Ngày sinh không hợp lệ")
			}
			holder.Birth = b
		}
		kind := law.IDKind(c.IDKind)
		if kind == "" {
			kind = law.IDCanCuoc
		}
		problems := law.CheckID(kind, c.IDNumber, holder, day)
		for _, p := range problems {
			if p.Severity == law.SeverityError {
				v.Fail(fmt.Sprintf("citizens.%d.idNumber", i), p.Message)
			} else {
				warnings = append(warnings, fmt.Sprintf("%s: %s", c.Name, p.Message))
			}
		}
		in.Citizens[i].IDKind = string(kind)
		in.Citizens[i].IDNumber = law.NormalizeID(kind, c.IDNumber)
	}
	var ground law.RefusalGround
	if in.Outcome == domain.OutcomeRefuse && in.RefusalGround != "" {
		g, ok := law.RefusalGroundByID(in.RefusalGround, day)
		if !ok {
			v.Fail("refusalGround", "Căn cứ từ chối tiếp không có trong danh sách áp dụng vào ngày tiếp")
		}
		ground = g
	}
	if err := in.Validate(); err != nil {
		// Merge with the law's findings so every bad field shows at once.
		if de, ok := err.(*domain.Error); ok {
			for f, m := range de.Fields {
				v.Fail(f, m)
			}
		}
	}
	switch strings.ToUpper(strings.TrimSpace(input.Print.PageSize)) {
	case "", "A4", "A5":
	default:
		// Checked before the save: the receipt is printed after it.
		v.Fail("print.pageSize", "Vui lòng chọn khổ giấy A4 hoặc A5")
	}
	var receipt *domain.Receipt
	if input.Receipt != nil && terr == nil {
		receipt = r.deps.draftReceipt(ctx, a, &in, input.Receipt, received, &v)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	reps := 0
	for _, c := range in.Citizens {
		if c.Representative {
			reps++
		}
	}
	if w := domain.RepresentativeWarning(in.PeopleCount, reps); w != "" {
		warnings = append(warnings, w)
	}

	// Deadlines, from the rules in force on the day of the visit.
	in.ReplyDue, in.ReplyCitation, in.NoticeDue, in.NoticeCitation = "", "", "", ""
	if in.Outcome == domain.OutcomeAccept {
		dl, err := r.deps.ruleDeadline(ctx, "tcd-tra-loi", day, law.RuleOptions{})
		if err != nil {
			return nil, fromLaw(err)
		}
		in.ReplyDue, in.ReplyCitation = dl.Due.String(), dl.Citation
	}
	// The Mẫu 01/TCD notice and its deadline come with NĐ 154/2026: a
	// refusal recorded for an earlier day owes no notice in this form.
	if _, inForce := law.RuleFor("tcd-tu-choi-tiep", day); ground.NeedsNotice && inForce == nil {
		dl, err := r.deps.ruleDeadline(ctx, "tcd-tu-choi-tiep", day, law.RuleOptions{})
		if err != nil {
			return nil, fromLaw(err)
		}
		in.NoticeDue, in.NoticeCitation = dl.Due.String(), dl.Citation
	}

	var old []store.StoredCitizen
	if in.ID != 0 {
		st, _ := r.deps.store()
		o, err := st.Visit(ctx, in.ID)
		if err != nil {
			return nil, err
		}
		old = o.People
	}
	stored, err := r.deps.protect(ctx, &in, old, "citizens")
	if err != nil {
		return nil, err
	}
	if receipt != nil {
		if stored.Receipt, err = r.deps.receiptBody(ctx, receipt, protectedIdentity(&in, in.Citizens[input.Receipt.Position])); err != nil {
			return nil, err
		}
	}
	st, _ := r.deps.store()
	saved, err := st.SaveVisit(ctx, actor(a), *stored)
	if err != nil {
		return nil, err
	}
	view := r.deps.visitView(saved, a)
	view.Warnings = append([]string{}, warnings...)
	if receipt != nil {
		unit, err := st.Unit(ctx)
		if err != nil {
			return nil, err
		}
		var pdf bytes.Buffer
		if err := reports.ReceiptPDF(&pdf, *unit, *receipt, input.Print); err != nil {
			return nil, err
		}
		view.Receipt = &IssuedReceipt{ID: saved.Receipt.ID, Number: saved.Receipt.Number, Year: saved.Receipt.Year,
			PDF: base64.StdEncoding.EncodeToString(pdf.Bytes())}
	}
	return view, nil
}

// draftReceipt builds the receipt asked for with a visit from the plaintext
// of its provider (before it is sealed), checking it; its problems are
// reported beside the visit's own fields.
func (d Deps) draftReceipt(ctx context.Context, a *domain.Account, v *domain.Visit, draft *domain.ReceiptDraft,
	received time.Time, val *domain.Validation) *domain.Receipt {
	if draft.Position < 0 || draft.Position >= len(v.Citizens) {
		val.Fail("receipt.position", "Vui lòng chọn người cung cấp tài liệu")
		return nil
	}
	st, _ := d.store()
	unit, err := st.Unit(ctx)
	if err != nil {
		val.Fail("receipt", "Chưa thiết lập thông tin đơn vị để in giấy biên nhận")
		return nil
	}
	c := v.Citizens[draft.Position]
	position := draft.OfficerPosition
	if position == "" {
		position = "Công chức tiếp công dân"
	}
	copies := draft.Copies
	if copies == 0 {
		copies = 2
	}
	rc := &domain.Receipt{Number: 0, ReceivedAt: received.Format(domain.DateTimeLayout), Place: unit.ReceptionPlace,
		OfficerName: a.FullName, OfficerPosition: position, ProviderName: c.Name, IDNumber: c.IDNumber,
		IDIssueDate: c.IDIssueDate, IDIssuePlace: c.IDIssuePlace, Address: c.Address, Items: draft.Items, Copies: copies}
	rc.Normalize()
	if err := rc.Validate(); err != nil {
		var de *domain.Error
		if errors.As(err, &de) {
			// Fields of the provider are the visit's citizen's fields.
			at := map[string]string{"providerName": "name", "idNumber": "idNumber", "idIssueDate": "idIssueDate",
				"idIssuePlace": "idIssuePlace", "address": "address"}
			for f, m := range de.Fields {
				if cf, ok := at[f]; ok {
					val.Fail(fmt.Sprintf("citizens.%d.%s", draft.Position, cf), m)
				} else {
					val.Fail("receipt."+f, m)
				}
			}
		}
		return nil
	}
	return rc
}

// receiptBody prepares a receipt for the store: its JSON, sealed to the
// vault key when its provider is protected; the store numbers it.
func (d Deps) receiptBody(ctx context.Context, rc *domain.Receipt, protected bool) (*store.StoredReceipt, error) {
	var pub []byte
	if protected {
		st, _ := d.store()
		k, err := st.VaultPublicKey(ctx)
		if err != nil {
			return nil, err
		}
		pub = k
	}
	return &store.StoredReceipt{Sealed: protected, Build: func(number int) ([]byte, error) {
		rc.Number = number
		body, err := json.Marshal(rc)
		if err != nil || !protected {
			return body, err
		}
		return secure.Seal(pub, sealedReceiptLabel, body)
	}}, nil
}

// sealedReceiptLabel binds a sealed receipt to its use.
const sealedReceiptLabel = "receipt.body"

// protectedIdentity says whether citizen c of visit v is kept secret.
func protectedIdentity(v *domain.Visit, c domain.Citizen) bool {
	return c.Protected || v.Kind == domain.ContentDenunciation
}

// protect turns a checked visit into its stored form: protected citizens
// sealed and indexed by keyed hashes, the others indexed for folded search.
//
// A masked citizen sent back by the form of a stored record keeps the
// identity old (the record's stored people) has at its position: the mask
// text is never sealed as a name. field names the citizens in errors
// ("citizens", "petitioners").
func (d Deps) protect(ctx context.Context, v *domain.Visit, old []store.StoredCitizen, field string) (*store.StoredVisit, error) {
	out := &store.StoredVisit{Visit: *v}
	var pub []byte
	keys := d.session.keys()
	for i, c := range v.Citizens {
		sc := store.StoredCitizen{Citizen: c}
		if c.Masked {
			if i >= len(old) || !old[i].Protected {
				return nil, &domain.Error{Kind: domain.Invalid, Message: "Người được giữ bí mật phải được nhập lại đầy đủ.",
					Fields: map[string]string{fmt.Sprintf("%s.%d.name", field, i): "Người được giữ bí mật phải được nhập lại đầy đủ"}}
			}
			kept := old[i]
			kept.Representative = c.Representative
			out.People = append(out.People, kept)
			continue
		}
		if !protectedIdentity(v, c) {
			sc.Folded = domain.Fold(strings.Join([]string{c.Name, c.IDNumber, c.Address}, " "))
			out.People = append(out.People, sc)
			continue
		}
		if pub == nil {
			st, _ := d.store()
			k, err := st.VaultPublicKey(ctx)
			if err != nil {
				return nil, err
			}
			pub = k
		}
		if keys.index == nil {
			return nil, domain.Errorf(domain.Forbidden, "Phiên làm việc không có khóa bảo mật để ghi thông tin người tố cáo. Vui lòng đăng nhập lại.")
		}
		c.Protected, c.Masked = true, false
		plain, err := json.Marshal(c)
		if err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		if sc.Sealed, err = secure.Seal(pub, sealedCitizenLabel, plain); err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		sc.BlindName = secure.BlindIndex(keys.index, "name", domain.Fold(c.Name))
		if c.IDNumber != "" {
			sc.BlindID = secure.BlindIndex(keys.index, "id", domain.Fold(c.IDNumber))
		}
		sc.Citizen = domain.Citizen{IDKind: c.IDKind, Representative: c.Representative, Protected: true}
		out.People = append(out.People, sc)
	}
	return out, nil
}

// visitView shows a stored visit to account a: protected citizens masked.
func (d Deps) visitView(sv *store.StoredVisit, a *domain.Account) *VisitView {
	v := sv.Visit
	v.Citizens = make([]domain.Citizen, len(sv.People))
	for i, c := range sv.People {
		v.Citizens[i] = c.Citizen
		if c.Protected {
			v.Citizens[i] = domain.Citizen{Name: maskedName, IDKind: c.IDKind, Representative: c.Representative, Protected: true, Masked: true}
		}
	}
	receipts := sv.Receipts
	if receipts == nil {
		receipts = []store.ReceiptNumber{}
	}
	return &VisitView{Visit: v, Warnings: []string{}, RepliedOn: sv.RepliedOn, ReplyNote: sv.ReplyNote,
		Receipts: receipts, Notice: sv.Notice}
}

// Visit returns visit id, protected identities masked.
//
// Errors: NotFound; Unauthorized; Forbidden; Internal.
func (r *Reception) Visit(id int64) (*VisitView, error) {
	a, err := r.deps.require(PermViewLogbook)
	if err != nil {
		return nil, err
	}
	st, _ := r.deps.store()
	sv, err := st.Visit(context.Background(), id)
	if err != nil {
		return nil, err
	}
	if a.Role == domain.RolePolice && !sv.IsGroup {
		return nil, domain.Errorf(domain.Forbidden, "Công an phường chỉ xem được các lượt tiếp đoàn đông người.")
	}
	return r.deps.visitView(sv, a), nil
}

// VisitFilter filters the logbook; empty fields mean any.
type VisitFilter struct {
	From        string             `json:"from"`
	To          string             `json:"to"`
	Kind        domain.ContentKind `json:"kind"`
	Outcome     domain.Outcome     `json:"outcome"`
	SessionKind domain.SessionKind `json:"sessionKind"`
	GroupOnly   bool               `json:"groupOnly"`
	// Text finds citizens by a fragment of name, identity number or address,
	// with or without diacritics; a protected citizen only by the whole name
	// or number.
	Text   string `json:"text"`
	Limit  int    `json:"limit"`
	Offset int    `json:"offset"`
}

// VisitPage is one page of the logbook.
type VisitPage struct {
	Rows  []VisitView `json:"rows"`
	Total int         `json:"total"`
}

// Visits returns the visits matching f, newest first. The police liaison
// sees only group visits.
//
// Errors: Invalid (a bad date, text too long); Unauthorized; Forbidden; Internal.
func (r *Reception) Visits(f VisitFilter) (*VisitPage, error) {
	a, err := r.deps.require(PermViewLogbook)
	if err != nil {
		return nil, err
	}
	var v domain.Validation
	checkOptionalDate(&v, "from", f.From)
	checkOptionalDate(&v, "to", f.To)
	v.MaxLen("text", f.Text, 200, "Nội dung tìm")
	checkOptionalCode(&v, "kind", f.Kind != "", slices.Contains(domain.VisitKinds, f.Kind))
	checkOptionalCode(&v, "outcome", f.Outcome != "", f.Outcome.Valid())
	checkOptionalCode(&v, "sessionKind", f.SessionKind != "", f.SessionKind.Valid())
	if err := v.Err(); err != nil {
		return nil, err
	}
	find := store.FindVisits{From: f.From, To: f.To, Kind: f.Kind, Outcome: f.Outcome, SessionKind: f.SessionKind,
		GroupOnly: f.GroupOnly || a.Role == domain.RolePolice, Limit: f.Limit, Offset: f.Offset}
	if folded := domain.Fold(f.Text); folded != "" {
		find.Text = folded
		if k := r.deps.session.keys(); k.index != nil {
			find.BlindName = secure.BlindIndex(k.index, "name", folded)
			find.BlindID = secure.BlindIndex(k.index, "id", folded)
		}
	}
	st, _ := r.deps.store()
	rows, total, err := st.Visits(context.Background(), find)
	if err != nil {
		return nil, err
	}
	page := &VisitPage{Rows: make([]VisitView, 0, len(rows)), Total: total}
	for i := range rows {
		page.Rows = append(page.Rows, *r.deps.visitView(&rows[i], a))
	}
	return page, nil
}

// RevealCitizen shows the protected identity of citizen position of visit id
// to an account that may see it, for a stated reason, and writes the
// reveal, with its reason, to the audit trail.
//
// Errors: Invalid (no reason); NotFound; Unauthorized; Forbidden; Internal.
func (r *Reception) RevealCitizen(id int64, position int, reason string) (*domain.Citizen, error) {
	a, err := r.deps.require(PermRevealIdentity)
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
	st, _ := r.deps.store()
	ctx := context.Background()
	sv, err := st.Visit(ctx, id)
	if err != nil {
		return nil, err
	}
	if position < 0 || position >= len(sv.People) || !sv.People[position].Protected {
		return nil, domain.Errorf(domain.NotFound, "Không có người được bảo vệ ở vị trí này.")
	}
	keys := r.deps.session.keys()
	if keys.vault == nil {
		return nil, domain.Errorf(domain.Forbidden, "Tài khoản chưa được cấp khóa để xem danh tính. Vui lòng liên hệ quản trị.")
	}
	plain, err := secure.Open(keys.vault, sealedCitizenLabel, sv.People[position].Sealed)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	var c domain.Citizen
	if err := json.Unmarshal(plain, &c); err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	if err := st.RecordEvent(ctx, actor(a), "reveal", "visit", fmt.Sprint(id),
		map[string]any{"position": position, "reason": reason}); err != nil {
		return nil, err
	}
	return &c, nil
}

// RefusalGroundView is a refusal ground for the form.
type RefusalGroundView struct {
	ID          string `json:"id"`
	Text        string `json:"text"`
	Citation    string `json:"citation"`
	NeedsNotice bool   `json:"needsNotice"`
}

// RefusalGrounds lists the grounds that apply on date (ISO; "" = today).
//
// Errors: Invalid; Unauthorized.
func (r *Reception) RefusalGrounds(date string) ([]RefusalGroundView, error) {
	if _, err := r.deps.require(PermViewLogbook); err != nil {
		return nil, err
	}
	day := law.DateOf(r.deps.Now())
	if date != "" {
		d, err := law.ParseDate(date)
		if err != nil {
			return nil, &domain.Error{Kind: domain.Invalid, Message: "Ngày không hợp lệ.", Fields: map[string]string{"date": "Ngày không hợp lệ"}}
		}
		day = d
	}
	var out []RefusalGroundView
	for _, g := range law.RefusalGrounds(day) {
		out = append(out, RefusalGroundView{ID: g.ID, Text: g.Text, Citation: g.Citation, NeedsNotice: g.NeedsNotice})
	}
	return out, nil
}

// RefusalNoticePDF prints the Thông báo về việc từ chối tiếp công dân (Mẫu
// 01/TCD) of a refused visit whose ground requires it, as a base64 PDF. The
// first print registers the notice: dated date (ISO; "" = today) and
// numbered number in its year, or the year's next number when number is 0;
// a reprint shows the same number and date. A protected citizen's notice
// needs the vault key (lãnh đạo). The print is audited.
//
// Errors: Invalid (the visit needs no notice; a bad date; what the notice
// lacks); NotFound; Conflict (the number is taken, or the notice already has
// another); Unauthorized; Forbidden; Internal.
func (r *Reception) RefusalNoticePDF(visitID int64, number int, date string) (string, error) {
	a, err := r.deps.require(PermRecord)
	if err != nil {
		return "", err
	}
	pdf, err := printRefusalNotice(context.Background(), r.deps, a, PrintJob{ID: visitID, Number: number, Date: date})
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(pdf), nil
}

// ReceiptPDF reprints the giấy biên nhận (Mẫu 02/TCD) receiptID exactly as
// it was issued, from its stored body, as a base64 PDF. A receipt of a
// protected citizen is sealed: only a role that may see protected
// identities can reprint it. The print is audited.
//
// Errors: NotFound; Unauthorized; Forbidden; Internal.
func (r *Reception) ReceiptPDF(receiptID int64) (string, error) {
	a, err := r.deps.require(PermRecord)
	if err != nil {
		return "", err
	}
	pdf, err := printReceipt(context.Background(), r.deps, a, PrintJob{ID: receiptID})
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(pdf), nil
}

// MarkReplied records that the citizen of visit visitID was answered on
// date (ISO; "" = today), how in note (e.g. "Văn bản số 12/UBND ngày …"),
// and returns the visit. Only a visit that owes an answer (one with a
// reply deadline) can be marked; the date may not be before the visit nor
// after today. Audited.
//
// Errors: Invalid with a message per field; NotFound; Unauthorized;
// Forbidden; Internal.
func (r *Reception) MarkReplied(visitID int64, date, note string) (*VisitView, error) {
	a, err := r.deps.require(PermRecord)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	st, _ := r.deps.store()
	sv, err := st.Visit(ctx, visitID)
	if err != nil {
		return nil, err
	}
	note = domain.CleanLines(note)
	var v domain.Validation
	today := law.DateOf(r.deps.Now())
	day := today
	if date != "" {
		if day, err = law.ParseDate(date); err != nil {
			v.Fail("date", "Ngày trả lời không hợp lệ")
		}
	}
	received, _ := time.Parse(time.RFC3339, sv.ReceivedAt)
	switch {
	case sv.ReplyDue == "":
		return nil, domain.Errorf(domain.Invalid, "Lượt tiếp số %d không có hạn trả lời công dân.", sv.Number)
	case err == nil && day.After(today):
		v.Fail("date", "Ngày trả lời không được sau hôm nay")
	case err == nil && day.Before(law.DateOf(received)):
		v.Fail("date", "Ngày trả lời không được trước ngày tiếp")
	}
	v.MaxLen("note", note, 1000, "Ghi chú")
	if err := v.Err(); err != nil {
		return nil, err
	}
	saved, err := st.MarkReplied(ctx, actor(a), visitID, day.String(), note)
	if err != nil {
		return nil, err
	}
	return r.deps.visitView(saved, a), nil
}
