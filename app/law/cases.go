package law

import "tiepdan/app/domain"

// This file holds the rules of handling a petition and resolving a case
// (law.md §1.1, §1.2, §1.4): which deadline rule applies, the complexity
// checklist, the grounds for not accepting a complaint, the dialogue
// invitation, the limits on extending a denunciation, and the one-transfer
// rule. Each is dated data; the services pick what was in force on the day.

// ChecklistItem is one reason a case may be found complex (vụ việc phức
// tạp), as the written finding states it.
type ChecklistItem struct {
	// Code is stable: it is stored with the case step.
	Code     string
	Text     string
	Citation string
	// From is the first day the item applies.
	From Date
}

// citeComplex is where the 2026 checklist comes from (law.md §1.1, [3RD-PARTY,
// S24]: the clause and point inside Art. 3a were not read).
const citeComplex = "Điều 3a Nghị định 124/2020/NĐ-CP (bổ sung bởi Nghị định 155/2026/NĐ-CP)"

var complexityChecklist = []ChecklistItem{
	{Code: "nhieu-dia-diem", Text: "Nội dung phải xác minh tại từ 02 địa điểm trở lên", Citation: citeComplex, From: since2026},
	{Code: "nhieu-noi-dung", Text: "Có từ 02 nội dung trở lên phải xác minh", Citation: citeComplex, From: since2026},
	{Code: "nhieu-nguoi", Text: "Nhiều người cùng khiếu nại về một nội dung, hoặc liên quan đến quyền, lợi ích của nhiều người", Citation: citeComplex, From: since2026},
	{Code: "nuoc-ngoai", Text: "Người khiếu nại, hành vi bị khiếu nại hoặc việc xác minh ở nước ngoài", Citation: citeComplex, From: since2026},
	{Code: "nhieu-co-quan", Text: "Liên quan đến trách nhiệm của nhiều cơ quan, tổ chức", Citation: citeComplex, From: since2026},
	{Code: "y-kien-khac-nhau", Text: "Các cơ quan có liên quan còn có ý kiến khác nhau", Citation: citeComplex, From: since2026},
	{Code: "chung-cu-mau-thuan", Text: "Thông tin, tài liệu, chứng cứ mâu thuẫn với nhau", Citation: citeComplex, From: since2026},
}

// ComplexityChecklist returns the checklist items in force on d, in the
// decree's order; before 01/7/2026 there is none (the finding is free text).
func ComplexityChecklist(d Date) []ChecklistItem {
	var out []ChecklistItem
	for _, c := range complexityChecklist {
		if !d.Before(c.From) {
			out = append(out, c)
		}
	}
	return out
}

// ChecklistItemByCode returns the checklist item code if it is in force on d.
func ChecklistItemByCode(code string, d Date) (ChecklistItem, bool) {
	for _, c := range ComplexityChecklist(d) {
		if c.Code == code {
			return c, true
		}
	}
	return ChecklistItem{}, false
}

// NotAcceptGround is a ground on which a complaint is not accepted (khiếu
// nại không được thụ lý giải quyết, Luật Khiếu nại Art. 11).
type NotAcceptGround struct {
	// Code is stable: it is stored with the step.
	Code     string
	Text     string
	Citation string
}

var notAcceptGrounds = []NotAcceptGround{
	{Code: "noi-bo", Citation: "Khoản 1 Điều 11 Luật Khiếu nại",
		Text: "Quyết định hành chính, hành vi hành chính trong nội bộ cơ quan nhà nước để chỉ đạo, tổ chức thực hiện nhiệm vụ, công vụ; " +
			"trong chỉ đạo điều hành của cơ quan hành chính cấp trên với cấp dưới; quyết định có chứa quy phạm pháp luật; " +
			"hoặc thuộc phạm vi bí mật nhà nước trong lĩnh vực quốc phòng, an ninh, ngoại giao"},
	{Code: "khong-lien-quan", Citation: "Khoản 2 Điều 11 Luật Khiếu nại",
		Text: "Quyết định hành chính, hành vi hành chính bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại"},
	{Code: "nang-luc", Citation: "Khoản 3 Điều 11 Luật Khiếu nại",
		Text: "Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp"},
	{Code: "dai-dien", Citation: "Khoản 4 Điều 11 Luật Khiếu nại",
		Text: "Người đại diện không hợp pháp thực hiện khiếu nại"},
	{Code: "chu-ky", Citation: "Khoản 5 Điều 11 Luật Khiếu nại",
		Text: "Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại"},
	{Code: "het-thoi-hieu", Citation: "Khoản 6 Điều 11 Luật Khiếu nại",
		Text: "Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng"},
	{Code: "da-co-lan-hai", Citation: "Khoản 7 Điều 11 Luật Khiếu nại",
		Text: "Khiếu nại đã có quyết định giải quyết khiếu nại lần hai"},
	{Code: "dinh-chi-30-ngay", Citation: "Khoản 8 Điều 11 Luật Khiếu nại",
		Text: "Có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại"},
	{Code: "toa-an", Citation: "Khoản 9 Điều 11 Luật Khiếu nại",
		Text: "Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án, " +
			"trừ quyết định đình chỉ giải quyết vụ án hành chính"},
}

