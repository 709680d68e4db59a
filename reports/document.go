package reports

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/unicode/norm"

	"tiepdan/app/domain"
)

// This file is the NĐ 30/2020/NĐ-CP layout helper (law.md §5) every PDF form
// is built with: page sizes and margins, the two-column header (agency block
// and Quốc hiệu block), the centred title, justified body paragraphs with a
// first-line indent, labelled fill-in lines, the signature block and the
// "Nơi nhận:" list.
//
// Layout and output are two steps. A layout lays blocks out into frames (one
// frame is one page of one copy), breaking pages itself; a document then puts
// the frames on its pages: one frame per page, or two copies side by side on
// an A4 landscape sheet. Every string goes through NFC first: decomposed
// Vietnamese prints with floating accents.

// pt is one typographic point in millimetres.
const pt = 25.4 / 72

// Liberation Serif's vertical metrics, in em: where the baseline sits.
const (
	fontAscent  = 0.891
	fontDescent = 0.216
)

// pageSpec is the page of one copy of a document, in millimetres.
type pageSpec struct {
	name                     string
	w, h                     float64
	top, bottom, left, right float64
	// scale multiplies the A4 font sizes and widths: an A5 page uses smaller
	// type so that a slip keeps its A4 line breaks roughly.
	scale float64
	// leading is the line height in ems; paraGap the space after a body
	// paragraph, in points; blockGap the space after the header and the
	// title, and signRoom the room left to sign in, in mm.
	leading, paraGap, blockGap, signRoom float64
}

var (
	// pageA4 has the NĐ 30/2020 margins: top and bottom 20 mm (20–25), left
	// 30 mm (30–35), right 15 mm (15–20); single line spacing and 6 pt
	// between paragraphs.
	pageA4 = pageSpec{name: "A4", w: 210, h: 297, top: 20, bottom: 20, left: 30, right: 15,
		scale: 1, leading: 1.2, paraGap: 6, blockGap: 8, signRoom: 25}
	// pageA5 keeps NĐ 30's arrangement on half the paper (the decree only
	// describes A4): smaller margins, type and gaps, so that a usual slip
	// fits on one page.
	pageA5 = pageSpec{name: "A5", w: 148, h: 210, top: 10, bottom: 10, left: 18, right: 10,
		scale: 0.8, leading: 1.12, paraGap: 2.5, blockGap: 4, signRoom: 16}
)

// pageSpecFor returns the page of a named size; "" is A4.
func pageSpecFor(name string) (pageSpec, error) {
	switch strings.ToUpper(strings.TrimSpace(name)) {
	case "", "A4":
		return pageA4, nil
	case "A5":
		return pageA5, nil
	}
	return pageSpec{}, domain.Errorf(domain.Invalid, "Khổ giấy %q không được hỗ trợ: chọn A4 hoặc A5", name)
}

// The font sizes on A4, in points (law.md §5); a pageSpec's scale applies.
const (
	sizeNationalName = 12 // Quốc hiệu, 12–13
	sizeMotto        = 13 // Tiêu ngữ, 13–14
	sizeAgency       = 12 // agency names, 12–13
	sizeNumber       = 13 // "Số: …", 13
	sizeDate         = 13 // place and date, 13–14
	sizeTitle        = 14 // type of document and its subject, 13–14
	sizeBody         = 13 // body, 13–14
	sizeSignTitle    = 13 // signing authority and title, 13–14
	sizeSignNote     = 12 // "(Ký, ghi rõ họ tên …)"
	sizeSignName     = 13 // signer's name, 13–14
	sizeRecipients   = 12 // "Nơi nhận:", 12
	sizeRecipient    = 11 // each recipient, 11
	sizePageNumber   = 13 // page numbers, 13–14
	sizeMargin       = 10 // small notes in the top margin ("Liên 1")
)

// nfc returns s in Unicode normalisation form C.
func nfc(s string) string { return norm.NFC.String(s) }

// upper returns s in capitals, in NFC.
func upper(s string) string { return nfc(strings.ToUpper(nfc(s))) }

