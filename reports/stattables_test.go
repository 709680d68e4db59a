package reports

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiepdan/app/domain"
)

// The statistical tables are checked as data (numbering, identities), then
// rendered and read back: the workbook with excelize and with LibreOffice
// (one conversion of every sheet to CSV), the PDF with pdftotext and
// pdffonts. Set TIEPDAN_SHOTS to a folder to get PNGs of every PDF page and
// of LibreOffice's print of the workbook (report-pdf-01-TCD.png,
// report-xlsx-01-TCD.png, …).

// statCodes are the tables of TT 01/2024 and the optional TT 02/2021 ones.
var (
	statMain     = []string{"01/TCD", "01/XLD", "02/XLD", "03/XLD", "04/XLD", "01/KQGQ", "02/KQGQ"}
	statOptional = []string{"02/TCD", "03/KQGQ", "04/KQGQ"}
)

func TestStatTablesAreNumberedOneToN(t *testing.T) {
	tables := StatTables()
	var codes, optional []string
	for _, def := range tables {
		codes = append(codes, def.Code)
		if def.Optional {
			optional = append(optional, def.Code)
		}
		if def.Title == "" || def.Title != strings.ToUpper(def.Title) || def.Source == "" {
			t.Errorf("%s: title %q, source %q", def.Code, def.Title, def.Source)
		}
		if def.Status != "VENDOR" && def.Status != "UNCONFIRMED" {
			t.Errorf("%s: status %q", def.Code, def.Status)
		}
		seen := map[string]bool{}
		for i, c := range def.Columns {
			if c.Number != strconv.Itoa(i+1) || seen[c.Number] {
				t.Errorf("%s: leaf %d is numbered %q", def.Code, i+1, c.Number)
			}
			seen[c.Number] = true
			if !strings.HasPrefix(c.Formula, c.Number) || c.Label == "" {
				t.Errorf("%s column %s: label %q, formula %q", def.Code, c.Number, c.Label, c.Formula)
			}
		}
		for _, id := range def.Identities {
			for _, n := range append([]string{id.Total}, id.Parts...) {
				if !seen[n] {
					t.Errorf("%s: identity %s=%v refers to no column %q", def.Code, id.Total, id.Parts, n)
				}
			}
		}
	}
	if want := []string{"01/TCD", "02/TCD", "01/XLD", "02/XLD", "03/XLD", "04/XLD", "01/KQGQ", "02/KQGQ", "03/KQGQ", "04/KQGQ"}; !slices.Equal(codes, want) {
		t.Errorf("tables %q, want %q", codes, want)
	}
	if !slices.Equal(optional, statOptional) {
		t.Errorf("optional tables %q, want %q", optional, statOptional)
	}
	// The column counts of forms.md §4.
	for code, n := range map[string]int{"01/TCD": 29, "02/TCD": 17, "01/XLD": 22, "02/XLD": 26, "03/XLD": 27,
		"04/XLD": 20, "01/KQGQ": 26, "02/KQGQ": 19, "03/KQGQ": 31, "04/KQGQ": 24} {
		if def, ok := StatTable(code); !ok || len(def.Columns) != n {
			t.Errorf("%s: %d columns, want %d", code, len(def.Columns), n)
		}
	}
}

// formulaIdentities reads the identities a printed formula label states:
// "8=9+14=18+19" is 8 = 9 + 14 and 8 = 18 + 19; "5=20+..+24" is 5 = 20 +
// 21 + 22 + 23 + 24.
func formulaIdentities(t *testing.T, formula string) []SumIdentity {
	t.Helper()
	groups := strings.Split(strings.ReplaceAll(formula, " ", ""), "=")
	var out []SumIdentity
	for _, g := range groups[1:] {
		id := SumIdentity{Total: groups[0]}
		terms := strings.Split(g, "+")
		for i := 0; i < len(terms); i++ {
			if terms[i] == ".." && i > 0 && i+1 < len(terms) {
				a, _ := strconv.Atoi(terms[i-1])
				b, _ := strconv.Atoi(terms[i+1])
				for k := a + 1; k < b; k++ {
					id.Parts = append(id.Parts, strconv.Itoa(k))
				}
				continue
			}
			id.Parts = append(id.Parts, terms[i])
		}
		out = append(out, id)
	}
	return out
}

