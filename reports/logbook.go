package reports

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
	"github.com/xuri/excelize/v2"

	"tiepdan/app/domain"
	"tiepdan/app/law"
)

// This file renders the sổ tiếp công dân, Mẫu số 03/TCD of NĐ 154/2026
// (forms.md §1.4, law.md §3.3): one row per visit in the form's 13 columns,
// as an Excel workbook and as a PDF on A4 landscape pages. The wording is
// logbookForm's (forms.go). Both take the visits as they are to be printed:
// a protected citizen arrives already masked, and is printed as it comes.

// logbookColumn is how one column of the form is laid out.
type logbookColumn struct {
	// xlsx is the width in Excel's units (widths of "0" in the default font).
	xlsx float64
	// pdf is the width in mm on the A4 landscape page; the widths add up to
	// the text width of pageA4Landscape.
	pdf float64
	// center: short values (numbers, dates, the "x"), centred.
	center bool
}

var logbookColumns = [13]logbookColumn{
	{5, 9, true},      // 1 STT
	{10.5, 18, true},  // 2 Ngày tiếp
	{21, 34, false},   // 3 Họ tên, địa chỉ
	{13.5, 23, false}, // 4 CCCD/CMND/Hộ chiếu
	{26, 37, false},   // 5 Nội dung đơn
	{10, 16, false},   // 6 Loại đơn
	{8, 11, true},     // 7 Số người cùng nội dung
	{12, 18.5, false}, // 8 Cơ quan đã giải quyết
	{8.5, 12.5, true}, // 9 Thuộc thẩm quyền (x)
	{14, 24, false},   // 10 Hướng dẫn
	{14, 24, false},   // 11 Cơ quan, đơn vị thụ lý
	{12.5, 21, false}, // 12 Theo dõi kết quả giải quyết
	{9, 14, false},    // 13 Ghi chú
}

// logbookCells returns the 13 cells of visit v, the i-th row (from 0), in
// NFC. STT is the visit's serial number in its year's logbook (the row
// number when it has none), so that a page for a period refers to the same
// numbers as the whole book.
func logbookCells(v domain.Visit, i int) [13]string {
	f := logbookForm
	var c [13]string
	n := v.Number
	if n <= 0 {
		n = i + 1
	}
	c[0] = strconv.Itoa(n)
	c[1] = visitDate(v.ReceivedAt)

	var people, ids []string
	withID := 0
	for _, p := range v.Citizens {
		if strings.TrimSpace(p.IDNumber) != "" {
			withID++
		}
	}
	for _, p := range v.Citizens {
		name := strings.TrimSpace(p.Name)
		if p.Representative && len(v.Citizens) > 1 {
			name = templateText(f.representative, map[string]string{"name": name})
		}
		line := name
		if a := strings.TrimSpace(p.Address); a != "" && !p.Masked {
			line = templateText(f.person, map[string]string{"name": name, "address": a})
		}
		if len(v.Citizens) > 1 {
			line = "- " + line
		}
		people = append(people, line)
		if id := idText(p); id != "" {
			if withID > 1 {
				id = strings.TrimSpace(p.Name) + ": " + id
			}
			ids = append(ids, id)
		}
	}
	c[2] = strings.Join(people, "\n")
	c[3] = strings.Join(ids, "\n")
	c[4] = v.Summary
	c[5] = domain.VisitKindLabel(v.Kind)
	if v.PeopleCount > 0 {
		c[6] = strconv.Itoa(v.PeopleCount)
	}
	c[7] = v.ResolvedBy
	if v.WithinCompetence {
		c[8] = f.competent
	}
	// Columns 10 and 11 only for the outcome that has them: the form keeps
	// the other outcome's fields when the clerk changes his mind.
	switch v.Outcome {
	case domain.OutcomeGuide:
		c[9] = bodyAndDoc(f.guide, v.GuideBody, v.GuideDoc)
	case domain.OutcomeTransfer:
		c[10] = bodyAndDoc(f.transfer, v.TransferBody, v.TransferDoc)
	case domain.OutcomeAccept:
		c[11] = v.Outcome.Label()
		if due := isoDate(v.ReplyDue); due != "" {
			c[11] = templateText(f.accept, map[string]string{"due": due})
		}
	case domain.OutcomeAnswer:
		c[11] = f.answer
	case domain.OutcomeRefuse:
		c[11] = v.Outcome.Label()
		if g := refusalText(v); g != "" {
			c[11] = templateText(f.refuse, map[string]string{"ground": g})
		}
	}
	var notes []string
	if v.VisitOrdinal > 1 {
		notes = append(notes, templateText(f.repeat, map[string]string{"n": strconv.Itoa(v.VisitOrdinal)}))
	}
	if s := strings.TrimSpace(v.Notes); s != "" {
		notes = append(notes, s)
	}
	c[12] = strings.Join(notes, "\n")
	for k := range c {
		c[k] = nfc(strings.TrimSpace(c[k]))
	}
	return c
}

