package reports

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"tiepdan/app/domain"
)

func testDailySummary() DailySummary {
	return DailySummary{
		Date: "2026-11-27", ReceivedPetitions: 4, ReceivedVisits: 7, Handled: 2,
		DueToday: []DueLine{
			{Title: "Đơn số 12/2026 — Khiếu nại — Nguyễn Thị Hằng", Due: "2026-11-27", Citation: "Luật Khiếu nại, Điều 27"},
			{Title: "Lượt tiếp số 31/2026 — Kiến nghị, phản ánh — Đặng Văn Lộc (trả lời công dân)", Due: "2026-11-27", Citation: "Luật Tiếp công dân, Điều 28"},
		},
		Overdue: []DueLine{
			{Title: "Đơn số 9/2026 — Tố cáo — [Được giữ bí mật]", Due: "2026-11-20", Citation: "Luật Tố cáo, khoản 1 Điều 24"},
		},
		Decisions: []DueLine{
			{Title: "Vụ việc số 3/2026 — Khiếu nại lần đầu — Hoàng Đức Thịnh: chờ thụ lý", Due: "2026-12-01", Citation: "Luật Khiếu nại, Điều 27"},
		},
	}
}

func TestDailySummaryPDF(t *testing.T) {
	pdf := render(t, func(b *bytes.Buffer) error { return DailySummaryPDF(b, testUnit(), testDailySummary()) })
	docShot(t, pdf, "doc-bc-ngay")
	text := pdfText(t, pdf)
	checkText(t, text,
		nationalNameText, mottoText, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "PHƯỜNG HÀ HUY TẬP", "Hà Tĩnh, ngày 27 tháng 11 năm 2026",
		"BÁO CÁO", "Tổng hợp tình hình tiếp công dân, xử lý đơn ngày 27 tháng 11 năm 2026",
		"Kính gửi: Chủ tịch Ủy ban nhân dân phường Hà Huy Tập",
		"I. TIẾP NHẬN VÀ XỬ LÝ TRONG NGÀY", "Đơn tiếp nhận", "Lượt tiếp công dân", "Đơn đã xử lý",
		"II. VIỆC ĐẾN HẠN HÔM NAY", "III. VIỆC QUÁ HẠN", "IV. VIỆC CHỜ CHỦ TỊCH THỤ LÝ, QUYẾT ĐỊNH",
		"27/11/2026", "20/11/2026", "(quá 7 ngày)", "01/12/2026",
		"NGƯỜI TỔNG HỢP", "- Như trên;", "- Lưu: VT.",
	)
	// A cell's wrapped lines are read back in order without -layout.
	raw := runPoppler(t, "pdftotext", pdf, "-enc", "UTF-8", "{in}", "-")
	checkText(t, raw, "Đơn số 12/2026 — Khiếu nại — Nguyễn Thị Hằng",
		"Lượt tiếp số 31/2026 — Kiến nghị, phản ánh — Đặng Văn Lộc (trả lời công dân)",
		"Đơn số 9/2026 — Tố cáo — [Được giữ bí mật]", "Luật Tố cáo, khoản 1 Điều 24",
		"Vụ việc số 3/2026 — Khiếu nại lần đầu — Hoàng Đức Thịnh: chờ thụ lý")
	// The counts, in their row.
	if !strings.Contains(flat(text), "4 7 2") {
		t.Errorf("the counts row 4, 7, 2 is missing:\n%s", text)
	}
	checkFonts(t, pdf, 3)
	if n := pageCount(t, pdf); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	golden(t, "doc-bc-ngay", text)
}

// Empty lists say so; long lists are cut to keep one page, saying how many
// are left out.
func TestDailySummaryFitsOnePage(t *testing.T) {
	empty := DailySummary{Date: "2026-11-27"}
	text := pdfText(t, render(t, func(b *bytes.Buffer) error { return DailySummaryPDF(b, testUnit(), empty) }))
	if n := strings.Count(text, "Không có"); n != 3 {
		t.Errorf("\"Không có\" %d times, want 3:\n%s", n, text)
	}

	long := testDailySummary()
	long.Overdue = nil
	for i := 1; i <= 40; i++ {
		long.Overdue = append(long.Overdue, DueLine{
			Title: fmt.Sprintf("Đơn số %d/2026 — Khiếu nại — Trần Văn Đức về việc cấp giấy chứng nhận quyền sử dụng đất thửa số %d", i, i),
			Due:   "2026-11-10", Citation: "Thông tư số 05/2021/TT-TTCP (xử lý đơn)",
		})
	}
	pdf := render(t, func(b *bytes.Buffer) error { return DailySummaryPDF(b, testUnit(), long) })
	docShot(t, pdf, "doc-bc-ngay-long")
	if n := pageCount(t, pdf); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	text = pdfText(t, pdf)
	checkText(t, text, "Đơn số 1/2026 — Khiếu nại", "(quá 17 ngày)", "việc khác: xem danh sách trên phần mềm", "NGƯỜI TỔNG HỢP")
	if strings.Contains(text, "thửa số 40") {
		t.Errorf("all 40 rows printed on one page?\n%s", text)
	}
}

func TestDailySummaryErrors(t *testing.T) {
	for name, c := range map[string]struct {
		s     DailySummary
		field string
	}{
		"no date":   {DailySummary{}, "date"},
		"bad date":  {DailySummary{Date: "27/11/2026"}, "date"},
		"negative":  {DailySummary{Date: "2026-11-27", Handled: -1}, "handled"},
		"negative2": {DailySummary{Date: "2026-11-27", ReceivedVisits: -3}, "receivedVisits"},
	} {
		var buf bytes.Buffer
		err := DailySummaryPDF(&buf, testUnit(), c.s)
		e, ok := err.(*domain.Error)
		if !ok || e.Kind != domain.Invalid || e.Fields[c.field] == "" {
			t.Errorf("%s: %v, want Invalid on %s", name, err, c.field)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: wrote %d bytes", name, buf.Len())
		}
	}
	if err := DailySummaryPDF(&bytes.Buffer{}, domain.Unit{}, testDailySummary()); domain.KindOf(err) != domain.Invalid {
		t.Errorf("no unit: %v", err)
	}
}