// align is a horizontal alignment.
type align uint8

const (
	alignLeft align = iota
	alignCenter
	alignRight
	alignJustify
)

// opKind says what an op draws.
type opKind uint8

const (
	opText opKind = iota
	opLine
)

// op is one drawing operation, in the coordinates of a frame's page (mm from
// its top-left corner).
type op struct {
	kind  opKind
	style string
	size  float64
	// text: x, y is the start of the baseline. line: from x, y to x2, y2.
	x, y, x2, y2 float64
	text         string
	// lineWidth of a line, mm.
	lineWidth float64
}

// block is laid-out content with its height; its ops have y relative to the
// block's top.
type block struct {
	ops []op
	h   float64
}

// add appends b's ops moved down by dy, and grows h to cover them.
func (a *block) add(b block, dy float64) {
	for _, o := range b.ops {
		o.y += dy
		o.y2 += dy
		a.ops = append(a.ops, o)
	}
	a.h = math.Max(a.h, dy+b.h)
}

// frame is one page of one copy.
type frame struct {
	ops []op
}

// run is a piece of text in one style; fill is a dotted line left blank to
// be written in by hand, width mm wide (0: to the end of the line), or, if
// hidden, an empty gap of width mm that is dropped at a line break.
type run struct {
	text   string
	style  string
	fill   bool
	hidden bool
	width  float64
}

func plain(s string) run   { return run{text: s, style: regular} }
func strong(s string) run  { return run{text: s, style: bold} }
func emph(s string) run    { return run{text: s, style: italic} }
func blank(mm float64) run { return run{fill: true, width: mm} }

// value is s, or a blank mm wide to fill in by hand when s is empty.
func value(s string, mm float64) run {
	if strings.TrimSpace(s) == "" {
		return blank(mm)
	}
	return plain(s)
}

// textStyle is how a paragraph is set.
type textStyle struct {
	size    float64 // points, already scaled
	align   align
	indent  float64 // first-line indent, mm
	leading float64 // line height in ems; 0 means the page's
	// balance breaks a centred heading into lines of even length instead of
	// filling the first lines.
	balance bool
}

func (st textStyle) lineHeight() float64 { return st.size * pt * st.leading }

// baseline is where the baseline sits below the top of a line.
func (st textStyle) baseline() float64 {
	em := st.size * pt
	return (st.lineHeight()-(fontAscent+fontDescent)*em)/2 + fontAscent*em
}

// token is a word, or a fill, with its measured width.
type token struct {
	text        string
	style       string
	w           float64
	spaceBefore bool
	fill        bool
	hidden      bool
	fillWidth   float64
	newline     bool // a forced line break before this token
}

// layout lays out one copy of one document into frames.
type layout struct {
	fonts  *fontSet
	page   pageSpec
	frames []*frame
	y      float64 // top of the free space in the last frame
}

func newLayout(fonts *fontSet, page pageSpec) *layout {
	l := &layout{fonts: fonts, page: page}
	l.newFrame()
	return l
}

func (l *layout) newFrame() {
	l.frames = append(l.frames, &frame{})
	l.y = l.page.top
}

// s scales an A4 size or distance to the page.
func (l *layout) s(v float64) float64 { return v * l.page.scale }

func (l *layout) x0() float64     { return l.page.left }
func (l *layout) width() float64  { return l.page.w - l.page.left - l.page.right }
func (l *layout) bottom() float64 { return l.page.h - l.page.bottom }
func (l *layout) atTop() bool     { return l.y <= l.page.top }

// space adds vertical space of mm, except at the top of a frame.
func (l *layout) space(mm float64) {
	if !l.atTop() {
		l.y += mm
	}
}

// place puts b at the current position, on a new frame first if it does not
// fit in what is left of this one (a block taller than a whole frame is put
// on a new frame and runs off it: callers keep blocks small).
func (l *layout) place(b block) {
	if l.y+b.h > l.bottom()+0.01 && !l.atTop() {
		l.newFrame()
	}
	f := l.frames[len(l.frames)-1]
	for _, o := range b.ops {
		o.y += l.y
		o.y2 += l.y
		f.ops = append(f.ops, o)
	}
	l.y += b.h
}

