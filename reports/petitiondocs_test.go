package reports

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tiepdan/app/domain"
)

// The petition and case documents are checked like the slips: read back
// with pdftotext and pdffonts, compared with text goldens in testdata/ on
// their non-empty lines with the spacing collapsed (set
// TIEPDAN_UPDATE_GOLDENS=1 to rewrite them after a deliberate change), and,
// with TIEPDAN_SHOTS set, rendered to PNGs named doc-<code>.png to look at.

// letterCase is one document to print and what its text must contain.
type letterCase struct {
	letter PetitionLetter
	want   []string
	// absent must not be printed (a denouncer's identity).
	absent []string
}

// The petitioner of the non-tố cáo documents; the denouncer, who must never
// be printed.
const (
	hang        = "Nguyễn Thị Hằng"
	hangAddress = "Số 8, ngõ 15, đường Phan Đình Phùng, tổ dân phố 3, phường Hà Huy Tập, tỉnh Hà Tĩnh"
	denouncer   = "Võ Thị Ánh Tuyết"
	denAddress  = "Tổ dân phố Trần Phú, phường Hà Huy Tập"
	denID       = "042190004567"
)

func letterCases() map[string]letterCase {
	base := PetitionLetter{
		Date: "2026-11-27", PetitionerName: nfd(hang), PetitionerAddress: hangAddress,
		PetitionerID: "042186001122", PetitionerIDDate: "2021-06-10",
		PetitionerIDPlace: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
		ReceivedOn:        "2026-11-20", KindLabel: "khiếu nại",
		Summary: "khiếu nại Quyết định số 125/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân phường về việc thu hồi 120 m² đất vườn để mở rộng đường Hàm Nghi, cho rằng mức bồi thường thấp hơn giá thị trường",
	}
	denunciation := PetitionLetter{
		Date: "2026-11-27", PetitionerName: denouncer, PetitionerAddress: denAddress, PetitionerID: denID,
		PetitionerIDDate: "2020-01-02", PetitionerIDPlace: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
		ReceivedOn: "2026-11-18", KindLabel: "tố cáo",
		Respondent: "ông Đặng Văn Lộc, cán bộ địa chính phường",
		Summary:    "ông Đặng Văn Lộc nhận tiền của hộ gia đình để xác nhận sai nguồn gốc đất tại thửa số 215, tờ bản đồ số 12",
	}
	secret := []string{denouncer, denAddress, denID, "02/01/2020"}
	with := func(l PetitionLetter, f func(*PetitionLetter)) PetitionLetter { f(&l); return l }

	return map[string]letterCase{
		"TT05-01": {letter: with(base, func(l *PetitionLetter) {
			l.Origin = "do Hội đồng nhân dân phường chuyển đến theo Công văn số 12/HĐND ngày 18/11/2026"
			l.PeopleCount = 3
			l.Respondent = "Chủ tịch Ủy ban nhân dân phường Hà Huy Tập"
			l.Deadline = "2026-11-30"
			l.Reason = "Giao công chức địa chính - xây dựng chủ trì xác minh."
			l.Proposer, l.ProposerTitle = "Đặng Văn Lộc", "Công chức Văn phòng - Thống kê"
		}), want: []string{
			"Kính gửi: Chủ tịch Ủy ban nhân dân phường Hà Huy Tập",
			"Ngày 20 tháng 11 năm 2026, Ủy ban nhân dân phường Hà Huy Tập nhận được đơn khiếu nại của ông (bà) Nguyễn Thị Hằng do Hội đồng nhân dân phường chuyển đến theo Công văn số 12/HĐND ngày 18/11/2026.",
			"Địa chỉ: " + hangAddress, "Số người cùng đứng đơn: 03 người.",
			"Nội dung đơn: khiếu nại Quyết định số 125/QĐ-UBND", "Người bị khiếu nại: Chủ tịch Ủy ban nhân dân phường Hà Huy Tập",
			"xét thấy đơn thuộc thẩm quyền giải quyết của Chủ tịch Ủy ban nhân dân phường Hà Huy Tập và đủ điều kiện thụ lý.",
			"Ý kiến đề xuất: Giao công chức địa chính - xây dựng chủ trì xác minh.",
			"Đề xuất Chủ tịch Ủy ban nhân dân phường Hà Huy Tập thụ lý giải quyết đơn khiếu nại nêu trên; thời hạn thụ lý chậm nhất ngày 30 tháng 11 năm 2026.",
			"Người đề xuất: Đặng Văn Lộc, Công chức Văn phòng - Thống kê.",
			"NGƯỜI ĐỀ XUẤT", "Đặng Văn Lộc", "Phan Văn Hùng",
		}},
		"TT05-03": {letter: with(denunciation, func(l *PetitionLetter) {
			l.Number = "4"
			l.ToBody = "Thanh tra tỉnh Hà Tĩnh"
			l.Reason = "Người bị tố cáo đồng thời tố cáo cả Phó Chủ tịch Ủy ban nhân dân phường."
		}), want: []string{
			"Số: 04/PC-UBND", "Kính gửi: Thanh tra tỉnh Hà Tĩnh",
			"Ngày 18 tháng 11 năm 2026, Ủy ban nhân dân phường Hà Huy Tập nhận được đơn tố cáo.",
			"Thông tin về người tố cáo được giữ bí mật theo quy định của Luật Tố cáo.",
			"Người bị tố cáo: ông Đặng Văn Lộc, cán bộ địa chính phường",
			"Nội dung tố cáo: ông Đặng Văn Lộc nhận tiền",
			"đơn tố cáo không thuộc thẩm quyền giải quyết của Chủ tịch Ủy ban nhân dân phường Hà Huy Tập. Người bị tố cáo đồng thời",
			"chuyển đơn tố cáo và các tài liệu, chứng cứ kèm theo (nếu có) đến Thanh tra tỉnh Hà Tĩnh để xem xét, giải quyết theo thẩm quyền.",
			"Việc chuyển đơn đến cơ quan có thẩm quyền chỉ thực hiện một lần đối với đơn tố cáo có cùng nội dung.",
			"Nơi nhận:", "- Như trên;", "- Lưu: VT, hồ sơ.", "CHỦ TỊCH", "Phan Văn Hùng",
		}, absent: secret},
		"CHUYEN-DON": {letter: with(base, func(l *PetitionLetter) {
			l.KindLabel = "kiến nghị, phản ánh"
			l.Summary = "phản ánh việc Công ty TNHH Xây dựng Hồng Lĩnh đổ phế thải xây dựng trên đất nông nghiệp của thôn"
			l.ToBody = "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh"
			l.Reason = "Nội dung thuộc thẩm quyền quản lý của Sở."
			l.Number = "17/PC-UBND"
		}), want: []string{
			"Số: 17/PC-UBND", "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh",
			"nhận được đơn kiến nghị, phản ánh của ông (bà) Nguyễn Thị Hằng.", "Địa chỉ: " + hangAddress,
			"Nội dung đơn: phản ánh việc Công ty TNHH Xây dựng Hồng Lĩnh", "Lý do chuyển đơn: Nội dung thuộc thẩm quyền quản lý của Sở.",
			"chuyển đơn của ông (bà) Nguyễn Thị Hằng đến Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh để xem xét, giải quyết theo thẩm quyền.",
			"- Ông (bà) Nguyễn Thị Hằng (để biết);", "- Lưu: VT, hồ sơ.", "Phan Văn Hùng",
		}},
		"HUONG-DAN": {letter: with(base, func(l *PetitionLetter) {
			l.ToBody = "Tòa án nhân dân khu vực 1 - Hà Tĩnh"
			l.Summary = "tranh chấp ranh giới thửa đất với hộ ông Hoàng Đức Thịnh đã được hòa giải không thành"
			l.Reason = "Tranh chấp đất đai đã hòa giải không thành, người có giấy chứng nhận thuộc thẩm quyền của Tòa án."
		}), want: []string{
			"Kính gửi: Ông (bà) Nguyễn Thị Hằng", "Địa chỉ: " + hangAddress,
			"Ngày 20 tháng 11 năm 2026, Ủy ban nhân dân phường Hà Huy Tập nhận được đơn khiếu nại của ông (bà) với nội dung: tranh chấp ranh giới thửa đất với hộ ông Hoàng Đức Thịnh",
			"không thuộc thẩm quyền giải quyết của Chủ tịch Ủy ban nhân dân phường Hà Huy Tập. Tranh chấp đất đai",
			"hướng dẫn ông (bà) gửi đơn đến Tòa án nhân dân khu vực 1 - Hà Tĩnh để được xem xét, giải quyết theo thẩm quyền./.",
		}},
		"TRA-LAI": {letter: with(base, func(l *PetitionLetter) {
			l.Reason = "đơn không có chữ ký hoặc điểm chỉ của người viết đơn."
			l.ToBody = "Ủy ban nhân dân tỉnh Hà Tĩnh"
		}), want: []string{
			"Số: /UBND", "V/v trả lại đơn", "Kính gửi: Ông (bà) Nguyễn Thị Hằng",
			"nhận được đơn khiếu nại của ông (bà) Nguyễn Thị Hằng, địa chỉ: " + hangAddress + ".",
			"trả lại đơn và các tài liệu kèm theo (nếu có) với lý do: đơn không có chữ ký hoặc điểm chỉ của người viết đơn.",
			"Đề nghị ông (bà) gửi đơn đến Ủy ban nhân dân tỉnh Hà Tĩnh để được xem xét, giải quyết theo quy định.",
			"thông báo để ông (bà) được biết./.",
		}},
		"ND124-03": {letter: with(base, func(l *PetitionLetter) { l.Number = "21" }), want: []string{
			"Số: 21/TB-UBND", "Kính gửi: Ông (bà) Nguyễn Thị Hằng",
			"Chủ tịch Ủy ban nhân dân phường Hà Huy Tập đã nhận được đơn khiếu nại của: Nguyễn Thị Hằng",
			"Địa chỉ: " + hangAddress,
			"Số căn cước/định danh cá nhân/giấy chứng nhận căn cước/hộ chiếu: 042186001122 ngày cấp 10/06/2021 nơi cấp Cục Cảnh sát quản lý hành chính về trật tự xã hội",
			"Khiếu nại về việc: khiếu nại Quyết định số 125/QĐ-UBND",
			"Sau khi xem xét nội dung đơn khiếu nại, căn cứ quy định của pháp luật về khiếu nại, Chủ tịch Ủy ban nhân dân phường Hà Huy Tập nhận thấy đơn khiếu nại đủ điều kiện thụ lý.",
			"Vậy thông báo để ông (bà) Nguyễn Thị Hằng được biết./.",
			"- Như trên;", "- Lưu: VT, hồ sơ.", "(Ký, ghi rõ họ tên, đóng dấu)", "Phan Văn Hùng",
		}},
		"ND124-04": {letter: with(base, func(l *PetitionLetter) {
			l.Reason = "việc khiếu nại đã được Tòa án thụ lý để giải quyết (khoản 6 Điều 11 Luật Khiếu nại)."
		}), want: []string{
			"Kính gửi: Ông (bà) Nguyễn Thị Hằng",
			"Sau khi xem xét nội dung đơn khiếu nại, căn cứ Điều 11 của Luật Khiếu nại, Chủ tịch Ủy ban nhân dân phường Hà Huy Tập nhận thấy, đơn khiếu nại của ông (bà) Nguyễn Thị Hằng không đủ điều kiện để thụ lý giải quyết vì việc khiếu nại đã được Tòa án thụ lý",
			"Vậy thông báo để ông (bà) Nguyễn Thị Hằng được biết./.",
			"(Ký, đóng dấu)", "Phan Văn Hùng",
		}},
		"ND31-04": {letter: with(denunciation, func(l *PetitionLetter) {
			l.Number = "15"
			l.Deadline = "2026-12-27"
			l.ToBody = "Công chức địa chính - xây dựng"
		}), want: []string{
			"Số: 15/QĐ-UBND", "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP",
			"Căn cứ Luật Tố cáo số 25/2018/QH14;", "Xét đơn tố cáo nhận ngày 18 tháng 11 năm 2026.",
			"QUYẾT ĐỊNH:",
			"Điều 1. Thụ lý tố cáo đối với ông Đặng Văn Lộc, cán bộ địa chính phường về nội dung: ông Đặng Văn Lộc nhận tiền",
			"Điều 2. Thời hạn giải quyết tố cáo: chậm nhất đến hết ngày 27 tháng 12 năm 2026.",
			"Điều 3. Người bị tố cáo, Công chức địa chính - xây dựng và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
			"- Như Điều 3;", "- Lưu: VT, hồ sơ.", "Phan Văn Hùng",
		}, absent: secret},
		"ND31-01": {letter: with(denunciation, func(l *PetitionLetter) {
			l.Days = 30
			l.Deadline = "2027-01-26"
			l.RefDoc = "Quyết định số 15/QĐ-UBND ngày 27/11/2026 của Chủ tịch Ủy ban nhân dân phường Hà Huy Tập về việc thụ lý tố cáo"
			l.Reason = "phải xác minh tại nhiều địa điểm"
			l.Summary = ""
		}), want: []string{
			"Số: /QĐ-UBND", "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP",
			"Căn cứ Quyết định số 15/QĐ-UBND ngày 27/11/2026 của Chủ tịch Ủy ban nhân dân phường Hà Huy Tập về việc thụ lý tố cáo;",
			"Xét thấy vụ việc tố cáo có tính chất phức tạp (phải xác minh tại nhiều địa điểm), cần gia hạn thời hạn giải quyết.",
			"Điều 1. Gia hạn giải quyết tố cáo đối với ông Đặng Văn Lộc, cán bộ địa chính phường đã được thụ lý theo Quyết định số 15/QĐ-UBND",
			"Thời gian gia hạn là 30 ngày; thời hạn giải quyết tố cáo được gia hạn đến hết ngày 26 tháng 01 năm 2027.",
			"Điều 2. Người bị tố cáo và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
			"- Như Điều 2;", "- Người tố cáo (để biết);", "Phan Văn Hùng",
		}, absent: append(secret, "về nội dung")},
	}
}