// idText is a citizen's identity paper as column 4 prints it; "" for none
// (a masked citizen has none).
func idText(p domain.Citizen) string {
	number := strings.TrimSpace(p.IDNumber)
	if number == "" || p.Masked {
		return ""
	}
	tpl, ok := logbookForm.idKinds[p.IDKind]
	if !ok {
		return number
	}
	desc := strings.TrimSpace(p.IDDescription)
	if desc == "" {
		desc = law.IDKind(p.IDKind).Label()
	}
	return strings.TrimSpace(templateText(tpl, map[string]string{"number": number, "description": desc}))
}

// bodyAndDoc fills a "{body}; … {doc}" template, or returns the body alone
// when there is no document number.
func bodyAndDoc(tpl, body, doc string) string {
	body, doc = strings.TrimSpace(body), strings.TrimSpace(doc)
	if doc == "" {
		return body
	}
	return templateText(tpl, map[string]string{"body": body, "doc": doc})
}

// refusalText is the text of v's refusal ground as it applied on the day,
// or its stored id when the rules no longer know it.
func refusalText(v domain.Visit) string {
	id := strings.TrimSpace(v.RefusalGround)
	if id == "" {
		return ""
	}
	if t, err := time.Parse(time.RFC3339, v.ReceivedAt); err == nil {
		if g, ok := law.RefusalGroundByID(id, law.DateOf(t)); ok {
			return g.Text
		}
	}
	return id
}

// visitDate is the day of an RFC 3339 time as dd/mm/yyyy, in the time's own
// offset (the office's local day), or "" when it cannot be read.
func visitDate(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("02/01/2006")
	}
	if len(s) >= 10 {
		return isoDate(s[:10])
	}
	return ""
}

// visitDay is the ISO day of an RFC 3339 time, in its own offset.
func visitDay(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(domain.DateLayout)
	}
	return ""
}

// logbookPeriod checks from and to (ISO dates, "" when not given) and
// returns the period line. A missing end is the first or last visit's day;
// with no visits either, a dotted blank. Neither given nor any visit: "".
//
// Errors: Invalid, with fields "from" and "to".
func logbookPeriod(from, to string, rows []domain.Visit) (string, error) {
	days := make([]string, 0, len(rows))
	for _, r := range rows {
		days = append(days, visitDay(r.ReceivedAt))
	}
	return periodLine(from, to, days)
}

