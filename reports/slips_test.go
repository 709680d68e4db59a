package reports

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"tiepdan/app/domain"
)

// The slips are checked the way a person would: their text, read back with
// pdftotext (poppler-utils), and their fonts, with pdffonts. Set TIEPDAN_SHOTS
// to a folder (relative to the repository root) to also get PNGs of the
// first pages, made with pdftoppm, to look at.

const (
	nationalNameText = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	mottoText        = "Độc lập - Tự do - Hạnh phúc"
)

func testUnit() domain.Unit {
	return domain.Unit{
		Name:           "Ủy ban nhân dân phường Hà Huy Tập",
		SuperiorAgency: "Ủy ban nhân dân tỉnh Hà Tĩnh",
		DocSymbol:      "UBND",
		PlaceName:      "Hà Tĩnh",
		ChairmanName:   "Phan Văn Hùng",
		ChairmanTitle:  "Chủ tịch",
		ReceptionPlace: "Trụ sở tiếp công dân phường Hà Huy Tập",
		PeriodicDays:   []int{4},
	}
}

// nfd returns s decomposed, as some keyboards and pasted text deliver it.
func nfd(s string) string { return norm.NFD.String(s) }

func testReceipt() domain.Receipt {
	return domain.Receipt{
		Number:          7,
		ReceivedAt:      "2026-11-27T09:30",
		OfficerName:     "Trần Thị Bích Ngọc",
		OfficerPosition: "Công chức Văn phòng - Thống kê, phụ trách tiếp công dân",
		// Decomposed on purpose: it must print, and read back, in NFC.
		ProviderName: nfd("Nguyễn Văn Dũng"),
		IDNumber:     "042086001234",
		IDIssueDate:  "2021-08-15",
		IDIssuePlace: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
		Address:      nfd("Số 12, ngõ 4, đường Nguyễn Du, tổ dân phố 5, phường Hà Huy Tập, tỉnh Hà Tĩnh"),
		Items: []domain.ReceiptItem{
			{Name: "Đơn khiếu nại đề ngày 20/11/2026 về việc thu hồi đất", Pages: 3, Kind: domain.ItemOriginal, Condition: "nguyên vẹn"},
			{Name: "Quyết định số 125/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân phường", Pages: 2, Kind: domain.ItemCopy, Condition: "rõ chữ, không tẩy xóa"},
			{Name: "Giấy chứng nhận quyền sử dụng đất số BK 123456", Pages: 4, Kind: domain.ItemCertifiedCopy, Condition: "nguyên vẹn"},
			{Name: "Một USB chứa ảnh chụp hiện trạng thửa đất", Kind: domain.ItemOriginal, Condition: "chưa kiểm tra nội dung"},
		},
	}
}

func testNotice() domain.RefusalNotice {
	return domain.RefusalNotice{
		Number:         5,
		Date:           "2026-11-27",
		VisitDate:      "2026-11-25",
		CitizenName:    nfd("Lê Thị Hoà"),
		IDNumber:       "042175009876",
		IDIssueDate:    "2022-03-10",
		IDIssuePlace:   "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
		Address:        "Tổ dân phố 7, phường Hà Huy Tập, tỉnh Hà Tĩnh",
		ContentKind:    domain.ContentRecommendation,
		ContentSummary: "đề nghị xem xét lại mức bồi thường khi thu hồi đất làm đường Hàm Nghi kéo dài",
		Reason:         "kiến nghị đã được Ủy ban nhân dân phường trả lời bằng Văn bản số 412/UBND-ĐC ngày 10/9/2026 đúng quy định, nay không có nội dung, tình tiết mới.",
		Recipients:     []string{"Ủy ban nhân dân tỉnh Hà Tĩnh (để b/c)", "Công an phường Hà Huy Tập (để p/h)"},
	}
}

// pdfText runs pdftotext -layout on pdf, or skips the test when poppler is
// missing.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	return runPoppler(t, "pdftotext", pdf, "-layout", "-enc", "UTF-8", "{in}", "-")
}

