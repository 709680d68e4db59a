package domain

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// The slips of NĐ 154/2026 (../shared/domain/forms.md §1.2, §1.3): what the
// services hand to package reports to print a Giấy biên nhận (Mẫu 02/TCD) or
// a Thông báo từ chối tiếp công dân (Mẫu 01/TCD). The unit's names, place name
// and chairman come from Unit, not from these records.

// DateLayout is the layout of the ISO dates in slips, e.g. "2026-01-05".
const DateLayout = time.DateOnly

// DateTimeLayout is the layout of a local date and time in slips, to the
// minute and without a time zone (it is the time on the office's wall clock),
// e.g. "2026-01-05T09:30".
const DateTimeLayout = "2006-01-02T15:04"

// ItemKind says what sort of copy a received document is (footnote (5) of
// Mẫu 02/TCD: "bản phô tô hoặc bản sao công chứng").
type ItemKind string

// The kinds of a received document.
const (
	// ItemOriginal is the original (bản chính).
	ItemOriginal ItemKind = "original"
	// ItemCopy is a photocopy (bản phô tô).
	ItemCopy ItemKind = "copy"
	// ItemCertifiedCopy is a notarised or certified copy (bản sao công chứng).
	ItemCertifiedCopy ItemKind = "certified_copy"
)

// ItemKinds lists every ItemKind, in the order the UI offers them.
var ItemKinds = []ItemKind{ItemOriginal, ItemCopy, ItemCertifiedCopy}

var itemKindLabels = map[ItemKind]string{
	ItemOriginal:      "bản chính",
	ItemCopy:          "bản phô tô",
	ItemCertifiedCopy: "bản sao công chứng",
}

// Label returns the kind as printed on the slip, e.g. "bản phô tô".
func (k ItemKind) Label() string { return itemKindLabels[k] }

// Valid reports whether k is one of ItemKinds.
func (k ItemKind) Valid() bool { _, ok := itemKindLabels[k]; return ok }

// ReceiptItem is one document or piece of evidence received against a
// Giấy biên nhận.
type ReceiptItem struct {
	// Name says what it is, e.g. "Đơn khiếu nại đề ngày 02/01/2026".
	Name string `json:"name"`
	// Pages is its number of pages; 0 when it has none (a USB stick, a photo).
	Pages int `json:"pages"`
	// Kind is original, photocopy or certified copy.
	Kind ItemKind `json:"kind"`
	// Condition is its state when received, e.g. "nguyên vẹn".
	Condition string `json:"condition"`
}

// Receipt is a Giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD): the ward
// received these documents from this person, at this time.
type Receipt struct {
	// Number is the slip's number within the year of ReceivedAt, from 1.
	Number int `json:"number"`
	// ReceivedAt is when the documents were received (DateTimeLayout); its
	// date is also the date of the slip.
	ReceivedAt string `json:"receivedAt"`
	// Place is where ("tại: …"); empty means the unit's name, which is what
	// the form's footnote (2) asks for.
	Place string `json:"place"`
	// OfficerName and OfficerPosition are the receiving officer ("Tôi là …
	// Chức vụ: …").
	OfficerName     string `json:"officerName"`
	OfficerPosition string `json:"officerPosition"`
	// ProviderName is the person who handed the documents over: the
	// complainant, denouncer or petitioner, or a person connected with the
	// matter ("Đã nhận của ông (bà) …").
	ProviderName string `json:"providerName"`
	// IDNumber is the number of the provider's identity paper (căn cước,
	// passport or other), IDIssueDate its date of issue (DateLayout, may be
	// empty) and IDIssuePlace who issued it (may be empty).
	IDNumber     string `json:"idNumber"`
	IDIssueDate  string `json:"idIssueDate"`
	IDIssuePlace string `json:"idIssuePlace"`
	// Address is the provider's address.
	Address string `json:"address"`
	// Items are what was received, in the order listed on the slip.
	Items []ReceiptItem `json:"items"`
	// Copies is how many copies of the slip are made ("được lập thành …
	// bản"); 0 means 2: one for the provider, one for the file.
	Copies int `json:"copies"`
}

// Limits on slips, so a slip still fits its page.
const (
	// MaxReceiptItems is the most items one Giấy biên nhận lists.
	MaxReceiptItems = 100
	// MaxSlipCopies is the most copies of one slip.
	MaxSlipCopies = 10
)