// NotAcceptGrounds returns the grounds of Art. 11, in the law's order.
func NotAcceptGrounds() []NotAcceptGround { return append([]NotAcceptGround(nil), notAcceptGrounds...) }

// NotAcceptGroundByCode returns ground code.
func NotAcceptGroundByCode(code string) (NotAcceptGround, bool) {
	for _, g := range notAcceptGrounds {
		if g.Code == code {
			return g, true
		}
	}
	return NotAcceptGround{}, false
}

// HandlingRuleID is the xử lý đơn rule of a petition of kind k: a tố cáo is
// handled within Luật Tố cáo Art. 24.1 (07 ngày làm việc), any other đơn
// within the TT 05/2021 period.
func HandlingRuleID(k domain.ContentKind) string {
	if k == domain.ContentDenunciation {
		return "tc-xu-ly-ban-dau"
	}
	return "xu-ly-don"
}

// CaseKindFor is the procedure a petition of kind k with prior status p
// follows once proposed for acceptance; false for a đơn with several
// contents, which is split first (Luật TCD Art. 25.3).
func CaseKindFor(k domain.ContentKind, p domain.PriorStatus) (domain.CaseKind, bool) {
	switch k {
	case domain.ContentComplaint:
		if p == domain.PriorFirst {
			return domain.CaseComplaintSecond, true
		}
		return domain.CaseComplaintFirst, true
	case domain.ContentDenunciation:
		return domain.CaseDenunciation, true
	case domain.ContentRecommendation, domain.ContentFeedback:
		return domain.CaseRecommendation, true
	}
	return "", false
}

// AcceptanceRuleID is the thụ lý rule of a case of kind k, counted from the
// petition's receipt; "" for kiến nghị, phản ánh, which have none.
func AcceptanceRuleID(k domain.CaseKind) string {
	switch k {
	case domain.CaseComplaintFirst:
		return "kn-thu-ly"
	case domain.CaseComplaintSecond:
		return "kn-thu-ly-lan-hai"
	case domain.CaseDenunciation:
		return "tc-xu-ly-ban-dau"
	}
	return ""
}

// ResolutionRuleID is the giải quyết rule of a case of kind k, counted from
// thụ lý: a khiếu nại's period depends on the area (vùng sâu, vùng xa) and
// on its being complex (Luật Khiếu nại Arts. 28, 37); a tố cáo's is one rule
// with extensions (Luật Tố cáo Art. 30); kiến nghị, phản ánh have none ("").
func ResolutionRuleID(k domain.CaseKind, remote bool, c domain.Complexity) string {
	var id string
	switch k {
	case domain.CaseComplaintFirst:
		id = "kn-giai-quyet-lan-dau"
	case domain.CaseComplaintSecond:
		id = "kn-giai-quyet-lan-hai"
	case domain.CaseDenunciation:
		return "tc-giai-quyet"
	default:
		return ""
	}
	if remote {
		id += "-vung-xa"
	}
	if c != domain.ComplexityNone {
		id += "-phuc-tap"
	}
	return id
}

// SuspensionStopsClock reports whether a suspension decided on d stops the
// resolution period of a case of kind k: a tố cáo's always (Luật Tố cáo
// Art. 34), a khiếu nại's from 01/7/2026 (Art. 11a, added by Luật
// 136/2025/QH15).
func SuspensionStopsClock(k domain.CaseKind, d Date) bool {
	switch k {
	case domain.CaseDenunciation:
		return true
	case domain.CaseComplaintFirst, domain.CaseComplaintSecond:
		return !d.Before(since2026)
	}
	return false
}

// DialogueRequired reports whether a case of kind k must hold a dialogue
// before its decision: the second round always does (Luật Khiếu nại Art. 39).
func DialogueRequired(k domain.CaseKind) bool { return k == domain.CaseComplaintSecond }

// DialogueRequiredText says why, for the refusal message.
const DialogueRequiredText = "Giải quyết khiếu nại lần hai phải tổ chức đối thoại trước khi ra quyết định (Điều 39 Luật Khiếu nại)"

// dialogueNoticeDays is the least number of days between the written
// invitation to a dialogue and the dialogue, from 01/7/2026 (law.md §1.1,
// [3RD-PARTY, S24]).
const dialogueNoticeDays = 5

