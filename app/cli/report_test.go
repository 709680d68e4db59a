package cli_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
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

	"tiepdan/app"
	"tiepdan/app/cli"
	"tiepdan/app/domain"
	"tiepdan/app/secure"
	"tiepdan/reports"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// clockEnv runs the commands on the test clock (27/11/2026).
var clockEnv = cli.Env{Now: storetest.Clock}

// demoData fills dir with `tiepdan demo` data of visits and petitions on the
// test clock.
func demoData(t *testing.T, dir string, visits, petitions int) {
	t.Helper()
	saved := *cli.DemoPasswordCost
	*cli.DemoPasswordCost = secure.TestCost
	t.Cleanup(func() { *cli.DemoPasswordCost = saved })
	code, _, errOut := run(t, clockEnv, "demo", "--visits", fmt.Sprint(visits), "--petitions", fmt.Sprint(petitions),
		"--seed", "11", "--data", dir)
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
}

// reportJSON runs tiepdan report to a JSON file and reads it back.
func reportJSON(t *testing.T, dir, period string, extra ...string) (cli.ReportJSON, []byte) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "bao-cao.json")
	if code, _, errOut := run(t, clockEnv, append([]string{"report", "--period", period, "--out", out, "--data", dir}, extra...)...); code != 0 || errOut != "" {
		t.Fatalf("report %s: exit %d: %s", period, code, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var r cli.ReportJSON
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r, b
}

func TestReportCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mau")
	demoData(t, dir, 60, 40)

	r, raw := reportJSON(t, dir, "2026-Q3")
	// Exactly period {from, to}, unit and forms.
	var shape map[string]json.RawMessage
	if err := json.Unmarshal(raw, &shape); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range shape {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var period map[string]string
	if err := json.Unmarshal(shape["period"], &period); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(keys, []string{"forms", "period", "unit"}) || len(period) != 2 || r.Period.From != "2026-06-15" ||
		r.Period.To != "2026-09-14" || r.Unit != "Ủy ban nhân dân phường Hà Huy Tập" {
		t.Fatalf("report JSON %s", raw[:min(len(raw), 300)])
	}
	// The mandatory tables, each keyed by its printed numbers.
	var codes []string
	for _, def := range reports.StatTables() {
		if def.Optional {
			continue
		}
		codes = append(codes, def.Code)
		for _, c := range def.Columns {
			if _, ok := r.Forms[def.Code][c.Number]; ok != (c.Kind != reports.StatText) {
				t.Errorf("%s cột %s in the JSON: %v", def.Code, c.Number, ok)
			}
		}
	}
	if len(r.Forms) != len(codes) {
		t.Errorf("tables %d, want %d", len(r.Forms), len(codes))
	}
	if r.Forms["01/TCD"]["1"] == 0 || r.Forms["01/XLD"]["1"] == 0 {
		t.Errorf("nothing counted: %v", r.Forms["01/TCD"])
	}
	// --optional adds the TT 02/2021 tables.
	if all, _ := reportJSON(t, dir, "2026-Q3", "--optional"); len(all.Forms) != len(reports.StatTables()) {
		t.Errorf("--optional: %d tables", len(all.Forms))
	}
	// Excel and PDF.
	for ext, magic := range map[string]string{".xlsx": "PK", ".pdf": "%PDF"} {
		out := filepath.Join(t.TempDir(), "bao-cao"+ext)
		code, stdout, errOut := run(t, clockEnv, "report", "--period", "2026-6M", "--out", out, "--data", dir)
		b, _ := os.ReadFile(out)
		if code != 0 || errOut != "" || !bytes.HasPrefix(b, []byte(magic)) || !strings.Contains(stdout, "6 tháng đầu năm 2026") {
			t.Errorf("report to %s: exit %d, %q %q", ext, code, stdout, errOut)
		}
	}
	// Mistakes, each in one Vietnamese line.
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"report", "--out", "x.json", "--data", dir}, 2, "thiếu --period"},
		{[]string{"report", "--period", "2026-Q3", "--data", dir}, 2, "thiếu --out"},
		{[]string{"report", "--period", "2026-Q3", "--out", "x.docx", "--data", dir}, 2, ".xlsx, .pdf hoặc .json"},
		{[]string{"report", "--period", "2026-Q5", "--out", filepath.Join(t.TempDir(), "x.json"), "--data", dir}, 1, "Kỳ báo cáo"},
		{[]string{"report", "--period", "2026", "--out", filepath.Join(t.TempDir(), "x.json"), "--data", t.TempDir()}, 1, "chưa có dữ liệu"},
	} {
		code, _, errOut := run(t, clockEnv, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, errOut)
		}
		oneLine(t, errOut)
	}
}