// flow places the lines of a paragraph, breaking frames between lines but
// never leaving its first or last line alone on a page, and adds after mm
// below it.
func (l *layout) flow(lines []block, after float64) {
	n := len(lines)
	if n <= 3 {
		l.place(stack(lines))
	} else {
		l.place(stack(lines[:2]))
		for _, ln := range lines[2 : n-2] {
			l.place(ln)
		}
		l.place(stack(lines[n-2:]))
	}
	l.space(after)
}

// stack puts blocks one under the other.
func stack(bs []block) block {
	var b block
	for _, x := range bs {
		b.add(x, b.h)
	}
	return b
}

// paragraphBlock is paragraph as one block, with the space after it, to be
// kept with what follows it (see signatures).
func (l *layout) paragraphBlock(runs ...run) block {
	st := l.bodyStyle()
	st.align = alignJustify
	st.indent = l.s(10)
	b := stack(l.lines(runs, st, l.x0(), l.width()))
	b.h += l.page.paraGap * pt
	return b
}

// paragraph sets runs as a body paragraph across the text width: justified,
// first line indented 1 cm, with the NĐ 30 spacing after it. It is also how
// a labelled fill-in line is set: a blank (see value) at the end of a line
// runs to the margin, and that line is not stretched.
func (l *layout) paragraph(runs ...run) {
	st := l.bodyStyle()
	st.align = alignJustify
	st.indent = l.s(10)
	l.flow(l.lines(runs, st, l.x0(), l.width()), l.page.paraGap*pt)
}

// centred sets a centred line or lines (e.g. "Kính gửi: …").
func (l *layout) centred(runs ...run) {
	st := l.bodyStyle()
	st.align = alignCenter
	st.balance = true
	l.flow(l.lines(runs, st, l.x0(), l.width()), l.page.paraGap*pt)
}

func (l *layout) bodyStyle() textStyle { return textStyle{size: l.s(sizeBody)} }

// tokens splits runs into words and fills, measuring each. Words are
// separated by the white space inside a run's text; two runs are separated
// only if one of them has white space at the join. "\n" forces a new line.
func (l *layout) tokens(runs []run, size float64) []token {
	var toks []token
	pendingSpace := false
	for _, r := range runs {
		if r.fill {
			toks = append(toks, token{fill: true, hidden: r.hidden, style: regular, fillWidth: r.width, spaceBefore: pendingSpace})
			pendingSpace = false
			continue
		}
		for li, part := range strings.Split(nfc(r.text), "\n") {
			if li > 0 {
				toks = append(toks, token{style: r.style, newline: true})
				pendingSpace = false
			}
			if part == "" {
				continue
			}
			if unicode.IsSpace([]rune(part)[0]) {
				pendingSpace = true
			}
			for _, w := range strings.Fields(part) {
				toks = append(toks, token{text: w, style: r.style, w: l.fonts.width(r.style, size, w), spaceBefore: pendingSpace})
				pendingSpace = true
			}
			rs := []rune(part)
			pendingSpace = unicode.IsSpace(rs[len(rs)-1])
		}
	}
	return toks
}

// lines breaks runs into lines of at most w mm starting at x, and sets each
// line as a block one line high.
func (l *layout) lines(runs []run, st textStyle, x, w float64) []block {
	if st.leading == 0 {
		st.leading = l.page.leading
	}
	toks := l.tokens(runs, st.size)
	breakW := w
	if st.balance {
		n := len(l.breakLines(toks, st, w))
		if n > 1 {
			lo, hi := w/float64(n)*0.9, w
			for range 12 { // to about 1/4000 of the width
				mid := (lo + hi) / 2
				if len(l.breakLines(toks, st, mid)) > n {
					lo = mid
				} else {
					hi = mid
				}
			}
			breakW = hi
		}
	}
	rows := l.breakLines(toks, st, breakW)
	out := make([]block, 0, len(rows))
	for i, row := range rows {
		last := i == len(rows)-1 || rows[i+1].forced
		out = append(out, l.setLine(row, st, x, w, i == 0, last))
	}
	return out
}