func runPoppler(t testing.TB, tool string, pdf []byte, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s not found (Debian package poppler-utils): the PDF cannot be read back", tool)
	}
	in := filepath.Join(t.TempDir(), "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	for i, a := range args {
		if a == "{in}" {
			args[i] = in
		}
	}
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, out)
	}
	return string(out)
}

// flat collapses all white space, line breaks included, so that a phrase
// wrapped or justified across a line still matches.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkText fails for every want missing from the text of the PDF.
func checkText(t *testing.T, text string, wants ...string) {
	t.Helper()
	got := flat(text)
	for _, w := range wants {
		if !strings.Contains(got, flat(norm.NFC.String(w))) {
			t.Errorf("text lacks %q\n--- text ---\n%s", w, text)
		}
	}
	if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Mn, r) }) {
		t.Errorf("text has combining marks: something was printed decomposed (not NFC)\n%s", text)
	}
}

// checkFonts fails unless pdffonts lists only embedded fonts, at least min.
func checkFonts(t *testing.T, pdf []byte, min int) {
	t.Helper()
	out := runPoppler(t, "pdffonts", pdf, "{in}")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2+min {
		t.Fatalf("pdffonts lists %d fonts, want at least %d:\n%s", len(lines)-2, min, out)
	}
	// name type encoding emb sub uni object ID: "emb" is the third field
	// from the "uni" end.
	for _, ln := range lines[2:] {
		f := strings.Fields(ln)
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %q\n%s", ln, out)
		}
	}
}

// shot writes the first page of pdf as a PNG into $TIEPDAN_SHOTS, if set.
func shot(t *testing.T, pdf []byte, name string) {
	dir := os.Getenv("TIEPDAN_SHOTS")
	if dir == "" {
		return
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	runPoppler(t, "pdftoppm", pdf, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "{in}", filepath.Join(dir, name))
}

func render(t testing.TB, f func(*bytes.Buffer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatal("output is not a PDF")
	}
	return buf.Bytes()
}

func pageCount(t *testing.T, pdf []byte) int {
	t.Helper()
	out := runPoppler(t, "pdfinfo", pdf, "{in}")
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo: no page count\n%s", out)
	}
	var n int
	fmt.Sscan(m[1], &n)
	return n
}

