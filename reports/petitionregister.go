package reports

import (
	"io"
	"strings"
	"time"

	"tiepdan/app/domain"
)

// This file renders the sổ tiếp nhận, xử lý đơn (the petition register) as
// an Excel workbook, in the logbook's NĐ 30/2020 layout (xlsxRegister). No
// official column list was found (law.md §3.4, UNCONFIRMED): the columns are
// the ones law.md suggests, every deadline printed with its citation.

// PetitionRow is one petition of the register as it is printed: display
// strings, dates as dd/mm/yyyy, several entries one a line. A protected
// petitioner arrives already masked and is printed as it comes.
type PetitionRow struct {
	// Number is the receipt number (số đơn) within its year.
	Number string
	// ReceivedOn is the day the ward received it, dd/mm/yyyy.
	ReceivedOn string
	// Source is how it came, with the forwarding body and its document.
	Source string
	// Petitioners: "họ tên, địa chỉ", one a line.
	Petitioners string
	Summary     string
	Kind        string
	Field       string
	// Eligibility: đủ / không đủ điều kiện xử lý, with the reason.
	Eligibility string
	// Competence: thuộc / không thuộc thẩm quyền.
	Competence string
	// HandlingDue is the xử lý đơn deadline with its citation.
	HandlingDue string
	// Handling is the handling actions, one a line.
	Handling string
	// Case is the thụ lý and the resolution deadline with its citation.
	Case string
	// Result is the decision or conclusion, or where the case stands.
	Result string
}

// petitionRegisterForm is the wording of the register.
var petitionRegisterForm = struct {
	docTitle, sheet, title string
	columns, numbers       [13]string
}{
	docTitle: "Sổ tiếp nhận, xử lý đơn",
	// APP: at most 31 characters.
	sheet: "Sổ đơn",
	title: "SỔ TIẾP NHẬN, XỬ LÝ ĐƠN",
	// UNCONFIRMED as an official list: law.md §3.4's suggested columns.
	columns: [13]string{
		"STT/Số đơn", "Ngày nhận", "Nguồn đơn (cơ quan chuyển, số văn bản)", "Người đứng đơn, địa chỉ", "Nội dung",
		"Loại đơn", "Lĩnh vực", "Điều kiện xử lý", "Thẩm quyền", "Hạn xử lý", "Kết quả xử lý",
		"Thụ lý, hạn giải quyết", "Kết quả giải quyết",
	},
	numbers: [13]string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"},
}

// petitionRegisterColumns are the widths of the columns in Excel's units
// (the PDF widths are unused: there is no PDF of the register).
var petitionRegisterColumns = [13]logbookColumn{
	{xlsx: 6.5, center: true},  // 1 STT/Số đơn
	{xlsx: 10.5, center: true}, // 2 Ngày nhận
	{xlsx: 18},                 // 3 Nguồn đơn
	{xlsx: 18},                 // 4 Người đứng đơn, địa chỉ
	{xlsx: 22},                 // 5 Nội dung
	{xlsx: 9},                  // 6 Loại đơn
	{xlsx: 9},                  // 7 Lĩnh vực
	{xlsx: 10},                 // 8 Điều kiện xử lý
	{xlsx: 9},                  // 9 Thẩm quyền
	{xlsx: 15},                 // 10 Hạn xử lý
	{xlsx: 20},                 // 11 Kết quả xử lý
	{xlsx: 18},                 // 12 Thụ lý, hạn giải quyết
	{xlsx: 12},                 // 13 Kết quả giải quyết
}

// cells returns the row's 13 cells, trimmed, in NFC.
func (r PetitionRow) cells() []string {
	c := []string{r.Number, r.ReceivedOn, r.Source, r.Petitioners, r.Summary, r.Kind, r.Field, r.Eligibility,
		r.Competence, r.HandlingDue, r.Handling, r.Case, r.Result}
	for i := range c {
		c[i] = nfc(strings.TrimSpace(c[i]))
	}
	return c
}

// PetitionRegisterXLSX writes the sổ tiếp nhận, xử lý đơn of the petitions
// rows, received from from to to (ISO dates, "" when not given: the period
// line then starts or ends at the first or last row's day), as an Excel
// workbook to w: one sheet, "Sổ đơn", with the unit's names, the title, the
// period, the header row and its row of column numbers, then one row per
// petition in the order given. The header is frozen on screen and repeated
// on every printed page; the page is A4 landscape, fitted to its width.
//
// Errors: Invalid when the unit has no name or a date is not an ISO date
// (fields "from", "to"); Internal when the workbook cannot be made or written.
func PetitionRegisterXLSX(w io.Writer, unit domain.Unit, from, to string, rows []PetitionRow) error {
	unit, err := slipUnit(unit)
	if err != nil {
		return err
	}
	days := make([]string, len(rows))
	cells := make([][]string, len(rows))
	for i, r := range rows {
		if t, err := time.Parse("02/01/2006", strings.TrimSpace(r.ReceivedOn)); err == nil {
			days[i] = t.Format(domain.DateLayout)
		}
		cells[i] = r.cells()
	}
	period, err := periodLine(from, to, days)
	if err != nil {
		return err
	}
	f := petitionRegisterForm
	x := xlsxRegister{sheet: f.sheet, docTitle: f.docTitle, subject: f.docTitle, title: f.title, period: period,
		unit: unit, columns: petitionRegisterColumns[:], head: f.columns[:], numbers: f.numbers[:], numeric: []int{0}}
	if err := x.write(w, cells); err != nil {
		return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return nil
}