// periodLine is logbookPeriod for a register whose entries are dated days
// (ISO; "" ones are skipped): from and to checked, a missing end the
// earliest or latest day.
//
// Errors: Invalid, with fields "from" and "to".
func periodLine(from, to string, days []string) (string, error) {
	from, to = strings.TrimSpace(from), strings.TrimSpace(to)
	var v domain.Validation
	for _, d := range []struct{ field, value string }{{"from", from}, {"to", to}} {
		if d.value != "" && isoDate(d.value) == "" {
			v.Fail(d.field, "Ngày không hợp lệ, cần dạng năm-tháng-ngày")
		}
	}
	if err := v.Err(); err != nil {
		return "", err
	}
	if from != "" && to != "" && from > to {
		v.Fail("to", "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu")
		return "", v.Err()
	}
	first, last := "", ""
	for _, d := range days {
		if d == "" {
			continue
		}
		if first == "" || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	if from == "" {
		from = first
	}
	if to == "" {
		to = last
	}
	if from == "" && to == "" {
		return "", nil
	}
	show := func(d string) string {
		if d == "" {
			return "……"
		}
		return isoDate(d)
	}
	return templateText(logbookForm.period, map[string]string{"from": show(from), "to": show(to)}), nil
}

// logbook is what both renderers start from: the unit checked, the period
// line and the cells of every row.
type logbook struct {
	unit   domain.Unit
	period string
	rows   [][13]string
}

func newLogbook(unit domain.Unit, from, to string, visits []domain.Visit) (*logbook, error) {
	unit, err := slipUnit(unit)
	if err != nil {
		return nil, err
	}
	period, err := logbookPeriod(from, to, visits)
	if err != nil {
		return nil, err
	}
	b := &logbook{unit: unit, period: period, rows: make([][13]string, len(visits))}
	for i, v := range visits {
		b.rows[i] = logbookCells(v, i)
	}
	return b, nil
}

// ---------------------------------------------------------------- Excel

// The rows of the worksheet.
const (
	xlsxSuperiorRow = 1
	xlsxAgencyRow   = 2
	xlsxTitleRow    = 4
	xlsxPeriodRow   = 5
	xlsxHeaderRow   = 7
	xlsxNumberRow   = 8
	xlsxFirstRow    = 9
)

// The type of the worksheet, in points. LibreOffice prints it in Liberation
// Serif, which has Times New Roman's widths.
const (
	xlsxFont       = "Times New Roman"
	xlsxBodySize   = 11
	xlsxNumberSize = 10
	xlsxAgencySize = 12
	xlsxTitleSize  = 14
	xlsxPeriodSize = 12
	// xlsxLine is the height given to one line of body text, in points, a
	// little more than either Excel or LibreOffice needs.
	xlsxLine = 14
	// xlsxMaxRow is Excel's largest row height.
	xlsxMaxRow = 409
)

// LogbookXLSX writes the sổ tiếp công dân (Mẫu 03/TCD) of the visits rows,
// received from from to to (ISO dates, "" when not given), as an Excel
// workbook to w: one sheet, "Sổ tiếp công dân", with the unit's names, the
// title, the period, the form's header row and its row of column numbers,
// then one row per visit in the order given. The header is frozen on screen
// and repeated on every printed page; the page is A4 landscape, fitted to
// its width. Rows are as the caller gives them: a protected citizen must
// already be masked.
//
// Errors: Invalid when the unit has no name or a date is not an ISO date
// (fields "from", "to"); Internal when the workbook cannot be made or written.
func LogbookXLSX(w io.Writer, unit domain.Unit, from, to string, rows []domain.Visit) error {
	b, err := newLogbook(unit, from, to, rows)
	if err != nil {
		return err
	}
	if err := b.xlsx(w); err != nil {
		return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return nil
}

// xlsxStyles are the cell styles of the worksheet.
type xlsxStyles struct {
	superior, agency, label, title, period, head, number, left, center int
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: xlsxFont, Size: size, Bold: bold, Italic: italic, Color: "000000"}
	}
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	al := func(h, v string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: v, WrapText: true}
	}
	var s xlsxStyles
	specs := []struct {
		id    *int
		style excelize.Style
	}{
		{&s.superior, excelize.Style{Font: font(xlsxAgencySize, false, false), Alignment: al("center", "center")}},
		{&s.agency, excelize.Style{Font: font(xlsxAgencySize, true, false), Alignment: al("center", "center")}},
		{&s.label, excelize.Style{Font: font(xlsxBodySize, true, false), Alignment: al("right", "center")}},
		{&s.title, excelize.Style{Font: font(xlsxTitleSize, true, false), Alignment: al("center", "center")}},
		{&s.period, excelize.Style{Font: font(xlsxPeriodSize, false, true), Alignment: al("center", "center")}},
		{&s.head, excelize.Style{Font: font(xlsxBodySize, true, false), Alignment: al("center", "center"), Border: border}},
		{&s.number, excelize.Style{Font: font(xlsxNumberSize, false, true), Alignment: al("center", "center"), Border: border}},
		{&s.left, excelize.Style{Font: font(xlsxBodySize, false, false), Alignment: al("left", "top"), Border: border}},
		{&s.center, excelize.Style{Font: font(xlsxBodySize, false, false), Alignment: al("center", "top"), Border: border}},
	}
	for _, sp := range specs {
		id, err := f.NewStyle(&sp.style)
		if err != nil {
			return s, err
		}
		*sp.id = id
	}
	return s, nil
}

