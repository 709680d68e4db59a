package reports

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"tiepdan/app/domain"
)

// This file writes the statistical tables (stattables.go) as one Excel
// workbook, one sheet per table, each printed on A4 landscape fitted to the
// page's width with its header rows repeated.

// The type of the statistics sheets, in points. Excel prints the sheet
// scaled down to the page width (about 70 %), so it is a little larger than
// the PDF's.
const (
	statXLSXHeadSize   = 10
	statXLSXNumberSize = 9
	statXLSXBodySize   = 11
	statXLSXCodeSize   = 11
	statXLSXLine       = 13 // points a line of header text takes
	// statXLSXUnitWidth is the width of the "Đơn vị" column, and
	// statXLSXLeaves the width the leaf columns share, in Excel's units.
	statXLSXUnitWidth = 16
	statXLSXLeaves    = 190
	statXLSXMaxLeaf   = 14
)

// StatisticsXLSX writes the tables of r as an Excel workbook to w: one sheet
// per table, named after its code ("01-TCD"), in the order given. Each sheet
// has the unit's names and the Quốc hiệu, the biểu's code, the title, the
// period, the header tree with merged cells, the numbered row, the unit's
// row of values (numbers as numbers; money with one decimal) and the
// signatures; it prints on A4 landscape, one page wide, with the header
// rows repeated on every page.
//
// Errors: Invalid as newStatDoc says; Internal when the workbook cannot be
// made or written.
func StatisticsXLSX(w io.Writer, r StatReport) error {
	d, err := newStatDoc(r)
	if err != nil {
		return err
	}
	if err := d.xlsx(w); err != nil {
		return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return nil
}

// StatSheetName is the name of a table's sheet: its code with "/" (which
// Excel does not allow) replaced by "-".
func StatSheetName(code string) string { return strings.ReplaceAll(code, "/", "-") }

// statStyles are the cell styles of the statistics sheets.
type statStyles struct {
	code, superior, agency, national, motto, title, label, dates int
	head, headBold, number, unit, count, money, area, blank      int
	signTitle, signNote, signName, dateLine                      int
}

func newStatStyles(f *excelize.File) (statStyles, error) {
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
	oneDecimal := "0.0"
	var s statStyles
	specs := []struct {
		id    *int
		style excelize.Style
	}{
		{&s.code, excelize.Style{Font: font(statXLSXCodeSize, true, false), Alignment: al("right", "center")}},
		{&s.superior, excelize.Style{Font: font(xlsxAgencySize, false, false), Alignment: al("center", "center")}},
		{&s.agency, excelize.Style{Font: font(xlsxAgencySize, true, false), Alignment: al("center", "center")}},
		{&s.national, excelize.Style{Font: font(sizeNationalName, true, false), Alignment: al("center", "center")}},
		{&s.motto, excelize.Style{Font: &excelize.Font{Family: xlsxFont, Size: sizeMotto, Bold: true, Underline: "single", Color: "000000"},
			Alignment: al("center", "center")}},
		{&s.title, excelize.Style{Font: font(xlsxTitleSize, true, false), Alignment: al("center", "center")}},
		{&s.label, excelize.Style{Font: font(xlsxPeriodSize, true, false), Alignment: al("center", "center")}},
		{&s.dates, excelize.Style{Font: font(xlsxPeriodSize, false, true), Alignment: al("center", "center")}},
		{&s.head, excelize.Style{Font: font(statXLSXHeadSize, false, false), Alignment: al("center", "center"), Border: border}},
		{&s.headBold, excelize.Style{Font: font(statXLSXHeadSize, true, false), Alignment: al("center", "center"), Border: border}},
		{&s.number, excelize.Style{Font: font(statXLSXNumberSize, false, true), Alignment: al("center", "center"), Border: border}},
		{&s.unit, excelize.Style{Font: font(statXLSXBodySize, false, false), Alignment: al("left", "center"), Border: border}},
		{&s.count, excelize.Style{Font: font(statXLSXBodySize, false, false), Alignment: al("center", "center"), Border: border}},
		{&s.money, excelize.Style{Font: font(statXLSXBodySize, false, false), Alignment: al("center", "center"), Border: border,
			CustomNumFmt: &oneDecimal}},
		{&s.area, excelize.Style{Font: font(statXLSXBodySize, false, false), Alignment: al("center", "center"), Border: border}},
		{&s.blank, excelize.Style{Font: font(statXLSXBodySize, false, false), Border: border}},
		{&s.signTitle, excelize.Style{Font: font(sizeSignTitle, true, false), Alignment: al("center", "center")}},
		{&s.signNote, excelize.Style{Font: font(sizeSignNote, false, true), Alignment: al("center", "center")}},
		{&s.signName, excelize.Style{Font: font(sizeSignName, true, false), Alignment: al("center", "center")}},
		{&s.dateLine, excelize.Style{Font: font(sizeDate, false, true), Alignment: al("center", "center")}},
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

// xlsx writes the workbook.
func (d *statDoc) xlsx(w io.Writer) error {
	m, err := newMeasurer()
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetDefaultFont(xlsxFont); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: nfc(statWording.docTitle), Creator: "TiếpDân",
		Subject: nfc(statWording.docSubject)}); err != nil {
		return err
	}
	st, err := newStatStyles(f)
	if err != nil {
		return err
	}
	for i, p := range d.pages {
		name := StatSheetName(p.def.Code)
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return err
		}
		s := &statSheet{f: f, m: m, st: st, name: name, doc: d, page: p}
		if err := s.write(); err != nil {
			return fmt.Errorf("%s: %w", p.def.Code, err)
		}
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

// statSheet writes one table's sheet.
type statSheet struct {
	f     *excelize.File
	m     *measurer
	st    statStyles
	name  string
	doc   *statDoc
	page  statPage
	width []float64 // of each column, from column A
	row   int       // the next row to write
}

// statCellName is the name of the cell at col, row (from 1).
func statCellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// span is the width of columns lo..hi (from 1).
func (s *statSheet) span(lo, hi int) float64 {
	total := 0.0
	for _, w := range s.width[lo-1 : hi] {
		total += w
	}
	return total
}

// put writes value into the box from (lo, top) to (hi, bottom), merged
// when it covers more than one cell, every cell of it in style.
func (s *statSheet) put(lo, top, hi, bottom int, value any, style int) error {
	if err := s.f.SetCellValue(s.name, statCellName(lo, top), value); err != nil {
		return err
	}
	if err := s.f.SetCellStyle(s.name, statCellName(lo, top), statCellName(hi, bottom), style); err != nil {
		return err
	}
	if hi > lo || bottom > top {
		return s.f.MergeCell(s.name, statCellName(lo, top), statCellName(hi, bottom))
	}
	return nil
}

// height sets row's height to at least h points.
func (s *statSheet) height(row int, h float64) error {
	cur, err := s.f.GetRowHeight(s.name, row)
	if err != nil {
		return err
	}
	if h <= cur && cur != 15 { // 15 is excelize's default: not set yet
		return nil
	}
	return s.f.SetRowHeight(s.name, row, math.Min(h, xlsxMaxRow))
}

// textHeight is the height text needs across columns lo..hi. It measures
// a little narrower than the columns: LibreOffice's cells hold a little
// less than Excel's, and a line too many is better than a line cut off.
func (s *statSheet) textHeight(text, style string, size float64, lo, hi int, line float64) float64 {
	return s.m.height(text, style, size, s.span(lo, hi)-0.7, line)
}

// unitsFor is the column width, in Excel's units, that shows mm of text
// (the inverse of measurer.height's conversion) with a little room.
func unitsFor(mm float64) float64 { return (mm*96/25.4+7)/7 + 0.6 }

// columnWidths gives column A the unit's name and shares statXLSXLeaves
// among the leaves, each at least as wide as the longest word of its
// heading, its value and its formula (see formulaWidth).
func (s *statSheet) columnWidths() {
	cols := s.page.def.Columns
	fonts := s.m.l.fonts
	need := make([]float64, len(cols))
	for i, c := range cols {
		style := regular
		if len(c.Path) == 0 {
			style = bold
		}
		mm := 0.0
		for _, word := range strings.Fields(c.Label) {
			mm = max(mm, fonts.width(style, statXLSXHeadSize, word))
		}
		mm = max(mm, formulaWidth(c.Formula, func(t string) float64 { return fonts.width(italic, statXLSXNumberSize, t) }))
		if v, ok := s.page.values[c.Number]; ok {
			mm = max(mm, fonts.width(regular, statXLSXBodySize, FormatStatValue(c, v)))
		}
		need[i] = unitsFor(mm)
	}
	s.width = append([]float64{statXLSXUnitWidth}, fillWidths(need, statXLSXLeaves, statXLSXMaxLeaf)...)
}

func (s *statSheet) write() error {
	s.columnWidths()
	for i, w := range s.width {
		if err := s.f.SetColWidth(s.name, statColName(i+1), statColName(i+1), w); err != nil {
			return err
		}
	}
	if err := s.pageSetup(); err != nil {
		return err
	}
	s.row = 1
	if err := s.top(); err != nil {
		return err
	}
	headTop := s.row
	numberRow, err := s.table()
	if err != nil {
		return err
	}
	// Print titles: the header tree and the numbered row on every page.
	if err := s.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s.name,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", s.name, headTop, numberRow)}); err != nil {
		return err
	}
	return s.signatures()
}

// statColName is the letters of column i (from 1).
func statColName(i int) string {
	n, _ := excelize.ColumnNumberToName(i)
	return n
}

// pageSetup: A4 (paper size 9) landscape, one page wide and as many high as
// it takes, NĐ 30/2020-like margins (inches).
func (s *statSheet) pageSetup() error {
	a4, landscape, one, unlimited := 9, "landscape", 1, 0
	if err := s.f.SetPageLayout(s.name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape,
		FitToWidth: &one, FitToHeight: &unlimited}); err != nil {
		return err
	}
	fit := true
	if err := s.f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	top, bottom, left, right, hf := 0.79, 0.59, 0.79, 0.59, 0.3
	return s.f.SetPageMargins(s.name, &excelize.PageLayoutMarginsOptions{Top: &top, Bottom: &bottom,
		Left: &left, Right: &right, Header: &hf, Footer: &hf})
}

