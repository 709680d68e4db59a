package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/app/secure"
	"tiepdan/reports"
	"tiepdan/store"
)

// This file is the one registry of printable documents, keyed by the form's
// code, that `tiepdan print FORM` and the services' *PDF methods share. To
// make another document printable from the command line, write its Printer
// and add one line to printers.

// PrintJob says which document to print. Each form reads what it needs.
type PrintJob struct {
	// ID is the record: the receipt's id for 02/TCD, the visit's for 01/TCD.
	ID int64
	// Sub is a second key for forms that need one (a petition's handling
	// action, a case's step).
	Sub int64
	// Period is the schedule's month or quarter for LICH: "2026-12", "2026-Q1".
	Period string
	// Number is the document's number when it gets one as it is printed
	// (01/TCD): 0 takes the year's next.
	Number int
	// Date is the document's date (ISO); "" is today.
	Date string
}

// Printer renders one document for job as by prints it, and audits the
// print. by is nil on the command line without --user: such a print may
// not show a protected identity.
type Printer func(ctx context.Context, d Deps, by *domain.Account, job PrintJob) ([]byte, error)

// PrintForm describes a printable document.
type PrintForm struct {
	Code  string `json:"code"`
	Title string `json:"title"`
	// Key says what PrintJob.ID names ("" when the form takes none).
	Key string `json:"key"`
	// NeedsPeriod: the form takes PrintJob.Period.
	NeedsPeriod bool `json:"needsPeriod"`

	perm  Permission
	print Printer
}

// printers are the printable documents by code.
var printers = map[string]PrintForm{
	"02/TCD":  {Title: "Giấy biên nhận thông tin, tài liệu", Key: "mã giấy biên nhận", perm: PermRecord, print: printReceipt},
	"01/TCD":  {Title: "Thông báo về việc từ chối tiếp công dân", Key: "mã lượt tiếp", perm: PermRecord, print: printRefusalNotice},
	"LICH":    {Title: "Lịch tiếp công dân định kỳ", NeedsPeriod: true, perm: PermViewLogbook, print: printSchedule},
	"NOI-QUY": {Title: "Nội quy tiếp công dân", perm: PermUse, print: printRules},
	// Documents of xử lý đơn: ID is the petition, Sub the action (0: its latest with the form).
	"TT05-01":    {Title: "Phiếu đề xuất thụ lý đơn", Key: "mã đơn", perm: PermRecordPetitions, print: petitionPrinter("TT05-01")},
	"TT05-03":    {Title: "Phiếu chuyển đơn tố cáo", Key: "mã đơn", perm: PermRecordPetitions, print: petitionPrinter("TT05-03")},
	"CHUYEN-DON": {Title: "Phiếu chuyển đơn", Key: "mã đơn", perm: PermRecordPetitions, print: petitionPrinter("CHUYEN-DON")},
	"HUONG-DAN":  {Title: "Phiếu hướng dẫn", Key: "mã đơn", perm: PermRecordPetitions, print: petitionPrinter("HUONG-DAN")},
	"TRA-LAI":    {Title: "Văn bản trả lại đơn", Key: "mã đơn", perm: PermRecordPetitions, print: petitionPrinter("TRA-LAI")},
	// Documents of a case: ID is the case, Sub the step (0: its latest with the form).
	"ND124-03": {Title: "Thông báo về việc thụ lý giải quyết khiếu nại", Key: "mã vụ việc", perm: PermRecordPetitions, print: casePrinter("ND124-03")},
	"ND124-04": {Title: "Thông báo về việc không thụ lý giải quyết khiếu nại", Key: "mã vụ việc", perm: PermRecordPetitions, print: casePrinter("ND124-04")},
	"ND31-04":  {Title: "Quyết định thụ lý tố cáo", Key: "mã vụ việc", perm: PermRecordPetitions, print: casePrinter("ND31-04")},
	"ND31-01":  {Title: "Quyết định gia hạn giải quyết tố cáo", Key: "mã vụ việc", perm: PermRecordPetitions, print: casePrinter("ND31-01")},
	"BC-NGAY":  {Title: "Báo cáo tổng hợp hằng ngày", perm: PermViewPetitions, print: printDailySummary},
}