// TestStatIdentitiesMatchTheFormulas: every identity a formula label prints
// is in the data, and an identity no label prints is advisory.
func TestStatIdentitiesMatchTheFormulas(t *testing.T) {
	key := func(id SumIdentity) string { return id.Total + "=" + strings.Join(id.Parts, "+") }
	for _, def := range StatTables() {
		data := map[string]SumIdentity{}
		for _, id := range def.Identities {
			data[key(id)] = id
		}
		printed := map[string]bool{}
		for _, c := range def.Columns {
			for _, id := range formulaIdentities(t, c.Formula) {
				printed[key(id)] = true
				if _, ok := data[key(id)]; !ok {
					t.Errorf("%s: formula %q states %s, which is not among the identities", def.Code, c.Formula, key(id))
				}
			}
		}
		for k, id := range data {
			if !printed[k] && !id.Advisory {
				t.Errorf("%s: identity %s is printed nowhere but not advisory", def.Code, k)
			}
		}
	}
	// The doubtful ones of forms.md are advisory.
	for _, c := range []struct{ code, id string }{
		{"02/XLD", "8=9+13+14+15"}, {"02/XLD", "8=16+17+18+19"}, {"02/XLD", "8=20+23"}, {"04/XLD", "8=15+16"},
	} {
		def, _ := StatTable(c.code)
		found := false
		for _, id := range def.Identities {
			if key(id) == c.id {
				found = id.Advisory
			}
		}
		if !found {
			t.Errorf("%s: %s is missing or not advisory", c.code, c.id)
		}
	}
}

// xld01 is a consistent 01/XLD: 12 đơn to handle (3 carried over, 9 new),
// 10 handled, 2 left; 8 admissible: 3 khiếu nại, 2 tố cáo, 3 kiến nghị;
// 5 within competence (2+1+2), 3 not (1 guided, 2 transferred).
func xld01() map[string]float64 {
	return map[string]float64{"1": 12, "2": 3, "3": 9, "4": 10, "5": 2, "6": 8, "7": 7, "8": 3, "9": 2, "10": 3,
		"11": 5, "12": 1, "13": 2, "14": 5, "15": 2, "16": 1, "17": 2, "18": 3, "19": 1, "20": 2, "21": 0, "22": 1}
}

func TestStatCheck(t *testing.T) {
	def, ok := StatTable("01/XLD")
	if !ok {
		t.Fatal("no 01/XLD")
	}
	if got := def.Check(xld01()); len(got) != 0 {
		t.Errorf("a consistent 01/XLD: %q", got)
	}
	v := xld01()
	v["1"] = 13
	want := []string{"Cột 1 (13) ≠ cột 2 + 3 (12)", "Cột 1 (13) ≠ cột 4 + 5 (12)"}
	if got := def.Check(v); !slices.Equal(got, want) {
		t.Errorf("column 1 off by one: %q, want %q", got, want)
	}
	// Money sums in tenths are exact enough; a wrong one is told in the
	// Vietnamese way.
	kq, _ := StatTable("03/KQGQ")
	m := map[string]float64{"1": 0.3, "2": 0.1, "3": 0.2}
	if got := kq.Check(m); len(got) != 0 {
		t.Errorf("0.1 + 0.2 = 0.3: %q", got)
	}
	// An advisory identity is not an error, but CheckAdvisory tells it.
	x2, _ := StatTable("02/XLD")
	v2 := map[string]float64{"8": 5, "13": 2}
	if got := x2.Check(v2); len(got) != 0 {
		t.Errorf("02/XLD column 8 is only advisory: %q", got)
	}
	if got := x2.CheckAdvisory(v2); len(got) != 3 || got[0] != "Cột 8 (5) ≠ cột 9 + 13 + 14 + 15 (2)" || got[2] != "Cột 8 (5) ≠ cột 20 + 23 (0)" {
		t.Errorf("02/XLD advisory: %q", got)
	}
}