// xlsx writes the workbook: the shared head of a register (xlsxRegister),
// then one row per visit, STT and the number of people as numbers.
func (b *logbook) xlsx(w io.Writer) error {
	rows := make([][]string, len(b.rows))
	for i := range b.rows {
		rows[i] = b.rows[i][:]
	}
	f := logbookForm
	return xlsxRegister{
		sheet: f.sheet, docTitle: f.docTitle, subject: f.label, label: f.label, title: f.title, period: b.period,
		unit: b.unit, columns: logbookColumns[:], head: f.columns[:], numbers: f.numbers[:], numeric: []int{0, 6},
	}.write(w, rows)
}

// xlsxRegister is a register (sổ) as an Excel worksheet in the NĐ 30/2020
// style: the superior agency and the unit top left, the form's label top
// right, the title and the period centred, then the table's header row and
// its row of column numbers, frozen on screen and repeated on every printed
// page; A4 landscape, fitted to the page's width.
type xlsxRegister struct {
	sheet, docTitle, subject string
	// label is printed top right ("Mẫu số 03/TCD"); "" for none.
	label, title, period string
	unit                 domain.Unit
	columns              []logbookColumn
	head, numbers        []string
	// numeric are the columns (from 0) written as numbers when they read as one.
	numeric []int
}

// xlsxAgencyCols is how many columns, from A, hold the agency block.
const xlsxAgencyCols = 4

// write writes the workbook with rows, one cell per column. Page set-up
// goes on the sheet before the stream writer starts (it copies the sheet's
// properties when created); widths and panes go on the writer before the
// first row.
func (x xlsxRegister) write(w io.Writer, rows [][]string) error {
	m, err := newMeasurer()
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := nfc(x.sheet)
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	if err := f.SetDefaultFont(xlsxFont); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: nfc(x.docTitle), Creator: "TiếpDân",
		Subject: nfc(x.subject)}); err != nil {
		return err
	}
	st, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	if err := xlsxPageSetup(f, sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, c := range x.columns {
		if err := sw.SetColWidth(i+1, i+1, c.xlsx); err != nil {
			return err
		}
	}
	first := xlsxCell(1, xlsxFirstRow)
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: xlsxFirstRow - 1, TopLeftCell: first,
		ActivePane: "bottomLeft", Selection: []excelize.Selection{{SQRef: first, ActiveCell: first, Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	if err := x.top(sw, m, st); err != nil {
		return err
	}
	if err := x.table(sw, m, st, rows); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}

// xlsxPageSetup prints sheet on A4 (paper size 9) landscape, one page wide
// and as many high as it takes, with NĐ 30/2020-like margins (inches), the
// page number centred at the top from page 2, and the header row and the
// column numbers on every page.
func xlsxPageSetup(f *excelize.File, sheet string) error {
	a4, landscape, one, unlimited := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape,
		FitToWidth: &one, FitToHeight: &unlimited}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	top, bottom, left, right, hf := 0.79, 0.59, 0.79, 0.59, 0.3
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Top: &top, Bottom: &bottom,
		Left: &left, Right: &right, Header: &hf, Footer: &hf}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{DifferentFirst: true,
		OddHeader: `&C&"Times New Roman,Regular"&13&P`}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, xlsxHeaderRow, xlsxNumberRow)})
}

