package reports

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"time"

	"tiepdan/app/domain"
)

// This file renders the two documents the ward posts (niêm yết) at its
// reception place: the Chairman's lịch tiếp công dân định kỳ for a month or
// a quarter (Luật TCD Art. 15.2(d)) and the nội quy tiếp công dân (Art.
// 15.2(a)), both A4 portrait in the NĐ 30/2020 layout (document.go).

// defaultRules is the app's template nội quy; lines starting with "#" are
// notes for whoever edits the file, not part of the text.
//
//go:embed noiquy.txt
var defaultRules string

// DefaultRules returns the template nội quy tiếp công dân that a unit
// adopts, edited, by a decision of its Chairman: articles headed "Điều N.
// …", as domain.ReceptionRules.Text holds them.
func DefaultRules() string {
	var keep []string
	for _, line := range strings.Split(strings.ReplaceAll(defaultRules, "\r\n", "\n"), "\n") {
		if !strings.HasPrefix(line, "#") {
			keep = append(keep, line)
		}
	}
	return nfc(strings.TrimSpace(strings.Join(keep, "\n")))
}

// scheduleForm is the wording of the lịch tiếp công dân (APP: no form is
// prescribed; this is how wards write it).
var scheduleForm = struct {
	docTitle, title string
	columns         []scheduleColumn
	shared          string
	empty           string
	notesTitle      string
	notes           []string
	recipients      []string
}{
	docTitle: "Lịch tiếp công dân định kỳ",
	title:    "Lịch tiếp công dân định kỳ của Chủ tịch {unit}",
	// A column whose value is the same on every day is printed once, above
	// the table ("Địa điểm: …"), so that the days stay one or two lines each.
	columns: []scheduleColumn{
		{head: "STT", width: 10, center: true},
		{head: "Ngày tiếp", width: 24, center: true},
		{head: "Thời gian", width: 24, center: true},
		{head: "Địa điểm", label: "Địa điểm", width: 30, shareable: true},
		{head: "Người chủ trì", label: "Người chủ trì", width: 30, shareable: true},
		{head: "Thành phần mời tham dự", label: "Thành phần mời tham dự", width: 40, shareable: true},
		{head: "Ghi chú", width: 30},
	},
	shared: "{label}: {value}.",
	empty:  "Chưa có ngày tiếp nào trong kỳ này.",
	// The law's rule and the usual arrangements when a day cannot be held
	// (from 01/7/2026 the head may not delegate reception to a deputy, so
	// the schedule is supplemented rather than the Chairman replaced).
	notesTitle: "Ghi chú:",
	notes: []string{
		"Chủ tịch Ủy ban nhân dân {level} tiếp công dân định kỳ ít nhất 01 ngày trong tuần tại trụ sở Ủy ban nhân dân (điểm d khoản 2 Điều 15 Luật Tiếp công dân).",
		"Ngoài lịch trên, công chức được giao nhiệm vụ tiếp công dân thường xuyên trong giờ hành chính các ngày làm việc tại {place}.",
		"Trường hợp ngày tiếp trùng ngày nghỉ lễ, Tết hoặc Chủ tịch Ủy ban nhân dân {level} có công tác đột xuất, Ủy ban nhân dân {level} thông báo lịch tiếp bổ sung và niêm yết công khai tại nơi tiếp công dân.",
	},
	recipients: []string{
		"Thường trực Hội đồng nhân dân {level}",
		"Ủy ban Mặt trận Tổ quốc Việt Nam {level}",
		"Các tổ chức chính trị - xã hội {level}",
		"Ban Thanh tra nhân dân",
		"Công an {level}",
		"Niêm yết tại nơi tiếp công dân",
		"Lưu: VT",
	},
}

// scheduleColumn is one column of the schedule's table.
type scheduleColumn struct {
	head, label string
	width       float64
	center      bool
	// shareable: when every day has the same value, it is printed once
	// above the table, after label, instead of in the column.
	shareable bool
}