// fastDir is a folder for a large data set: in memory (/dev/shm) where the
// machine has one, as the demo's thousands of transactions each wait for
// the disk otherwise.
func fastDir(t *testing.T) string {
	if dir, err := os.MkdirTemp("/dev/shm", "tiepdan-test-"); err == nil {
		t.Cleanup(func() { os.RemoveAll(dir) })
		return filepath.Join(dir, "mau")
	}
	return filepath.Join(t.TempDir(), "mau")
}

// TestReportPropertiesOnDemo checks the statistics of `tiepdan demo` data of
// 10,000 visits and petitions: every printed identity holds, the tables
// agree where they overlap and with the registers counted another way, and
// the JSON, the Excel (read by excelize and by LibreOffice) and the PDF give
// the same numbers.
func TestReportPropertiesOnDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("the demo of 10,000 records takes about a minute")
	}
	dir := fastDir(t)
	demoData(t, dir, 9000, 1000)
	services := openAsAdmin(t, dir)
	for _, period := range []string{"2026", "2026-Q3"} {
		t.Run(period, func(t *testing.T) {
			r, _ := reportJSON(t, dir, period, "--optional")
			checkIdentities(t, r.Forms)
			checkOverlaps(t, r.Forms)
			checkRegisters(t, services, r)
			out := filepath.Join(t.TempDir(), "bao-cao")
			for _, ext := range []string{".xlsx", ".pdf"} {
				if code, _, errOut := run(t, clockEnv, "report", "--period", period, "--optional", "--out", out+ext, "--data", dir); code != 0 {
					t.Fatalf("report %s: %s", ext, errOut)
				}
			}
			compare(t, "Excel", r.Forms, readXLSX(t, out+".xlsx"))
			checkPDF(t, r.Forms, out+".pdf")
			if period == "2026" {
				compare(t, "LibreOffice", r.Forms, readWithLibreOffice(t, out+".xlsx"))
			}
		})
	}
}

// openAsAdmin opens the demo folder's services logged in as its administrator.
func openAsAdmin(t *testing.T, dir string) *app.Services {
	t.Helper()
	st, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s := app.New(app.Deps{Store: st, Now: storetest.Clock, PasswordCost: secure.TestCost})
	if _, err := s.Auth.Login("quantri", app.DemoPassword); err != nil {
		t.Fatal(err)
	}
	return s
}

// tables lists the layouts of the tables in forms, in the report's order.
func tables(forms map[string]map[string]float64) []reports.StatTableDef {
	var out []reports.StatTableDef
	for _, def := range reports.StatTables() {
		if _, ok := forms[def.Code]; ok {
			out = append(out, def)
		}
	}
	return out
}

func checkIdentities(t *testing.T, forms map[string]map[string]float64) {
	t.Helper()
	for _, def := range tables(forms) {
		if bad := def.Check(forms[def.Code]); len(bad) > 0 {
			t.Errorf("%s: %v", def.Code, bad)
		}
		for _, id := range def.Identities {
			// The partitions behind the advisory ones hold too.
			total := 0.0
			for _, p := range id.Parts {
				total += forms[def.Code][p]
			}
			if math.Abs(total-forms[def.Code][id.Total]) > 1e-6 {
				t.Errorf("%s: %s = %v, %v add up to %v (advisory %v)", def.Code, id.Total, forms[def.Code][id.Total], id.Parts, total, id.Advisory)
			}
		}
	}
	// Nothing trivial: the demo gives every table numbers.
	for code, vals := range forms {
		if vals["1"] == 0 && code != "04/KQGQ" {
			t.Errorf("%s column 1 is 0", code)
		}
	}
}

