package reports

import (
	"io"
	"math"
	"strings"
)

// This file writes the statistical tables (stattables.go) as a PDF: each
// table on its own A4 landscape page, with the same content as the Excel
// sheet (statistics_xlsx.go).

// statPageSpec is pageA4Landscape with less room between the blocks and to
// sign in, so that a table with a deep header and its signatures share
// one page.
var statPageSpec = func() pageSpec {
	p := pageA4Landscape
	p.blockGap, p.signRoom = 4, 20
	return p
}()

// The type of the PDF tables, in points, and their cell padding, in mm.
const (
	statHeadMax    = 8   // header text, made smaller down to statHeadMin
	statHeadMin    = 6   // when the columns are too many for the words
	statBodySize   = 9   // the unit's row
	statCodeSize   = 11  // "Biểu số: …"
	statUnitColumn = 26  // the width of the "Đơn vị" column, mm
	statMaxLeaf    = 30  // no leaf column wider than this, mm
	statPadX       = 0.7 // cell padding
	statPadY       = 0.8
	statLeading    = 1.12
	statRule       = 0.2 // the grid's line width, mm
)

// StatisticsPDF writes the tables of r as a PDF to w, each on its own A4
// landscape page: the biểu's code, the unit's names and the Quốc hiệu, the
// title and the period, the header tree drawn as boxes, the numbered row,
// the unit's row of values and the signatures; as StatisticsXLSX, in the
// order given.
//
// Errors: as for StatisticsXLSX.
func StatisticsPDF(w io.Writer, r StatReport) error {
	d, err := newStatDoc(r)
	if err != nil {
		return err
	}
	doc, err := newLandscapeDocument(nfc(statWording.docTitle), d.to)
	if err != nil {
		return err
	}
	doc.page = statPageSpec
	for _, p := range d.pages {
		l := doc.layout()
		l.statTable(d, p)
		doc.put(l, [2]string{})
	}
	return doc.output(w)
}

// statTable lays out one table's page.
func (l *layout) statTable(d *statDoc, p statPage) {
	x, W := l.x0(), l.width()
	leftW, rightW := W*0.38, W*0.42
	rightX := x + W - rightW

	code := templateText(statWording.code, map[string]string{"code": p.def.Code})
	l.place(l.textBlock([]run{strong(code)}, textStyle{size: statCodeSize, align: alignRight}, x, W))
	l.space(l.s(1))

	var head block
	head.add(l.agencyBlock(d.unit.SuperiorAgency, d.unit.Name, x, leftW), 0)
	head.add(l.nationalBlock(rightX, rightW), 0)
	l.place(head)
	l.space(l.page.blockGap)

	var t block
	t.add(l.textBlock([]run{strong(upper(p.def.Title))}, textStyle{size: l.s(sizeTitle), align: alignCenter, balance: true}, x, W), 0)
	if d.periodLabel != "" {
		t.add(l.textBlock([]run{strong(d.periodLabel)}, textStyle{size: l.s(sizeDate), align: alignCenter}, x, W), t.h)
	}
	t.add(l.textBlock([]run{emph(d.dates)}, textStyle{size: l.s(sizeSignNote), align: alignCenter}, x, W), t.h)
	l.place(t)
	l.space(l.page.blockGap)

	l.place(l.statGrid(d, p))
	l.space(l.page.blockGap)

	place := d.unit.PlaceName
	if place == "" {
		place = "……"
	}
	date := l.textBlock([]run{emph(templateText(statWording.dateLine, map[string]string{"place": place}))},
		textStyle{size: l.s(sizeDate), align: alignCenter}, rightX, rightW)
	w := statWording
	l.signatureRow(date,
		[]signature{{title: w.preparer, note: w.preparerNote}, {title: w.head, note: w.headNote, name: d.unit.ChairmanName}},
		[][2]float64{{x, leftW}, {rightX, rightW}}, block{})
}

// nationalBlock is the Quốc hiệu and the Tiêu ngữ, bold and centred in a
// column at x, w wide, with a rule as long as the Tiêu ngữ under it
// (NĐ 30/2020), as header draws them.
func (l *layout) nationalBlock(x, w float64) block {
	qh := textStyle{size: l.s(sizeNationalName), align: alignCenter}
	tn := textStyle{size: l.s(sizeMotto), align: alignCenter}
	var b block
	b.add(l.textBlock([]run{strong(nationalName)}, qh, x, w), 0)
	b.add(l.textBlock([]run{strong(motto)}, tn, x, w), b.h)
	b.ops = append(b.ops, l.rule(x+w/2, b.h+l.s(1), l.fonts.width(bold, tn.size, motto)))
	b.h += l.s(1)
	return b
}

// statColumns returns the header's type size and the columns' widths: the
// "Đơn vị" column first, then the leaves, each at least as wide as the
// longest word of its heading, its value, and its formula (a short one
// whole, a long one's widest term). The type is made smaller until the
// words fit across the page.
func (l *layout) statColumns(p statPage) (size float64, widths []float64) {
	def := p.def
	avail := l.width() - statUnitColumn
	var need []float64
	for size = statHeadMax; ; size -= 0.5 {
		need = make([]float64, len(def.Columns))
		total := 0.0
		for i, c := range def.Columns {
			style := regular
			if len(c.Path) == 0 {
				style = bold
			}
			mm := 0.0
			for _, word := range strings.Fields(c.Label) {
				mm = max(mm, l.fonts.width(style, size, word))
			}
			mm = max(mm, formulaWidth(c.Formula, func(t string) float64 { return l.fonts.width(italic, size-0.5, t) }))
			if v, ok := p.values[c.Number]; ok {
				mm = max(mm, l.fonts.width(regular, statBodySize, FormatStatValue(c, v)))
			}
			need[i] = mm + 2*statPadX + 0.2
			total += need[i]
		}
		if total <= avail || size <= statHeadMin {
			break
		}
	}
	leaves := fillWidths(need, avail, statMaxLeaf)
	used := 0.0
	for _, w := range leaves {
		used += w
	}
	// Narrow tables give what the leaves leave over to the unit's names.
	first := statUnitColumn + math.Max(0, math.Min(avail-used, 50-statUnitColumn))
	return size, append([]float64{first}, leaves...)
}

