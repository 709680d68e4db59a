package reports

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"tiepdan/app/domain"
)

// This file describes the statistical tables (biểu số liệu) of Thông tư
// 01/2024/TT-TTCP that a ward sends to the province (forms.md §4, law.md §4),
// and the optional TT 02/2021-era ones (02/TCD, 03/KQGQ, 04/KQGQ). The
// official appendix could not be read: the layouts are rebuilt from a
// vendor's product (VENDOR) or not confirmed at all (UNCONFIRMED). So every
// table's header tree, printed column numbers, formula labels and sum
// identities live in stattables.json, and a correction is a change to that
// file only. statistics_xlsx.go and statistics_pdf.go draw whatever it says.

//go:embed stattables.json
var statTablesJSON []byte

// The kinds of a leaf column: how its values are written.
const (
	// StatCount is a number of things (đơn, vụ việc, người …): an integer.
	StatCount = ""
	// StatMoney is an amount in million đồng (Trđ), printed with 1 decimal.
	StatMoney = "money"
	// StatArea is land in m², printed with at most 1 decimal.
	StatArea = "area"
	// StatText is a column for words (Ghi chú): it has no value.
	StatText = "text"
)

// StatHeader is one box of a table's header: a group with the boxes under
// it, or a leaf column with its printed number.
type StatHeader struct {
	Label    string       `json:"label"`
	Number   string       `json:"number,omitempty"`
	Formula  string       `json:"formula,omitempty"`
	Kind     string       `json:"kind,omitempty"`
	Children []StatHeader `json:"children,omitempty"`
}

// StatColumn is one printed leaf column of a table, left to right.
type StatColumn struct {
	// Number is the column number printed in the numbered row ("1", "2" …);
	// values are keyed by it.
	Number string `json:"number"`
	// Label is the leaf's own heading, e.g. "Tiếp lần đầu".
	Label string `json:"label"`
	// Formula is what the numbered row prints: "1=2+3", or the number.
	Formula string `json:"formula"`
	// Kind is StatCount, StatMoney, StatArea or StatText.
	Kind string `json:"kind,omitempty"`
	// Path are the headings of the groups above the leaf, outermost first.
	Path []string `json:"path"`
}

// SumIdentity says that column Total equals the sum of columns Parts. An
// Advisory one is not printed on the form or not confirmed: it is worth a
// look when it fails, never an error.
type SumIdentity struct {
	Total    string   `json:"total"`
	Parts    []string `json:"parts"`
	Advisory bool     `json:"advisory,omitempty"`
}

// StatTableDef is the layout of one statistical table.
type StatTableDef struct {
	// Code is the biểu's number, e.g. "01/TCD".
	Code string `json:"code"`
	// Title is the table's title as printed, in capitals.
	Title string `json:"title"`
	// Source says, in Vietnamese, where the layout comes from (for the
	// "Về biểu mẫu" page); Status is VENDOR or UNCONFIRMED (forms.md).
	Source string `json:"source"`
	Status string `json:"status"`
	// Note, in Vietnamese, tells what is doubtful or was corrected.
	Note string `json:"note"`
	// Optional tables (TT 02/2021 era) are printed only when asked for.
	Optional   bool          `json:"optional,omitempty"`
	Columns    []StatColumn  `json:"columns"`
	Identities []SumIdentity `json:"identities"`
	// Header is the header tree the columns are the leaves of.
	Header []StatHeader `json:"header"`
}

// statTables are the tables of stattables.json, checked when the package
// loads: a mistake in the data file is a bug that no user can get around.
var statTables = mustStatTables(statTablesJSON)

func mustStatTables(data []byte) []StatTableDef {
	ts, err := parseStatTables(data)
	if err != nil {
		panic("reports: stattables.json: " + err.Error())
	}
	return ts
}