// letterCodes are the contract's document codes, in catalogue order.
var letterCodes = []string{"TT05-01", "TT05-03", "CHUYEN-DON", "HUONG-DAN", "TRA-LAI", "ND124-03", "ND124-04", "ND31-04", "ND31-01"}

func TestPetitionLetterPDF(t *testing.T) {
	data, err := formsData()
	if err != nil {
		t.Fatal(err)
	}
	cases := letterCases()
	for _, code := range letterCodes {
		t.Run(code, func(t *testing.T) {
			c := cases[code]
			c.letter.Form = code
			f, ok := data.form(code)
			if !ok {
				t.Fatalf("form %s not in petitionforms.json", code)
			}
			pdf := render(t, func(b *bytes.Buffer) error { return PetitionLetterPDF(b, testUnit(), c.letter, SlipOptions{}) })
			docShot(t, pdf, "doc-"+strings.ToLower(code))
			text := pdfText(t, pdf)
			want := append([]string{nationalNameText, mottoText, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "PHƯỜNG HÀ HUY TẬP",
				"Hà Tĩnh, ngày 27 tháng 11 năm 2026"}, f.heading()...)
			checkText(t, text, append(want, c.want...)...)
			for _, a := range c.absent {
				if strings.Contains(flat(text), a) {
					t.Errorf("%q is printed:\n%s", a, text)
				}
			}
			checkFonts(t, pdf, 2)
			if n := pageCount(t, pdf); n != 1 {
				t.Errorf("%d pages, want 1", n)
			}
			if got := pageSize(t, pdf); !strings.Contains(got, "(A4)") {
				t.Errorf("page size %q, want A4", got)
			}
			golden(t, "doc-"+strings.ToLower(code), text)
		})
	}
}