// blocks are the columns of the left block (the agency; the preparer's
// signature) and of the right block (the Quốc hiệu; the head's signature):
// about a third of the width on the left and 45 % on the right.
func (s *statSheet) blocks() (leftHi, rightLo int) {
	n := len(s.width)
	total := s.span(1, n)
	leftHi = 1
	for leftHi < n && s.span(1, leftHi) < total*0.33 {
		leftHi++
	}
	rightLo = n
	for rightLo > leftHi+2 && s.span(rightLo, n) < total*0.45 {
		rightLo--
	}
	return leftHi, rightLo
}

// top writes the rows above the table: the biểu's code; the agency block
// and the Quốc hiệu block side by side; the title; the period.
func (s *statSheet) top() error {
	n := len(s.width)
	leftHi, rightLo := s.blocks()
	u := s.doc.unit
	if err := s.put(rightLo, 1, n, 1, nfc(templateText(statWording.code, map[string]string{"code": s.page.def.Code})), s.st.code); err != nil {
		return err
	}
	if err := s.height(1, 18); err != nil {
		return err
	}
	superior, agency := upper(u.SuperiorAgency), upper(u.Name)
	rows := []struct {
		left       string
		leftStyle  int
		leftFont   string
		right      string
		rightStyle int
	}{
		{superior, s.st.superior, regular, nationalName, s.st.national},
		{agency, s.st.agency, bold, nfc(motto), s.st.motto},
	}
	r := 2
	for _, x := range rows {
		if x.left != "" {
			if err := s.put(1, r, leftHi, r, x.left, x.leftStyle); err != nil {
				return err
			}
		}
		if err := s.put(rightLo, r, n, r, x.right, x.rightStyle); err != nil {
			return err
		}
		h := math.Max(18, s.textHeight(x.left, x.leftFont, xlsxAgencySize, 1, leftHi, 16))
		if err := s.height(r, h); err != nil {
			return err
		}
		r++
	}
	r++ // a gap
	title := upper(s.page.def.Title)
	if err := s.put(1, r, n, r, title, s.st.title); err != nil {
		return err
	}
	if err := s.height(r, math.Max(22, s.textHeight(title, bold, xlsxTitleSize, 1, n, 19))); err != nil {
		return err
	}
	r++
	if s.doc.periodLabel != "" {
		if err := s.put(1, r, n, r, s.doc.periodLabel, s.st.label); err != nil {
			return err
		}
		if err := s.height(r, 18); err != nil {
			return err
		}
		r++
	}
	if err := s.put(1, r, n, r, nfc(s.doc.dates), s.st.dates); err != nil {
		return err
	}
	if err := s.height(r, 18); err != nil {
		return err
	}
	s.row = r + 2 // a gap
	return nil
}

