package reports

import "strings"

// The wording of the printed forms, in one place so that a wording the
// sources leave uncertain can be corrected here without touching the layout
// code. Each line is quoted from ../shared/domain/forms.md and says how sure
// that source is: CONFIRMED-OCR (read in the OCR of the signed decree),
// MD-ONLY (only in a cleaned transcription), UNCONFIRMED or APP (the app's
// own addition, not in the form).
//
// In a template, {name} is filled by the renderer; a value left empty prints
// as a dotted line to be written in by hand. {tab} is a gap, where the form
// has two blanks on one line.

// receiptForm is Mẫu số 02/TCD, Giấy biên nhận thông tin, tài liệu
// (NĐ 154/2026/NĐ-CP; forms.md §1.3, law.md §3.2).
var receiptForm = struct {
	code, docTitle                           string
	title, subject                           string
	number                                   string
	timePlace, officer, provider, identity   string
	address, itemsIntro, item, itemNoPages   string
	copies                                   string
	providerSign, providerNote               string
	receiverSign, receiverNote               string
	copyLabels                               [2]string
	defaultCopies                            int
	itemSeparator, itemLastSeparator, bullet string
}{
	code:     "02/TCD",
	docTitle: "Giấy biên nhận thông tin, tài liệu",
	// CONFIRMED-OCR.
	title:   "GIẤY BIÊN NHẬN",
	subject: "Thông tin, tài liệu",
	// APP: neither copy of the form has a "Số:" line; the slip's number in
	// the year is printed where NĐ 30/2020 puts a number, without a type
	// symbol, which NĐ 30 Phụ lục III does not define for a receipt.
	number: "Số: {number}",
	// CONFIRMED-OCR, the place being the receiving agency, footnote (2).
	timePlace: "Vào {hour} giờ {minute} ngày {day} tháng {month} năm {year} tại: {place}",
	// MD-ONLY: "Tôi là ……(3) Chức vụ: ……".
	officer: "Tôi là {officer}{tab}Chức vụ: {position}",
	// MD-ONLY: "Đã nhận của ông (bà) ……(4)".
	provider: "Đã nhận của ông (bà) {provider}",
	// MD-ONLY; the exact label is UNCONFIRMED (Mẫu 01/TCD has a longer one).
	identity: "Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): {id}, ngày cấp: {issueDate}, nơi cấp: {issuePlace}",
	// OCR-ONLY.
	address: "Địa chỉ: {address}",
	// CONFIRMED-OCR.
	itemsIntro: "các thông tin, tài liệu sau:",
	// APP: footnote (5) asks for each item's name, pages, condition and
	// whether it is a photocopy or a certified copy; this is how it is
	// written on one line "- ……(5)".
	item:              "{name} ({kind}, {pages} trang; tình trạng: {condition})",
	itemNoPages:       "{name} ({kind}; tình trạng: {condition})",
	bullet:            "- ",
	itemSeparator:     ";",
	itemLastSeparator: ".",
	// CONFIRMED-OCR.
	copies: "Giấy biên nhận thông tin, tài liệu, được lập thành {copies} bản, giao cho người cung cấp thông tin, tài liệu 01 bản.",
	// CONFIRMED-OCR; the receiver's note with the hyphen of the OCR.
	providerSign: "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU",
	providerNote: "(Ký, ghi rõ họ tên)",
	receiverSign: "NGƯỜI NHẬN",
	receiverNote: "(Ký, ghi rõ họ tên, đóng dấu - nếu có)",
	// APP: the two copies of SlipOptions.TwoCopies.
	copyLabels:    [2]string{"Liên 1: Lưu hồ sơ", "Liên 2: Giao người cung cấp thông tin, tài liệu"},
	defaultCopies: 2,
}

// refusalForm is Mẫu số 01/TCD, Thông báo về việc từ chối tiếp công dân
// (NĐ 154/2026/NĐ-CP; forms.md §1.2).
var refusalForm = struct {
	code, docTitle                      string
	number                              string
	title, subject                      string
	addressee, visit, identity, address string
	reason, ground, defaultGround       string
	defaultAddressee                    string
	recipientsFirst, recipientsLast     string
	defaultRecipient                    string
	signTitle, signNote                 string
	copyLabels                          [2]string
}{
	code:     "01/TCD",
	docTitle: "Thông báo về việc từ chối tiếp công dân",
	// MD-ONLY: "Số: …/TB-…", the symbol being the unit's (Unit.DocSymbol).
	number: "Số: {number}/TB-{symbol}",
	// "THÔNG BÁO" in both copies; the subject line is MD-ONLY.
	title:   "THÔNG BÁO",
	subject: "Về việc từ chối tiếp công dân",
	// "Kính gửi: ……(3)".
	addressee:        "Kính gửi: {addressee}",
	defaultAddressee: "Ông (bà) {name}",
	// "Ngày … tháng … năm …, ông (bà)……(3)".
	visit: "Ngày {day} tháng {month} năm {year}, ông (bà) {name}",
	// CONFIRMED-OCR.
	identity: "Số căn cước/giấy chứng nhận căn cước/số định danh cá nhân/số hộ chiếu (hoặc giấy tờ tùy thân): {id}, ngày cấp: {issueDate}, nơi cấp {issuePlace}",
	// MD-ONLY and UNCONFIRMED (the OCR omits the line); built as forms.md
	// describes it: "đến …(2) … về việc …(4)".
	address: "Địa chỉ: {address} đến {agency} để {kind} về việc {summary}",
	// OCR-ONLY.
	reason: "Lý do từ chối: {reason}",
	// Both copies; "(2)" is the unit, "(3)" the citizen.
	ground: "Căn cứ {ground} {agency} từ chối tiếp nhận nội dung {kind} của ông (bà) {name} và thông báo để ông (bà) được biết.",
	// The form's own wording, with the decree's number and date filled in
	// (S1). Both copies say "điểm g" although Điều 4 khoản 3 sends this
	// notice to điểm h: reproduced as printed (forms.md §1.2); callers who
	// cite điểm h pass their own LegalGround.
	defaultGround: "khoản 3 Điều 9 Luật Tiếp công dân và điểm g, khoản 1 Điều 4 Nghị định số 154/2026/NĐ-CP ngày 15 tháng 5 năm 2026 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tiếp công dân",
	// "- Như trên;" … "- Lưu: VT, hồ sơ."; the superior's "(để b/c)" is
	// UNCONFIRMED (OCR "để bíc", S1 "để biết").
	recipientsFirst:  "Như trên",
	recipientsLast:   "Lưu: VT, hồ sơ",
	defaultRecipient: "{superior} (để b/c)",
	// "THỦ TRƯỞNG, CƠ QUAN, TỔ CHỨC, ĐƠN VỊ" (sic) is the form's placeholder
	// for the head's title; it is printed only when no title is known.
	signTitle: "THỦ TRƯỞNG, CƠ QUAN, TỔ CHỨC, ĐƠN VỊ",
	signNote:  "(Ký, ghi rõ họ tên, đóng dấu)",
	// APP.
	copyLabels: [2]string{"Liên 1: Lưu hồ sơ", "Liên 2: Giao công dân"},
}