// xlsxCell names the cell at col, row (from 1).
func xlsxCell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// xlsxSpan writes one value across columns lo..hi of row, merged.
func xlsxSpan(sw *excelize.StreamWriter, row, lo, hi int, value string, style int, height float64) error {
	values := make([]any, hi-lo+1)
	for i := range values {
		values[i] = excelize.Cell{StyleID: style}
	}
	values[0] = excelize.Cell{StyleID: style, Value: value}
	if err := sw.SetRow(xlsxCell(lo, row), values, excelize.RowOpts{Height: height}); err != nil {
		return err
	}
	if hi > lo {
		return sw.MergeCell(xlsxCell(lo, row), xlsxCell(hi, row))
	}
	return nil
}

// top writes the rows above the table: the superior agency and the label,
// the unit in bold, the title and the period.
func (x xlsxRegister) top(sw *excelize.StreamWriter, m *measurer, st xlsxStyles) error {
	agencyW := 0.0
	for _, c := range x.columns[:xlsxAgencyCols] {
		agencyW += c.xlsx
	}
	superior := upper(x.unit.SuperiorAgency)
	agency := upper(x.unit.Name)
	last := len(x.columns)

	// Row 1: the superior agency, and the form's label on the right.
	h1 := math.Max(18, m.height(superior, regular, xlsxAgencySize, agencyW, 16))
	values := make([]any, last)
	for i := range values {
		values[i] = excelize.Cell{}
	}
	values[0] = excelize.Cell{StyleID: st.superior, Value: superior}
	for i := 1; i < xlsxAgencyCols; i++ {
		values[i] = excelize.Cell{StyleID: st.superior}
	}
	if x.label != "" {
		for i := last - 3; i < last; i++ {
			values[i] = excelize.Cell{StyleID: st.label}
		}
		values[last-3] = excelize.Cell{StyleID: st.label, Value: nfc(x.label)}
	}
	if err := sw.SetRow(xlsxCell(1, xlsxSuperiorRow), values, excelize.RowOpts{Height: h1}); err != nil {
		return err
	}
	if err := sw.MergeCell(xlsxCell(1, xlsxSuperiorRow), xlsxCell(xlsxAgencyCols, xlsxSuperiorRow)); err != nil {
		return err
	}
	if x.label != "" {
		if err := sw.MergeCell(xlsxCell(last-2, xlsxSuperiorRow), xlsxCell(last, xlsxSuperiorRow)); err != nil {
			return err
		}
	}
	// Row 2: the unit, bold.
	if err := xlsxSpan(sw, xlsxAgencyRow, 1, xlsxAgencyCols, agency, st.agency,
		math.Max(18, m.height(agency, bold, xlsxAgencySize, agencyW, 16))); err != nil {
		return err
	}
	if err := sw.SetRow(xlsxCell(1, xlsxAgencyRow+1), nil, excelize.RowOpts{Height: 10}); err != nil {
		return err
	}
	if err := xlsxSpan(sw, xlsxTitleRow, 1, last, nfc(x.title), st.title, 22); err != nil {
		return err
	}
	if err := xlsxSpan(sw, xlsxPeriodRow, 1, last, x.period, st.period, 18); err != nil {
		return err
	}
	return sw.SetRow(xlsxCell(1, xlsxPeriodRow+1), nil, excelize.RowOpts{Height: 8})
}