func pageSize(t *testing.T, pdf []byte) string {
	t.Helper()
	out := runPoppler(t, "pdfinfo", pdf, "{in}")
	m := regexp.MustCompile(`(?m)^Page size:\s+(.*)$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo: no page size\n%s", out)
	}
	return m[1]
}

func TestReceiptPDF(t *testing.T) {
	r := testReceipt()
	pdf := render(t, func(b *bytes.Buffer) error { return ReceiptPDF(b, testUnit(), r, SlipOptions{}) })
	text := pdfText(t, pdf)
	checkText(t, text,
		nationalNameText, mottoText,
		"ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "PHƯỜNG HÀ HUY TẬP",
		"Hà Tĩnh, ngày 27 tháng 11 năm 2026", "Số: 07",
		"GIẤY BIÊN NHẬN", "Thông tin, tài liệu",
		"Vào 09 giờ 30 ngày 27 tháng 11 năm 2026 tại: Ủy ban nhân dân phường Hà Huy Tập",
		"Tôi là Trần Thị Bích Ngọc", "Chức vụ: Công chức Văn phòng - Thống kê, phụ trách tiếp công dân",
		"Đã nhận của ông (bà) Nguyễn Văn Dũng",
		"Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): 042086001234, ngày cấp: 15/08/2021, nơi cấp: Cục Cảnh sát quản lý hành chính về trật tự xã hội",
		"Địa chỉ: Số 12, ngõ 4, đường Nguyễn Du, tổ dân phố 5, phường Hà Huy Tập, tỉnh Hà Tĩnh",
		"các thông tin, tài liệu sau:",
		"- Đơn khiếu nại đề ngày 20/11/2026 về việc thu hồi đất (bản chính, 03 trang; tình trạng: nguyên vẹn);",
		"- Quyết định số 125/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân phường (bản phô tô, 02 trang; tình trạng: rõ chữ, không tẩy xóa);",
		"- Giấy chứng nhận quyền sử dụng đất số BK 123456 (bản sao công chứng, 04 trang; tình trạng: nguyên vẹn);",
		"- Một USB chứa ảnh chụp hiện trạng thửa đất (bản chính; tình trạng: chưa kiểm tra nội dung).",
		"được lập thành 02 bản, giao cho người cung cấp thông tin, tài liệu 01 bản.",
		"NGƯỜI NHẬN", "(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên, đóng dấu - nếu có)",
	)
	// The provider's signature heading may wrap inside its column.
	if !strings.Contains(flat(text), "NGƯỜI CUNG CẤP") || !strings.Contains(flat(text), "THÔNG TIN, TÀI LIỆU") {
		t.Errorf("no provider signature heading:\n%s", text)
	}
	checkFonts(t, pdf, 3)
	if n := pageCount(t, pdf); n != 1 {
		t.Errorf("receipt has %d pages, want 1", n)
	}
	if got := pageSize(t, pdf); !strings.Contains(got, "(A4)") {
		t.Errorf("page size %q, want A4", got)
	}
	shot(t, pdf, "slip-receipt-02TCD")
}

func TestRefusalNoticePDF(t *testing.T) {
	n := testNotice()
	pdf := render(t, func(b *bytes.Buffer) error { return RefusalNoticePDF(b, testUnit(), n, SlipOptions{}) })
	text := pdfText(t, pdf)
	checkText(t, text,
		nationalNameText, mottoText,
		"ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Số: 05/TB-UBND", "Hà Tĩnh, ngày 27 tháng 11 năm 2026",
		"THÔNG BÁO", "Về việc từ chối tiếp công dân",
		"Kính gửi: Ông (bà) Lê Thị Hoà",
		"Ngày 25 tháng 11 năm 2026, ông (bà) Lê Thị Hoà",
		"Số căn cước/giấy chứng nhận căn cước/số định danh cá nhân/số hộ chiếu (hoặc giấy tờ tùy thân): 042175009876, ngày cấp: 10/03/2022, nơi cấp Cục Cảnh sát",
		"Địa chỉ: Tổ dân phố 7, phường Hà Huy Tập, tỉnh Hà Tĩnh đến Ủy ban nhân dân phường Hà Huy Tập để kiến nghị về việc đề nghị xem xét lại mức bồi thường",
		"Lý do từ chối: kiến nghị đã được Ủy ban nhân dân phường trả lời",
		"Căn cứ khoản 3 Điều 9 Luật Tiếp công dân và điểm g, khoản 1 Điều 4 Nghị định số 154/2026/NĐ-CP ngày 15 tháng 5 năm 2026 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tiếp công dân Ủy ban nhân dân phường Hà Huy Tập từ chối tiếp nhận nội dung kiến nghị của ông (bà) Lê Thị Hoà và thông báo để ông (bà) được biết.",
		"Nơi nhận:", "- Như trên;", "- Ủy ban nhân dân tỉnh Hà Tĩnh (để b/c);", "- Công an phường Hà Huy Tập (để p/h);", "- Lưu: VT, hồ sơ.",
		"CHỦ TỊCH", "(Ký, ghi rõ họ tên, đóng dấu)", "Phan Văn Hùng",
	)
	checkFonts(t, pdf, 4)
	if n := pageCount(t, pdf); n != 1 {
		t.Errorf("notice has %d pages, want 1", n)
	}
	shot(t, pdf, "slip-refusal-01TCD")

	// A caller's own legal ground replaces the form's.
	n.LegalGround = "khoản 3 Điều 9 Luật Tiếp công dân và điểm h khoản 1 Điều 4 Nghị định số 154/2026/NĐ-CP"
	n.Number = 0
	n.Recipients = []string{}
	pdf = render(t, func(b *bytes.Buffer) error { return RefusalNoticePDF(b, testUnit(), n, SlipOptions{}) })
	text = pdfText(t, pdf)
	checkText(t, text, "Căn cứ khoản 3 Điều 9 Luật Tiếp công dân và điểm h khoản 1 Điều 4", "/TB-UBND")
	if strings.Contains(text, "điểm g") || strings.Contains(text, "Số: 05") || strings.Contains(text, "(để b/c)") {
		t.Errorf("the form's defaults were printed over the caller's values:\n%s", text)
	}
}

func TestSlipSizes(t *testing.T) {
	unit := testUnit()
	cases := []struct {
		name  string
		opt   SlipOptions
		pages int
		size  string
		texts []string
	}{
		{"A5", SlipOptions{PageSize: "A5"}, 1, "419.53 x 595.28", nil},
		{"two copies", SlipOptions{TwoCopies: true}, 1, "841.89 x 595.28", []string{"Liên 1: Lưu hồ sơ", "Liên 2: Giao người cung cấp thông tin, tài liệu"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pdf := render(t, func(b *bytes.Buffer) error { return ReceiptPDF(b, unit, testReceipt(), c.opt) })
			shot(t, pdf, "slip-receipt-02TCD-"+strings.ReplaceAll(c.name, " ", "-"))
			text := pdfText(t, pdf)
			checkText(t, text, append([]string{nationalNameText, mottoText, "GIẤY BIÊN NHẬN", "Nguyễn Văn Dũng",
				"Giấy chứng nhận quyền sử dụng đất số BK 123456"}, c.texts...)...)
			if got := strings.Count(flat(text), "GIẤY BIÊN NHẬN"); c.opt.TwoCopies && got != 2 {
				t.Errorf("two copies: title printed %d times", got)
			}
			if n := pageCount(t, pdf); n != c.pages {
				t.Errorf("%d pages, want %d", n, c.pages)
			}
			if got := pageSize(t, pdf); !strings.Contains(got, c.size) {
				t.Errorf("page size %q, want %s", got, c.size)
			}
			pdf = render(t, func(b *bytes.Buffer) error { return RefusalNoticePDF(b, unit, testNotice(), c.opt) })
			checkText(t, pdfText(t, pdf), "THÔNG BÁO", "Về việc từ chối tiếp công dân", "- Lưu: VT, hồ sơ.")
			if n := pageCount(t, pdf); n != c.pages {
				t.Errorf("notice: %d pages, want %d", n, c.pages)
			}
			shot(t, pdf, "slip-refusal-01TCD-"+strings.ReplaceAll(c.name, " ", "-"))
		})
	}
}

// A receipt too long for one page continues on the next, numbered "2" in
// the top margin, and every item is printed.
func TestReceiptLong(t *testing.T) {
	r := testReceipt()
	r.Items = nil
	for i := 1; i <= 40; i++ {
		r.Items = append(r.Items, domain.ReceiptItem{Name: fmt.Sprintf("Tài liệu chứng cứ số %d kèm theo đơn", i), Pages: i, Kind: domain.ItemCopy, Condition: "nguyên vẹn"})
	}
	for _, opt := range []SlipOptions{{}, {TwoCopies: true}} {
		pdf := render(t, func(b *bytes.Buffer) error { return ReceiptPDF(b, testUnit(), r, opt) })
		text := pdfText(t, pdf)
		want := []string{"(Ký, ghi rõ họ tên, đóng dấu - nếu có)"}
		for i := 1; i <= 40; i++ {
			want = append(want, fmt.Sprintf("Tài liệu chứng cứ số %d kèm theo đơn (bản phô tô, %02d trang;", i, i))
		}
		checkText(t, text, want...)
		if n := pageCount(t, pdf); n < 2 {
			t.Errorf("%+v: %d pages, want at least 2", opt, n)
		}
		page2 := runPoppler(t, "pdftotext", pdf, "-f", "2", "-l", "2", "-layout", "{in}", "-")
		if f := strings.Fields(page2); len(f) == 0 || f[0] != "2" {
			t.Errorf("%+v: page 2 does not start with its number:\n%s", opt, page2)
		}
	}
}

func TestReceiptsPDFBatch(t *testing.T) {
	var rs []domain.Receipt
	names := []string{"Hoàng Thị Lụa", "Võ Đức Thắng", "Đặng Ngọc Ánh"}
	for i, name := range names {
		r := testReceipt()
		r.Number = i + 1
		r.ProviderName = name
		rs = append(rs, r)
	}
	pdf := render(t, func(b *bytes.Buffer) error { return ReceiptsPDF(b, testUnit(), rs, SlipOptions{}) })
	if n := pageCount(t, pdf); n != 3 {
		t.Errorf("%d pages, want 3", n)
	}
	text := pdfText(t, pdf)
	checkText(t, text, append([]string{"Số: 01", "Số: 02", "Số: 03"}, names...)...)

	// A bad receipt in a batch is named by its position.
	rs[1].Items = nil
	err := ReceiptsPDF(&bytes.Buffer{}, testUnit(), rs, SlipOptions{})
	var e *domain.Error
	if !errors.As(err, &e) || e.Kind != domain.Invalid || !strings.HasPrefix(e.Message, "Giấy biên nhận thứ 2: ") || e.Fields["items"] == "" {
		t.Errorf("bad receipt in a batch: %v", err)
	}
}

func TestSlipErrors(t *testing.T) {
	var buf bytes.Buffer
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"page size", ReceiptPDF(&buf, testUnit(), testReceipt(), SlipOptions{PageSize: "Letter"}), "Khổ giấy"},
		{"no unit", ReceiptPDF(&buf, domain.Unit{}, testReceipt(), SlipOptions{}), "Chưa có tên đơn vị"},
		{"invalid receipt", ReceiptPDF(&buf, testUnit(), domain.Receipt{}, SlipOptions{}), "Thông tin chưa hợp lệ"},
		{"invalid notice", RefusalNoticePDF(&buf, testUnit(), domain.RefusalNotice{}, SlipOptions{}), "Thông tin chưa hợp lệ"},
		{"empty batch", ReceiptsPDF(&buf, testUnit(), nil, SlipOptions{}), "Chưa chọn"},
	}
	for _, c := range cases {
		if domain.KindOf(c.err) != domain.Invalid || !strings.Contains(c.err.Error(), c.want) {
			t.Errorf("%s: got %v, want an Invalid error with %q", c.name, c.err, c.want)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("a failed render wrote %d bytes", buf.Len())
	}
}

// Rendering does not change the caller's records (Normalize works on copies).
func TestSlipInputUntouched(t *testing.T) {
	r := testReceipt()
	r.Items[0].Name = "  Đơn   khiếu nại  "
	if err := ReceiptPDF(&bytes.Buffer{}, testUnit(), r, SlipOptions{}); err != nil {
		t.Fatal(err)
	}
	if r.Items[0].Name != "  Đơn   khiếu nại  " {
		t.Errorf("caller's item changed to %q", r.Items[0].Name)
	}
}

// BenchmarkReceipts1000 prints 1,000 receipts as pages of one document, the
// way batch printing should (stack-notes: one document per slip costs the
// font parsing each time).
func BenchmarkReceipts1000(b *testing.B) {
	rs := make([]domain.Receipt, 1000)
	for i := range rs {
		rs[i] = testReceipt()
		rs[i].Number = i + 1
	}
	unit := testUnit()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := ReceiptsPDF(&buf, unit, rs, SlipOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1e6, "MB/doc")
}

// BenchmarkReceiptOne is one receipt in its own document: what a click on
// "In giấy biên nhận" costs.
func BenchmarkReceiptOne(b *testing.B) {
	r, unit := testReceipt(), testUnit()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := ReceiptPDF(&buf, unit, r, SlipOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