func TestFormatStatValue(t *testing.T) {
	for _, c := range []struct {
		kind string
		v    float64
		want string
	}{
		{StatCount, 0, "0"}, {StatCount, 1234, "1.234"}, {StatMoney, 12.5, "12,5"}, {StatMoney, 3, "3,0"},
		{StatMoney, 1250.04, "1.250,0"}, {StatArea, 250, "250"}, {StatArea, 1500.25, "1.500,3"}, {StatText, 5, ""},
	} {
		if got := FormatStatValue(StatColumn{Kind: c.kind}, c.v); got != c.want {
			t.Errorf("%q %v: %q, want %q", c.kind, c.v, got, c.want)
		}
	}
}

func TestStatTablesReturnsCopies(t *testing.T) {
	a := StatTables()
	a[0].Columns[0].Label = "x"
	a[0].Columns[3].Path[0] = "x"
	a[0].Identities[0].Parts[0] = "x"
	b, _ := StatTable(a[0].Code)
	if b.Columns[0].Label == "x" || b.Columns[3].Path[0] == "x" || b.Identities[0].Parts[0] == "x" {
		t.Error("StatTables hands out the package's own data")
	}
}

func TestSplitFormula(t *testing.T) {
	fits := func(n int) func(string) bool { return func(s string) bool { return len(s) <= n } }
	for _, c := range []struct {
		s    string
		n    int
		want []string
	}{
		{"1=2+3", 10, []string{"1=2+3"}},
		{"3=6+7+15+16+24+25", 8, []string{"3=6+7+", "15+16+", "24+25"}},
		{"8=9+14+15+16+17=18+19+20=21+24", 12, []string{"8=9+14+15+", "16+17", "=18+19+20", "=21+24"}},
		{"1=2+3=4+5", 6, []string{"1=2+3", "=4+5"}},
		{"1=2+3=4+5", 3, []string{"1=2+", "3", "=4+", "5"}},
	} {
		if got := splitFormula(c.s, fits(c.n)); !slices.Equal(got, c.want) {
			t.Errorf("%q in %d: %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

// statValues are made-up values for every column of def, each telling its
// column: table number t, column k gives 100t + k (money: + 0.5, land:
// + 0.25 → rounded to .3). Column 2 is left out (printed empty) and
// column 3 is 0.
func statValues(t int, def StatTableDef) map[string]float64 {
	v := map[string]float64{}
	for k, c := range def.Columns {
		x := float64(100*t + k + 1)
		switch c.Kind {
		case StatText:
			continue
		case StatMoney:
			x += 0.5
		case StatArea:
			x += 0.25
		}
		v[c.Number] = x
	}
	delete(v, "2")
	v["3"] = 0
	return v
}

// statReport is a Quý III report of every table.
func statReport() StatReport {
	r := StatReport{Unit: testUnit(), From: "2026-06-15", To: "2026-09-14", PeriodLabel: "Quý III năm 2026"}
	for i, def := range StatTables() {
		r.Tables = append(r.Tables, StatData{Code: def.Code, Values: statValues(i+1, def)})
	}
	return r
}

// statExcelValue is how a value reads back from the sheet: "" for none.
func statExcelValue(c StatColumn, v map[string]float64) string {
	x, ok := v[c.Number]
	if !ok || c.Kind == StatText {
		return ""
	}
	switch c.Kind {
	case StatMoney, StatArea:
		return strconv.FormatFloat(float64(int(x*10+0.5))/10, 'f', -1, 64)
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

func statXLSX(t *testing.T, r StatReport) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := StatisticsXLSX(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// statHeaderTop is the first header row of a sheet: the one that starts with
// "Đơn vị".
func statHeaderTop(rows [][]string) int {
	for i, r := range rows {
		if len(r) > 0 && r[0] == "Đơn vị" {
			return i + 1
		}
	}
	return 0
}

func TestStatisticsXLSX(t *testing.T) {
	r := statReport()
	f, err := excelize.OpenReader(bytes.NewReader(statXLSX(t, r)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	for _, d := range r.Tables {
		names = append(names, StatSheetName(d.Code))
	}
	if got := f.GetSheetList(); !slices.Equal(got, names) {
		t.Fatalf("sheets %q, want %q", got, names)
	}
	for i, data := range r.Tables {
		def, _ := StatTable(data.Code)
		sheet := names[i]
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		n := len(def.Columns) + 1
		get := func(col, row int) string {
			v, _ := f.GetCellValue(sheet, statCellName(col, row))
			return v
		}
		find := func(want string) bool {
			for _, row := range rows {
				if slices.Contains(row, want) {
					return true
				}
			}
			return false
		}
		for _, want := range []string{"Biểu số: " + def.Code, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", def.Title, "Quý III năm 2026",
			"(Số liệu tính từ ngày 15/6/2026 đến ngày 14/9/2026)", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "Phan Văn Hùng"} {
			if !find(want) {
				t.Errorf("%s: no cell %q", sheet, want)
			}
		}
		// The biểu's code on the right of the first row.
		if got := rows[0]; len(got) > n || got[len(got)-1] == "" {
			t.Errorf("%s: first row %q, want the code in its last columns", sheet, got)
		}
		top := statHeaderTop(rows)
		if top == 0 {
			t.Fatalf("%s: no header", sheet)
		}
		cells, depth := def.grid()
		merges, err := f.GetMergeCells(sheet)
		if err != nil {
			t.Fatal(err)
		}
		merged := map[string]string{}
		for _, m := range merges {
			merged[m.GetStartAxis()+":"+m.GetEndAxis()] = m.GetCellValue()
		}
		// Every box of the header tree, merged where it covers more than
		// one cell.
		check := func(lo, rowTop, hi, rowBottom int, label string) {
			ref := statCellName(lo, rowTop) + ":" + statCellName(hi, rowBottom)
			if lo == hi && rowTop == rowBottom {
				if got := get(lo, rowTop); got != label {
					t.Errorf("%s %s = %q, want %q", sheet, statCellName(lo, rowTop), got, label)
				}
				return
			}
			if got, ok := merged[ref]; !ok || got != label {
				t.Errorf("%s: merged %s = %q (%v), want %q", sheet, ref, got, ok, label)
			}
		}
		check(1, top, 1, top+depth-1, "Đơn vị")
		for _, c := range cells {
			check(c.col+2, top+c.row, c.col+c.cols+1, top+c.row+c.rows-1, c.label)
		}
		// The numbered row and the unit's row.
		numRow, dataRow := top+depth, top+depth+1
		if got := get(1, numRow); got != "MS" {
			t.Errorf("%s: numbered row starts %q", sheet, got)
		}
		if got := get(1, dataRow); got != "Ủy ban nhân dân phường Hà Huy Tập" {
			t.Errorf("%s: unit row starts %q", sheet, got)
		}
		for k, c := range def.Columns {
			if got := strings.ReplaceAll(get(k+2, numRow), "\n", ""); got != c.Formula {
				t.Errorf("%s column %s: numbered %q, want %q", sheet, c.Number, got, c.Formula)
			}
			raw, _ := f.GetCellValue(sheet, statCellName(k+2, dataRow), excelize.Options{RawCellValue: true})
			if want := statExcelValue(c, data.Values); raw != want {
				t.Errorf("%s column %s: value %q, want %q", sheet, c.Number, raw, want)
			}
			typ, _ := f.GetCellType(sheet, statCellName(k+2, dataRow))
			if raw != "" && typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				t.Errorf("%s column %s: %v, want a number", sheet, c.Number, typ)
			}
		}
		// Money shows one decimal.
		for k, c := range def.Columns {
			if c.Kind == StatMoney {
				if got := get(k+2, dataRow); !strings.HasSuffix(got, ".5") && got != "0.0" {
					t.Errorf("%s column %s shows %q", sheet, c.Number, got)
				}
			}
		}
		// Printed A4 landscape, one page wide, the header repeated.
		layout, err := f.GetPageLayout(sheet)
		if err != nil || *layout.Orientation != "landscape" || *layout.Size != 9 || *layout.FitToWidth != 1 {
			t.Errorf("%s: page layout %+v %v", sheet, layout, err)
		}
		if props, _ := f.GetSheetProps(sheet); props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fitted to the page", sheet)
		}
		titles := ""
		for _, d := range f.GetDefinedName() {
			if d.Name == "_xlnm.Print_Titles" && d.Scope == sheet {
				titles = d.RefersTo
			}
		}
		if want := fmt.Sprintf("'%s'!$%d:$%d", sheet, top, numRow); titles != want {
			t.Errorf("print titles %q, want %q", titles, want)
		}
		id, _ := f.GetCellStyle(sheet, statCellName(2, top))
		style, _ := f.GetStyle(id)
		if style.Font == nil || style.Font.Family != "Times New Roman" || !style.Alignment.WrapText || len(style.Border) != 4 {
			t.Errorf("%s: header style %+v %+v %+v", sheet, style.Font, style.Alignment, style.Border)
		}
	}
	// 01/TCD by hand: "Tiếp thường xuyên" over columns 4–11 (E–L) on the
	// first header row; "Tiếp lần đầu" of the head's reception (15, P) on
	// the fourth.
	merges, _ := f.GetMergeCells("01-TCD")
	var refs []string
	for _, m := range merges {
		refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis()+" "+m.GetCellValue())
	}
	rows, _ := f.GetRows("01-TCD")
	top := statHeaderTop(rows)
	for _, want := range []string{
		fmt.Sprintf("A%d:A%d Đơn vị", top, top+3),
		fmt.Sprintf("B%d:B%d Tổng số lượt tiếp", top, top+3),
		fmt.Sprintf("E%d:L%d Tiếp thường xuyên", top, top),
		fmt.Sprintf("M%d:AD%d Tiếp định kỳ và đột xuất của Thủ trưởng", top, top),
		fmt.Sprintf("P%d:Q%d Số vụ việc", top+2, top+2),
	} {
		if !slices.Contains(refs, want) {
			t.Errorf("01-TCD lacks merge %q", want)
		}
	}
	if v, _ := f.GetCellValue("01-TCD", fmt.Sprintf("P%d", top+3)); v != "Tiếp lần đầu" {
		t.Errorf("01-TCD P%d = %q", top+3, v)
	}
}

// TestStatisticsXLSXInLibreOffice converts every sheet to CSV at once and
// finds each table's numbered row and values in it.
func TestStatisticsXLSXInLibreOffice(t *testing.T) {
	r := statReport()
	file := filepath.Join(t.TempDir(), "bao-cao.xlsx")
	if err := os.WriteFile(file, statXLSX(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := statConvertSheets(t, file)
	for _, data := range r.Tables {
		def, _ := StatTable(data.Code)
		name := filepath.Join(dir, "bao-cao-"+StatSheetName(def.Code)+".csv")
		b, err := os.ReadFile(name)
		if err != nil {
			entries, _ := os.ReadDir(dir)
			t.Fatalf("%s: %v (files %v)", def.Code, err, entries)
		}
		cr := csv.NewReader(bytes.NewReader(b))
		cr.FieldsPerRecord = -1
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("%s: csv: %v", def.Code, err)
		}
		at := -1
		for k, rec := range recs {
			if len(rec) > 0 && rec[0] == "MS" {
				at = k
			}
		}
		if at < 0 || at+1 >= len(recs) {
			t.Fatalf("%s: no numbered row in LibreOffice's CSV:\n%s", def.Code, b)
		}
		num, row := recs[at], recs[at+1]
		if row[0] != "Ủy ban nhân dân phường Hà Huy Tập" || len(row) < len(def.Columns)+1 {
			t.Fatalf("%s: unit row %q", def.Code, row)
		}
		for k, c := range def.Columns {
			if got := strings.ReplaceAll(num[k+1], "\n", ""); got != c.Formula {
				t.Errorf("%s column %s: numbered %q, want %q", def.Code, c.Number, got, c.Formula)
			}
			want, ok := data.Values[c.Number]
			got := row[k+1]
			if !ok || c.Kind == StatText {
				if got != "" {
					t.Errorf("%s column %s: %q, want empty", def.Code, c.Number, got)
				}
				continue
			}
			x, err := strconv.ParseFloat(got, 64)
			if c.Kind != StatCount {
				want = math.Round(want*10) / 10
			}
			if err != nil || x != want {
				t.Errorf("%s column %s: LibreOffice reads %q, want %v", def.Code, c.Number, got, want)
			}
			if c.Kind == StatMoney && !strings.HasSuffix(got, ".5") && got != "0.0" {
				t.Errorf("%s column %s: money shown as %q", def.Code, c.Number, got)
			}
		}
	}
}

// statConvertSheets converts every sheet of file to CSV with one run of
// LibreOffice (skipping the test when there is none), into a folder of
// <name>-<sheet>.csv files, which it returns. Filter options: comma (44),
// quote (34), UTF-8 (76), from line 1, …, token 9: cells as shown, token
// 12 = -1: every sheet.
func statConvertSheets(t *testing.T, file string) string {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice not found (Debian package libreoffice-calc-nogui): the workbook is not checked by a second reader")
	}
	dir := t.TempDir()
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	out, err := exec.Command(bin, "-env:UserInstallation="+profile, "--headless", "--norestore", "--convert-to",
		`csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1`, "--outdir", dir, file).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice --convert-to csv: %v\n%s", err, out)
	}
	return dir
}

func statPDF(t *testing.T, r StatReport) []byte {
	t.Helper()
	return render(t, func(b *bytes.Buffer) error { return StatisticsPDF(b, r) })
}

func TestStatisticsPDF(t *testing.T) {
	r := statReport()
	pdf := statPDF(t, r)
	if n := pageCount(t, pdf); n != len(r.Tables) {
		t.Errorf("%d pages for %d tables", n, len(r.Tables))
	}
	if size := pageSize(t, pdf); !strings.HasPrefix(size, "841") {
		t.Errorf("page size %q, want A4 landscape", size)
	}
	checkFonts(t, pdf, 2)
	for i, data := range r.Tables {
		def, _ := StatTable(data.Code)
		p := fmt.Sprint(i + 1)
		page := runPoppler(t, "pdftotext", pdf, "-raw", "-enc", "UTF-8", "-f", p, "-l", p, "{in}", "-")
		checkText(t, page, "Biểu số: "+def.Code, def.Title, "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP", nationalNameText, mottoText,
			"Quý III năm 2026", "(Số liệu tính từ ngày 15/6/2026 đến ngày 14/9/2026)", "Đơn vị", "NGƯỜI LẬP BIỂU",
			"THỦ TRƯỞNG ĐƠN VỊ", "Hà Tĩnh, ngày …… tháng …… năm ……", "Phan Văn Hùng")
		// The unit's row: its values in column order, after the unit's name.
		var values []string
		for _, c := range def.Columns {
			if v, ok := data.Values[c.Number]; ok && c.Kind != StatText {
				values = append(values, FormatStatValue(c, v))
			}
		}
		text := flat(page)
		at := strings.Index(text, "Hà Huy Tập "+strings.Join(values, " "))
		if at < 0 {
			t.Errorf("%s: the values %q are not in order after the unit's name:\n%s", def.Code, values, text)
		}
		// The numbered row, "MS" and the formulas in order.
		var numbers []string
		for _, c := range def.Columns {
			numbers = append(numbers, c.Formula)
		}
		nums := strings.ReplaceAll(text, " ", "")
		if !strings.Contains(nums, "MS"+strings.Join(numbers, "")) {
			t.Errorf("%s: numbered row %q not found", def.Code, numbers)
		}
		// Every heading is there.
		cells, _ := def.grid()
		for _, c := range cells {
			if !strings.Contains(text, c.label) && !strings.Contains(strings.ReplaceAll(text, "- ", ""), c.label) {
				t.Errorf("%s: heading %q missing", def.Code, c.label)
			}
		}
	}
}

func TestStatisticsRefusesBadInput(t *testing.T) {
	ok := statReport()
	for _, c := range []struct {
		name  string
		edit  func(*StatReport)
		field string
	}{
		{"no unit", func(r *StatReport) { r.Unit = domain.Unit{} }, ""},
		{"bad from", func(r *StatReport) { r.From = "15/06/2026" }, "from"},
		{"to before from", func(r *StatReport) { r.To = "2026-06-01" }, "to"},
		{"no tables", func(r *StatReport) { r.Tables = nil }, "tables"},
		{"unknown table", func(r *StatReport) { r.Tables = []StatData{{Code: "09/XLD"}} }, "tables"},
		{"twice", func(r *StatReport) { r.Tables = append(r.Tables, r.Tables[0]) }, "tables"},
		{"no such column", func(r *StatReport) { r.Tables = []StatData{{Code: "01/XLD", Values: map[string]float64{"23": 1}}} }, "tables"},
		{"text column", func(r *StatReport) { r.Tables = []StatData{{Code: "02/TCD", Values: map[string]float64{"17": 1}}} }, "tables"},
	} {
		r := ok
		r.Tables = slices.Clone(ok.Tables)
		c.edit(&r)
		for name, f := range map[string]func(*bytes.Buffer, StatReport) error{
			"xlsx": func(b *bytes.Buffer, r StatReport) error { return StatisticsXLSX(b, r) },
			"pdf":  func(b *bytes.Buffer, r StatReport) error { return StatisticsPDF(b, r) },
		} {
			var buf bytes.Buffer
			err := f(&buf, r)
			var de *domain.Error
			if !errors.As(err, &de) || de.Kind != domain.Invalid || (c.field != "" && de.Fields[c.field] == "") {
				t.Errorf("%s %s: %v, want invalid %q", c.name, name, err, c.field)
			}
			if buf.Len() != 0 {
				t.Errorf("%s %s: wrote %d bytes", c.name, name, buf.Len())
			}
		}
	}
}

// A period that is a date range is not printed twice.
func TestStatPeriodLine(t *testing.T) {
	r := statReport()
	r.PeriodLabel = "Từ ngày 15/6/2026 đến ngày 14/9/2026"
	d, err := newStatDoc(r)
	if err != nil || d.periodLabel != "" || d.dates != "(Số liệu tính từ ngày 15/6/2026 đến ngày 14/9/2026)" {
		t.Errorf("%+v %v", d, err)
	}
}

// TestStatisticsShots renders every table as PNGs into $TIEPDAN_SHOTS: the
// PDF's pages, and LibreOffice's print of the workbook.
func TestStatisticsShots(t *testing.T) {
	dir := os.Getenv("TIEPDAN_SHOTS")
	if dir == "" {
		t.Skip("TIEPDAN_SHOTS not set")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	r := statReport()
	file := filepath.Join(t.TempDir(), "bao-cao.xlsx")
	if err := os.WriteFile(file, statXLSX(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	printed, err := os.ReadFile(libreOffice(t, file, "pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pdf := statPDF(t, r)
	for kind, doc := range map[string][]byte{"pdf": pdf, "xlsx": printed} {
		pages := pageCount(t, doc)
		if pages != len(r.Tables) {
			t.Errorf("%s: %d pages for %d tables", kind, pages, len(r.Tables))
		}
		for i, data := range r.Tables {
			if i >= pages {
				break
			}
			p := fmt.Sprint(i + 1)
			runPoppler(t, "pdftoppm", doc, "-png", "-r", "50", "-f", p, "-l", p, "-singlefile", "{in}",
				filepath.Join(dir, "report-"+kind+"-"+StatSheetName(data.Code)))
		}
	}
}