// Normalize cleans every text field of r (see CleanText), in place.
func (r *Receipt) Normalize() {
	for _, p := range []*string{&r.ReceivedAt, &r.Place, &r.OfficerName, &r.OfficerPosition,
		&r.ProviderName, &r.IDNumber, &r.IDIssueDate, &r.IDIssuePlace, &r.Address} {
		*p = CleanText(*p)
	}
	for i := range r.Items {
		it := &r.Items[i]
		it.Name = CleanText(it.Name)
		it.Condition = CleanText(it.Condition)
	}
}

// Validate checks a normalized Receipt and returns an Invalid error naming
// every bad field, or nil. Item fields are named "items.N.name" and so on,
// N counting from 0.
func (r *Receipt) Validate() error {
	var v Validation
	if r.Number < 0 {
		v.Fail("number", "Số giấy biên nhận không được âm")
	}
	checkSlipDateTime(&v, "receivedAt", r.ReceivedAt, "Vui lòng nhập thời điểm nhận tài liệu")
	v.MaxLen("place", r.Place, 200, "Nơi nhận tài liệu")
	checkSlipName(&v, "officerName", r.OfficerName, "Vui lòng nhập họ tên cán bộ nhận tài liệu")
	v.Required("officerPosition", r.OfficerPosition, "Vui lòng nhập chức vụ của cán bộ nhận tài liệu")
	v.MaxLen("officerPosition", r.OfficerPosition, 100, "Chức vụ")
	checkSlipName(&v, "providerName", r.ProviderName, "Vui lòng nhập họ tên người cung cấp thông tin, tài liệu")
	checkSlipIdentity(&v, r.IDNumber, r.IDIssueDate, r.IDIssuePlace)
	v.Required("address", r.Address, "Vui lòng nhập địa chỉ của người cung cấp thông tin, tài liệu")
	v.MaxLen("address", r.Address, 300, "Địa chỉ")
	switch {
	case len(r.Items) == 0:
		v.Fail("items", "Vui lòng ghi ít nhất một thông tin, tài liệu đã nhận")
	case len(r.Items) > MaxReceiptItems:
		v.Fail("items", fmt.Sprintf("Một giấy biên nhận ghi tối đa %d tài liệu; vui lòng lập thêm giấy biên nhận", MaxReceiptItems))
	}
	for i, it := range r.Items {
		f := func(name string) string { return fmt.Sprintf("items.%d.%s", i, name) }
		v.Required(f("name"), it.Name, "Vui lòng nhập tên tài liệu")
		v.MaxLen(f("name"), it.Name, 300, "Tên tài liệu")
		if it.Pages < 0 || it.Pages > 10000 {
			v.Fail(f("pages"), "Số trang phải từ 0 đến 10.000 (ghi 0 nếu tài liệu không có trang)")
		}
		if !it.Kind.Valid() {
			v.Fail(f("kind"), "Vui lòng chọn bản chính, bản phô tô hoặc bản sao công chứng")
		}
		v.Required(f("condition"), it.Condition, "Vui lòng ghi tình trạng của tài liệu, ví dụ: nguyên vẹn")
		v.MaxLen(f("condition"), it.Condition, 200, "Tình trạng")
	}
	if r.Copies < 0 || r.Copies > MaxSlipCopies {
		v.Fail("copies", fmt.Sprintf("Số bản phải từ 1 đến %d", MaxSlipCopies))
	}
	return v.Err()
}

// ContentKind is what a citizen came to raise: one of the four kinds of the
// Luật Tiếp công dân.
type ContentKind string

// The content kinds.
const (
	// ContentComplaint is a khiếu nại.
	ContentComplaint ContentKind = "complaint"
	// ContentDenunciation is a tố cáo.
	ContentDenunciation ContentKind = "denunciation"
	// ContentRecommendation is a kiến nghị.
	ContentRecommendation ContentKind = "recommendation"
	// ContentFeedback is a phản ánh.
	ContentFeedback ContentKind = "feedback"
)

// ContentKinds lists every ContentKind, in the order of the law.
var ContentKinds = []ContentKind{ContentComplaint, ContentDenunciation, ContentRecommendation, ContentFeedback}

var contentKindLabels = map[ContentKind]string{
	ContentComplaint:      "khiếu nại",
	ContentDenunciation:   "tố cáo",
	ContentRecommendation: "kiến nghị",
	ContentFeedback:       "phản ánh",
}