// parseStatTables reads the data file, lists each table's leaves and checks
// that the numbers are 1..N left to right and that every identity and
// formula refers to the table's columns.
func parseStatTables(data []byte) ([]StatTableDef, error) {
	var file struct {
		Tables []StatTableDef `json:"tables"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for i := range file.Tables {
		t := &file.Tables[i]
		if t.Code == "" || seen[t.Code] {
			return nil, fmt.Errorf("table %d: missing or repeated code %q", i+1, t.Code)
		}
		seen[t.Code] = true
		t.Columns = nil
		if err := t.collect(t.Header, nil); err != nil {
			return nil, fmt.Errorf("%s: %w", t.Code, err)
		}
		for k, c := range t.Columns {
			if c.Number != strconv.Itoa(k+1) {
				return nil, fmt.Errorf("%s: leaf %d is numbered %q", t.Code, k+1, c.Number)
			}
		}
		for _, id := range t.Identities {
			for _, n := range append([]string{id.Total}, id.Parts...) {
				if c, ok := t.column(n); !ok || c.Kind == StatText {
					return nil, fmt.Errorf("%s: identity %s=%v: no numeric column %q", t.Code, id.Total, id.Parts, n)
				}
			}
		}
	}
	return file.Tables, nil
}

// collect appends the leaves under hs to t.Columns, left to right.
func (t *StatTableDef) collect(hs []StatHeader, path []string) error {
	for _, h := range hs {
		if strings.TrimSpace(h.Label) == "" {
			return fmt.Errorf("a heading under %q has no label", path)
		}
		if len(h.Children) == 0 {
			if h.Number == "" {
				return fmt.Errorf("leaf %q has no number", h.Label)
			}
			switch h.Kind {
			case StatCount, StatMoney, StatArea, StatText:
			default:
				return fmt.Errorf("leaf %q: unknown kind %q", h.Label, h.Kind)
			}
			formula := h.Formula
			if formula == "" {
				formula = h.Number
			}
			t.Columns = append(t.Columns, StatColumn{Number: h.Number, Label: h.Label, Formula: formula,
				Kind: h.Kind, Path: slices.Clone(path)})
			continue
		}
		if h.Number != "" || h.Formula != "" {
			return fmt.Errorf("group %q has a column number", h.Label)
		}
		if err := t.collect(h.Children, append(slices.Clone(path), h.Label)); err != nil {
			return err
		}
	}
	return nil
}

// clone returns a deep copy of t, so that callers cannot change the data.
func (t StatTableDef) clone() StatTableDef {
	c := t
	c.Columns = make([]StatColumn, len(t.Columns))
	for i, col := range t.Columns {
		col.Path = slices.Clone(col.Path)
		c.Columns[i] = col
	}
	c.Identities = make([]SumIdentity, len(t.Identities))
	for i, id := range t.Identities {
		id.Parts = slices.Clone(id.Parts)
		c.Identities[i] = id
	}
	c.Header = cloneHeaders(t.Header)
	return c
}

func cloneHeaders(hs []StatHeader) []StatHeader {
	if hs == nil {
		return nil
	}
	out := make([]StatHeader, len(hs))
	for i, h := range hs {
		h.Children = cloneHeaders(h.Children)
		out[i] = h
	}
	return out
}

// StatTables returns every table, in the order of the report; the optional
// ones (TT 02/2021 era) are flagged Optional.
func StatTables() []StatTableDef {
	out := make([]StatTableDef, len(statTables))
	for i, t := range statTables {
		out[i] = t.clone()
	}
	return out
}

// StatTable returns the table with the given code ("01/TCD").
func StatTable(code string) (StatTableDef, bool) {
	for _, t := range statTables {
		if t.Code == strings.TrimSpace(code) {
			return t.clone(), true
		}
	}
	return StatTableDef{}, false
}

// column returns the leaf numbered n.
func (t StatTableDef) column(n string) (StatColumn, bool) {
	if k, err := strconv.Atoi(n); err == nil && k >= 1 && k <= len(t.Columns) && t.Columns[k-1].Number == n {
		return t.Columns[k-1], true
	}
	return StatColumn{}, false
}

// Check returns, in Vietnamese, each printed sum identity that values
// (keyed by column number; a missing column counts as 0) break, e.g.
// "Cột 1 (12) ≠ cột 2 + 3 (11)". Advisory identities are not checked here
// (see CheckAdvisory).
func (t StatTableDef) Check(values map[string]float64) []string {
	return t.check(values, false)
}

// CheckAdvisory is Check for the advisory identities: those not printed on
// the form or not confirmed. Their failures are hints, not errors.
func (t StatTableDef) CheckAdvisory(values map[string]float64) []string {
	return t.check(values, true)
}

func (t StatTableDef) check(values map[string]float64, advisory bool) []string {
	var out []string
	for _, id := range t.Identities {
		if id.Advisory != advisory {
			continue
		}
		total, sum := values[id.Total], 0.0
		for _, p := range id.Parts {
			sum += values[p]
		}
		// Money has one decimal: sums of tenths are not exact in binary.
		if math.Abs(total-sum) < 0.005 {
			continue
		}
		kind := StatCount
		if c, ok := t.column(id.Total); ok {
			kind = c.Kind
		}
		out = append(out, fmt.Sprintf("Cột %s (%s) ≠ cột %s (%s)", id.Total, formatStat(kind, total),
			strings.Join(id.Parts, " + "), formatStat(kind, sum)))
	}
	return out
}

// FormatStatValue writes v as the PDF prints it in column c, the
// Vietnamese way: "1.234" for a count, "12,5" for money (always one
// decimal), "250" or "250,5" for land; "" for a text column.
func FormatStatValue(c StatColumn, v float64) string { return formatStat(c.Kind, v) }

func formatStat(kind string, v float64) string {
	var s string
	switch kind {
	case StatText:
		return ""
	case StatMoney:
		s = strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64)
	case StatArea:
		s = strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
	default:
		s = strconv.FormatFloat(v, 'f', -1, 64)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("," + frac)
	}
	return b.String()
}

// statWording is what every table prints around its header tree, in one
// place so that it can be corrected. Status of each line: VENDOR (as the
// vendor's templates print it), UNCONFIRMED, or APP (the app's own choice,
// the official appendix being unread).
var statWording = struct {
	code, unitColumn, numberRow string
	dates                       string
	datesLine                   string
	preparer, preparerNote      string
	head, headNote              string
	dateLine                    string
	docTitle, docSubject        string
}{
	// forms.md §4.2: the label is printed as "Biểu số: …".
	code: "Biểu số: {code}",
	// VENDOR: the first column and the label of the numbered row.
	unitColumn: "Đơn vị",
	numberRow:  "MS",
	// APP: the vendor prints a placeholder here; the cut-off dates of
	// TT 01/2024 (law.md §4.2) as the clerks write them.
	dates:     "Từ ngày {from} đến ngày {to}",
	datesLine: "(Số liệu tính từ ngày {from} đến ngày {to})",
	// APP (UNCONFIRMED): the signatures under the table.
	preparer:     "NGƯỜI LẬP BIỂU",
	preparerNote: "(Ký, ghi rõ họ tên)",
	head:         "THỦ TRƯỞNG ĐƠN VỊ",
	headNote:     "(Ký tên, đóng dấu)",
	dateLine:     "{place}, ngày …… tháng …… năm ……",
	// APP: document properties.
	docTitle:   "Biểu số liệu báo cáo công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo",
	docSubject: "Thông tư 01/2024/TT-TTCP",
}

// StatReport is one report: the unit, the data period and the tables to
// print, in order.
type StatReport struct {
	Unit domain.Unit
	// From and To are the ISO dates of the data period (law.md §4.2).
	From, To string
	// PeriodLabel names the period: "Quý III năm 2026", "6 tháng đầu năm
	// 2026", "Năm 2026", "Từ ngày 15/3/2026 đến ngày 14/6/2026".
	PeriodLabel string
	// Tables are the tables to print, in order.
	Tables []StatData
}

// StatData is one table's values, keyed by the printed column number.
// A column left out prints empty; a column given as 0 prints 0.
type StatData struct {
	Code   string
	Values map[string]float64
}

// statPage is one table ready to draw: its definition and its cells.
type statPage struct {
	def    StatTableDef
	values map[string]float64
}

// statDoc is what both renderers start from: the report checked.
type statDoc struct {
	unit        domain.Unit
	from, to    time.Time
	periodLabel string // "" when it would only repeat the dates
	dates       string // "(Số liệu tính từ ngày … đến ngày …)"
	pages       []statPage
}

// newStatDoc checks r.
//
// Errors: Invalid when the unit has no name, a date is not an ISO date or
// the period ends before it starts (fields "from", "to"), or the tables are
// none, unknown, repeated, or have values for columns they do not have
// (field "tables").
func newStatDoc(r StatReport) (*statDoc, error) {
	unit, err := slipUnit(r.Unit)
	if err != nil {
		return nil, err
	}
	var v domain.Validation
	from, errFrom := time.Parse(domain.DateLayout, strings.TrimSpace(r.From))
	to, errTo := time.Parse(domain.DateLayout, strings.TrimSpace(r.To))
	if errFrom != nil {
		v.Fail("from", "Ngày bắt đầu kỳ báo cáo không hợp lệ, cần dạng năm-tháng-ngày")
	}
	if errTo != nil {
		v.Fail("to", "Ngày kết thúc kỳ báo cáo không hợp lệ, cần dạng năm-tháng-ngày")
	}
	if errFrom == nil && errTo == nil && to.Before(from) {
		v.Fail("to", "Ngày kết thúc kỳ báo cáo phải sau hoặc trùng ngày bắt đầu")
	}
	if len(r.Tables) == 0 {
		v.Fail("tables", "Chưa chọn biểu nào để in")
	}
	d := &statDoc{unit: unit, from: from, to: to}
	seen := map[string]bool{}
	for _, data := range r.Tables {
		def, ok := StatTable(data.Code)
		switch {
		case !ok:
			v.Fail("tables", fmt.Sprintf("Không có biểu số %q", data.Code))
			continue
		case seen[def.Code]:
			v.Fail("tables", fmt.Sprintf("Biểu số %s được chọn hai lần", def.Code))
			continue
		}
		seen[def.Code] = true
		for n, x := range data.Values {
			c, ok := def.column(n)
			switch {
			case !ok:
				v.Fail("tables", fmt.Sprintf("Biểu số %s không có cột %q", def.Code, n))
			case c.Kind == StatText:
				v.Fail("tables", fmt.Sprintf("Cột %s của biểu số %s không ghi số liệu", n, def.Code))
			case math.IsNaN(x) || math.IsInf(x, 0):
				v.Fail("tables", fmt.Sprintf("Cột %s của biểu số %s không phải là số", n, def.Code))
			}
		}
		d.pages = append(d.pages, statPage{def: def, values: data.Values})
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	dates := map[string]string{"from": shortDate(from), "to": shortDate(to)}
	d.dates = templateText(statWording.datesLine, dates)
	label := nfc(strings.TrimSpace(r.PeriodLabel))
	if label != templateText(statWording.dates, dates) {
		d.periodLabel = label
	}
	return d, nil
}

// shortDate writes a date as the reports do: "15/6/2026".
func shortDate(t time.Time) string {
	return fmt.Sprintf("%d/%d/%d", t.Day(), int(t.Month()), t.Year())
}

// statCell is one box of a table's header grid: row and col (from 0) of its
// top-left leaf cell, and how many rows and leaf columns it covers.
type statCell struct {
	label     string
	row, rows int
	col, cols int
}

// grid lays the header tree out as boxes on depth rows: a group takes one
// row above its children; a leaf takes every row down to the bottom.
func (t StatTableDef) grid() (cells []statCell, depth int) {
	var deepest func(hs []StatHeader) int
	deepest = func(hs []StatHeader) int {
		d := 0
		for _, h := range hs {
			d = max(d, 1+deepest(h.Children))
		}
		return d
	}
	depth = deepest(t.Header)
	col := 0
	var walk func(hs []StatHeader, level int)
	walk = func(hs []StatHeader, level int) {
		for _, h := range hs {
			start := col
			if len(h.Children) == 0 {
				col++
				cells = append(cells, statCell{label: h.Label, row: level, rows: depth - level, col: start, cols: 1})
				continue
			}
			i := len(cells)
			cells = append(cells, statCell{label: h.Label, row: level, rows: 1, col: start})
			walk(h.Children, level+1)
			cells[i].cols = col - start
		}
	}
	walk(t.Header, 0)
	return cells, depth
}

// splitFormula breaks a formula label ("3=6+7+15+16+24+25") into lines that
// fit, as a person writes it in a narrow box: each "=…" of a many-way
// identity on a line of its own, and a sum too long for a line broken after
// a "+".
func splitFormula(s string, fits func(string) bool) []string {
	if fits(s) {
		return []string{s}
	}
	// The groups: "8=9+14+15+16+17", "=18+19+20", "=21+24".
	var groups []string
	start := strings.IndexByte(s, '=') + 1
	for {
		i := strings.IndexByte(s[start:], '=')
		if i < 0 {
			break
		}
		groups = append(groups, s[:start+i])
		s, start = s[start+i:], 1
	}
	groups = append(groups, s)
	var lines []string
	for _, g := range groups {
		cur := ""
		for _, term := range strings.SplitAfter(g, "+") {
			if cur != "" && !fits(cur+term) {
				lines = append(lines, cur)
				cur = ""
			}
			cur += term
		}
		lines = append(lines, cur)
	}
	return lines
}

// formulaWidth is the width a formula label asks of its column, measured
// by width: a short one whole ("1=2+3"), a long one its widest term, or
// the width of a short formula when that is more.
func formulaWidth(formula string, width func(string) float64) float64 {
	short := width("1=2+3")
	w := width(formula)
	if w <= short {
		return w
	}
	w = short
	for _, term := range splitFormula(formula, func(string) bool { return false }) {
		w = max(w, width(term))
	}
	return w
}

// fillWidths shares total among columns that need at least need[i] each:
// every column gets the same width, except those that need more, which get
// what they need; no share is wider than most. When the needs alone exceed
// total, each column gets what it needs.
func fillWidths(need []float64, total, most float64) []float64 {
	share := total / float64(len(need))
	for range need {
		fixed, n := 0.0, 0
		for _, w := range need {
			if w > share {
				fixed += w
			} else {
				n++
			}
		}
		if n == 0 {
			break
		}
		next := (total - fixed) / float64(n)
		if next == share {
			break
		}
		share = next
	}
	share = min(share, most)
	out := make([]float64, len(need))
	for i, w := range need {
		out[i] = max(w, share)
	}
	return out
}