// row is one line of tokens.
type row struct {
	toks   []token
	forced bool // starts after a forced break
}

// gap is the space before tok on a line, in the token's style.
func (l *layout) gap(tok token, size float64) float64 {
	if !tok.spaceBefore {
		return 0
	}
	return l.fonts.width(tok.style, size, " ")
}

// breakLines fills lines greedily, breaking only at spaces: tokens written
// without a space between them (a word and the ";" after it) stay on one
// line. A fill takes the rest of its line (or its own width); a word longer
// than a line is cut.
func (l *layout) breakLines(toks []token, st textStyle, w float64) []row {
	cloned := false // a cut word's tail replaces it in toks, a copy
	// The rows' tokens are kept in one slice, each row a span of it.
	placed := make([]token, 0, len(toks)+4)
	type span struct {
		start, end int
		forced     bool
	}
	var spans []span
	cur := span{}
	used := 0.0
	empty := func() bool { return len(placed) == cur.start }
	avail := func() float64 {
		if len(spans) == 0 {
			return w - st.indent
		}
		return w
	}
	flush := func() {
		cur.end = len(placed)
		spans = append(spans, cur)
		cur, used = span{start: len(placed)}, 0
	}
	minFill := l.s(12)
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.newline {
			flush()
			cur.forced = true
			i++
			continue
		}
		g := 0.0
		if !empty() {
			g = l.gap(t, st.size)
		}
		if t.fill {
			rest := avail() - used - g
			want := t.fillWidth
			if want == 0 {
				want = minFill
			}
			if rest < want && !empty() {
				flush()
				if t.hidden {
					i++
					continue
				}
				g, rest = 0, avail()
			}
			if t.fillWidth == 0 {
				t.w = rest
			} else {
				t.w = math.Min(t.fillWidth, rest)
				if !t.hidden { // as wide as its dots, so that what follows touches them
					dw := l.fonts.width(regular, st.size, ".")
					t.w = math.Max(dw, math.Floor(t.w/dw)*dw)
				}
			}
			placed = append(placed, t)
			used += g + t.w
			i++
			continue
		}
		// The group: t and the tokens glued to it.
		j, gw := i+1, t.w
		for j < len(toks) && !toks[j].spaceBefore && !toks[j].fill && !toks[j].newline {
			gw += toks[j].w
			j++
		}
		if used+g+gw > avail()+0.001 && !empty() {
			flush()
			g = 0
		}
		if gw > avail()+0.001 { // wider than a whole line
			if j-i > 1 { // set its tokens one by one
				j, gw = i+1, t.w
			}
			if gw > avail()+0.001 { // one word: cut it
				head, tail := l.cutWord(t, st.size, avail()-used-g)
				placed = append(placed, head)
				tail.spaceBefore = false
				if !cloned {
					toks, cloned = slices.Clone(toks), true
				}
				toks[i] = tail
				flush()
				continue
			}
		}
		placed = append(placed, toks[i:j]...)
		used += g + gw
		i = j
	}
	if !empty() || len(spans) == 0 {
		flush()
	}
	rows := make([]row, len(spans))
	for i, sp := range spans {
		rows[i] = row{toks: placed[sp.start:sp.end], forced: sp.forced}
	}
	return rows
}

// cutWord splits t so that its head is at most w wide (at least one letter).
func (l *layout) cutWord(t token, size, w float64) (head, tail token) {
	rs := []rune(t.text)
	n := 1
	for n < len(rs) && l.fonts.width(t.style, size, string(rs[:n+1])) <= w {
		n++
	}
	head, tail = t, t
	head.text, tail.text = string(rs[:n]), string(rs[n:])
	head.w = l.fonts.width(t.style, size, head.text)
	tail.w = l.fonts.width(t.style, size, tail.text)
	return head, tail
}