// checkOverlaps compares the tables where they count the same things.
func checkOverlaps(t *testing.T, f map[string]map[string]float64) {
	t.Helper()
	xld, kn, tc, kp := f["01/XLD"], f["02/XLD"], f["03/XLD"], f["04/XLD"]
	eq := func(what string, a, b float64) {
		if math.Abs(a-b) > 1e-6 {
			t.Errorf("%s: %v ≠ %v", what, a, b)
		}
	}
	le := func(what string, a, b float64) {
		if a > b+1e-6 {
			t.Errorf("%s: %v > %v", what, a, b)
		}
	}
	// 01/XLD by kind is the đủ điều kiện columns of 02/03/04/XLD.
	eq("01/XLD 8 = 02/XLD 7", xld["8"], kn["7"])
	eq("01/XLD 9 = 03/XLD 7", xld["9"], tc["7"])
	eq("01/XLD 10 = 04/XLD 7", xld["10"], kp["7"])
	eq("01/XLD 6 = 02/03/04/XLD 7", xld["6"], kn["7"]+tc["7"]+kp["7"])
	// The đơn of 02/03/04/XLD are 01/XLD's but for those of several contents.
	for _, c := range [][2]string{{"1", "1"}, {"2", "2"}, {"3", "3"}, {"4", "4"}} {
		le("02+03+04/XLD "+c[1]+" ≤ 01/XLD "+c[0], kn[c[1]]+tc[c[1]]+kp[c[1]], xld[c[0]])
	}
	le("02/XLD 26 + 03/XLD 27 ≤ 01/XLD 22", kn["26"]+tc["27"], xld["22"])
	// A vụ việc is counted once however many đơn: never more than the đơn.
	for _, c := range []struct{ name, matters, petitions string }{{"01/XLD", "7", "6"}, {"02/XLD", "8", "7"}, {"03/XLD", "8", "7"}, {"04/XLD", "8", "7"}} {
		le(c.name+" vụ việc ≤ đơn", f[c.name][c.matters], f[c.name][c.petitions])
	}
	// 01/KQGQ: the decisions are on time or late; 02/KQGQ carries them out.
	kq := f["01/KQGQ"]
	eq("01/KQGQ 25 + 26 = 5", kq["25"]+kq["26"], kq["5"])
	le("01/KQGQ 5 ≤ 02/KQGQ 1", kq["5"], f["02/KQGQ"]["1"])
	le("02/KQGQ 2 ≤ 1", f["02/KQGQ"]["2"], f["02/KQGQ"]["1"])
	tcq := f["03/KQGQ"]
	eq("03/KQGQ 24 + 26 + 28 = 7 + 8", tcq["24"]+tcq["26"]+tcq["28"], tcq["7"]+tcq["8"])
	// 02/TCD: đơn at reception are among the đơn received.
	le("02/TCD 1 ≤ 01/XLD 3", f["02/TCD"]["1"], xld["3"])
	// 01/TCD: the groups are among the visits.
	tcd := f["01/TCD"]
	le("01/TCD 8 ≤ 4", tcd["8"], tcd["4"])
	le("01/TCD 17 ≤ 13", tcd["17"], tcd["13"])
}