// A missing value leaves a dotted line, and a number is printed as typed,
// padded or left to be written in.
func TestPetitionLetterBlanksAndNumbers(t *testing.T) {
	l := letterCases()["ND124-03"].letter
	l.Form, l.PetitionerID, l.PetitionerIDDate, l.PetitionerIDPlace = "ND124-03", "", "", ""
	for number, want := range map[string]string{"": "Số: /TB-UBND", "7": "Số: 07/TB-UBND", "07/TB-UBND": "Số: 07/TB-UBND", "123/TB-VP": "Số: 123/TB-VP"} {
		l.Number = number
		text := pdfText(t, render(t, func(b *bytes.Buffer) error { return PetitionLetterPDF(b, testUnit(), l, SlipOptions{}) }))
		checkText(t, text, want, "hộ chiếu: .......", "ngày cấp ....", "nơi cấp ....")
		if strings.Contains(text, "/TB-UBND/") {
			t.Errorf("number %q printed twice:\n%s", number, text)
		}
	}
	// The phiếu đề xuất has no number line unless one is typed.
	p := letterCases()["TT05-01"].letter
	p.Form = "TT05-01"
	if text := pdfText(t, render(t, func(b *bytes.Buffer) error { return PetitionLetterPDF(b, testUnit(), p, SlipOptions{}) })); strings.Contains(text, "Số:") {
		t.Errorf("phiếu đề xuất has a number line:\n%s", text)
	}
	p.Number = "3/PĐX"
	checkText(t, pdfText(t, render(t, func(b *bytes.Buffer) error { return PetitionLetterPDF(b, testUnit(), p, SlipOptions{}) })), "Số: 3/PĐX")
}

