package reports

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"tiepdan/app/domain"
)

var invitedBodies = []string{
	"Thường trực Hội đồng nhân dân phường",
	"Ủy ban Mặt trận Tổ quốc Việt Nam phường",
	"Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ phường",
	"Ban Thanh tra nhân dân phường",
}

// thursdays returns an entry for every Thursday from the ISO date first on,
// n of them.
func thursdays(first string, n int) []domain.ScheduleEntry {
	var out []domain.ScheduleEntry
	day := mustDate(first)
	for i := range n {
		out = append(out, domain.ScheduleEntry{Date: day.AddDate(0, 0, 7*i).Format(domain.DateLayout), Start: "07:30", End: "11:00",
			Place: "Trụ sở tiếp công dân phường Hà Huy Tập", PresidedBy: "Ông Phan Văn Hùng, Chủ tịch Ủy ban nhân dân phường",
			Invited: invitedBodies})
	}
	return out
}

func TestSchedulePDF(t *testing.T) {
	entries := thursdays("2026-12-03", 5)
	entries[2].Notes = "Tiếp chuyên đề về bồi thường, giải phóng mặt bằng"
	s := Schedule{Title: "Tháng 12 năm 2026", Date: "2026-11-27", Entries: entries}
	pdf := render(t, func(b *bytes.Buffer) error { return SchedulePDF(b, testUnit(), s) })
	text := pdfText(t, pdf)
	checkText(t, text, nationalNameText, mottoText, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP",
		"Hà Tĩnh, ngày 27 tháng 11 năm 2026",
		"LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP", "Tháng 12 năm 2026",
		"STT", "Ngày tiếp", "Thời gian", "Ghi chú",
		"Thứ Năm", "03/12/2026", "31/12/2026", "07 giờ 30 – 11 giờ 00", "Địa điểm: Trụ sở tiếp công dân phường Hà Huy Tập.",
		"Thành phần mời tham dự: Thường trực Hội đồng nhân dân phường; Ủy ban Mặt trận Tổ quốc Việt Nam phường;",
		"bồi thường, giải phóng mặt bằng",
		"ít nhất 01 ngày trong tuần", "Nơi nhận:", "- Công an phường;", "- Lưu: VT.", "CHỦ TỊCH", "Phan Văn Hùng")
	checkFonts(t, pdf, 2)
	if n := pageCount(t, pdf); n != 1 {
		t.Errorf("a month's schedule on %d pages, want 1", n)
	}
	if got := pageSize(t, pdf); !strings.Contains(got, "595") || !strings.Contains(got, "841") {
		t.Errorf("page size %q, want A4 portrait", got)
	}
	shot(t, pdf, "doc-lich-tiep")
}

func TestScheduleRepeatsItsHeadingOnEveryPage(t *testing.T) {
	// Two sittings a week for a quarter, in two places, does not fit on
	// one page; the place then has its column.
	tuesdays := thursdays("2027-01-05", 13)
	for i := range tuesdays {
		tuesdays[i].Place = "Nhà văn hóa tổ dân phố 5"
	}
	entries := append(thursdays("2027-01-07", 13), tuesdays...)
	pdf := render(t, func(b *bytes.Buffer) error {
		return SchedulePDF(b, testUnit(), Schedule{Title: "Quý I năm 2027", Date: "2026-12-28", Entries: entries})
	})
	pages := pageCount(t, pdf)
	if pages < 2 {
		t.Fatalf("%d entries on %d page", len(entries), pages)
	}
	text := pdfText(t, pdf)
	if got := strings.Count(flat(text), "Ngày tiếp"); got != pages {
		t.Errorf("the heading is printed %d times on %d pages", got, pages)
	}
	checkText(t, text, "Quý I năm 2027", "Địa điểm", "Nhà văn hóa", "26", "Phan Văn Hùng")
	if strings.Contains(flat(text), "Địa điểm:") {
		t.Error("places differ, yet one is printed above the table")
	}
}