// table writes the header row, its column numbers and one row per entry of
// rows, each as tall as its wrapped text needs.
func (x xlsxRegister) table(sw *excelize.StreamWriter, m *measurer, st xlsxStyles, rows [][]string) error {
	last := len(x.columns)
	head := make([]any, last)
	numbers := make([]any, last)
	headH := 0.0
	for i, c := range x.columns {
		text := nfc(x.head[i])
		head[i] = excelize.Cell{StyleID: st.head, Value: text}
		numbers[i] = excelize.Cell{StyleID: st.number, Value: x.numbers[i]}
		headH = math.Max(headH, m.height(text, bold, xlsxBodySize, c.xlsx, xlsxLine))
	}
	if err := sw.SetRow(xlsxCell(1, xlsxHeaderRow), head, excelize.RowOpts{Height: headH}); err != nil {
		return err
	}
	if err := sw.SetRow(xlsxCell(1, xlsxNumberRow), numbers, excelize.RowOpts{Height: 15}); err != nil {
		return err
	}
	for r, cells := range rows {
		row := make([]any, last)
		h := 0.0
		for i, c := range x.columns {
			style := st.left
			if c.center {
				style = st.center
			}
			var v any = cells[i]
			if slices.Contains(x.numeric, i) {
				if n, err := strconv.Atoi(cells[i]); err == nil {
					v = n
				}
			}
			row[i] = excelize.Cell{StyleID: style, Value: v}
			h = math.Max(h, m.height(cells[i], regular, xlsxBodySize, c.xlsx, xlsxLine))
		}
		if err := sw.SetRow(xlsxCell(1, xlsxFirstRow+r), row, excelize.RowOpts{Height: math.Min(h, xlsxMaxRow)}); err != nil {
			return err
		}
	}
	return nil
}

// measurer measures text with the PDF fonts (Liberation Serif has Times New
// Roman's widths), to give each worksheet row the height its wrapped text
// needs: Excel does not grow rows by itself when it opens a file.
type measurer struct{ l *layout }

func newMeasurer() (*measurer, error) {
	files, err := loadFonts()
	if err != nil {
		return nil, err
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	return &measurer{l: newLayout(&fontSet{pdf: pdf, files: files}, pageA4)}, nil
}

// height is the row height, in points, that text in style at size points
// needs in a column width units wide, at lineHeight points a line.
func (m *measurer) height(text, style string, size, width, lineHeight float64) float64 {
	// A column of width w shows about 7w pixels at 96 dpi (the default
	// font's "0" is 7 pixels wide), less the cell's margins.
	mm := (width*7 - 7) * 25.4 / 96
	n := len(m.l.lines([]run{{text: text, style: style}}, textStyle{size: size, leading: 1}, 0, mm))
	return float64(max(n, 1))*lineHeight + 3
}

// ---------------------------------------------------------------- PDF

// pageA4Landscape is the logbook's page: A4 turned for the wide table
// (NĐ 30/2020 allows landscape for tables), with a narrower left margin than
// a portrait letter so that thirteen columns fit.
var pageA4Landscape = pageSpec{name: "A4 ngang", w: 297, h: 210, top: 20, bottom: 15, left: 20, right: 15,
	scale: 1, leading: 1.2, paraGap: 6, blockGap: 6, signRoom: 25}

// The table's type, in points, and the padding of its cells, in mm.
const (
	logbookBodySize   = 9.5
	logbookNumberSize = 8.5
	logbookLabelSize  = 11
	cellPadX          = 1.2
	cellPadY          = 1.0
	// minSplitLines: a row taller than a page starts on the current page
	// only when at least this many of its lines fit there.
	minSplitLines = 3
)

// LogbookPDF writes the same sổ tiếp công dân as LogbookXLSX as a PDF on A4
// landscape pages: the unit's names and the form's label, the title and the
// period on the first page, then the table, whose header row and column
// numbers are repeated at the top of every page. A row moves whole to the
// next page when it does not fit; only a row taller than a page is split,
// between lines. Page numbers are at the top from page 2 (NĐ 30/2020).
//
// Errors: as for LogbookXLSX.
func LogbookPDF(w io.Writer, unit domain.Unit, from, to string, rows []domain.Visit) error {
	b, err := newLogbook(unit, from, to, rows)
	if err != nil {
		return err
	}
	d, err := newLandscapeDocument(nfc(logbookForm.docTitle), b.created(to))
	if err != nil {
		return err
	}
	d.logbook(b)
	return d.output(w)
}

// created is the document's date: the end of the period, or now.
func (b *logbook) created(to string) time.Time {
	if t, err := time.Parse(domain.DateLayout, to); err == nil {
		return t
	}
	return time.Now()
}

// newLandscapeDocument starts a PDF of pageA4Landscape pages.
func newLandscapeDocument(title string, created time.Time) (*document, error) {
	files, err := loadFonts()
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	page := pageA4Landscape
	pdf := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "L", UnitStr: "mm", Size: gofpdf.SizeType{Wd: page.h, Ht: page.w}})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetTitle(title, true)
	pdf.SetCreator("TiếpDân", true)
	pdf.SetProducer("TiếpDân (gofpdf)", true)
	pdf.SetCreationDate(created)
	pdf.SetCatalogSort(true)
	return &document{pdf: pdf, fonts: &fontSet{pdf: pdf, files: files}, page: page}, nil
}

