package reports

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"tiepdan/app/domain"
)

// petitionRows are register rows as the service hands them over: the
// denouncer already masked.
func petitionRows() []PetitionRow {
	return []PetitionRow{
		{Number: "1", ReceivedOn: "25/11/2026",
			Source:      "Cơ quan, tổ chức, cá nhân khác chuyển đến\nHội đồng nhân dân phường Hà Huy Tập, số 15/HĐND",
			Petitioners: "[Được giữ bí mật]", Summary: nfd("Tố cáo cán bộ địa chính nhận tiền"), Kind: "Tố cáo", Field: "Tham nhũng",
			Eligibility: "Đủ điều kiện xử lý", Competence: "Không thuộc thẩm quyền",
			HandlingDue: "04/12/2026 (Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc)",
			Handling:    "27/11/2026 Chuyển đơn — Thanh tra tỉnh Hà Tĩnh, số 21/PC-UBND"},
		{Number: "2", ReceivedOn: "26/11/2026", Source: "Qua bưu chính", Petitioners: "Phạm Thị Lụa, Tổ dân phố 5",
			Summary: "Khiếu nại quyết định thu hồi đất", Kind: "Khiếu nại", Field: "Đất đai, nhà cửa",
			Eligibility: "Đủ điều kiện xử lý", Competence: "Thuộc thẩm quyền",
			HandlingDue: "10/12/2026 (Thông tư 05/2021/TT-TTCP: 10 ngày làm việc)", Handling: "27/11/2026 Đề xuất thụ lý",
			Case:   "Thụ lý 27/11/2026, số 30/TB-UBND\nHạn giải quyết: 28/12/2026 (Điều 28 Luật Khiếu nại: 30 ngày)",
			Result: "Đang giải quyết"},
	}
}

func TestPetitionRegisterXLSX(t *testing.T) {
	var buf bytes.Buffer
	if err := PetitionRegisterXLSX(&buf, testUnit(), "", "2026-11-30", petitionRows()); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := "Sổ đơn"
	if got := f.GetSheetList(); !slices.Equal(got, []string{sheet}) {
		t.Fatalf("sheets %q", got)
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	// The NĐ 30 heading: agencies top left, title and period (its start the
	// first petition's day) centred across the table.
	for _, c := range []struct {
		cell, want string
	}{
		{"A1", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"},
		{"A2", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP"},
		{"A4", "SỔ TIẾP NHẬN, XỬ LÝ ĐƠN"},
		{"A5", "Từ ngày 25/11/2026 đến ngày 30/11/2026"},
		{"K1", ""}, // no official form, no label
	} {
		if got, _ := f.GetCellValue(sheet, c.cell); got != c.want {
			t.Errorf("%s = %q, want %q", c.cell, got, c.want)
		}
	}
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, m := range merged {
		refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	for _, want := range []string{"A1:D1", "A2:D2", "A4:M4", "A5:M5"} {
		if !slices.Contains(refs, want) {
			t.Errorf("%s not merged: %q", want, refs)
		}
	}
	header := []string{"STT/Số đơn", "Ngày nhận", "Nguồn đơn (cơ quan chuyển, số văn bản)", "Người đứng đơn, địa chỉ", "Nội dung",
		"Loại đơn", "Lĩnh vực", "Điều kiện xử lý", "Thẩm quyền", "Hạn xử lý", "Kết quả xử lý", "Thụ lý, hạn giải quyết",
		"Kết quả giải quyết"}
	if !slices.Equal(rows[6], header) {
		t.Errorf("header row\n got %q\nwant %q", rows[6], header)
	}
	if !slices.Equal(rows[7], []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"}) {
		t.Errorf("number row %q", rows[7])
	}
	if len(rows) != 8+2 {
		t.Fatalf("%d rows, want 8 heading rows and one per petition", len(rows))
	}
	first := append(rows[8], make([]string, 13)...)[:13]
	if first[0] != "1" || first[3] != "[Được giữ bí mật]" || first[4] != "Tố cáo cán bộ địa chính nhận tiền" ||
		first[9] != "04/12/2026 (Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc)" {
		t.Errorf("first row %q", first)
	}
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
	// The second row's two lines get room.
	if h, _ := f.GetRowHeight(sheet, 10); h < 2*xlsxLine {
		t.Errorf("the second row is %.1f pt high", h)
	}
	// A4 landscape, one page wide, frozen under the header, which repeats
	// on every page.
	layout, err := f.GetPageLayout(sheet)
	if err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" || layout.Size == nil || *layout.Size != 9 ||
		layout.FitToWidth == nil || *layout.FitToWidth != 1 || layout.FitToHeight == nil || *layout.FitToHeight != 0 {
		t.Errorf("page layout %+v %v", layout, err)
	}
	if props, err := f.GetSheetProps(sheet); err != nil || props.FitToPage == nil || !*props.FitToPage {
		t.Errorf("fit to page not set: %+v %v", props, err)
	}
	if panes, err := f.GetPanes(sheet); err != nil || !panes.Freeze || panes.YSplit != 8 {
		t.Errorf("panes %+v %v", panes, err)
	}
	titles := ""
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" {
			titles = d.RefersTo
		}
	}
	if titles != "'Sổ đơn'!$7:$8" {
		t.Errorf("print titles %q", titles)
	}
}

func TestPetitionRegisterRefusesBadInput(t *testing.T) {
	for _, c := range []struct {
		unit     domain.Unit
		from, to string
	}{
		{testUnit(), "2026-13-01", ""},
		{testUnit(), "2026-12-01", "2026-11-01"},
		{domain.Unit{}, "", ""},
	} {
		var de *domain.Error
		if err := PetitionRegisterXLSX(&bytes.Buffer{}, c.unit, c.from, c.to, nil); !errors.As(err, &de) || de.Kind != domain.Invalid {
			t.Errorf("%q..%q: %v, want invalid", c.from, c.to, err)
		}
	}
}