// A tố cáo's documents never print the denouncer, even when the caller
// passes them or the wording is changed to ask for them.
func TestDenouncerWithheld(t *testing.T) {
	data, err := formsData()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"TT05-03", "ND31-04", "ND31-01"} {
		f, _ := data.form(code)
		if !f.WithholdPetitioner {
			t.Errorf("%s does not withhold the petitioner", code)
		}
		f.Body = append(f.Body, "Người tố cáo: {petitionerName}, {petitionerAddress}, {petitionerID}")
		c := letterCases()[code]
		vals, err := letterValues(testUnit(), f, c.letter)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"petitionerName", "petitionerAddress", "petitionerID", "petitionerIDDate", "petitionerIDPlace"} {
			if vals[k] != "" {
				t.Errorf("%s: %s = %q", code, k, vals[k])
			}
		}
	}
}

func TestPetitionLetterErrors(t *testing.T) {
	data, err := formsData()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range letterCodes {
		f, _ := data.form(code)
		var buf bytes.Buffer
		err := PetitionLetterPDF(&buf, testUnit(), PetitionLetter{Form: code}, SlipOptions{})
		e, ok := err.(*domain.Error)
		if !ok || e.Kind != domain.Invalid {
			t.Errorf("%s with nothing filled: %v, want Invalid", code, err)
			continue
		}
		if len(e.Fields) != len(f.Required) || len(f.Required) == 0 || f.Required["date"] == "" {
			t.Errorf("%s: fields %v, want the form's required %v (date among them)", code, e.Fields, f.Required)
		}
		for field, msg := range f.Required {
			if e.Fields[field] != msg || !strings.HasPrefix(msg, "Chưa có") {
				t.Errorf("%s: field %s: %q, want %q", code, field, e.Fields[field], msg)
			}
		}
		if buf.Len() != 0 {
			t.Errorf("%s: a refused document wrote %d bytes", code, buf.Len())
		}
	}

	good := letterCases()["ND31-04"].letter
	good.Form = "ND31-04"
	bad := func(f func(*PetitionLetter)) error {
		l := good
		f(&l)
		return PetitionLetterPDF(&bytes.Buffer{}, testUnit(), l, SlipOptions{})
	}
	for name, c := range map[string]struct {
		err   error
		field string
	}{
		"unknown form":   {bad(func(l *PetitionLetter) { l.Form = "XX-99" }), "form"},
		"bad date":       {bad(func(l *PetitionLetter) { l.Date = "27/11/2026" }), "date"},
		"bad deadline":   {bad(func(l *PetitionLetter) { l.Deadline = "2026-13-01" }), "deadline"},
		"bad id date":    {bad(func(l *PetitionLetter) { l.PetitionerIDDate = "hôm qua" }), "petitionerIDDate"},
		"negative days":  {bad(func(l *PetitionLetter) { l.Days = -1 }), "days"},
		"digits in name": {bad(func(l *PetitionLetter) { l.PetitionerName = "Nguyễn Văn 2" }), "petitionerName"},
	} {
		e, ok := c.err.(*domain.Error)
		if !ok || e.Kind != domain.Invalid || e.Fields[c.field] == "" {
			t.Errorf("%s: %v, want Invalid on %s", name, c.err, c.field)
		}
	}
	if err := PetitionLetterPDF(&bytes.Buffer{}, domain.Unit{}, good, SlipOptions{}); domain.KindOf(err) != domain.Invalid || !strings.Contains(err.Error(), "Chưa có tên đơn vị") {
		t.Errorf("no unit: %v", err)
	}
	// The form code is not case-sensitive.
	good.Form = "nd31-04"
	if err := PetitionLetterPDF(&bytes.Buffer{}, testUnit(), good, SlipOptions{}); err != nil {
		t.Errorf("lower-case code: %v", err)
	}
}