// CheckDialogueInvitation checks the invitation to a dialogue held on
// dialogue: from 01/7/2026 it must be sent at least 05 days before
// (Art. 28 NĐ 124/2020 as amended by NĐ 155/2026). It returns an Invalid
// *Error saying so, or nil. Before that date there is no such rule.
func CheckDialogueInvitation(dialogue, invited Date) error {
	if dialogue.Before(since2026) {
		return nil
	}
	if invited.IsZero() {
		return errorf(Invalid, "Vui lòng ghi ngày gửi giấy mời đối thoại")
	}
	if dialogue.Sub(invited) < dialogueNoticeDays {
		return errorf(Invalid, "Giấy mời đối thoại phải được gửi trước ngày đối thoại ít nhất %02d ngày "+
			"(Điều 28 Nghị định 124/2020/NĐ-CP, sửa đổi bởi Nghị định 155/2026/NĐ-CP): đối thoại ngày %s thì mời chậm nhất ngày %s",
			dialogueNoticeDays, dialogue.Display(), dialogue.AddDays(-dialogueNoticeDays).Display())
	}
	return nil
}

// MaxDenunciationExtensions is how many times a tố cáo of complexity c may
// be extended: once if complex, twice if especially complex, never otherwise
// (Luật Tố cáo Art. 30.2).
func MaxDenunciationExtensions(c domain.Complexity) int {
	switch c {
	case domain.ComplexityComplex:
		return 1
	case domain.ComplexityVery:
		return 2
	}
	return 0
}

// CheckDenunciationExtension checks one more extension of days for a tố cáo
// of complexity c already extended done times. It returns an Invalid *Error
// with the reason, or nil.
func CheckDenunciationExtension(c domain.Complexity, done, days int) error {
	limit := MaxDenunciationExtensions(c)
	switch {
	case limit == 0:
		return errorf(Invalid, "Chỉ vụ việc tố cáo phức tạp hoặc đặc biệt phức tạp mới được gia hạn (khoản 2 Điều 30 Luật Tố cáo); "+
			"hãy xác định vụ việc phức tạp trước")
	case done >= limit && c == domain.ComplexityComplex:
		return errorf(Invalid, "Vụ việc tố cáo phức tạp chỉ được gia hạn một lần; vụ việc đặc biệt phức tạp được gia hạn hai lần "+
			"(khoản 2 Điều 30 Luật Tố cáo)")
	case done >= limit:
		return errorf(Invalid, "Vụ việc tố cáo đặc biệt phức tạp chỉ được gia hạn hai lần (khoản 2 Điều 30 Luật Tố cáo)")
	case days < 1 || days > 30:
		return errorf(Invalid, "Mỗi lần gia hạn giải quyết tố cáo không quá 30 ngày (khoản 2 Điều 30 Luật Tố cáo)")
	}
	return nil
}

// ComplaintExtensionText is why a khiếu nại is not extended: its longer
// period comes with the finding that it is complex.
const ComplaintExtensionText = "Khiếu nại không gia hạn: thời hạn dài hơn khi xác định vụ việc phức tạp " +
	"(lần đầu 30 → 45 ngày, lần hai 45 → 60 ngày; Điều 28, 37 Luật Khiếu nại)"

// DenunciationTransferOnce is why a second transfer of a tố cáo is refused
// (law.md §1.4, TT 05/2021 Art. 14.1).
const DenunciationTransferOnce = "Đơn tố cáo cùng nội dung chỉ được chuyển một lần (khoản 1 Điều 14 Thông tư 05/2021/TT-TTCP); " +
	"đơn này đã được chuyển"

// ComplexityAllowed reports whether a case of kind k may be graded c: only a
// tố cáo is ever "đặc biệt phức tạp"; kiến nghị, phản ánh have no period to
// lengthen.
func ComplexityAllowed(k domain.CaseKind, c domain.Complexity) error {
	switch {
	case c != domain.ComplexityComplex && c != domain.ComplexityVery:
		return errorf(Invalid, "Vui lòng chọn mức độ: phức tạp hoặc đặc biệt phức tạp")
	case k == domain.CaseRecommendation:
		return errorf(Invalid, "Kiến nghị, phản ánh không có thời hạn giải quyết luật định để kéo dài")
	case c == domain.ComplexityVery && k != domain.CaseDenunciation:
		return errorf(Invalid, "Chỉ vụ việc tố cáo mới được xác định là đặc biệt phức tạp; khiếu nại chọn mức phức tạp")
	}
	return nil
}

// ChecklistCitation is the provision of the checklist, for display.
func ChecklistCitation() string { return citeComplex }