// setLine draws one row of tokens at x in a column w wide.
func (l *layout) setLine(r row, st textStyle, x, w float64, first, last bool) block {
	b := block{h: st.lineHeight()}
	base := st.baseline()
	indent := 0.0
	if first {
		indent = st.indent
	}
	natural, gaps := 0.0, 0
	for i, t := range r.toks {
		if i > 0 {
			natural += l.gap(t, st.size)
			if t.spaceBefore {
				gaps++
			}
		}
		natural += t.w
	}
	start := x + indent
	extra := 0.0
	switch st.align {
	case alignCenter:
		start = x + indent + (w-indent-natural)/2
	case alignRight:
		start = x + w - natural
	case alignJustify:
		endsWithFill := len(r.toks) > 0 && r.toks[len(r.toks)-1].fill
		if !last && !endsWithFill && gaps > 0 {
			extra = (w - indent - natural) / float64(gaps)
		}
	}
	pos := start
	// Words of one style that need no stretched gap between them are merged
	// into one text op.
	var pending op
	var text []byte
	open := false
	flush := func() {
		if open {
			pending.text = string(text)
			b.ops = append(b.ops, pending)
			open = false
		}
	}
	for i, t := range r.toks {
		if i > 0 {
			pos += l.gap(t, st.size)
			if t.spaceBefore {
				pos += extra
			}
		}
		if t.fill {
			flush()
			if !t.hidden {
				dots := l.dots(st.size, t.w)
				b.ops = append(b.ops, op{kind: opText, style: regular, size: st.size, x: pos, y: base, text: dots})
			}
			pos += t.w
			continue
		}
		if open && pending.style == t.style && (extra == 0 || !t.spaceBefore) {
			if t.spaceBefore {
				text = append(text, ' ')
			}
			text = append(text, t.text...)
		} else {
			flush()
			pending = op{kind: opText, style: t.style, size: st.size, x: pos, y: base}
			text = append(text[:0], t.text...)
			open = true
		}
		pos += t.w
	}
	flush()
	return b
}

// dots returns a row of dots about w mm wide.
func (l *layout) dots(size, w float64) string {
	dw := l.fonts.width(regular, size, ".")
	n := int(w / dw)
	if n < 1 {
		n = 1
	}
	return strings.Repeat(".", n)
}

// textBlock sets runs in a column and returns them as one block.
func (l *layout) textBlock(runs []run, st textStyle, x, w float64) block {
	return stack(l.lines(runs, st, x, w))
}

// widest returns the width of the widest line of a block's text ops.
func widestText(l *layout, b block) (float64, float64) {
	left, right := math.Inf(1), math.Inf(-1)
	for _, o := range b.ops {
		if o.kind != opText {
			continue
		}
		w := l.fonts.width(o.style, o.size, o.text)
		left = math.Min(left, o.x)
		right = math.Max(right, o.x+w)
	}
	if right < left {
		return 0, 0
	}
	return left, right - left
}

// rule returns a horizontal line w mm long centred on cx, at y.
func (l *layout) rule(cx, y, w float64) op {
	return op{kind: opLine, x: cx - w/2, y: y, x2: cx + w/2, y2: y, lineWidth: l.s(0.25)}
}

// header is the two-column head of an administrative document (NĐ 30/2020,
// components 1–4): the agency block on the left, the Quốc hiệu block on the
// right, then the number and the place-and-date line.
type header struct {
	// superior is the superior agency (cơ quan chủ quản), may be empty.
	superior string
	// agency is the issuing agency; both are printed in capitals.
	agency string
	// number is the number line, e.g. "Số: 05/TB-UBND"; may be empty.
	number []run
	// dateLine is law.DateLine's "Hà Tĩnh, ngày 05 tháng 01 năm 2026".
	dateLine string
}

// The Quốc hiệu and Tiêu ngữ, exactly as NĐ 30/2020 prints them.
const (
	nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	motto        = "Độc lập - Tự do - Hạnh phúc"
)