// rulesForm is the wording around the nội quy's own text (APP).
var rulesForm = struct {
	docTitle, title, adopted, template string
}{
	docTitle: "Nội quy tiếp công dân",
	title:    "NỘI QUY TIẾP CÔNG DÂN",
	adopted:  "(Ban hành kèm theo Quyết định số {number}/QĐ-{symbol} ngày {day} tháng {month} năm {year} của Chủ tịch {unit})",
	template: "Bản mẫu của phần mềm — chưa ban hành",
}

// Schedule is a lịch tiếp công dân định kỳ to print.
type Schedule struct {
	// Title names the period under the title: "Tháng 12 năm 2026",
	// "Quý I năm 2027".
	Title string
	// Date is the ISO date of issue, printed in the date line.
	Date    string
	Entries []domain.ScheduleEntry
}

// SchedulePDF writes the lịch tiếp công dân định kỳ s as a PDF to w: the
// agency and Quốc hiệu blocks, the title with the period, a table of the
// days (date, time, place, who presides, the invited bodies, notes), the
// notes on the law and the "Nơi nhận" list with the Chairman's signature.
//
// Errors: Invalid when the unit has no name or s no title; Internal.
func SchedulePDF(w io.Writer, unit domain.Unit, s Schedule) error {
	unit, err := slipUnit(unit)
	if err != nil {
		return err
	}
	if strings.TrimSpace(s.Title) == "" {
		return domain.Errorf(domain.Invalid, "Chưa chọn tháng hoặc quý của lịch tiếp")
	}
	date, err := time.Parse(domain.DateLayout, s.Date)
	if err != nil {
		return domain.Errorf(domain.Invalid, "Ngày ban hành lịch tiếp không hợp lệ")
	}
	f := scheduleForm
	d, err := newDocument("A4", false, f.docTitle, date)
	if err != nil {
		return err
	}
	l := d.layout()
	vals := map[string]string{"unit": unit.Name, "level": unit.Level(), "place": placeOr(unit)}
	l.header(header{superior: unit.SuperiorAgency, agency: unit.Name, dateLine: dateLine(unit.PlaceName, date)})
	l.title(templateText(f.title, vals), s.Title)

	cells := make([][]string, len(s.Entries))
	for i, e := range s.Entries {
		cells[i] = scheduleCells(e, i)
	}
	var g gridSpec
	keep := []int{}
	for c, col := range f.columns {
		if v, ok := sharedValue(cells, c); col.shareable && ok {
			l.paragraph(template(f.shared, map[string]run{"label": strong(col.label), "value": plain(v)}, 0)...)
			continue
		}
		keep = append(keep, c)
		g.head, g.widths, g.center = append(g.head, col.head), append(g.widths, col.width), append(g.center, col.center)
	}
	rows := make([][]string, len(cells))
	for i, r := range cells {
		for _, c := range keep {
			rows[i] = append(rows[i], r[c])
		}
	}
	l.space(l.s(2))
	l.table(g, rows)
	if len(rows) == 0 {
		l.space(l.s(2))
		l.centred(emph(f.empty))
	}
	l.space(l.s(3))
	l.paragraph(strong(f.notesTitle))
	for _, n := range f.notes[:len(f.notes)-1] {
		l.paragraph(plain("- " + templateText(n, vals)))
	}
	last := l.paragraphBlock(plain("- " + templateText(f.notes[len(f.notes)-1], vals)))
	l.closing(last, templateLines(f.recipients, vals), chairmanSignature(unit))
	d.put(l, [2]string{})
	return d.output(w)
}

