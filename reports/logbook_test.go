package reports

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"tiepdan/app/domain"
)

// The logbook is read back three ways: the workbook with excelize; the same
// workbook by LibreOffice, a second, independent reader (converted to CSV,
// and to PDF to see how it prints); and the PDF with pdftotext. Set
// TIEPDAN_SHOTS to get PNGs of the first pages of both PDFs.

// logbookVisits are hand-made rows as the service hands them over: the
// denouncer already masked.
func logbookVisits() []domain.Visit {
	return []domain.Visit{
		{
			Number: 41, Year: 2026, ReceivedAt: "2026-11-02T08:30:00+07:00", PeopleCount: 1,
			Citizens: []domain.Citizen{{Name: nfd("Nguyễn Văn Dũng"), IDKind: "can-cuoc", IDNumber: "042090001234",
				Address: nfd("Tổ dân phố 3, phường Hà Huy Tập, tỉnh Hà Tĩnh")}},
			Summary: "Khiếu nại Quyết định số 125/QĐ-UBND về việc thu hồi đất thửa số 12, tờ bản đồ số 5",
			Kind:    domain.ContentComplaint, WithinCompetence: true, Outcome: domain.OutcomeAccept,
			ReplyDue: "2026-11-16", VisitOrdinal: 1,
		},
		{
			Number: 42, Year: 2026, ReceivedAt: "2026-11-03T14:05:00+07:00", PeopleCount: 1,
			Citizens: []domain.Citizen{{Name: "[Được giữ bí mật]", IDKind: "can-cuoc", Protected: true, Masked: true}},
			Summary:  "Tố cáo cán bộ địa chính phường nhận tiền khi làm thủ tục cấp giấy chứng nhận",
			Kind:     domain.ContentDenunciation, WithinCompetence: true, Outcome: domain.OutcomeAccept, VisitOrdinal: 1,
		},
		{
			Number: 43, Year: 2026, ReceivedAt: "2026-11-05T09:00:00+07:00", PeopleCount: 12, IsGroup: true,
			Citizens: []domain.Citizen{
				{Name: "Trần Văn Bình", IDKind: "can-cuoc", IDNumber: "042075003456", Address: "Tổ dân phố 5", Representative: true},
				{Name: "Lê Thị Hoà", IDKind: "cmnd", IDNumber: "183456789", Address: "Tổ dân phố 5", Representative: true},
				{Name: "Phạm Quốc Việt", Address: "Tổ dân phố 6", Representative: true},
			},
			Summary:    "Kiến nghị về tiếng ồn và bụi của xưởng gỗ trong khu dân cư tổ dân phố 5, 6",
			Kind:       domain.ContentRecommendation,
			ResolvedBy: "Ủy ban nhân dân phường (Văn bản số 88/UBND ngày 10/9/2026)",
			Outcome:    domain.OutcomeTransfer, TransferBody: "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh", TransferDoc: "301/UBND-TCD",
			// Left over from a guide the clerk changed his mind about: not printed.
			GuideBody:    "Tòa án nhân dân khu vực 1",
			VisitOrdinal: 2, Notes: "Đoàn giữ trật tự tốt",
		},
		{
			Number: 44, Year: 2026, ReceivedAt: "2026-11-06T10:15:00+07:00", PeopleCount: 1,
			Citizens: []domain.Citizen{{Name: "Đặng Thị Mai", IDKind: "passport", IDNumber: "C1234567", Address: "Tổ dân phố 1"}},
			Summary:  "Phản ánh việc chậm cấp giấy phép xây dựng",
			Kind:     domain.ContentFeedback, Outcome: domain.OutcomeGuide,
			GuideBody: "Trung tâm Phục vụ hành chính công tỉnh", GuideDoc: "15/HD-UBND", VisitOrdinal: 1,
		},
		{
			Number: 45, Year: 2026, ReceivedAt: "2026-11-09T15:40:00+07:00", PeopleCount: 1,
			Citizens: []domain.Citizen{{Name: "Hoàng Văn Nam", IDKind: "other", IDDescription: "Giấy phép lái xe", IDNumber: "420123456789"}},
			Summary:  "Đề nghị xem xét lại vụ tranh chấp đất đã có bản án",
			Kind:     domain.ContentOther, Outcome: domain.OutcomeRefuse, RefusalGround: "da-co-ban-an", VisitOrdinal: 1,
		},
	}
}

