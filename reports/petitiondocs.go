package reports

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"tiepdan/app/domain"
)

// This file prints the documents of xử lý đơn and of the cases the ward
// resolves (the phiếu đề xuất thụ lý, phiếu chuyển, hướng dẫn, trả lại đơn,
// the NĐ 124/2020 thông báo thụ lý / không thụ lý and the NĐ 31/2019 quyết
// định thụ lý / gia hạn). Their wording is data, in petitionforms.json,
// because most of it could not be checked against the official appendices
// (forms.md §2, §5): a correction there needs no code change. The layout is
// the NĐ 30/2020 one of document.go.

// PetitionLetter is what every petition/case document prints. Fields not
// used by a form are ignored; which are required depends on the form (its
// "required" list in petitionforms.json).
type PetitionLetter struct {
	// Form is the catalogue code, e.g. "TT05-01" or "ND124-03".
	Form string
	// Number is the document number as typed: "12/TB-UBND" prints as it
	// is, a bare "12" gets the form's type and the unit's symbol, and ""
	// leaves a gap to write it by hand.
	Number string
	// Date is the ISO date of the document.
	Date string
	// Recipient is the "Kính gửi" line; "" uses the form's default.
	Recipient string
	// The first petitioner. A tố cáo's documents never print them.
	PetitionerName, PetitionerAddress, PetitionerID, PetitionerIDDate, PetitionerIDPlace string
	// PeopleCount is how many signed; printed when more than one.
	PeopleCount int
	// ReceivedOn is the ISO date the đơn was received.
	ReceivedOn string
	// Origin says how it came, e.g. "do Hội đồng nhân dân phường chuyển
	// đến theo Công văn số 12/HĐND ngày 03/11/2026".
	Origin string
	// KindLabel is "khiếu nại", "tố cáo" or "kiến nghị, phản ánh".
	KindLabel string
	// Summary is the nội dung.
	Summary string
	// Respondent is the person or body complained about or denounced.
	Respondent string
	// ToBody is the body the đơn is transferred or guided to (or, in a
	// decision, the body given the verification).
	ToBody string
	// Reason is the lý do (không thụ lý, trả lại) or the đề xuất text.
	Reason string
	// Deadline is an ISO date: the hạn giải quyết (thụ lý), the new
	// deadline (gia hạn) or the thụ lý deadline (phiếu đề xuất).
	Deadline string
	// Days is the number of days of an extension.
	Days int
	// RefDoc is the quyết định thụ lý an extension refers to, e.g.
	// "Quyết định số 15/QĐ-UBND ngày 20/11/2026 của Chủ tịch Ủy ban nhân dân
	// phường Hà Huy Tập về việc thụ lý tố cáo".
	RefDoc string
	// Proposer and ProposerTitle sign a phiếu đề xuất.
	Proposer, ProposerTitle string
}

// PetitionLetterPDF writes the document of l.Form as an A4 PDF to w (or as
// opt asks), in the NĐ 30/2020 layout with the unit's names in the header,
// its place name in the date line and its chairman's title and name in the
// signature. The wording is the form's in petitionforms.json; a value the
// form prints but l leaves empty becomes a dotted line to fill by hand.
//
// Errors: Invalid when the form is unknown (field "form"), the unit has no
// name, a value the form requires is missing or a date is not ISO (fields
// named as the PetitionLetter fields in lower camel case: "petitionerName",
// "receivedOn" …); Internal when the PDF cannot be made or written.
func PetitionLetterPDF(w io.Writer, unit domain.Unit, l PetitionLetter, opt SlipOptions) error {
	data, err := formsData()
	if err != nil {
		return err
	}
	f, ok := data.form(l.Form)
	if !ok {
		return &domain.Error{Kind: domain.Invalid, Message: fmt.Sprintf("Mẫu văn bản %q không có trong danh mục", l.Form),
			Fields: map[string]string{"form": "Mẫu văn bản không có trong danh mục"}}
	}
	unit, err = slipUnit(unit)
	if err != nil {
		return err
	}
	vals, err := letterValues(unit, f, l)
	if err != nil {
		return err
	}
	date, _ := time.Parse(domain.DateLayout, l.Date)
	d, err := newDocument(opt.PageSize, opt.TwoCopies, f.Title, date)
	if err != nil {
		return err
	}
	d.letter(data, f, unit, strings.TrimSpace(l.Number), date, vals)
	return d.output(w)
}