func TestAnEmptyScheduleSaysSo(t *testing.T) {
	pdf := render(t, func(b *bytes.Buffer) error {
		return SchedulePDF(b, testUnit(), Schedule{Title: "Tháng 01 năm 2027", Date: "2026-12-28"})
	})
	checkText(t, pdfText(t, pdf), "Chưa có ngày tiếp nào trong kỳ này.")
}

func TestRulesPDF(t *testing.T) {
	r := domain.ReceptionRules{DecisionNumber: "15", DecisionDate: "2026-01-05", Text: DefaultRules()}
	pdf := render(t, func(b *bytes.Buffer) error { return RulesPDF(b, testUnit(), r) })
	text := pdfText(t, pdf)
	checkText(t, text, nationalNameText, mottoText, "PHƯỜNG HÀ HUY TẬP", "NỘI QUY TIẾP CÔNG DÂN",
		"(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân phường Hà Huy Tập)",
		"Điều 1. Phạm vi và đối tượng áp dụng", "Điều 3. Quyền của công dân khi đến nơi tiếp công dân",
		"Điều 6. Các trường hợp từ chối tiếp công dân", "Điều 8. Tổ chức thực hiện",
		"ít nhất 01 ngày trong tuần", "không quá 05 người", "03 ngày làm việc", "CHỦ TỊCH", "Phan Văn Hùng")
	if strings.Contains(text, "Bản mẫu") || strings.Contains(text, "#") {
		t.Errorf("an adopted nội quy prints the template's notes:\n%s", text)
	}
	checkFonts(t, pdf, 2)
	shot(t, pdf, "doc-noi-quy")
}

func TestRulesAreNumberedInOrder(t *testing.T) {
	r := domain.ReceptionRules{Default: true, Text: "Điều 7. Mở đầu\nNội dung một.\n\nđiều 7: Điều mới chèn\nNội dung hai.\nĐiều 2. Cuối cùng\nNội dung ba."}
	text := pdfText(t, render(t, func(b *bytes.Buffer) error { return RulesPDF(b, testUnit(), r) }))
	checkText(t, text, "Điều 1. Mở đầu", "Điều 2. Điều mới chèn", "Điều 3. Cuối cùng", "Nội dung ba.",
		// No decision yet: blanks to fill by hand, and the template marked.
		"Quyết định số", "/QĐ-UBND ngày", "Bản mẫu của phần mềm — chưa ban hành")
}

func TestPostingErrors(t *testing.T) {
	var b bytes.Buffer
	for name, err := range map[string]error{
		"no unit":        SchedulePDF(&b, domain.Unit{}, Schedule{Title: "Tháng 12 năm 2026", Date: "2026-11-27"}),
		"no period":      SchedulePDF(&b, testUnit(), Schedule{Date: "2026-11-27"}),
		"no rules":       RulesPDF(&b, testUnit(), domain.ReceptionRules{}),
		"rules, no unit": RulesPDF(&b, domain.Unit{}, domain.ReceptionRules{Text: DefaultRules()}),
	} {
		if domain.KindOf(err) != domain.Invalid {
			t.Errorf("%s: %v, want Invalid", name, err)
		}
	}
}

func TestDefaultRulesHaveNoEditorNotes(t *testing.T) {
	text := DefaultRules()
	r := domain.ReceptionRules{Text: text}
	r.Normalize()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text, "#") || !strings.HasPrefix(text, "Điều 1.") {
		t.Errorf("template starts %q", text[:min(len(text), 80)])
	}
	if got := len(r.Articles()); got != 8 {
		t.Errorf("%d articles, want 8", got)
	}
	for i, a := range r.Articles() {
		if a.Title == "" || len(a.Lines) == 0 {
			t.Errorf("article %d: %+v", i+1, a)
		}
	}
}

func mustDate(s string) time.Time {
	d, err := time.Parse(domain.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}