// header lays out h across the top of the text width.
func (l *layout) header(h header) {
	W, x := l.width(), l.x0()
	qh := textStyle{size: l.s(sizeNationalName), align: alignCenter}
	tn := textStyle{size: l.s(sizeMotto), align: alignCenter}
	qhW := l.fonts.width(bold, qh.size, nationalName)
	tnW := l.fonts.width(bold, tn.size, motto)
	rightW := math.Min(math.Max(qhW, tnW)+l.s(4), W*0.62)
	gap := l.s(3)
	leftW := W - rightW - gap
	rightX := x + W - rightW

	left := l.agencyBlock(h.superior, h.agency, x, leftW)

	// Right: Quốc hiệu and Tiêu ngữ, both bold, with a rule as long as the
	// Tiêu ngữ under it.
	var right block
	right.add(l.textBlock([]run{strong(nationalName)}, qh, rightX, rightW), 0)
	right.add(l.textBlock([]run{strong(motto)}, tn, rightX, rightW), right.h)
	right.ops = append(right.ops, l.rule(rightX+rightW/2, right.h+l.s(1), tnW))
	right.h += l.s(1)

	var b block
	b.add(left, 0)
	b.add(right, 0)
	// The number under the agency block and the date line under the Tiêu
	// ngữ share a row.
	rowY := b.h + l.s(3)
	if len(h.number) > 0 {
		b.add(l.textBlock(h.number, textStyle{size: l.s(sizeNumber), align: alignCenter}, x, leftW), rowY)
	}
	if strings.TrimSpace(h.dateLine) != "" {
		b.add(l.textBlock([]run{emph(h.dateLine)}, textStyle{size: l.s(sizeDate), align: alignCenter, balance: true}, rightX, rightW), rowY)
	}
	l.place(b)
	l.space(l.page.blockGap)
}

// collectiveNames begin agency names; when a name needs two lines, the
// break goes after them ("ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH"), as agencies
// write them.
var collectiveNames = []string{"ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"}

// agencyLines returns name with a line break after its collective noun when
// it does not fit on one line of w mm.
func (l *layout) agencyLines(name, style string, size, w float64) string {
	name = nfc(name)
	if l.fonts.width(style, size, name) <= w {
		return name
	}
	for _, c := range collectiveNames {
		c = nfc(c)
		if rest, ok := strings.CutPrefix(name, c+" "); ok {
			return c + "\n" + rest
		}
	}
	return name
}

// title lays out the type of document (capitals, bold) and its subject
// (sentence case, bold) centred, with a short rule under the subject.
func (l *layout) title(kind, subject string) {
	st := textStyle{size: l.s(sizeTitle), align: alignCenter, balance: true}
	var b block
	b.add(l.textBlock([]run{strong(upper(kind))}, st, l.x0(), l.width()), 0)
	if strings.TrimSpace(subject) != "" {
		sub := l.textBlock([]run{strong(subject)}, st, l.x0(), l.width())
		b.add(sub, b.h)
		_, w := widestText(l, sub)
		b.ops = append(b.ops, l.rule(l.x0()+l.width()/2, b.h+l.s(1), w/3))
		b.h += l.s(1)
	}
	l.place(b)
	l.space(l.page.blockGap)
}

// signature is one signature block: the signing authority and title in
// capitals, bold; the note in italics; room to sign; the name in bold.
type signature struct {
	authority string // e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH"; may be empty
	title     string
	note      string
	name      string
}

// signatureParts lays out s centred in a column at x, w wide: its heading
// (authority, title and note) and its name, which goes below the room to
// sign.
func (l *layout) signatureParts(s signature, x, w float64) (head, name block) {
	st := textStyle{size: l.s(sizeSignTitle), align: alignCenter, balance: true}
	for _, t := range []string{s.authority, s.title} {
		if strings.TrimSpace(t) != "" {
			head.add(l.textBlock([]run{strong(upper(t))}, st, x, w), head.h)
		}
	}
	if strings.TrimSpace(s.note) != "" {
		head.add(l.textBlock([]run{emph(s.note)}, textStyle{size: l.s(sizeSignNote), align: alignCenter, balance: true}, x, w), head.h)
	}
	if strings.TrimSpace(s.name) != "" {
		name = l.textBlock([]run{strong(s.name)}, textStyle{size: l.s(sizeSignName), align: alignCenter, balance: true}, x, w)
	}
	return head, name
}