// Every placeholder the wording uses is one the renderer fills, and every
// form has what the catalogue and the layout need.
func TestPetitionFormsData(t *testing.T) {
	data, err := formsData()
	if err != nil {
		t.Fatal(err)
	}
	vals, err := letterValues(testUnit(), letterForm{}, PetitionLetter{})
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{"number": true}
	for k := range vals {
		known[k] = true
	}
	if listed := slices.Sorted(func(yield func(string) bool) {
		for k := range known {
			if !yield(k) {
				return
			}
		}
	}); !slices.Equal(listed, slices.Sorted(slices.Values(data.Placeholders))) {
		t.Errorf("placeholders: the renderer fills %v, the data file lists %v", listed, data.Placeholders)
	}
	check := func(code, tpl string) {
		for _, part := range strings.Split(tpl, "{")[1:] {
			name, _, _ := strings.Cut(part, "}")
			if !known[name] {
				t.Errorf("%s: unknown placeholder {%s} in %q", code, name, tpl)
			}
		}
		if strings.Count(tpl, "[") != strings.Count(tpl, "]") || strings.Count(tpl, "**")%2 != 0 {
			t.Errorf("%s: unbalanced [ ] or ** in %q", code, tpl)
		}
	}
	var codes []string
	for _, f := range data.Forms {
		codes = append(codes, f.Code)
		if f.Title == "" || f.Source == "" || f.Note == "" || len(f.Body) == 0 || f.Sign.Title == "" || (f.Kind == "" && f.Excerpt == "") {
			t.Errorf("%s is incomplete: %+v", f.Code, f)
		}
		for _, tpl := range slices.Concat([]string{f.Number, f.Addressee, f.DefaultRecipient, f.Subject, f.Sign.Title, f.Sign.Name}, f.Body, f.Recipients) {
			check(f.Code, tpl)
		}
		for field := range f.Required {
			if !known[field] {
				t.Errorf("%s requires unknown %q", f.Code, field)
			}
		}
	}
	if !slices.Equal(codes, letterCodes) {
		t.Errorf("forms %v, want %v", codes, letterCodes)
	}
	d := data.Daily
	for _, tpl := range []string{d.Subject, d.Addressee} {
		check(d.Code, tpl)
	}
}