//go:embed petitionforms.json
var petitionFormsJSON []byte

// formsFile is petitionforms.json.
type formsFile struct {
	Placeholders  []string     `json:"placeholders"`
	NumberAsTyped string       `json:"numberAsTyped"`
	Elsewhere     []FormInfo   `json:"elsewhere"`
	Forms         []letterForm `json:"forms"`
	Daily         dailyForm    `json:"daily"`
}

// letterForm is the wording of one document.
type letterForm struct {
	FormInfo
	// WithholdPetitioner blanks the petitioner's identity before filling,
	// whatever the templates say: a tố cáo's documents must not reveal the
	// denouncer (Luật Tố cáo).
	WithholdPetitioner bool `json:"withholdPetitioner"`
	// Number is the number line ("Số: {number}/TB-{symbol}"); "" prints
	// one only when a number is given, as typed.
	Number string `json:"number"`
	// Excerpt is a công văn's trích yếu under the number ("V/v …").
	Excerpt string `json:"excerpt"`
	// Kind and Subject are the title; a công văn has none.
	Kind    string `json:"kind"`
	Subject string `json:"subject"`
	// Addressee is the "Kính gửi" line; DefaultRecipient fills its
	// {recipient} when the letter names none.
	Addressee        string            `json:"addressee"`
	DefaultRecipient string            `json:"defaultRecipient"`
	Body             []string          `json:"body"`
	Recipients       []string          `json:"recipients"`
	Sign             signForm          `json:"sign"`
	LeftSign         *signForm         `json:"leftSign"`
	Required         map[string]string `json:"required"`
}

// signForm is a signature block's wording.
type signForm struct {
	Authority string `json:"authority"`
	Title     string `json:"title"`
	Note      string `json:"note"`
	Name      string `json:"name"`
}

// heading is what the form prints as its title (or trích yếu), for tests
// and the catalogue.
func (f letterForm) heading() []string {
	if f.Kind == "" {
		return []string{f.Excerpt}
	}
	return []string{f.Kind, f.Subject}
}

// formsData parses petitionforms.json once.
var formsData = sync.OnceValues(func() (*formsFile, error) {
	var data formsFile
	if err := json.Unmarshal(petitionFormsJSON, &data); err != nil {
		return nil, domain.Wrap(domain.Internal, fmt.Errorf("reports: petitionforms.json: %w", err), domain.SystemErrorMessage)
	}
	return &data, nil
})

func (data *formsFile) form(code string) (letterForm, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	for _, f := range data.Forms {
		if f.Code == code {
			return f, true
		}
	}
	return letterForm{}, false
}

// longDate is an ISO date as prose writes it after "ngày": "05 tháng 01 năm
// 2026" (NĐ 30/2020, as law.DateLine); "" when s is empty.
func longDate(s string) string {
	t, err := time.Parse(domain.DateLayout, s)
	if err != nil {
		return ""
	}
	day, month, year := dateParts(t)
	return day + " tháng " + month + " năm " + year
}

// phrase trims the full stop a short value may be typed with, which the
// templates add themselves.
func phrase(s string) string { return strings.TrimRight(domain.CleanText(s), " .;") }

// count is n with two digits (legal style: "05 ngày"), or "" for none.
func count(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("%02d", n)
}

// chairmanTitle is the unit's chairman's title, "Chủ tịch" when not set.
func chairmanTitle(u domain.Unit) string {
	if u.ChairmanTitle != "" {
		return u.ChairmanTitle
	}
	return "Chủ tịch"
}

// unitValues are the placeholders every form fills from the unit.
func unitValues(u domain.Unit) map[string]string {
	symbol := u.DocSymbol
	if symbol == "" {
		symbol = "UBND"
	}
	return map[string]string{
		"agency": u.Name, "superior": u.SuperiorAgency, "symbol": symbol,
		"chairmanTitle": chairmanTitle(u), "chairmanName": u.ChairmanName,
		"chairmanOf": chairmanTitle(u) + " " + u.Name,
	}
}