// logbookNames are the names the rows must show, in order.
var logbookNames = []string{"Nguyễn Văn Dũng", "[Được giữ bí mật]", "Trần Văn Bình", "Đặng Thị Mai", "Hoàng Văn Nam"}

func logbookXLSX(t *testing.T, rows []domain.Visit) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := LogbookXLSX(&buf, testUnit(), "2026-11-01", "2026-11-30", rows); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLogbookXLSXHasTheFormColumnsAndOneRowPerVisit(t *testing.T) {
	data := logbookXLSX(t, logbookVisits())
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Sổ tiếp công dân"}) {
		t.Fatalf("sheets %q", got)
	}
	sheet := "Sổ tiếp công dân"
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	cell := func(r, c int) string { // 1-based
		if r-1 < len(rows) && c-1 < len(rows[r-1]) {
			return rows[r-1][c-1]
		}
		return ""
	}
	for _, c := range []struct {
		r, c int
		want string
	}{
		{1, 1, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"},
		{2, 1, "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP"},
		{1, 11, "Mẫu số 03/TCD"},
		{4, 1, "SỔ TIẾP CÔNG DÂN"},
		{5, 1, "Từ ngày 01/11/2026 đến ngày 30/11/2026"},
	} {
		if got := cell(c.r, c.c); got != c.want {
			t.Errorf("cell (%d,%d) = %q, want %q", c.r, c.c, got, c.want)
		}
	}
	// Mẫu 03/TCD's header row, in order, then its column numbers.
	header := []string{"STT", "Ngày tiếp", "Họ tên, địa chỉ", "CCCD/CMND/Hộ chiếu", "Nội dung đơn",
		"Loại đơn (KN/TC/KN/PA)", "Số người cùng nội dung", "Cơ quan đã giải quyết", "Thuộc thẩm quyền (x)",
		"Hướng dẫn công dân đến cơ quan có thẩm quyền", "Cơ quan, đơn vị thụ lý", "Theo dõi kết quả giải quyết", "Ghi chú"}
	if !slices.Equal(rows[6], header) {
		t.Errorf("header row\n got %q\nwant %q", rows[6], header)
	}
	if !slices.Equal(rows[7], []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"}) {
		t.Errorf("number row %q", rows[7])
	}
	// One row per visit, nothing after.
	want := [][]string{
		{"41", "02/11/2026", "Nguyễn Văn Dũng, Tổ dân phố 3, phường Hà Huy Tập, tỉnh Hà Tĩnh", "042090001234",
			"Khiếu nại Quyết định số 125/QĐ-UBND về việc thu hồi đất thửa số 12, tờ bản đồ số 5", "Khiếu nại", "1", "", "x",
			"", "", "Nhận đơn; hạn trả lời: 16/11/2026", ""},
		{"42", "03/11/2026", "[Được giữ bí mật]", "", "Tố cáo cán bộ địa chính phường nhận tiền khi làm thủ tục cấp giấy chứng nhận",
			"Tố cáo", "1", "", "x", "", "", "Nhận đơn", ""},
		{"43", "05/11/2026",
			"- Trần Văn Bình (người đại diện), Tổ dân phố 5\n- Lê Thị Hoà (người đại diện), Tổ dân phố 5\n- Phạm Quốc Việt (người đại diện), Tổ dân phố 6",
			"Trần Văn Bình: 042075003456\nLê Thị Hoà: CMND 183456789",
			"Kiến nghị về tiếng ồn và bụi của xưởng gỗ trong khu dân cư tổ dân phố 5, 6", "Kiến nghị", "12",
			"Ủy ban nhân dân phường (Văn bản số 88/UBND ngày 10/9/2026)", "", "",
			"Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh; số văn bản chuyển đơn: 301/UBND-TCD", "",
			"Tiếp nhiều lần (lần thứ 2)\nĐoàn giữ trật tự tốt"},
		{"44", "06/11/2026", "Đặng Thị Mai, Tổ dân phố 1", "Hộ chiếu C1234567", "Phản ánh việc chậm cấp giấy phép xây dựng",
			"Phản ánh", "1", "", "", "Trung tâm Phục vụ hành chính công tỉnh; số văn bản hướng dẫn: 15/HD-UBND", "", "", ""},
		{"45", "09/11/2026", "Hoàng Văn Nam", "Giấy phép lái xe 420123456789", "Đề nghị xem xét lại vụ tranh chấp đất đã có bản án",
			"Không thuộc nội dung khiếu nại, tố cáo, kiến nghị, phản ánh", "1", "", "", "", "",
			"Từ chối tiếp: Vụ việc đã được giải quyết bằng bản án, quyết định của Tòa án đã có hiệu lực pháp luật, không thuộc trường hợp xem xét lại", ""},
	}
	if len(rows) != 8+len(want) {
		t.Fatalf("%d rows, want %d (8 heading rows and one per visit)", len(rows), 8+len(want))
	}
	for i, w := range want {
		got := append(rows[8+i], make([]string, 13)...)[:13]
		for c := range w {
			if got[c] != w[c] {
				t.Errorf("visit %d, column %d (%s):\n got %q\nwant %q", i+1, c+1, header[c], got[c], w[c])
			}
		}
	}
	// Numbers are numbers; text is NFC; the font is Times New Roman.
	if typ, _ := f.GetCellType(sheet, "A9"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("STT is %v, want a number", typ)
	}
	for _, r := range rows {
		for _, c := range r {
			if !norm.NFC.IsNormalString(c) {
				t.Errorf("cell not in NFC: %q", c)
			}
		}
	}
	id, _ := f.GetCellStyle(sheet, "C9")
	style, err := f.GetStyle(id)
	if err != nil || style.Font == nil || style.Font.Family != "Times New Roman" || style.Alignment == nil || !style.Alignment.WrapText {
		t.Errorf("data cell style %+v %+v (%v)", style.Font, style.Alignment, err)
	}
	if len(style.Border) != 4 {
		t.Errorf("data cell borders %+v", style.Border)
	}
	// Frozen under the header; printed A4 landscape, one page wide, the
	// header rows repeated.
	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.YSplit != 8 {
		t.Errorf("panes %+v %v", panes, err)
	}
	layout, err := f.GetPageLayout(sheet)
	if err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" || layout.Size == nil || *layout.Size != 9 ||
		layout.FitToWidth == nil || *layout.FitToWidth != 1 || layout.FitToHeight == nil || *layout.FitToHeight != 0 {
		t.Errorf("page layout %+v %v", layout, err)
	}
	props, err := f.GetSheetProps(sheet)
	if err != nil || props.FitToPage == nil || !*props.FitToPage {
		t.Errorf("fit to page not set: %+v %v", props, err)
	}
	titles := ""
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" {
			titles = d.RefersTo
		}
	}
	if titles != "'Sổ tiếp công dân'!$7:$8" {
		t.Errorf("print titles %q", titles)
	}
	// Wrapped rows are given room: the group's three lines at least.
	if h, _ := f.GetRowHeight(sheet, 11); h < 3*xlsxLine {
		t.Errorf("the group's row is %.1f pt high", h)
	}
}