// table writes the header tree, the numbered row and the unit's row, and
// returns the numbered row's number.
func (s *statSheet) table() (int, error) {
	def := s.page.def
	cells, depth := def.grid()
	top := s.row
	bottom := top + depth - 1
	// Column A: "Đơn vị" down the whole header.
	if err := s.put(1, top, 1, bottom, nfc(statWording.unitColumn), s.st.headBold); err != nil {
		return 0, err
	}
	heights := make([]float64, depth)
	for i := range heights {
		heights[i] = statXLSXLine + 3
	}
	needs := make([]float64, len(cells))
	for i, c := range cells {
		style, font := s.st.head, regular
		if c.row == 0 {
			style, font = s.st.headBold, bold
		}
		lo, hi := c.col+2, c.col+c.cols+1
		if err := s.put(lo, top+c.row, hi, top+c.row+c.rows-1, nfc(c.label), style); err != nil {
			return 0, err
		}
		needs[i] = s.textHeight(nfc(c.label), font, statXLSXHeadSize, lo, hi, statXLSXLine)
		if c.rows == 1 {
			heights[c.row] = math.Max(heights[c.row], needs[i])
		}
	}
	// A box over several rows gets the room it lacks in its last row.
	for i, c := range cells {
		if c.rows == 1 {
			continue
		}
		have := 0.0
		for _, h := range heights[c.row : c.row+c.rows] {
			have += h
		}
		if needs[i] > have {
			heights[c.row+c.rows-1] += needs[i] - have
		}
	}
	for i, h := range heights {
		if err := s.height(top+i, h); err != nil {
			return 0, err
		}
	}

	// The numbered row: "MS", then each column's formula label, broken
	// after a "+" where it does not fit.
	numRow := bottom + 1
	if err := s.put(1, numRow, 1, numRow, nfc(statWording.numberRow), s.st.number); err != nil {
		return 0, err
	}
	numH := 15.0
	fonts := s.m.l.fonts
	for i, c := range def.Columns {
		col := i + 2
		mm := (s.width[col-1]*7 - 9) * 25.4 / 96
		lines := splitFormula(c.Formula, func(t string) bool { return fonts.width(italic, statXLSXNumberSize, t) <= mm })
		if err := s.put(col, numRow, col, numRow, strings.Join(lines, "\n"), s.st.number); err != nil {
			return 0, err
		}
		numH = math.Max(numH, float64(len(lines))*12+3)
	}
	if err := s.height(numRow, numH); err != nil {
		return 0, err
	}

	// The unit's row.
	dataRow := numRow + 1
	if err := s.put(1, dataRow, 1, dataRow, nfc(s.doc.unit.Name), s.st.unit); err != nil {
		return 0, err
	}
	for i, c := range def.Columns {
		col := i + 2
		v, ok := s.page.values[c.Number]
		var value any
		style := s.st.count
		switch c.Kind {
		case StatMoney:
			style = s.st.money
			value = math.Round(v*10) / 10
		case StatArea:
			style = s.st.area
			value = math.Round(v*10) / 10
		case StatText:
			style = s.st.blank
			ok = false
		default:
			value = v
		}
		if !ok {
			value = nil
		}
		if err := s.put(col, dataRow, col, dataRow, value, style); err != nil {
			return 0, err
		}
	}
	h := math.Max(22, s.textHeight(nfc(s.doc.unit.Name), regular, statXLSXBodySize, 1, 1, 15))
	if err := s.height(dataRow, h); err != nil {
		return 0, err
	}
	s.row = dataRow + 2
	return numRow, nil
}