// letterValues checks l against the form and returns the values of its
// placeholders, cleaned and formatted (dates in words, counts with two
// digits). Errors: Invalid with the missing or malformed fields.
func letterValues(u domain.Unit, f letterForm, l PetitionLetter) (map[string]string, error) {
	vals := unitValues(u)
	for k, v := range map[string]string{
		"date": domain.CleanText(l.Date), "receivedOn": domain.CleanText(l.ReceivedOn),
		"deadline": domain.CleanText(l.Deadline), "petitionerIDDate": domain.CleanText(l.PetitionerIDDate),
		"recipient": phrase(l.Recipient), "petitionerName": phrase(l.PetitionerName),
		"petitionerAddress": phrase(l.PetitionerAddress), "petitionerID": phrase(l.PetitionerID),
		"petitionerIDPlace": phrase(l.PetitionerIDPlace), "origin": phrase(l.Origin), "kindLabel": phrase(l.KindLabel),
		"summary": domain.CleanLines(l.Summary), "respondent": phrase(l.Respondent), "toBody": phrase(l.ToBody),
		"reason": domain.CleanLines(l.Reason), "days": count(l.Days), "refDoc": phrase(l.RefDoc),
		"proposer": phrase(l.Proposer), "proposerTitle": phrase(l.ProposerTitle), "peopleCount": "",
	} {
		vals[k] = v
	}
	if l.PeopleCount > 1 {
		vals["peopleCount"] = count(l.PeopleCount)
	}

	var v domain.Validation
	for field, msg := range f.Required {
		v.Required(field, vals[field], msg)
	}
	for _, field := range []string{"date", "receivedOn", "deadline", "petitionerIDDate"} {
		if s := vals[field]; s != "" {
			if _, err := time.Parse(domain.DateLayout, s); err != nil {
				v.Fail(field, fmt.Sprintf("Ngày %q không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-01-05)", s))
			}
		}
	}
	if l.Days < 0 {
		v.Fail("days", "Số ngày gia hạn phải lớn hơn 0")
	}
	if strings.ContainsFunc(vals["petitionerName"], unicode.IsDigit) {
		v.Fail("petitionerName", "Họ tên không được chứa chữ số")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}

	for _, k := range []string{"date", "receivedOn", "deadline"} {
		vals[k] = longDate(vals[k])
	}
	vals["petitionerIDDate"] = isoDate(vals["petitionerIDDate"])
	if f.WithholdPetitioner {
		for _, k := range []string{"petitionerName", "petitionerAddress", "petitionerID", "petitionerIDDate", "petitionerIDPlace"} {
			vals[k] = ""
		}
	}
	if vals["recipient"] == "" {
		vals["recipient"] = fillText(f.DefaultRecipient, vals)
	}
	return vals, nil
}

// resolveOptional keeps each "[…]" segment of tpl whose placeholders are
// all filled (without its brackets) and drops the others.
func resolveOptional(tpl string, vals map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(tpl[i:], ']')
		if j < 0 {
			break
		}
		b.WriteString(tpl[:i])
		seg := tpl[i+1 : i+j]
		if allFilled(seg, vals) {
			b.WriteString(seg)
		}
		tpl = tpl[i+j+1:]
	}
	b.WriteString(tpl)
	return b.String()
}

// allFilled reports whether every placeholder in seg has a value.
func allFilled(seg string, vals map[string]string) bool {
	for _, part := range strings.Split(seg, "{")[1:] {
		name, _, ok := strings.Cut(part, "}")
		if ok && vals[name] == "" {
			return false
		}
	}
	return true
}

// fillText fills tpl as plain text: optional segments resolved, empty
// values left empty.
func fillText(tpl string, vals map[string]string) string {
	return domain.CleanText(templateText(resolveOptional(tpl, vals), vals))
}

// fill turns a template line into runs: optional segments resolved, each
// value a plain run or, when empty, a dotted blank (to the end of the line
// when nothing but punctuation follows it), and "**…**" in bold.
func (l *layout) fill(tpl string, vals map[string]string) []run {
	tpl = resolveOptional(tpl, vals)
	runs := map[string]run{}
	for _, part := range strings.Split(tpl, "{")[1:] {
		name, _, ok := strings.Cut(part, "}")
		if !ok {
			continue
		}
		if _, known := vals[name]; known {
			runs[name] = value(vals[name], l.s(40))
		}
	}
	out := boldMarks(template(tpl, runs, 0))
	// A blank followed by punctuation only runs to the end of its line.
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].fill {
			out[i].width = 0
			break
		}
		if strings.TrimFunc(out[i].text, unicode.IsPunct) != "" {
			break
		}
	}
	return out
}