func TestLogbookRefusesBadInput(t *testing.T) {
	var buf bytes.Buffer
	for _, c := range []struct {
		unit     domain.Unit
		from, to string
		field    string
	}{
		{testUnit(), "2026-13-01", "", "from"},
		{testUnit(), "", "30/11/2026", "to"},
		{testUnit(), "2026-12-01", "2026-11-01", "to"},
		{domain.Unit{}, "", "", ""},
	} {
		for name, render := range map[string]func() error{
			"xlsx": func() error { return LogbookXLSX(&buf, c.unit, c.from, c.to, nil) },
			"pdf":  func() error { return LogbookPDF(&buf, c.unit, c.from, c.to, nil) },
		} {
			err := render()
			var de *domain.Error
			if !errors.As(err, &de) || de.Kind != domain.Invalid || (c.field != "" && de.Fields[c.field] == "") {
				t.Errorf("%s %q..%q: %v, want invalid %s", name, c.from, c.to, err, c.field)
			}
		}
	}
}

func TestLogbookPeriodDefaultsToTheVisits(t *testing.T) {
	rows := logbookVisits()
	for _, c := range []struct{ from, to, want string }{
		{"", "", "Từ ngày 02/11/2026 đến ngày 09/11/2026"},
		{"2026-10-01", "", "Từ ngày 01/10/2026 đến ngày 09/11/2026"},
	} {
		got, err := logbookPeriod(c.from, c.to, rows)
		if err != nil || got != c.want {
			t.Errorf("%q..%q: %q %v, want %q", c.from, c.to, got, err, c.want)
		}
	}
	if got, _ := logbookPeriod("", "", nil); got != "" {
		t.Errorf("no dates, no visits: %q", got)
	}
	if got, _ := logbookPeriod("2026-11-01", "", nil); got != "Từ ngày 01/11/2026 đến ngày ……" {
		t.Errorf("open end, no visits: %q", got)
	}
}