// Label returns the kind in lower case as it reads inside a sentence, e.g.
// "khiếu nại".
func (k ContentKind) Label() string { return contentKindLabels[k] }

// Valid reports whether k is one of ContentKinds.
func (k ContentKind) Valid() bool { _, ok := contentKindLabels[k]; return ok }

// RefusalNotice is a Thông báo về việc từ chối tiếp công dân (Mẫu 01/TCD),
// which the head of the unit issues within 03 working days when reception is
// refused under khoản 3 Điều 9 Luật Tiếp công dân or điểm h khoản 1 Điều 4
// NĐ 154/2026. It is signed by the unit's chairman unless a signer is given.
type RefusalNotice struct {
	// Number is the notice's number in the unit's register of outgoing
	// documents ("Số: 05/TB-UBND"); 0 leaves it blank to be numbered by hand.
	Number int `json:"number"`
	// Date is the date of the notice (DateLayout).
	Date string `json:"date"`
	// Addressee follows "Kính gửi:"; empty means "Ông (bà) " and the
	// citizen's name.
	Addressee string `json:"addressee"`
	// VisitDate is the day the citizen came (DateLayout).
	VisitDate string `json:"visitDate"`
	// CitizenName is the person refused.
	CitizenName string `json:"citizenName"`
	// IDNumber, IDIssueDate (DateLayout, may be empty) and IDIssuePlace (may
	// be empty) identify the citizen's identity paper.
	IDNumber     string `json:"idNumber"`
	IDIssueDate  string `json:"idIssueDate"`
	IDIssuePlace string `json:"idIssuePlace"`
	// Address is the citizen's address.
	Address string `json:"address"`
	// ContentKind and ContentSummary are what the citizen came to raise
	// ("để khiếu nại về việc …").
	ContentKind    ContentKind `json:"contentKind"`
	ContentSummary string      `json:"contentSummary"`
	// Reason is the reason for the refusal, in the unit's words ("Lý do từ
	// chối: …").
	Reason string `json:"reason"`
	// LegalGround is the legal basis that follows "Căn cứ", e.g. "khoản 3
	// Điều 9 Luật Tiếp công dân và …"; empty prints the form's own wording.
	LegalGround string `json:"legalGround"`
	// Recipients are the "Nơi nhận" lines between "Như trên" and "Lưu: VT,
	// hồ sơ", each with its purpose, e.g. "Công an phường (để p/h)". Nil means
	// the superior agency "(để b/c)"; an empty, non-nil list means none.
	Recipients []string `json:"recipients"`
	// SignerAuthority is the line above the signer's title when someone signs
	// for the head, e.g. "KT. CHỦ TỊCH"; usually empty.
	SignerAuthority string `json:"signerAuthority"`
	// SignerTitle and SignerName default to the unit's chairman.
	SignerTitle string `json:"signerTitle"`
	SignerName  string `json:"signerName"`
}

// Normalize cleans every text field of n (see CleanText), in place. It keeps
// a nil Recipients nil.
func (n *RefusalNotice) Normalize() {
	for _, p := range []*string{&n.Date, &n.Addressee, &n.VisitDate, &n.CitizenName, &n.IDNumber,
		&n.IDIssueDate, &n.IDIssuePlace, &n.Address, &n.ContentSummary, &n.Reason, &n.LegalGround,
		&n.SignerAuthority, &n.SignerTitle, &n.SignerName} {
		*p = CleanText(*p)
	}
	for i := range n.Recipients {
		n.Recipients[i] = CleanText(n.Recipients[i])
	}
}