// scheduleCells are the cells of entry e, the i-th (from 0), in the order
// of scheduleForm.columns.
func scheduleCells(e domain.ScheduleEntry, i int) []string {
	day := e.Date
	if t, err := time.Parse(domain.DateLayout, e.Date); err == nil {
		day = domain.WeekdayName(domain.ISOWeekday(t)) + ", " + t.Format("02/01/2006")
	}
	return []string{fmt.Sprint(i + 1), day, e.TimeText(), e.Place, e.PresidedBy, strings.Join(e.Invited, "; "), e.Notes}
}

// sharedValue returns column c's value when every row has the same one, not
// empty.
func sharedValue(rows [][]string, c int) (string, bool) {
	if len(rows) == 0 || rows[0][c] == "" {
		return "", false
	}
	for _, r := range rows[1:] {
		if r[c] != rows[0][c] {
			return "", false
		}
	}
	return rows[0][c], true
}

// RulesPDF writes the nội quy tiếp công dân r as a PDF to w: the agency
// and Quốc hiệu blocks, the title, the line naming the decision that adopts
// it (blanks to fill by hand where r has no number or date), its articles
// numbered in order ("Điều 1.", "Điều 2." …) and the Chairman's signature.
// The app's unedited template is marked as such in the top margin.
//
// Errors: Invalid when the unit has no name or r no article; Internal.
func RulesPDF(w io.Writer, unit domain.Unit, r domain.ReceptionRules) error {
	unit, err := slipUnit(unit)
	if err != nil {
		return err
	}
	r.Normalize()
	articles := r.Articles()
	if len(articles) == 0 {
		return domain.Errorf(domain.Invalid, "Nội quy chưa có nội dung")
	}
	f := rulesForm
	created, err := time.Parse(domain.DateLayout, r.DecisionDate)
	if err != nil {
		created, _ = time.Parse(time.RFC3339, r.UpdatedAt)
	}
	d, err := newDocument("A4", false, f.docTitle, created)
	if err != nil {
		return err
	}
	l := d.layout()
	l.header(header{superior: unit.SuperiorAgency, agency: unit.Name})
	l.title(f.title, "")
	l.centred(l.adoptedLine(unit, r)...)
	l.space(l.s(2))

	n := 0
	var last block
	for ai, a := range articles {
		var paras []block
		if a.Title != "" {
			n++
			paras = append(paras, l.paragraphBlock(strong(fmt.Sprintf("Điều %d. %s", n, a.Title))))
		}
		for _, line := range a.Lines {
			paras = append(paras, l.paragraphBlock(plain(line)))
		}
		if ai == len(articles)-1 {
			// The last paragraph stays with the signature, and a heading
			// just above it with both.
			last, paras = paras[len(paras)-1], paras[:len(paras)-1]
			if len(paras) == 1 && a.Title != "" {
				last, paras = stack([]block{paras[0], last}), nil
			}
		}
		if len(paras) >= 2 {
			// A heading is never left alone at the foot of a page.
			l.place(stack(paras[:2]))
			paras = paras[2:]
		}
		for _, p := range paras {
			l.place(p)
		}
	}
	l.closing(last, nil, chairmanSignature(unit))
	if r.Default {
		l.marginNote(f.template)
	}
	d.put(l, [2]string{})
	return d.output(w)
}

// adoptedLine is "(Ban hành kèm theo Quyết định số …/QĐ-UBND ngày … của
// Chủ tịch …)", with blanks where the decision's number or date is missing.
func (l *layout) adoptedLine(unit domain.Unit, r domain.ReceptionRules) []run {
	vals := map[string]run{"unit": emph(unit.Name), "symbol": emph(symbolOr(unit))}
	vals["number"] = emph(r.DecisionNumber)
	if r.DecisionNumber == "" {
		vals["number"] = blank(l.s(12))
	}
	if t, err := time.Parse(domain.DateLayout, r.DecisionDate); err == nil {
		day, month, year := dateParts(t)
		vals["day"], vals["month"], vals["year"] = emph(day), emph(month), emph(year)
	} else {
		vals["day"], vals["month"], vals["year"] = blank(l.s(8)), blank(l.s(8)), blank(l.s(12))
	}
	runs := template(rulesForm.adopted, vals, 0)
	for i := range runs {
		if !runs[i].fill {
			runs[i].style = italic
		}
	}
	return runs
}