// libreOffice converts file into outDir as format with a headless
// LibreOffice, or skips the test when there is none (Debian package
// libreoffice-calc-nogui), and returns the converted file's path.
func libreOffice(t *testing.T, file, format string) string {
	t.Helper()
	bin := ""
	for _, name := range []string{"libreoffice", "soffice"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("LibreOffice not found (Debian package libreoffice-calc-nogui): the workbook is not checked by a second reader")
	}
	dir := t.TempDir()
	// A profile of its own, so that a LibreOffice already running (or
	// another test) does not take the conversion over.
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	out, err := exec.Command(bin, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", format, "--outdir", dir, file).CombinedOutput()
	if err != nil {
		t.Fatalf("libreoffice --convert-to %s: %v\n%s", format, err, out)
	}
	ext := strings.SplitN(format, ":", 2)[0]
	conv := filepath.Join(dir, strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))+"."+ext)
	if _, err := os.Stat(conv); err != nil {
		t.Fatalf("libreoffice wrote no %s: %v\n%s", ext, err, out)
	}
	return conv
}

func TestLogbookXLSXOpensInLibreOffice(t *testing.T) {
	visits := logbookVisits()
	file := filepath.Join(t.TempDir(), "so-tiep-cong-dan.xlsx")
	if err := os.WriteFile(file, logbookXLSX(t, visits), 0o644); err != nil {
		t.Fatal(err)
	}
	// CSV, UTF-8 (76), comma-separated, quoted.
	conv := libreOffice(t, file, `csv:Text - txt - csv (StarCalc):44,34,76,1`)
	b, err := os.ReadFile(conv)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("csv: %v\n%s", err, b)
	}
	var data [][]string
	title := false
	for _, rec := range recs {
		if len(rec) > 0 && rec[0] == "SỔ TIẾP CÔNG DÂN" {
			title = true
		}
		if len(rec) >= 13 && rec[1] != "" && strings.Count(rec[1], "/") == 2 {
			data = append(data, rec)
		}
	}
	if !title {
		t.Errorf("LibreOffice's CSV has no title row:\n%s", b)
	}
	if len(data) != len(visits) {
		t.Fatalf("LibreOffice's CSV has %d visit rows, want %d:\n%s", len(data), len(visits), b)
	}
	for i, rec := range data {
		if !strings.Contains(rec[2], logbookNames[i]) || rec[0] != fmt.Sprint(visits[i].Number) {
			t.Errorf("CSV row %d: %q, want %s, STT %d", i+1, rec[:3], logbookNames[i], visits[i].Number)
		}
	}

	// And printed: A4 landscape, every column on the page, the header on
	// every page.
	many := manyVisits(60)
	if err := os.WriteFile(file, logbookXLSX(t, many), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile(libreOffice(t, file, "pdf"))
	if err != nil {
		t.Fatal(err)
	}
	checkPrinted(t, pdf, many)
	shot(t, pdf, "logbook-03TCD-xlsx")
}

// manyVisits is the sample rows repeated to n, numbered on.
func manyVisits(n int) []domain.Visit {
	base := logbookVisits()
	out := make([]domain.Visit, n)
	for i := range out {
		v := base[i%len(base)]
		v.Number = i + 1
		out[i] = v
	}
	return out
}

// checkPrinted checks a printed logbook of visits: A4 landscape, the title
// on page 1, the header row with its last column on every page, every
// visit's STT once.
func checkPrinted(t *testing.T, pdf []byte, visits []domain.Visit) {
	t.Helper()
	if size := pageSize(t, pdf); !strings.HasPrefix(size, "841") {
		t.Errorf("page size %q, want A4 landscape (841.89 x 595.276 pts)", size)
	}
	pages := pageCount(t, pdf)
	if pages < 2 {
		t.Fatalf("%d visits on %d page", len(visits), pages)
	}
	for p := 1; p <= pages; p++ {
		text := runPoppler(t, "pdftotext", pdf, "-layout", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), "{in}", "-")
		if p == 1 {
			checkText(t, text, "SỔ TIẾP CÔNG DÂN", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP")
		}
		// The number row, on one line: every column is on the page.
		checkText(t, text, "STT", "Ngày tiếp", "1 2 3 4 5 6 7 8 9 10 11 12 13")
	}
	text := flat(pdfText(t, pdf))
	for _, name := range logbookNames {
		if !strings.Contains(text, name) {
			t.Errorf("printed logbook lacks %q", name)
		}
	}
}