// tableCol is a column's place on the page.
type tableCol struct {
	x, w   float64
	center bool
}

// logbook lays the whole logbook out and puts it on pages.
func (d *document) logbook(b *logbook) {
	l := d.layout()
	l.logbookHead(b.unit, b.period)

	// The columns across the text width.
	total := 0.0
	for _, c := range logbookColumns {
		total += c.pdf
	}
	cols := make([]tableCol, len(logbookColumns))
	x := l.x0()
	for i, c := range logbookColumns {
		w := c.pdf * l.width() / total
		cols[i] = tableCol{x: x, w: w, center: c.center}
		x += w
	}

	headSt := textStyle{size: logbookBodySize, leading: 1.1, align: alignCenter, balance: true}
	numSt := textStyle{size: logbookNumberSize, leading: 1.2, align: alignCenter}
	bodySt := textStyle{size: logbookBodySize, leading: 1.15}
	var headCells, numCells [][]block
	for i, c := range cols {
		text := l.breakLong(nfc(logbookForm.columns[i]), bold, headSt.size, c.w-2*cellPadX)
		headCells = append(headCells, l.lines([]run{strong(text)}, headSt, c.x+cellPadX, c.w-2*cellPadX))
		numCells = append(numCells, l.lines([]run{emph(logbookForm.numbers[i])}, numSt, c.x+cellPadX, c.w-2*cellPadX))
	}
	head := stack([]block{
		tableRow(cols, headCells, 0, tallest(headCells), headSt.lineHeight(), true),
		tableRow(cols, numCells, 0, 1, numSt.lineHeight(), true),
	})
	newPage := func() {
		l.newFrame()
		l.place(head)
	}
	lh := bodySt.lineHeight()
	rowH := func(n int) float64 { return float64(n)*lh + 2*cellPadY }
	room := func() float64 { return l.bottom() - l.y + 0.01 }
	// The header stays with at least the first row.
	firstH := 0.0
	if len(b.rows) > 0 {
		firstH = rowH(1)
	}
	if head.h+firstH > room() {
		l.newFrame()
	}
	l.place(head)
	pageRoom := l.bottom() - l.page.top - head.h + 0.01

	for _, cells := range b.rows {
		lines := make([][]block, len(cols))
		for i, c := range cols {
			st := bodySt
			if c.center {
				st.align = alignCenter
			}
			text := l.breakLong(cells[i], regular, st.size, c.w-2*cellPadX)
			lines[i] = l.lines([]run{plain(text)}, st, c.x+cellPadX, c.w-2*cellPadX)
		}
		n := tallest(lines)
		if rowH(n) > room() && rowH(n) <= pageRoom {
			newPage()
		}
		if rowH(n) <= room() {
			l.place(tableRow(cols, lines, 0, n, lh, false))
			continue
		}
		// Taller than a page: split between lines, at least minSplitLines
		// on a page.
		for start := 0; start < n; {
			fit := int((room() - 2*cellPadY) / lh)
			if fit < minSplitLines && fit < n-start {
				newPage()
				continue
			}
			k := min(fit, n-start)
			l.place(tableRow(cols, lines, start, k, lh, false))
			start += k
			if start < n {
				newPage()
			}
		}
	}
	d.put(l, [2]string{})
}