// statGrid lays out the table: the header tree as boxes, the numbered row
// and the unit's row, with every text centred in its box.
func (l *layout) statGrid(d *statDoc, p statPage) block {
	def := p.def
	size, widths := l.statColumns(p)
	xs := make([]float64, len(widths)+1)
	xs[0] = l.x0()
	for i, w := range widths {
		xs[i+1] = xs[i] + w
	}
	headSt := textStyle{size: size, align: alignCenter, leading: statLeading}
	lh := headSt.lineHeight()
	cells, depth := def.grid()

	// Each box's lines, and the height of each header row: a box on one row
	// sets its row's height; a box over several rows gets the room it lacks
	// in its last row.
	type box struct {
		x0, x1   float64
		row, end int // rows row..end-1
		lines    []block
	}
	boxes := []box{{x0: xs[0], x1: xs[1], row: 0, end: depth,
		lines: l.lines([]run{strong(statWording.unitColumn)}, headSt, xs[0]+statPadX, widths[0]-2*statPadX)}}
	for _, c := range cells {
		b := box{x0: xs[c.col+1], x1: xs[c.col+c.cols+1], row: c.row, end: c.row + c.rows}
		r := plain(c.label)
		if c.row == 0 {
			r = strong(c.label)
		}
		b.lines = l.lines([]run{r}, headSt, b.x0+statPadX, b.x1-b.x0-2*statPadX)
		boxes = append(boxes, b)
	}
	need := func(b box) float64 { return float64(len(b.lines))*lh + 2*statPadY }
	heights := make([]float64, depth)
	for i := range heights {
		heights[i] = lh + 2*statPadY
	}
	for _, b := range boxes {
		if b.end-b.row == 1 {
			heights[b.row] = math.Max(heights[b.row], need(b))
		}
	}
	for _, b := range boxes {
		have := 0.0
		for _, h := range heights[b.row:b.end] {
			have += h
		}
		if need(b) > have {
			heights[b.end-1] += need(b) - have
		}
	}
	ys := make([]float64, depth+1)
	for i, h := range heights {
		ys[i+1] = ys[i] + h
	}

	var g block
	for _, b := range boxes {
		g.add(statBox(b.x0, ys[b.row], b.x1, ys[b.end], b.lines, lh), 0)
	}

	// The numbered row, then the unit's row: one box per column.
	numSt := textStyle{size: size - 0.5, align: alignCenter, leading: statLeading}
	bodySt := textStyle{size: statBodySize, align: alignCenter, leading: statLeading}
	unitSt := bodySt
	unitSt.align = alignLeft
	numbers := [][]block{l.lines([]run{emph(statWording.numberRow)}, numSt, xs[0]+statPadX, widths[0]-2*statPadX)}
	values := [][]block{l.lines([]run{plain(d.unit.Name)}, unitSt, xs[0]+statPadX, widths[0]-2*statPadX)}
	for i, c := range def.Columns {
		cx, cw := xs[i+1]+statPadX, widths[i+1]-2*statPadX
		var lines []block
		for _, t := range splitFormula(c.Formula, func(t string) bool { return l.fonts.width(italic, numSt.size, t) <= cw }) {
			lines = append(lines, l.lines([]run{emph(t)}, numSt, cx, cw)...)
		}
		numbers = append(numbers, lines)
		text := ""
		if v, ok := p.values[c.Number]; ok {
			text = FormatStatValue(c, v)
		}
		values = append(values, l.lines([]run{plain(text)}, bodySt, cx, cw))
	}
	y := ys[depth]
	for _, row := range []struct {
		cells [][]block
		lh    float64
		min   float64
	}{{numbers, numSt.lineHeight(), 0}, {values, bodySt.lineHeight(), 8}} {
		h := math.Max(row.min, float64(tallest(row.cells))*row.lh+2*statPadY)
		for i, lines := range row.cells {
			g.add(statBox(xs[i], y, xs[i+1], y+h, lines, row.lh), 0)
		}
		y += h
	}
	return g
}

// statBox draws a box from (x0, y0) to (x1, y1) with lines, each lh high,
// centred in it vertically (their horizontal place is set already).
func statBox(x0, y0, x1, y1 float64, lines []block, lh float64) block {
	b := block{h: y1}
	top := y0 + (y1-y0-float64(len(lines))*lh)/2
	for i, ln := range lines {
		b.add(ln, top+float64(i)*lh)
	}
	b.ops = append(b.ops,
		op{kind: opLine, x: x0, y: y0, x2: x1, y2: y0, lineWidth: statRule},
		op{kind: opLine, x: x0, y: y1, x2: x1, y2: y1, lineWidth: statRule},
		op{kind: opLine, x: x0, y: y0, x2: x0, y2: y1, lineWidth: statRule},
		op{kind: opLine, x: x1, y: y0, x2: x1, y2: y1, lineWidth: statRule})
	return b
}