// signatures writes the date line and the two signature blocks under the
// table: the preparer on the left, the head of the unit on the right.
func (s *statSheet) signatures() error {
	n := len(s.width)
	leftHi, rightLo := s.blocks()
	w := statWording
	place := s.doc.unit.PlaceName
	if place == "" {
		place = "……"
	}
	r := s.row
	if err := s.put(rightLo, r, n, r, nfc(templateText(w.dateLine, map[string]string{"place": place})), s.st.dateLine); err != nil {
		return err
	}
	if err := s.height(r, 18); err != nil {
		return err
	}
	r++
	type line struct {
		left, right string
		style       int
		height      float64
	}
	lines := []line{
		{w.preparer, w.head, s.st.signTitle, 18},
		{w.preparerNote, w.headNote, s.st.signNote, 17},
	}
	for _, l := range lines {
		if err := s.put(1, r, leftHi, r, nfc(l.left), l.style); err != nil {
			return err
		}
		if err := s.put(rightLo, r, n, r, nfc(l.right), l.style); err != nil {
			return err
		}
		if err := s.height(r, l.height); err != nil {
			return err
		}
		r++
	}
	// Room to sign, then the head's name.
	if err := s.height(r, 70); err != nil {
		return err
	}
	r++
	if name := strings.TrimSpace(s.doc.unit.ChairmanName); name != "" {
		if err := s.put(rightLo, r, n, r, nfc(name), s.st.signName); err != nil {
			return err
		}
		if err := s.height(r, 18); err != nil {
			return err
		}
	}
	return nil
}