// template fills the {name} placeholders of tpl: each becomes vals[name], and
// the text between them plain runs. {tab} is a gap of tab mm. An unknown
// placeholder is left as written, so a typo shows on the page.
func template(tpl string, vals map[string]run, tab float64) []run {
	var out []run
	for tpl != "" {
		i := strings.IndexByte(tpl, '{')
		j := strings.IndexByte(tpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			out = append(out, plain(tpl))
			break
		}
		j += i
		if i > 0 {
			out = append(out, plain(tpl[:i]))
		}
		name := tpl[i+1 : j]
		switch v, ok := vals[name]; {
		case name == "tab":
			out = append(out, run{fill: true, width: tab, hidden: true})
		case ok:
			out = append(out, v)
		default:
			out = append(out, plain(tpl[i:j+1]))
		}
		tpl = tpl[j+1:]
	}
	return out
}

// templateText fills tpl with plain strings, for lines printed as one run.
func templateText(tpl string, vals map[string]string) string {
	for k, v := range vals {
		tpl = strings.ReplaceAll(tpl, "{"+k+"}", v)
	}
	return tpl
}

// logbookForm is Mẫu số 03/TCD, Sổ tiếp công dân (NĐ 154/2026/NĐ-CP;
// forms.md §1.4, law.md §3.3), and how a visit fills its columns.
var logbookForm = struct {
	code, label, docTitle, sheet string
	title, period                string
	columns                      [13]string
	numbers                      [13]string
	person, representative       string
	idKinds                      map[string]string
	guide, transfer              string
	accept, answer, refuse       string
	repeat                       string
	competent                    string
}{
	code:     "03/TCD",
	docTitle: "Sổ tiếp công dân",
	// APP: the decree heads the form "Mẫu số 03/TCD"; printed top right as
	// the appendix forms are.
	label: "Mẫu số 03/TCD",
	// APP: the worksheet's name (at most 31 characters).
	sheet: "Sổ tiếp công dân",
	// In both copies.
	title: "SỔ TIẾP CÔNG DÂN",
	// APP: the period the pages cover.
	period: "Từ ngày {from} đến ngày {to}",
	// MD-ONLY (S1), in order and character for character, "KN" twice
	// included (khiếu nại, kiến nghị). Any grouping of columns 9–11 under a
	// common heading is UNCONFIRMED, so there is none.
	columns: [13]string{
		"STT", "Ngày tiếp", "Họ tên, địa chỉ", "CCCD/CMND/Hộ chiếu", "Nội dung đơn",
		"Loại đơn (KN/TC/KN/PA)", "Số người cùng nội dung", "Cơ quan đã giải quyết", "Thuộc thẩm quyền (x)",
		"Hướng dẫn công dân đến cơ quan có thẩm quyền", "Cơ quan, đơn vị thụ lý", "Theo dõi kết quả giải quyết", "Ghi chú",
	},
	// MD-ONLY (S1): the row of column numbers under the headings.
	numbers: [13]string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"},
	// APP: column 3, one line per person named: "họ tên, địa chỉ", the
	// representatives of a group marked.
	person:         "{name}, {address}",
	representative: "{name} (người đại diện)",
	// APP: column 4; footnote (4) asks for the details of another paper
	// when there is no căn cước or passport. A căn cước prints as its bare
	// number.
	idKinds: map[string]string{"cmnd": "CMND {number}", "passport": "Hộ chiếu {number}", "other": "{description} {number}"},
	// APP, with the nouns of footnotes (10) and (11).
	guide:    "{body}; số văn bản hướng dẫn: {doc}",
	transfer: "{body}; số văn bản chuyển đơn: {doc}",
	// APP: column 12 for the outcomes columns 10 and 11 do not show.
	accept: "Nhận đơn; hạn trả lời: {due}",
	answer: "Trả lời trực tiếp",
	refuse: "Từ chối tiếp: {ground}",
	// APP: column 13, the derived "tiếp nhiều lần" that Biểu 01/TCD
	// counts (law.md §4.3).
	repeat: "Tiếp nhiều lần (lần thứ {n})",
	// Footnote (9): "Đánh dấu (x)".
	competent: "x",
}