func TestLogbookPDF(t *testing.T) {
	visits := logbookVisits()
	var buf bytes.Buffer
	if err := LogbookPDF(&buf, testUnit(), "2026-11-01", "2026-11-30", visits); err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	// In the order drawn, each cell's lines together.
	text := runPoppler(t, "pdftotext", pdf, "-raw", "-enc", "UTF-8", "{in}", "-")
	checkText(t, text, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP", "Mẫu số 03/TCD",
		"SỔ TIẾP CÔNG DÂN", "Từ ngày 01/11/2026 đến ngày 30/11/2026",
		"Trần Văn Bình (người đại diện)", "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh", "15/HD-UBND", "16/11/2026")
	for _, name := range logbookNames {
		checkText(t, text, name)
	}
	if strings.Contains(text, "Tòa án nhân dân khu vực 1") {
		t.Error("a guide body left over on a transferred visit was printed")
	}
	checkFonts(t, pdf, 2)
	// The refusal's long ground does not fit under the first four rows: the
	// row moves whole to page 2, under the header again.
	if n := pageCount(t, pdf); n != 2 {
		t.Errorf("five visits on %d pages, want 2", n)
	}
	page1 := runPoppler(t, "pdftotext", pdf, "-raw", "-f", "1", "-l", "1", "{in}", "-")
	page2 := runPoppler(t, "pdftotext", pdf, "-raw", "-f", "2", "-l", "2", "{in}", "-")
	checkText(t, page1, "Đặng Thị Mai")
	checkText(t, page2, "Ngày tiếp", "Hoàng Văn Nam", "Từ chối tiếp: Vụ việc đã được giải quyết bằng bản án")
	if strings.Contains(page1, "Hoàng Văn Nam") || strings.Contains(page1, "Từ chối") {
		t.Errorf("the refusal row was split:\n%s", page1)
	}
	shot(t, pdf, "logbook-03TCD-pdf")

	// Many visits: the header on every page, no row split.
	buf.Reset()
	many := manyVisits(60)
	if err := LogbookPDF(&buf, testUnit(), "", "", many); err != nil {
		t.Fatal(err)
	}
	checkPrinted(t, buf.Bytes(), many)
	pages := pageCount(t, buf.Bytes())
	seen := map[string]int{}
	for p := 1; p <= pages; p++ {
		text := runPoppler(t, "pdftotext", buf.Bytes(), "-layout", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), "{in}", "-")
		for _, ln := range strings.Split(text, "\n") {
			// A row's first line starts with its STT and date.
			f := strings.Fields(ln)
			if len(f) < 2 || strings.Count(f[1], "/") != 2 {
				continue
			}
			if _, err := strconv.Atoi(f[0]); err == nil {
				seen[f[0]]++
			}
		}
	}
	for i := range many {
		if n := seen[fmt.Sprint(i+1)]; n != 1 {
			t.Errorf("row %d starts %d times", i+1, n)
		}
	}
}

func TestLogbookPDFSplitsOnlyARowTallerThanAPage(t *testing.T) {
	v := logbookVisits()[0]
	v.Summary = strings.Repeat("Nội dung rất dài của đơn khiếu nại được ghi lại đầy đủ. ", 90)
	var buf bytes.Buffer
	if err := LogbookPDF(&buf, testUnit(), "", "", []domain.Visit{logbookVisits()[1], v}); err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	if n := pageCount(t, pdf); n < 2 {
		t.Fatalf("%d page(s) for a row taller than a page", n)
	}
	// In the order drawn, each cell's lines together.
	text := flat(runPoppler(t, "pdftotext", pdf, "-raw", "-enc", "UTF-8", "{in}", "-"))
	if got := strings.Count(text, "đủ."); got != 90 {
		t.Errorf("the long summary prints %d of its 90 sentences", got)
	}
	for p := 1; p <= pageCount(t, pdf); p++ {
		text := runPoppler(t, "pdftotext", pdf, "-layout", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), "{in}", "-")
		checkText(t, text, "Ngày tiếp")
	}
}

func BenchmarkLogbookXLSX1000(b *testing.B) {
	rows := manyVisits(1000)
	for b.Loop() {
		if err := LogbookXLSX(&bytes.Buffer{}, testUnit(), "", "", rows); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLogbookPDF1000(b *testing.B) {
	rows := manyVisits(1000)
	for b.Loop() {
		if err := LogbookPDF(&bytes.Buffer{}, testUnit(), "", "", rows); err != nil {
			b.Fatal(err)
		}
	}
}