// checkRegisters counts again from the registers, through the services.
func checkRegisters(t *testing.T, s *app.Services, r cli.ReportJSON) {
	t.Helper()
	var visits, people int
	for offset := 0; ; offset += 500 {
		page, err := s.Reception.Visits(app.VisitFilter{From: r.Period.From, To: r.Period.To, Limit: 500, Offset: offset})
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range page.Rows {
			visits++
			people += v.PeopleCount
		}
		if len(page.Rows) < 500 {
			break
		}
	}
	if float64(visits) != r.Forms["01/TCD"]["1"] || float64(people) != r.Forms["01/TCD"]["2"] {
		t.Errorf("logbook: %d visits, %d people; 01/TCD 1 = %v, 2 = %v", visits, people, r.Forms["01/TCD"]["1"], r.Forms["01/TCD"]["2"])
	}
	page, err := s.Petitions.List(app.PetitionFilter{From: r.Period.From, To: r.Period.To, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if float64(page.Total) != r.Forms["01/XLD"]["3"] {
		t.Errorf("register: %d đơn received, 01/XLD 3 = %v", page.Total, r.Forms["01/XLD"]["3"])
	}
	in := func(d string) bool { return d >= r.Period.From && d <= r.Period.To }
	var accepted, decided, onTime float64
	for _, kind := range []domain.CaseKind{domain.CaseComplaintFirst, domain.CaseComplaintSecond} {
		for offset := 0; ; offset += 200 {
			cases, err := s.Cases.List(app.CaseFilter{Kind: kind, Limit: 200, Offset: offset})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cases.Rows {
				if in(c.AcceptedOn) {
					accepted++
				}
				if in(c.DecidedOn) {
					decided++
					if c.OnTime {
						onTime++
					}
				}
			}
			if len(cases.Rows) < 200 {
				break
			}
		}
	}
	kq := r.Forms["01/KQGQ"]
	if accepted != kq["3"] || decided != kq["5"] || onTime != kq["25"] || decided == 0 {
		t.Errorf("cases: %v accepted, %v decided, %v on time; 01/KQGQ 3 = %v, 5 = %v, 25 = %v",
			accepted, decided, onTime, kq["3"], kq["5"], kq["25"])
	}
}

// compare fails where a reader's numbers differ from the JSON's.
func compare(t *testing.T, reader string, want, got map[string]map[string]float64) {
	t.Helper()
	for _, def := range tables(want) {
		for _, c := range def.Columns {
			if c.Kind == reports.StatText {
				continue
			}
			w := want[def.Code][c.Number]
			if c.Kind != reports.StatCount {
				w = math.Round(w*10) / 10
			}
			if g, ok := got[def.Code][c.Number]; !ok || math.Abs(g-w) > 1e-9 {
				t.Errorf("%s: %s cột %s = %v (read %v), JSON %v", reader, def.Code, c.Number, g, ok, w)
			}
		}
	}
}

// dataRow returns the cells after the numbered row ("MS"): the unit's.
func dataRow(rows [][]string) []string {
	for i, row := range rows {
		if len(row) > 0 && row[0] == "MS" && i+1 < len(rows) {
			return rows[i+1]
		}
	}
	return nil
}

// values reads a unit's row of table def as numbers by column.
func values(t *testing.T, def reports.StatTableDef, row []string) map[string]float64 {
	out := map[string]float64{}
	for i, c := range def.Columns {
		if i+1 >= len(row) || c.Kind == reports.StatText {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(row[i+1]), 64)
		if err != nil {
			t.Errorf("%s cột %s: %q", def.Code, c.Number, row[i+1])
			continue
		}
		out[c.Number] = v
	}
	return out
}

func readXLSX(t *testing.T, path string) map[string]map[string]float64 {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]map[string]float64{}
	for _, def := range reports.StatTables() {
		rows, err := f.GetRows(reports.StatSheetName(def.Code), excelize.Options{RawCellValue: true})
		if err != nil {
			continue
		}
		out[def.Code] = values(t, def, dataRow(rows))
	}
	return out
}

// readWithLibreOffice converts every sheet to CSV with one run of
// LibreOffice, skipping when there is none.
func readWithLibreOffice(t *testing.T, path string) map[string]map[string]float64 {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice not found (Debian package libreoffice-calc-nogui): the Excel is not read a second way")
	}
	dir := t.TempDir()
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	// Comma, quote, UTF-8, from line 1; raw values (not as shown); every sheet.
	if out, err := exec.Command(bin, "-env:UserInstallation="+profile, "--headless", "--norestore", "--convert-to",
		`csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`, "--outdir", dir, path).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	base := strings.TrimSuffix(filepath.Base(path), ".xlsx")
	out := map[string]map[string]float64{}
	for _, def := range reports.StatTables() {
		b, err := os.ReadFile(filepath.Join(dir, base+"-"+reports.StatSheetName(def.Code)+".csv"))
		if err != nil {
			continue
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", def.Code, err)
		}
		out[def.Code] = values(t, def, dataRow(rows))
	}
	return out
}

// checkPDF finds each table's numbers, in column order, after the unit's
// name on its page.
func checkPDF(t *testing.T, forms map[string]map[string]float64, path string) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not found (Debian package poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(out), "\f")
	for i, def := range tables(forms) {
		var vals []string
		for _, c := range def.Columns {
			if c.Kind != reports.StatText {
				vals = append(vals, reports.FormatStatValue(c, forms[def.Code][c.Number]))
			}
		}
		text := strings.Join(strings.Fields(pages[i]), " ")
		if !strings.Contains(text, "Hà Huy Tập "+strings.Join(vals, " ")) {
			t.Errorf("PDF page %d (%s) lacks the numbers %v:\n%s", i+1, def.Code, vals, text)
		}
	}
}