// marginNote writes note small and in italics at the top right of the
// first page, above the header.
func (l *layout) marginNote(note string) {
	size := l.s(sizeMargin)
	note = nfc(note)
	w := l.fonts.width(italic, size, note)
	f := l.frames[0]
	f.ops = append(f.ops, op{kind: opText, style: italic, size: size, x: l.x0() + l.width() - w, y: l.page.top * 0.6, text: note})
}

// chairmanSignature is the Chairman's signature block of a posted document.
func chairmanSignature(unit domain.Unit) signature {
	title := unit.ChairmanTitle
	if title == "" {
		title = "Chủ tịch"
	}
	return signature{title: title, name: unit.ChairmanName}
}

// placeOr is the unit's reception place, or its name.
func placeOr(unit domain.Unit) string {
	if unit.ReceptionPlace != "" {
		return unit.ReceptionPlace
	}
	return "trụ sở " + unit.Name
}

// symbolOr is the unit's document symbol, "UBND" when it has none.
func symbolOr(unit domain.Unit) string {
	if unit.DocSymbol != "" {
		return unit.DocSymbol
	}
	return "UBND"
}

// templateLines fills each of tpls, dropping doubled spaces where a value
// is empty ("Công an " + "" stays "Công an").
func templateLines(tpls []string, vals map[string]string) []string {
	out := make([]string, len(tpls))
	for i, t := range tpls {
		out[i] = domain.CleanText(templateText(t, vals))
	}
	return out
}

// gridSpec is a simple table: its column headings, their relative widths
// and which columns are centred.
type gridSpec struct {
	head   []string
	widths []float64
	center []bool
}

// Sizes of a posted table, in points (A4).
const (
	gridHeadSize = 12
	gridBodySize = 12
)

// table lays out rows under the heading g across the text width. A row
// moves whole to the next page when it does not fit, and the heading is
// repeated there; the heading always stays with the first row.
func (l *layout) table(g gridSpec, rows [][]string) {
	total := 0.0
	for _, w := range g.widths {
		total += w
	}
	cols := make([]tableCol, len(g.widths))
	x := l.x0()
	for i, w := range g.widths {
		cols[i] = tableCol{x: x, w: w * l.width() / total, center: g.center[i]}
		x += cols[i].w
	}
	headSt := textStyle{size: l.s(gridHeadSize), leading: 1.1, align: alignCenter, balance: true}
	bodySt := textStyle{size: l.s(gridBodySize), leading: 1.15}
	cells := func(texts []string, st textStyle, style string, center func(int) bool) ([][]block, int) {
		out := make([][]block, len(cols))
		for i, c := range cols {
			s := st
			if center(i) {
				s.align = alignCenter
			}
			text := l.breakLong(nfc(texts[i]), style, s.size, c.w-2*cellPadX)
			out[i] = l.lines([]run{{text: text, style: style}}, s, c.x+cellPadX, c.w-2*cellPadX)
		}
		return out, tallest(out)
	}
	hc, hn := cells(g.head, headSt, bold, func(int) bool { return true })
	head := tableRow(cols, hc, 0, hn, headSt.lineHeight(), true)
	var body []block
	for _, r := range rows {
		rc, n := cells(r, bodySt, regular, func(i int) bool { return g.center[i] })
		body = append(body, tableRow(cols, rc, 0, n, bodySt.lineHeight(), false))
	}
	first := head
	if len(body) > 0 {
		first = stack([]block{head, body[0]})
		body = body[1:]
	}
	l.place(first)
	for _, b := range body {
		if l.y+b.h > l.bottom()+0.01 {
			l.newFrame()
			l.place(head)
		}
		l.place(b)
	}
}