// signatureRow lays out signature blocks in columns side by side, with their
// names on one line. cols gives each block's column; extra is laid out too
// (the "Nơi nhận" list), at the top left. before (the last paragraph) goes
// above them, and all of it is kept on one page, so that a signature never
// stands alone.
func (l *layout) signatureRow(before block, sigs []signature, cols [][2]float64, extra block) {
	heads := make([]block, len(sigs))
	names := make([]block, len(sigs))
	headH := 0.0
	for i, s := range sigs {
		heads[i], names[i] = l.signatureParts(s, cols[i][0], cols[i][1])
		headH = math.Max(headH, heads[i].h)
	}
	var row block
	row.add(extra, 0)
	for i := range sigs {
		row.add(heads[i], 0)
		row.add(names[i], headH+l.page.signRoom)
	}
	b := before
	b.add(row, before.h+l.s(4))
	l.place(b)
}

// signatures lays out two signature blocks side by side (left may be nil),
// kept with before.
func (l *layout) signatures(before block, left *signature, right signature) {
	half := l.width() / 2
	var sigs []signature
	var cols [][2]float64
	if left != nil {
		sigs = append(sigs, *left)
		cols = append(cols, [2]float64{l.x0(), half})
	}
	sigs = append(sigs, right)
	cols = append(cols, [2]float64{l.x0() + half, half})
	l.signatureRow(before, sigs, cols, block{})
}

// closing lays out the "Nơi nhận:" list on the left and the signature on
// the right, kept together and with before (NĐ 30/2020 components 7 and 9).
// recipients are the entries without their leading "- " and trailing ";";
// the last one ends with ".".
func (l *layout) closing(before block, recipients []string, sig signature) {
	leftW := l.width() * 0.45
	var b block // the list
	if len(recipients) > 0 {
		var list block
		list.add(l.textBlock([]run{{text: "Nơi nhận:", style: boldItalic}}, textStyle{size: l.s(sizeRecipients)}, l.x0(), leftW), 0)
		st := textStyle{size: l.s(sizeRecipient), leading: 1.15}
		for i, r := range recipients {
			end := ";"
			if i == len(recipients)-1 {
				end = "."
			}
			list.add(l.textBlock([]run{plain("- " + strings.TrimRight(r, ";. ") + end)}, st, l.x0(), leftW), list.h)
		}
		b.add(list, l.s(1))
	}
	l.signatureRow(before, []signature{sig}, [][2]float64{{l.x0() + leftW, l.width() - leftW}}, b)
}

// finish adds the page numbers: Arabic numerals centred in the top margin,
// not on the first page (law.md §5).
func (l *layout) finish() {
	if len(l.frames) < 2 {
		return
	}
	size := l.s(sizePageNumber)
	for i, f := range l.frames[1:] {
		n := fmt.Sprint(i + 2)
		w := l.fonts.width(regular, size, n)
		f.ops = append(f.ops, op{kind: opText, style: regular, size: size,
			x: l.x0() + (l.width()-w)/2, y: l.page.top * 0.65, text: n})
	}
}

// document is one PDF file: one gofpdf document whose pages hold the frames
// of one or more layouts.
type document struct {
	pdf   *gofpdf.Fpdf
	fonts *fontSet
	page  pageSpec // the page of one copy
	// twoUp puts two copies of each frame side by side on an A4 landscape
	// sheet, each on an A5 half.
	twoUp bool
}