// boldMarks splits plain runs at "**" marks, setting the text between two
// marks in bold.
func boldMarks(runs []run) []run {
	var out []run
	on := false
	for _, r := range runs {
		if r.fill || !strings.Contains(r.text, "**") && !on {
			out = append(out, r)
			continue
		}
		for i, part := range strings.Split(r.text, "**") {
			if i > 0 {
				on = !on
			}
			if part == "" {
				continue
			}
			p := r
			p.text = part
			if on {
				p.style = bold
			}
			out = append(out, p)
		}
	}
	return out
}

// numberLine is the header's number line: a number typed with its symbol
// ("12/TB-UBND") as it is, a bare number with the form's type and the
// unit's symbol, none with a gap to write it in. A form without a number
// template prints one only when given. A công văn's trích yếu follows it.
func (l *layout) numberLine(data *formsFile, f letterForm, number string, vals map[string]string) []run {
	tpl := f.Number
	num := blankNumber(l)
	switch {
	case strings.Contains(number, "/") || (tpl == "" && number != ""):
		tpl, num = data.NumberAsTyped, plain(number)
	case number != "":
		num = plain(number)
		if n, err := strconv.Atoi(number); err == nil && n > 0 {
			num = plain(count(n))
		}
	}
	if tpl == "" {
		return nil
	}
	runs := map[string]run{"number": num}
	for k, v := range vals {
		if k != "number" {
			runs[k] = plain(v)
		}
	}
	out := template(tpl, runs, 0)
	if f.Excerpt != "" {
		out = append(out, plain("\n"+f.Excerpt))
	}
	return out
}

// letter lays out one document of form f on new pages.
func (d *document) letter(data *formsFile, f letterForm, unit domain.Unit, number string, date time.Time, vals map[string]string) {
	l := d.layout()
	l.header(header{superior: unit.SuperiorAgency, agency: unit.Name,
		number: l.numberLine(data, f, number, vals), dateLine: dateLine(unit.PlaceName, date)})
	if f.Kind != "" {
		l.title(f.Kind, fillText(f.Subject, vals))
	}
	if f.Addressee != "" {
		l.centred(l.fill(f.Addressee, vals)...)
	}
	// Every line but the last is placed; the last is kept with the
	// signature (NĐ 30: a signature never stands alone on a page).
	var lines []string
	for _, tpl := range f.Body {
		if strings.TrimSpace(resolveOptional(tpl, vals)) != "" {
			lines = append(lines, tpl)
		}
	}
	var last block
	for i, tpl := range lines {
		b := l.bodyLine(tpl, vals)
		if i == len(lines)-1 {
			last = b
			break
		}
		l.place(b)
	}

	sign := func(s signForm) signature {
		return signature{authority: fillText(s.Authority, vals), title: fillText(s.Title, vals),
			note: s.Note, name: fillText(s.Name, vals)}
	}
	if len(f.Recipients) == 0 {
		var left *signature
		if f.LeftSign != nil {
			s := sign(*f.LeftSign)
			left = &s
		}
		l.signatures(last, left, sign(f.Sign))
	} else {
		var list []string
		for _, r := range f.Recipients {
			if s := fillText(r, vals); s != "" {
				list = append(list, s)
			}
		}
		l.closing(last, list, sign(f.Sign))
	}
	d.put(l, [2]string{})
}

// bodyLine lays out one body line as a block, with the space after it: a
// justified paragraph, or as its "#…:" mark says (see petitionforms.json).
func (l *layout) bodyLine(tpl string, vals map[string]string) block {
	mark, text, ok := strings.Cut(tpl, ":")
	if !ok || !strings.HasPrefix(mark, "#") {
		return l.paragraphBlock(l.fill(tpl, vals)...)
	}
	st := l.bodyStyle()
	st.align, st.balance = alignCenter, true
	var runs []run
	switch mark {
	case "#heading":
		runs = []run{strong(upper(fillText(text, vals)))}
	case "#center":
		runs = []run{strong(fillText(text, vals))}
	case "#italic":
		runs = l.fill(text, vals)
		for i := range runs {
			if runs[i].style == bold {
				runs[i].style = boldItalic
			} else if !runs[i].fill {
				runs[i].style = italic
			}
		}
		return l.paragraphBlock(runs...)
	default: // an unknown mark prints as written, so a typo shows
		return l.paragraphBlock(l.fill(tpl, vals)...)
	}
	b := l.textBlock(runs, st, l.x0(), l.width())
	b.h += l.page.paraGap * pt
	return b
}