// tallest is the number of lines of the cell with the most.
func tallest(cells [][]block) int {
	n := 1
	for _, c := range cells {
		n = max(n, len(c))
	}
	return n
}

// tableRow lays out lines [start, start+n) of each cell as one row of the
// table, n lines of lh mm high, with its borders. middle centres each cell's
// lines vertically (the header); otherwise they start at the top.
func tableRow(cols []tableCol, cells [][]block, start, n int, lh float64, middle bool) block {
	h := float64(n)*lh + 2*cellPadY
	var b block
	for _, c := range cells {
		lines := c[min(start, len(c)):min(start+n, len(c))]
		y := cellPadY
		if middle {
			y += float64(n-len(lines)) * lh / 2
		}
		for j, ln := range lines {
			b.add(ln, y+float64(j)*lh)
		}
	}
	const lw = 0.2
	x0, x1 := cols[0].x, cols[len(cols)-1].x+cols[len(cols)-1].w
	b.ops = append(b.ops,
		op{kind: opLine, x: x0, y: 0, x2: x1, y2: 0, lineWidth: lw},
		op{kind: opLine, x: x0, y: h, x2: x1, y2: h, lineWidth: lw})
	for _, c := range cols {
		b.ops = append(b.ops, op{kind: opLine, x: c.x, y: 0, x2: c.x, y2: h, lineWidth: lw})
	}
	b.ops = append(b.ops, op{kind: opLine, x: x1, y: 0, x2: x1, y2: h, lineWidth: lw})
	b.h = h
	return b
}

// logbookHead lays out the top of the first page: the agency block on the
// left (the superior agency upright, the unit bold, both in capitals, a
// short rule under the unit), the form's label on the right, then the title
// and the period, centred.
func (l *layout) logbookHead(unit domain.Unit, period string) {
	x, W := l.x0(), l.width()
	leftW := W * 0.4
	left := l.agencyBlock(unit.SuperiorAgency, unit.Name, x, leftW)

	var b block
	b.add(left, 0)
	b.add(l.textBlock([]run{strong(logbookForm.label)}, textStyle{size: logbookLabelSize, align: alignRight}, x+W*0.6, W*0.4), 0)
	l.place(b)
	l.space(l.page.blockGap)

	st := textStyle{size: l.s(sizeTitle), align: alignCenter}
	var t block
	t.add(l.textBlock([]run{strong(upper(logbookForm.title))}, st, x, W), 0)
	if period != "" {
		t.add(l.textBlock([]run{emph(period)}, textStyle{size: l.s(sizeDate), align: alignCenter}, x, W), t.h+l.s(1))
	}
	l.place(t)
	l.space(l.page.blockGap)
}

// breakLong returns text with a line break after a "/" or "-" inside each
// word too wide for a line of w mm ("CCCD/CMND/Hộ", "301/UBND-TCD"), so
// that it breaks where a person would rather than where the letters run
// out. A word with no such place is left to the layout, which cuts it.
func (l *layout) breakLong(text, style string, size, w float64) string {
	lines := strings.Split(text, "\n")
	for i, ln := range lines {
		words := strings.Split(ln, " ")
		for j, word := range words {
			if l.fonts.width(style, size, word) > w {
				words[j] = l.splitWord(word, style, size, w)
			}
		}
		lines[i] = strings.Join(words, " ")
	}
	return strings.Join(lines, "\n")
}

// splitWord breaks word after the last "/" or "-" that leaves a head at
// most w mm wide, again and again while the rest is too wide.
func (l *layout) splitWord(word, style string, size, w float64) string {
	var parts []string
	for l.fonts.width(style, size, word) > w {
		cut := 0
		for i, r := range word {
			if r != '/' && r != '-' {
				continue
			}
			if l.fonts.width(style, size, word[:i+1]) > w {
				break
			}
			cut = i + 1
		}
		if cut == 0 || cut == len(word) {
			break
		}
		parts = append(parts, word[:cut])
		word = word[cut:]
	}
	return strings.Join(append(parts, word), "\n")
}