func TestFormCatalog(t *testing.T) {
	cat := FormCatalog()
	seen := map[string]bool{}
	for _, f := range cat {
		if seen[f.Code] {
			t.Errorf("code %s twice", f.Code)
		}
		seen[f.Code] = true
		if f.Title == "" || f.Source == "" || (f.Note == "" && !strings.HasPrefix(f.Code, statCatalogPrefix)) {
			t.Errorf("%s lacks a title, source or note: %+v", f.Code, f)
		}
		switch f.Status {
		case "CONFIRMED", "UNCONFIRMED", "VENDOR":
		default:
			t.Errorf("%s: status %q", f.Code, f.Status)
		}
		if f.Status == "UNCONFIRMED" && strings.TrimSpace(f.Source) == "" {
			t.Errorf("%s is UNCONFIRMED without a source", f.Code)
		}
	}
	for _, code := range append([]string{"01/TCD", "02/TCD", "03/TCD", "BC-NGAY"}, letterCodes...) {
		if !seen[code] {
			t.Errorf("catalogue lacks %s", code)
		}
	}
	if cat[0].Title != refusalForm.docTitle || cat[1].Title != receiptForm.docTitle || cat[2].Title != logbookForm.docTitle {
		t.Errorf("the slips' titles are not the forms': %+v", cat[:3])
	}
	for _, st := range StatTables() {
		if !seen[statCatalogPrefix+st.Code] {
			t.Errorf("catalogue lacks the statistical table %s", st.Code)
		}
	}
}

// docShot writes the first page of pdf as a 60 dpi PNG into
// $TIEPDAN_SHOTS, if set.
func docShot(t *testing.T, pdf []byte, name string) {
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
	runPoppler(t, "pdftoppm", pdf, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", "{in}", filepath.Join(dir, name))
}

// golden compares text's non-empty lines, spacing collapsed, with
// testdata/name.txt, or rewrites it when TIEPDAN_UPDATE_GOLDENS is set.
func golden(t *testing.T, name, text string) {
	t.Helper()
	var lines []string
	for _, ln := range strings.Split(text, "\n") {
		if ln = flat(ln); ln != "" {
			lines = append(lines, ln)
		}
	}
	got := strings.Join(lines, "\n") + "\n"
	path := filepath.Join("testdata", name+".txt")
	if os.Getenv("TIEPDAN_UPDATE_GOLDENS") != "" {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with TIEPDAN_UPDATE_GOLDENS=1 to create it)", err)
	}
	if got != string(want) {
		wl := strings.Split(string(want), "\n")
		gl := strings.Split(got, "\n")
		for i := range max(len(wl), len(gl)) {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Errorf("%s differs from the golden at line %d:\n got: %q\nwant: %q\n(run with TIEPDAN_UPDATE_GOLDENS=1 after a deliberate change)", path, i+1, g, w)
				break
			}
		}
	}
}
