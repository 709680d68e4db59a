package reports

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"tiepdan/app/domain"
	"tiepdan/app/law"
)

// SlipOptions says how slips are printed.
type SlipOptions struct {
	// PageSize is "A4" (also when empty) or "A5", portrait.
	PageSize string `json:"pageSize"`
	// TwoCopies prints two copies of each slip on one A4 landscape sheet,
	// each on an A5 half, labelled "Liên 1" and "Liên 2", to be cut apart;
	// PageSize is then not used.
	TwoCopies bool `json:"twoCopies"`
}

// ReceiptPDF writes the Giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD,
// NĐ 154/2026) of r as a PDF to w, in the NĐ 30/2020 layout, with the unit's
// names in the header. It returns an Invalid error (fields as in
// Receipt.Validate) when r or opt is not valid or the unit has no name, and
// an Internal error when the PDF cannot be made or written.
func ReceiptPDF(w io.Writer, unit domain.Unit, r domain.Receipt, opt SlipOptions) error {
	return ReceiptsPDF(w, unit, []domain.Receipt{r}, opt)
}

// ReceiptsPDF writes many receipts into one PDF, each starting on a new
// page (or sheet, with TwoCopies). One document for many slips is much
// faster than one document each: the fonts are parsed once. Errors are as
// for ReceiptPDF; an invalid receipt's message says which one it is.
func ReceiptsPDF(w io.Writer, unit domain.Unit, rs []domain.Receipt, opt SlipOptions) error {
	if len(rs) == 0 {
		return domain.Errorf(domain.Invalid, "Chưa chọn giấy biên nhận nào để in")
	}
	unit, err := slipUnit(unit)
	if err != nil {
		return err
	}
	clean := make([]domain.Receipt, len(rs))
	for i, r := range rs {
		r.Items = slices.Clone(r.Items)
		r.Normalize()
		if err := r.Validate(); err != nil {
			return which(err, "Giấy biên nhận", i, len(rs))
		}
		clean[i] = r
	}
	at, _ := time.ParseInLocation(domain.DateTimeLayout, clean[0].ReceivedAt, time.UTC)
	d, err := newDocument(opt.PageSize, opt.TwoCopies, receiptForm.docTitle, at)
	if err != nil {
		return err
	}
	for _, r := range clean {
		d.receipt(unit, r)
	}
	return d.output(w)
}

// RefusalNoticePDF writes the Thông báo về việc từ chối tiếp công dân
// (Mẫu 01/TCD, NĐ 154/2026) of n as a PDF to w, in the NĐ 30/2020 layout.
// The notice is signed by the unit's chairman unless n names a signer.
// Errors are as for ReceiptPDF, with the fields of RefusalNotice.Validate.
func RefusalNoticePDF(w io.Writer, unit domain.Unit, n domain.RefusalNotice, opt SlipOptions) error {
	return RefusalNoticesPDF(w, unit, []domain.RefusalNotice{n}, opt)
}

// RefusalNoticesPDF writes many refusal notices into one PDF, each starting
// on a new page (or sheet). Errors are as for RefusalNoticePDF.
func RefusalNoticesPDF(w io.Writer, unit domain.Unit, ns []domain.RefusalNotice, opt SlipOptions) error {
	if len(ns) == 0 {
		return domain.Errorf(domain.Invalid, "Chưa chọn thông báo nào để in")
	}
	unit, err := slipUnit(unit)
	if err != nil {
		return err
	}
	clean := make([]domain.RefusalNotice, len(ns))
	for i, n := range ns {
		if n.Recipients != nil {
			n.Recipients = slices.Clone(n.Recipients)
		}
		n.Normalize()
		if err := n.Validate(); err != nil {
			return which(err, "Thông báo từ chối tiếp công dân", i, len(ns))
		}
		clean[i] = n
	}
	date, _ := time.ParseInLocation(domain.DateLayout, clean[0].Date, time.UTC)
	d, err := newDocument(opt.PageSize, opt.TwoCopies, refusalForm.docTitle, date)
	if err != nil {
		return err
	}
	for _, n := range clean {
		d.refusal(unit, n)
	}
	return d.output(w)
}

// slipUnit returns the unit cleaned, or an Invalid error when it has no name
// (the unit has not been set up).
func slipUnit(u domain.Unit) (domain.Unit, error) {
	u.PeriodicDays = slices.Clone(u.PeriodicDays)
	u.Normalize()
	if u.Name == "" {
		return u, domain.Errorf(domain.Invalid, "Chưa có tên đơn vị: vui lòng nhập thông tin đơn vị trong Cài đặt trước khi in")
	}
	return u, nil
}

// which prefixes an Invalid error's message with the position of the bad
// record in a batch of more than one.
func which(err error, what string, i, n int) error {
	var e *domain.Error
	if n == 1 || !errors.As(err, &e) {
		return err
	}
	return &domain.Error{Kind: e.Kind, Message: fmt.Sprintf("%s thứ %d: %s", what, i+1, e.Message), Fields: e.Fields, Err: e.Err}
}

// dateLine is law.DateLine with a dotted place when the unit has none.
func dateLine(place string, t time.Time) string {
	if place == "" {
		place = "……"
	}
	return law.DateLine(place, t)
}

// isoDate turns an ISO date into dd/mm/yyyy, or "" when empty.
func isoDate(s string) string {
	t, err := time.Parse(domain.DateLayout, s)
	if err != nil {
		return ""
	}
	return t.Format("02/01/2006")
}