// newDocument starts a PDF of the named page size ("A4" or "A5"), or of A4
// landscape sheets holding two A5 copies when twoUp is set.
func newDocument(size string, twoUp bool, title string, created time.Time) (*document, error) {
	page, err := pageSpecFor(size)
	if err != nil {
		return nil, err
	}
	files, err := loadFonts()
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	var pdf *gofpdf.Fpdf
	if twoUp {
		page = pageA5
		page.w = 297.0 / 2
		pdf = gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "L", UnitStr: "mm", Size: gofpdf.SizeType{Wd: 210, Ht: 297}})
	} else {
		pdf = gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: gofpdf.SizeType{Wd: page.w, Ht: page.h}})
	}
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetTitle(nfc(title), true)
	pdf.SetCreator("TiếpDân", true)
	pdf.SetProducer("TiếpDân (gofpdf)", true)
	pdf.SetCreationDate(created)
	pdf.SetCatalogSort(true)
	return &document{pdf: pdf, fonts: &fontSet{pdf: pdf, files: files}, page: page, twoUp: twoUp}, nil
}

// layout starts laying out one more copy's content for this document.
func (d *document) layout() *layout { return newLayout(d.fonts, d.page) }

// put adds l's frames on new pages. With twoUp, each sheet holds the same
// frame twice, labelled labels[0] and labels[1] in the top margin, with a
// dashed cutting line between them.
func (d *document) put(l *layout, labels [2]string) {
	l.finish()
	for _, f := range l.frames {
		d.pdf.AddPage()
		if !d.twoUp {
			d.draw(f.ops, 0)
			continue
		}
		for i, label := range labels {
			xoff := float64(i) * d.page.w
			d.draw(f.ops, xoff)
			if label != "" {
				size := l.s(sizeMargin)
				w := d.fonts.width(italic, size, nfc(label))
				d.draw([]op{{kind: opText, style: italic, size: size, x: d.page.w - d.page.right - w, y: d.page.top * 0.6, text: nfc(label)}}, xoff)
			}
		}
		d.pdf.SetDrawColor(150, 150, 150)
		d.pdf.SetLineWidth(0.2)
		d.pdf.SetDashPattern([]float64{2, 2}, 0)
		d.pdf.Line(d.page.w, 5, d.page.w, 210-5)
		d.pdf.SetDashPattern(nil, 0)
		d.pdf.SetDrawColor(0, 0, 0)
	}
}

// draw emits ops moved right by xoff.
func (d *document) draw(ops []op, xoff float64) {
	for _, o := range ops {
		switch o.kind {
		case opText:
			d.fonts.use(o.style, o.size)
			d.pdf.Text(o.x+xoff, o.y, o.text)
		case opLine:
			d.pdf.SetLineWidth(o.lineWidth)
			d.pdf.Line(o.x+xoff, o.y, o.x2+xoff, o.y2)
		}
	}
}

// output writes the PDF to w.
func (d *document) output(w io.Writer) error {
	if err := d.pdf.Output(w); err != nil {
		return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return nil
}

// dateParts returns the day, month and year of t as NĐ 30/2020 writes them
// in "ngày 05 tháng 01 năm 2026" (law.DateLine): days below 10 and the
// months 1 and 2 with a leading zero.
func dateParts(t time.Time) (day, month, year string) {
	month = fmt.Sprint(int(t.Month()))
	if t.Month() <= time.February {
		month = fmt.Sprintf("%02d", int(t.Month()))
	}
	return fmt.Sprintf("%02d", t.Day()), month, fmt.Sprint(t.Year())
}

// agencyBlock lays out the agency block of a document's top left, in
// capitals and centred in width w: the superior agency (upright, when
// given) over the issuing agency (bold), with a short rule under it of
// 1/3 to 1/2 of the text's length (NĐ 30/2020, law.md §5).
func (l *layout) agencyBlock(superior, agency string, x, w float64) block {
	ag := textStyle{size: l.s(sizeAgency), align: alignCenter, balance: true}
	var b block
	if strings.TrimSpace(superior) != "" {
		b.add(l.textBlock([]run{plain(l.agencyLines(upper(superior), regular, ag.size, w))}, ag, x, w), 0)
	}
	name := l.textBlock([]run{strong(l.agencyLines(upper(agency), bold, ag.size, w))}, ag, x, w)
	b.add(name, b.h)
	_, nameW := widestText(l, name)
	b.ops = append(b.ops, l.rule(x+w/2, b.h+l.s(1), nameW*0.4))
	b.h += l.s(1)
	return b
}