// petitionPrinter prints form from a petition's handling action.
func petitionPrinter(form string) Printer {
	return func(ctx context.Context, d Deps, by *domain.Account, job PrintJob) ([]byte, error) {
		return d.petitionDocument(ctx, by, job.ID, job.Sub, form)
	}
}

// casePrinter prints form from a case's step.
func casePrinter(form string) Printer {
	return func(ctx context.Context, d Deps, by *domain.Account, job PrintJob) ([]byte, error) {
		return d.caseDocument(ctx, by, job.ID, job.Sub, form)
	}
}

// printDailySummary prints the daily summary of job.Date (today when "").
func printDailySummary(ctx context.Context, d Deps, by *domain.Account, job PrintJob) ([]byte, error) {
	day, err := printDate(d, job.Date)
	if err != nil {
		return nil, err
	}
	return d.dailySummary(ctx, by, day)
}

// PrintForms lists the printable documents by code.
func PrintForms() []PrintForm {
	out := make([]PrintForm, 0, len(printers))
	for code, f := range printers {
		f.Code = code
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// LookupPrintForm returns the printable document form ("02/tcd" as
// "02/TCD"), or an Invalid error listing the codes.
func LookupPrintForm(form string) (PrintForm, error) {
	code := strings.ToUpper(strings.TrimSpace(form))
	f, ok := printers[code]
	if !ok {
		codes := make([]string, 0, len(printers))
		for _, p := range PrintForms() {
			codes = append(codes, p.Code)
		}
		return PrintForm{}, domain.Errorf(domain.Invalid, "Không có mẫu «%s». Các mẫu in được: %s.", form, strings.Join(codes, ", "))
	}
	f.Code = code
	return f, nil
}

// Print prints form for job as the logged-in account (its rights and its
// vault key), or, when nobody is logged in, as the command line without a
// login, which may not print a protected identity. It is not bound to the
// UI: it serves `tiepdan print`.
//
// Errors: Invalid (an unknown form, a bad job); NotFound; Unauthorized
// (a locked session); Forbidden (the account's role, or a protected
// identity without the right to see it); Unavailable; Internal.
func (s *Services) Print(form string, job PrintJob) ([]byte, error) {
	f, err := LookupPrintForm(form)
	if err != nil {
		return nil, err
	}
	if _, err := s.deps.store(); err != nil {
		return nil, err
	}
	var by *domain.Account
	if id, _ := s.deps.session.current(); id != 0 {
		if by, err = s.deps.require(f.perm); err != nil {
			return nil, err
		}
	}
	return f.print(context.Background(), s.deps, by, job)
}

// commandLineActor is who the audit trail names for a print or export from
// the command line without a login.
const commandLineActor = "(dòng lệnh)"

// printActor is the audit trail's name for by.
func printActor(by *domain.Account) string {
	if by == nil {
		return commandLineActor
	}
	return actor(by)
}

// printUnit returns the unit's settings for a printed document.
//
// Errors: Invalid before the first-run setup.
func printUnit(ctx context.Context, d Deps) (*domain.Unit, error) {
	st, _ := d.store()
	unit, err := st.Unit(ctx)
	if domain.KindOf(err) == domain.NotFound {
		return nil, domain.Errorf(domain.Invalid, "Chưa có thông tin đơn vị: vui lòng nhập thông tin đơn vị trong Cài đặt trước khi in.")
	}
	return unit, err
}

// printDate is job's date, or today.
func printDate(d Deps, date string) (law.Date, error) {
	if date == "" {
		return law.DateOf(d.Now()), nil
	}
	day, err := law.ParseDate(date)
	if err != nil {
		return law.Date{}, &domain.Error{Kind: domain.Invalid, Message: "Ngày không hợp lệ.", Fields: map[string]string{"date": "Ngày không hợp lệ"}}
	}
	return day, nil
}

// canReveal says whether by may see protected identities now: a role with
// PermRevealIdentity, and the vault key unlocked by its login.
func (d Deps) canReveal(by *domain.Account) bool {
	return by != nil && Allowed(by.Role, PermRevealIdentity) && d.session.keys().vault != nil
}

// unseal opens a body sealed to the vault key under label for by, or
// refuses with forbidden, the Vietnamese reason.
func (d Deps) unseal(by *domain.Account, label string, sealed []byte, forbidden string) ([]byte, error) {
	if !d.canReveal(by) {
		return nil, domain.Errorf(domain.Forbidden, "%s", forbidden)
	}
	plain, err := secure.Open(d.session.keys().vault, label, sealed)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return plain, nil
}

// citizen returns stored citizen c in the clear for by: a protected one is
// opened, or refused with forbidden.
func (d Deps) citizen(by *domain.Account, c store.StoredCitizen, forbidden string) (domain.Citizen, error) {
	if !c.Protected {
		return c.Citizen, nil
	}
	plain, err := d.unseal(by, sealedCitizenLabel, c.Sealed, forbidden)
	if err != nil {
		return domain.Citizen{}, err
	}
	var out domain.Citizen
	if err := json.Unmarshal(plain, &out); err != nil {
		return domain.Citizen{}, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return out, nil
}

// revealCitizens puts the protected citizens of sv into v in the clear, for
// by, who may see them.
func (d Deps) revealCitizens(v *domain.Visit, sv *store.StoredVisit, by *domain.Account) error {
	for i, c := range sv.People {
		if !c.Protected {
			continue
		}
		open, err := d.citizen(by, c, "Tài khoản không được xem danh tính người được giữ bí mật.")
		if err != nil {
			return err
		}
		open.Protected = true
		v.Citizens[i] = open
	}
	return nil
}

// printReceipt is the 02/TCD printer: the giấy biên nhận job.ID as it was
// issued, from its stored body. A sealed one needs a leader's vault key.
func printReceipt(ctx context.Context, d Deps, by *domain.Account, job PrintJob) ([]byte, error) {
	st, err := d.store()
	if err != nil {
		return nil, err
	}
	ref, err := st.Receipt(ctx, job.ID)
	if err != nil {
		return nil, err
	}
	body := ref.Body
	if ref.Sealed {
		if body, err = d.unseal(by, sealedReceiptLabel, ref.Body,
			"Giấy biên nhận này có thông tin của người được giữ bí mật danh tính: chỉ lãnh đạo có quyền xem danh tính mới in lại được."); err != nil {
			return nil, err
		}
	}
	var rc domain.Receipt
	if err := json.Unmarshal(body, &rc); err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	unit, err := printUnit(ctx, d)
	if err != nil {
		return nil, err
	}
	var pdf bytes.Buffer
	if err := reports.ReceiptPDF(&pdf, *unit, rc, reports.SlipOptions{}); err != nil {
		return nil, err
	}
	if err := st.RecordEvent(ctx, printActor(by), "print", "receipt", fmt.Sprint(ref.ID),
		map[string]any{"form": "02/TCD", "number": ref.Number, "year": ref.Year, "visitId": ref.VisitID}); err != nil {
		return nil, err
	}
	return pdf.Bytes(), nil
}

// printRefusalNotice is the 01/TCD printer: the Thông báo từ chối tiếp
// công dân of visit job.ID, registered with its number as it is printed
// (job.Number, or the year's next) and dated job.Date; a reprint keeps both.
func printRefusalNotice(ctx context.Context, d Deps, by *domain.Account, job PrintJob) ([]byte, error) {
	st, err := d.store()
	if err != nil {
		return nil, err
	}
	sv, err := st.Visit(ctx, job.ID)
	if err != nil {
		return nil, err
	}
	if sv.Outcome != domain.OutcomeRefuse || sv.NoticeDue == "" {
		return nil, domain.Errorf(domain.Invalid, "Lượt tiếp số %d không thuộc trường hợp phải ra thông báo từ chối tiếp (Mẫu 01/TCD).", sv.Number)
	}
	if job.Number < 0 {
		return nil, &domain.Error{Kind: domain.Invalid, Message: "Số thông báo không hợp lệ.", Fields: map[string]string{"number": "Số phải lớn hơn 0"}}
	}
	day, err := printDate(d, job.Date)
	if err != nil {
		return nil, err
	}
	if len(sv.People) == 0 {
		return nil, domain.Errorf(domain.Invalid, "Lượt tiếp không có người đến.")
	}
	c, err := d.citizen(by, sv.People[0], "Người đến được giữ bí mật danh tính: chỉ lãnh đạo có quyền xem danh tính mới in được thông báo này.")
	if err != nil {
		return nil, err
	}
	received, _ := time.Parse(time.RFC3339, sv.ReceivedAt)
	ground, _ := law.RefusalGroundByID(sv.RefusalGround, law.DateOf(received))
	unit, err := printUnit(ctx, d)
	if err != nil {
		return nil, err
	}
	var pdf bytes.Buffer
	_, err = st.IssueRefusalNotice(ctx, printActor(by), sv.ID, job.Number, day.String(), func(ref store.RefusalNoticeRef) error {
		n := domain.RefusalNotice{Number: ref.Number, Date: ref.Date, Addressee: c.Name, VisitDate: law.DateOf(received).String(),
			CitizenName: c.Name, IDNumber: c.IDNumber, IDIssueDate: c.IDIssueDate, IDIssuePlace: c.IDIssuePlace, Address: c.Address,
			ContentKind: sv.Kind, ContentSummary: sv.Summary, Reason: ground.Text}
		return noticeFieldsOfVisit(reports.RefusalNoticePDF(&pdf, *unit, n, reports.SlipOptions{}), sv.Number)
	})
	if err != nil {
		return nil, err
	}
	return pdf.Bytes(), nil
}

// noticeFieldsOfVisit turns the notice's missing fields into one message
// saying what to complete in visit number: they are the visit's fields.
func noticeFieldsOfVisit(err error, number int) error {
	var de *domain.Error
	if !errors.As(err, &de) || len(de.Fields) == 0 {
		return err
	}
	msgs := make([]string, 0, len(de.Fields))
	for _, m := range de.Fields {
		msgs = append(msgs, m)
	}
	sort.Strings(msgs)
	msgs = slices.Compact(msgs)
	return domain.Errorf(domain.Invalid, "Chưa đủ thông tin để in thông báo từ chối tiếp: %s. Hãy bổ sung vào lượt tiếp số %d.",
		strings.Join(msgs, "; "), number)
}

// printRules is the NOI-QUY printer: the unit's nội quy, or the app's
// template (marked as such) until one is saved.
func printRules(ctx context.Context, d Deps, by *domain.Account, _ PrintJob) ([]byte, error) {
	st, err := d.store()
	if err != nil {
		return nil, err
	}
	rules, err := receptionRules(ctx, st)
	if err != nil {
		return nil, err
	}
	unit, err := printUnit(ctx, d)
	if err != nil {
		return nil, err
	}
	var pdf bytes.Buffer
	if err := reports.RulesPDF(&pdf, *unit, *rules); err != nil {
		return nil, err
	}
	if err := st.RecordEvent(ctx, printActor(by), "print", "reception_rules", "1", map[string]any{"form": "NOI-QUY"}); err != nil {
		return nil, err
	}
	return pdf.Bytes(), nil
}

// receptionRules returns the unit's nội quy, or the template when none is
// saved.
func receptionRules(ctx context.Context, st *store.Store) (*domain.ReceptionRules, error) {
	rules, err := st.ReceptionRules(ctx)
	if domain.KindOf(err) == domain.NotFound {
		return &domain.ReceptionRules{Text: reports.DefaultRules(), Default: true}, nil
	}
	return rules, err
}