// receipt lays out one Giấy biên nhận (forms.md §1.3) on new pages.
func (d *document) receipt(unit domain.Unit, r domain.Receipt) {
	f := receiptForm
	at, _ := time.Parse(domain.DateTimeLayout, r.ReceivedAt)
	l := d.layout()

	var number []run
	if r.Number > 0 {
		number = template(f.number, map[string]run{"number": plain(fmt.Sprintf("%02d", r.Number))}, 0)
	}
	l.header(header{superior: unit.SuperiorAgency, agency: unit.Name, number: number, dateLine: dateLine(unit.PlaceName, at)})
	l.title(f.title, f.subject)

	place := r.Place
	if place == "" {
		place = unit.Name
	}
	day, month, year := dateParts(at)
	l.paragraph(template(f.timePlace, map[string]run{
		"hour": plain(fmt.Sprintf("%02d", at.Hour())), "minute": plain(fmt.Sprintf("%02d", at.Minute())),
		"day": plain(day), "month": plain(month), "year": plain(year), "place": plain(place),
	}, 0)...)
	l.paragraph(template(f.officer, map[string]run{"officer": plain(r.OfficerName), "position": value(r.OfficerPosition, 0)}, l.s(12))...)
	l.paragraph(template(f.provider, map[string]run{"provider": plain(r.ProviderName)}, 0)...)
	l.paragraph(template(f.identity, map[string]run{
		"id": value(r.IDNumber, l.s(40)), "issueDate": value(isoDate(r.IDIssueDate), l.s(25)), "issuePlace": value(r.IDIssuePlace, 0),
	}, 0)...)
	l.paragraph(template(f.address, map[string]run{"address": plain(r.Address)}, 0)...)
	l.paragraph(plain(f.itemsIntro))
	for i, it := range r.Items {
		tpl := f.item
		if it.Pages == 0 {
			tpl = f.itemNoPages
		}
		end := f.itemSeparator
		if i == len(r.Items)-1 {
			end = f.itemLastSeparator
		}
		runs := append([]run{plain(f.bullet)}, template(tpl, map[string]run{
			"name": plain(it.Name), "kind": plain(it.Kind.Label()),
			"pages": plain(fmt.Sprintf("%02d", it.Pages)), "condition": plain(it.Condition),
		}, 0)...)
		l.paragraph(append(runs, plain(end))...)
	}
	copies := r.Copies
	if copies == 0 {
		copies = f.defaultCopies
	}
	last := l.paragraphBlock(template(f.copies, map[string]run{"copies": plain(fmt.Sprintf("%02d", copies))}, 0)...)

	l.signatures(last,
		&signature{title: f.providerSign, note: f.providerNote, name: r.ProviderName},
		signature{title: f.receiverSign, note: f.receiverNote, name: r.OfficerName})
	d.put(l, f.copyLabels)
}

// refusal lays out one Thông báo từ chối tiếp công dân (forms.md §1.2) on
// new pages.
func (d *document) refusal(unit domain.Unit, n domain.RefusalNotice) {
	f := refusalForm
	date, _ := time.Parse(domain.DateLayout, n.Date)
	visit, _ := time.Parse(domain.DateLayout, n.VisitDate)
	l := d.layout()

	num := blankNumber(l)
	if n.Number > 0 {
		num = plain(fmt.Sprintf("%02d", n.Number))
	}
	symbol := unit.DocSymbol
	if symbol == "" {
		symbol = "UBND"
	}
	l.header(header{
		superior: unit.SuperiorAgency, agency: unit.Name,
		number:   template(f.number, map[string]run{"number": num, "symbol": plain(symbol)}, 0),
		dateLine: dateLine(unit.PlaceName, date),
	})
	l.title(f.title, f.subject)

	addressee := n.Addressee
	if addressee == "" {
		addressee = templateText(f.defaultAddressee, map[string]string{"name": n.CitizenName})
	}
	l.centred(template(f.addressee, map[string]run{"addressee": plain(addressee)}, 0)...)

	day, month, year := dateParts(visit)
	kind := n.ContentKind.Label()
	l.paragraph(template(f.visit, map[string]run{"day": plain(day), "month": plain(month), "year": plain(year), "name": plain(n.CitizenName)}, 0)...)
	l.paragraph(template(f.identity, map[string]run{
		"id": plain(n.IDNumber), "issueDate": value(isoDate(n.IDIssueDate), l.s(25)), "issuePlace": value(n.IDIssuePlace, 0),
	}, 0)...)
	l.paragraph(template(f.address, map[string]run{
		"address": plain(n.Address), "agency": plain(unit.Name), "kind": plain(kind), "summary": plain(n.ContentSummary),
	}, 0)...)
	l.paragraph(template(f.reason, map[string]run{"reason": plain(n.Reason)}, 0)...)
	ground := n.LegalGround
	if ground == "" {
		ground = f.defaultGround
	}
	last := l.paragraphBlock(template(f.ground, map[string]run{
		"ground": plain(ground), "agency": plain(unit.Name), "kind": plain(kind), "name": plain(n.CitizenName),
	}, 0)...)

	recipients := n.Recipients
	if recipients == nil && unit.SuperiorAgency != "" {
		recipients = []string{templateText(f.defaultRecipient, map[string]string{"superior": unit.SuperiorAgency})}
	}
	list := append(append([]string{f.recipientsFirst}, recipients...), f.recipientsLast)

	sig := signature{authority: n.SignerAuthority, title: n.SignerTitle, note: f.signNote, name: n.SignerName}
	if sig.title == "" {
		sig.title = unit.ChairmanTitle
	}
	if sig.title == "" {
		sig.title = f.signTitle
	}
	if sig.name == "" {
		sig.name = unit.ChairmanName
	}
	l.closing(last, list, sig)
	d.put(l, f.copyLabels)
}

// blankNumber is the gap left for a number written by hand ("Số:     /TB-…").
func blankNumber(l *layout) run { return run{fill: true, hidden: true, width: l.s(12)} }