// Validate checks a normalized RefusalNotice and returns an Invalid error
// naming every bad field, or nil.
func (n *RefusalNotice) Validate() error {
	var v Validation
	if n.Number < 0 {
		v.Fail("number", "Số thông báo không được âm")
	}
	checkSlipDate(&v, "date", n.Date, "Vui lòng nhập ngày ban hành thông báo")
	v.MaxLen("addressee", n.Addressee, 200, "Kính gửi")
	checkSlipDate(&v, "visitDate", n.VisitDate, "Vui lòng nhập ngày công dân đến")
	if n.Date != "" && n.VisitDate != "" && n.VisitDate > n.Date {
		v.Fail("visitDate", "Ngày công dân đến không được sau ngày ban hành thông báo")
	}
	checkSlipName(&v, "citizenName", n.CitizenName, "Vui lòng nhập họ tên công dân")
	checkSlipIdentity(&v, n.IDNumber, n.IDIssueDate, n.IDIssuePlace)
	v.Required("address", n.Address, "Vui lòng nhập địa chỉ của công dân")
	v.MaxLen("address", n.Address, 300, "Địa chỉ")
	if !n.ContentKind.Valid() {
		v.Fail("contentKind", "Vui lòng chọn khiếu nại, tố cáo, kiến nghị hoặc phản ánh")
	}
	v.Required("contentSummary", n.ContentSummary, "Vui lòng tóm tắt nội dung công dân trình bày")
	v.MaxLen("contentSummary", n.ContentSummary, 2000, "Tóm tắt nội dung")
	v.Required("reason", n.Reason, "Vui lòng ghi lý do từ chối tiếp công dân")
	v.MaxLen("reason", n.Reason, 2000, "Lý do từ chối")
	v.MaxLen("legalGround", n.LegalGround, 1000, "Căn cứ")
	if len(n.Recipients) > 10 {
		v.Fail("recipients", "Nơi nhận ghi tối đa 10 dòng")
	}
	for i, r := range n.Recipients {
		field := fmt.Sprintf("recipients.%d", i)
		v.Required(field, r, "Dòng nơi nhận đang để trống")
		v.MaxLen(field, r, 200, "Nơi nhận")
	}
	v.MaxLen("signerAuthority", n.SignerAuthority, 100, "Thẩm quyền ký")
	v.MaxLen("signerTitle", n.SignerTitle, 100, "Chức vụ người ký")
	v.MaxLen("signerName", n.SignerName, 100, "Họ tên người ký")
	if strings.ContainsFunc(n.SignerName, unicode.IsDigit) {
		v.Fail("signerName", "Họ tên không được chứa chữ số")
	}
	return v.Err()
}

// checkSlipName fails field when name is empty, too long or has digits.
func checkSlipName(v *Validation, field, name, missing string) {
	v.Required(field, name, missing)
	v.MaxLen(field, name, 100, "Họ tên")
	if strings.ContainsFunc(name, unicode.IsDigit) {
		v.Fail(field, "Họ tên không được chứa chữ số")
	}
}

// checkSlipIdentity checks the identity paper's number, date and place of issue
// as far as a slip needs: the number's structure (province code, century and
// sex digit, …) is checked by app/law where the visit is recorded.
func checkSlipIdentity(v *Validation, number, issueDate, issuePlace string) {
	v.Required("idNumber", number, "Vui lòng nhập số căn cước, số định danh cá nhân, số hộ chiếu hoặc giấy tờ tùy thân")
	v.MaxLen("idNumber", number, 30, "Số giấy tờ tùy thân")
	if strings.ContainsFunc(number, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '/') }) {
		v.Fail("idNumber", "Số giấy tờ tùy thân chỉ gồm chữ và chữ số")
	}
	if issueDate != "" {
		checkSlipDate(v, "idIssueDate", issueDate, "")
	}
	v.MaxLen("idIssuePlace", issuePlace, 200, "Nơi cấp")
}

// checkSlipDate fails field when s is empty (with missing) or not an ISO date.
func checkSlipDate(v *Validation, field, s, missing string) {
	if s == "" {
		v.Fail(field, missing)
		return
	}
	if _, err := time.Parse(DateLayout, s); err != nil {
		v.Fail(field, fmt.Sprintf("Ngày %q không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-01-05)", Shorten(s)))
	}
}

// checkSlipDateTime fails field when s is empty (with missing) or not a
// DateTimeLayout time.
func checkSlipDateTime(v *Validation, field, s, missing string) {
	if s == "" {
		v.Fail(field, missing)
		return
	}
	if _, err := time.Parse(DateTimeLayout, s); err != nil {
		v.Fail(field, fmt.Sprintf("Thời điểm %q không hợp lệ (cần dạng năm-tháng-ngàyTgiờ:phút, ví dụ 2026-01-05T09:30)", Shorten(s)))
	}
}

// ReceiptDraft asks for a giấy biên nhận when a visit is saved: which of its
// citizens provided the documents, what was received, and how to print it.
// The service fills in the rest from the visit, the unit and the officer.
type ReceiptDraft struct {
	// Position is the citizen's index in the visit.
	Position        int           `json:"position"`
	OfficerPosition string        `json:"officerPosition"`
	Items           []ReceiptItem `json:"items"`
	Copies          int           `json:"copies"`
}
