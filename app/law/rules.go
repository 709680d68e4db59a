package law

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Citation points at the provision a rule comes from.
type Citation struct {
	// Document is the text as usually cited: "Luật Tố cáo",
	// "Nghị định 124/2020/NĐ-CP".
	Document string
	// Number is the document's number, for the record ("25/2018/QH14"); it
	// is not part of String.
	Number string
	// Article, Clause and Point locate the provision; any may be "" when not
	// known (see the rule's Notes).
	Article string
	Clause  string
	Point   string
	// AmendedBy names the amending text, if the provision was amended.
	AmendedBy string
}

// String returns the citation in the Vietnamese order: "Khoản 1 Điều 24 Luật
// Tố cáo", "Khoản 1 Điều 16 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định
// 155/2026/NĐ-CP)".
func (c Citation) String() string {
	var parts []string
	if c.Point != "" {
		parts = append(parts, "điểm "+c.Point)
	}
	if c.Clause != "" {
		parts = append(parts, "khoản "+c.Clause)
	}
	if c.Article != "" {
		parts = append(parts, "Điều "+c.Article)
	}
	parts = append(parts, c.Document)
	s := strings.Join(parts, " ")
	if c.AmendedBy != "" {
		s += " (sửa đổi bởi " + c.AmendedBy + ")"
	}
	return upperFirst(s)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// Event is what starts a rule's period. The event day itself is not counted.
type Event string

// The start events of the rules.
const (
	EventReceipt          Event = "receipt"            // the office receives the đơn or the denunciation
	EventReception        Event = "reception"          // the content is received at a reception (tiếp công dân)
	EventAcceptance       Event = "acceptance"         // thụ lý (decision or notice of acceptance)
	EventKnowledge        Event = "knowledge"          // the complainant receives or learns of the decision or act
	EventFirstRoundResult Event = "first-round-result" // the first-round period ends unresolved, or its decision is received
	EventDecision         Event = "decision"           // the decision is signed
	EventRefusalGrounds   Event = "refusal-grounds"    // the ground for refusing reception is established
)

// Label returns the event in Vietnamese, for the calculator screen.
func (e Event) Label() string {
	switch e {
	case EventReceipt:
		return "Ngày nhận đơn"
	case EventReception:
		return "Ngày tiếp nhận nội dung (tiếp công dân)"
	case EventAcceptance:
		return "Ngày thụ lý"
	case EventKnowledge:
		return "Ngày nhận được hoặc biết được quyết định, hành vi hành chính"
	case EventFirstRoundResult:
		return "Ngày hết thời hạn giải quyết lần đầu mà chưa được giải quyết, hoặc ngày nhận được quyết định giải quyết lần đầu"
	case EventDecision:
		return "Ngày ban hành quyết định"
	case EventRefusalGrounds:
		return "Ngày xác định có căn cứ từ chối tiếp"
	}
	return string(e)
}

// Reading is another way a rule may be read, which the administrator can
// choose in the settings (for example 10 ngày làm việc instead of 10 ngày for
// accepting a complaint before 01/7/2026).
type Reading struct {
	Unit     Unit
	Length   int
	Citation Citation
	Notes    string
}

// Rule is one version of a deadline rule. Versions of the same rule share an
// ID and do not overlap in time; the version in force on the start date
// applies.
type Rule struct {
	// ID is stable: it is stored with every computed deadline.
	ID       string
	Name     string
	Citation Citation
	Unit     Unit
	Length   int
	Start    Event
	// MaxExtensions and ExtensionLength limit gia hạn: at most MaxExtensions
	// extensions of at most ExtensionLength each (0: no extension allowed).
	MaxExtensions   int
	ExtensionLength int
	// Alternative is another reading (zero Length: none).
	Alternative Reading
	Notes       string
	// EffectiveFrom is the first day the version is in force;
	// EffectiveTo the last, or the zero Date while in force.
	EffectiveFrom Date
	EffectiveTo   Date
}

// Text returns the citation with the period: "Khoản 1 Điều 24 Luật Tố cáo:
// 07 ngày làm việc".
func (r Rule) Text() string { return r.Citation.String() + ": " + LengthText(r.Length, r.Unit) }

// InForce reports whether the version is in force on d.
func (r Rule) InForce(d Date) bool {
	return !d.Before(r.EffectiveFrom) && (r.EffectiveTo.IsZero() || !d.After(r.EffectiveTo))
}

// Citations of the laws, in the form they are cited.
var (
	luatKhieuNai = Citation{Document: "Luật Khiếu nại", Number: "02/2011/QH13"}
	luatToCao    = Citation{Document: "Luật Tố cáo", Number: "25/2018/QH14"}
	luatTCD      = Citation{Document: "Luật Tiếp công dân", Number: "42/2013/QH13"}
	nd124Amended = Citation{Document: "Nghị định 124/2020/NĐ-CP", Number: "124/2020/NĐ-CP",
		Article: "16", Clause: "1", AmendedBy: "Nghị định 155/2026/NĐ-CP"}
	tt07Art5 = Citation{Document: "Thông tư 07/2013/TT-TTCP", Number: "07/2013/TT-TTCP",
		Article: "5", AmendedBy: "Thông tư 02/2016/TT-TTCP"}
)

func art(c Citation, article, clause string) Citation {
	c.Article, c.Clause = article, clause
	return c
}

var (
	since2012 = NewDate(2012, 7, 1)   // Luật Khiếu nại 2011
	since2014 = NewDate(2014, 7, 1)   // Luật Tiếp công dân 2013
	since2019 = NewDate(2019, 1, 1)   // Luật Tố cáo 2018
	since2021 = NewDate(2021, 11, 15) // Thông tư 05/2021/TT-TTCP
	until2026 = NewDate(2026, 6, 30)
	since2026 = NewDate(2026, 7, 1) // Luật 136/2025/QH15, NĐ 154, 155, 156/2026
)

const noteKNAcceptance = "Luật ghi \"10 ngày\" (ngày dương lịch); Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016) " +
	"và Nghị định 124/2020 ghi \"10 ngày làm việc\". Chọn cách hiểu trong Cài đặt."

// rules is the deadline rule table (law.md §1 and §10, calendar.md §4.2).
// Add a new version by closing the old one (EffectiveTo) and appending the
// new one with the same ID; never edit a version that was in force.
var rules = []Rule{
	{
		ID: "xu-ly-don", Name: "Xử lý đơn",
		Citation: Citation{Document: "Thông tư 05/2021/TT-TTCP", Number: "05/2021/TT-TTCP"},
		Unit:     WorkingDays, Length: 10, Start: EventReceipt,
		Alternative: Reading{Unit: CalendarDays, Length: 10,
			Citation: Citation{Document: "Thông tư 05/2021/TT-TTCP", Number: "05/2021/TT-TTCP"},
			Notes:    "Cổng Dịch vụ công ghi thời hạn xử lý đơn là 10 ngày kể từ ngày nhận đơn."},
		Notes: "Chưa đối chiếu được điều, khoản của Thông tư 05/2021/TT-TTCP quy định thời hạn này, " +
			"cũng như đơn vị ngày làm việc hay ngày dương lịch (law.md §1.4). Cần kiểm tra văn bản gốc.",
		EffectiveFrom: since2021,
	},
	{
		ID: "tcd-tra-loi", Name: "Trả lời người đến kiến nghị, phản ánh, khiếu nại, tố cáo sau khi tiếp",
		Citation: art(luatTCD, "28", "1"), Unit: WorkingDays, Length: 10, Start: EventReception,
		Notes: "Trả lời trực tiếp hoặc thông báo bằng văn bản: đã thụ lý, cần thêm thời gian xác minh, " +
			"không thụ lý (nêu lý do) hoặc đã chuyển cơ quan có thẩm quyền.",
		EffectiveFrom: since2014,
	},
	{
		ID: "kn-thu-ly", Name: "Thụ lý khiếu nại lần đầu",
		Citation: art(luatKhieuNai, "27", ""), Unit: CalendarDays, Length: 10, Start: EventReceipt,
		Alternative:   Reading{Unit: WorkingDays, Length: 10, Citation: tt07Art5, Notes: noteKNAcceptance},
		Notes:         noteKNAcceptance,
		EffectiveFrom: since2012, EffectiveTo: until2026,
	},
	{
		ID: "kn-thu-ly", Name: "Thụ lý khiếu nại lần đầu",
		Citation: nd124Amended, Unit: WorkingDays, Length: 7, Start: EventReceipt,
		Notes:         "Từ 01/7/2026 Nghị định 155/2026/NĐ-CP sửa khoản 1 Điều 16 Nghị định 124/2020: 07 ngày làm việc cho cả lần đầu và lần hai.",
		EffectiveFrom: since2026,
	},
	{
		ID: "kn-thu-ly-lan-hai", Name: "Thụ lý khiếu nại lần hai",
		Citation: art(luatKhieuNai, "36", ""), Unit: CalendarDays, Length: 10, Start: EventReceipt,
		Alternative:   Reading{Unit: WorkingDays, Length: 10, Citation: tt07Art5, Notes: noteKNAcceptance},
		Notes:         noteKNAcceptance,
		EffectiveFrom: since2012, EffectiveTo: until2026,
	},
	{
		ID: "kn-thu-ly-lan-hai", Name: "Thụ lý khiếu nại lần hai",
		Citation: nd124Amended, Unit: WorkingDays, Length: 7, Start: EventReceipt,
		Notes:         "Từ 01/7/2026 Nghị định 155/2026/NĐ-CP sửa khoản 1 Điều 16 Nghị định 124/2020: 07 ngày làm việc cho cả lần đầu và lần hai.",
		EffectiveFrom: since2026,
	},
	knResolution("kn-giai-quyet-lan-dau", "Giải quyết khiếu nại lần đầu", "28", 30, ""),
	knResolution("kn-giai-quyet-lan-dau-phuc-tap", "Giải quyết khiếu nại lần đầu, vụ việc phức tạp", "28", 45, ""),
	knResolution("kn-giai-quyet-lan-dau-vung-xa", "Giải quyết khiếu nại lần đầu ở vùng sâu, vùng xa đi lại khó khăn", "28", 45, ""),
	knResolution("kn-giai-quyet-lan-dau-vung-xa-phuc-tap", "Giải quyết khiếu nại lần đầu ở vùng sâu, vùng xa, vụ việc phức tạp", "28", 60, ""),
	knResolution("kn-giai-quyet-lan-hai", "Giải quyết khiếu nại lần hai", "37", 45, ""),
	knResolution("kn-giai-quyet-lan-hai-phuc-tap", "Giải quyết khiếu nại lần hai, vụ việc phức tạp", "37", 60, ""),
	knResolution("kn-giai-quyet-lan-hai-vung-xa", "Giải quyết khiếu nại lần hai ở vùng sâu, vùng xa đi lại khó khăn", "37", 60, ""),
	knResolution("kn-giai-quyet-lan-hai-vung-xa-phuc-tap", "Giải quyết khiếu nại lần hai ở vùng sâu, vùng xa, vụ việc phức tạp", "37", 70, ""),
	{
		ID: "kn-thoi-hieu", Name: "Thời hiệu khiếu nại",
		Citation: art(luatKhieuNai, "9", ""), Unit: CalendarDays, Length: 90, Start: EventKnowledge,
		Notes: "Thời gian có trở ngại khách quan (ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa…) " +
			"không tính vào thời hiệu: nhập như một lần tạm đình chỉ.",
		EffectiveFrom: since2012,
	},
	{
		ID: "kn-thoi-hieu-lan-hai", Name: "Thời hạn khiếu nại lần hai",
		Citation: art(luatKhieuNai, "33", "1"), Unit: CalendarDays, Length: 30, Start: EventFirstRoundResult,
		Notes:         "Hoặc khởi kiện vụ án hành chính tại Tòa án.",
		EffectiveFrom: since2012,
	},
	{
		ID: "kn-thoi-hieu-lan-hai-vung-xa", Name: "Thời hạn khiếu nại lần hai ở vùng sâu, vùng xa đi lại khó khăn",
		Citation: art(luatKhieuNai, "33", "1"), Unit: CalendarDays, Length: 45, Start: EventFirstRoundResult,
		EffectiveFrom: since2012,
	},
	{
		ID: "kn-gui-quyet-dinh", Name: "Gửi quyết định giải quyết khiếu nại lần đầu",
		Citation: art(luatKhieuNai, "32", ""), Unit: WorkingDays, Length: 3, Start: EventDecision,
		Notes:         "Gửi cho người khiếu nại, thủ trưởng cấp trên trực tiếp, người có quyền, nghĩa vụ liên quan, cơ quan chuyển khiếu nại và thanh tra cùng cấp.",
		EffectiveFrom: since2012,
	},
	{
		ID: "tc-xu-ly-ban-dau", Name: "Xử lý ban đầu thông tin tố cáo",
		Citation: art(luatToCao, "24", "1"), Unit: WorkingDays, Length: 7, Start: EventReceipt,
		MaxExtensions: 1, ExtensionLength: 3,
		Notes:         "Có thể kéo dài nhưng không quá 10 ngày làm việc khi phải xác minh ở nhiều địa điểm hoặc phải ủy quyền xác minh (gia hạn tối đa 03 ngày làm việc).",
		EffectiveFrom: since2019,
	},
	{
		ID: "tc-chuyen-don", Name: "Chuyển đơn tố cáo không thuộc thẩm quyền",
		Citation: art(luatToCao, "24", "2"), Unit: WorkingDays, Length: 5, Start: EventReceipt,
		Notes:         "Chuyển cho cơ quan có thẩm quyền và thông báo cho người tố cáo; người đến tố cáo trực tiếp thì được hướng dẫn.",
		EffectiveFrom: since2019,
	},
	{
		ID: "tc-thong-bao", Name: "Thông báo thụ lý tố cáo",
		Citation: art(luatToCao, "29", "3"), Unit: WorkingDays, Length: 5, Start: EventAcceptance,
		Notes:         "Thông báo cho người tố cáo việc thụ lý và cho người bị tố cáo nội dung tố cáo.",
		EffectiveFrom: since2019,
	},
	{
		ID: "tc-giai-quyet", Name: "Giải quyết tố cáo",
		Citation: art(luatToCao, "30", "1"), Unit: CalendarDays, Length: 30, Start: EventAcceptance,
		MaxExtensions: 2, ExtensionLength: 30,
		Notes: "Vụ việc phức tạp gia hạn một lần, đặc biệt phức tạp gia hạn hai lần, mỗi lần không quá 30 ngày " +
			"(khoản 2 Điều 30), bằng quyết định gia hạn. Thời gian tạm đình chỉ không tính vào thời hạn (Điều 34).",
		EffectiveFrom: since2019,
	},
	{
		ID: "tcd-tu-choi-tiep", Name: "Thông báo từ chối tiếp công dân (Mẫu 01/TCD)",
		Citation: Citation{Document: "Nghị định 154/2026/NĐ-CP", Number: "154/2026/NĐ-CP", Article: "4", Clause: "3"},
		Unit:     WorkingDays, Length: 3, Start: EventRefusalGrounds,
		Notes:         "Trường hợp khoản 3 Điều 9 Luật Tiếp công dân và điểm h khoản 1 Điều 4 Nghị định 154/2026 (kiến nghị, phản ánh lặp lại).",
		EffectiveFrom: since2026,
	},
}

func knResolution(id, name, article string, days int, notes string) Rule {
	if notes == "" {
		notes = "Tính từ ngày thụ lý; vụ việc phức tạp và vùng sâu, vùng xa có thời hạn dài hơn (chọn quy tắc tương ứng). " +
			"Từ 01/7/2026 thời gian tạm đình chỉ không tính (Điều 11a Luật Khiếu nại, sửa đổi bởi Luật 136/2025/QH15)."
	}
	return Rule{ID: id, Name: name, Citation: art(luatKhieuNai, article, ""), Unit: CalendarDays, Length: days,
		Start: EventAcceptance, Notes: notes, EffectiveFrom: since2012}
}

// Rules returns every version of every rule, sorted by ID and then by
// EffectiveFrom.
func Rules() []Rule {
	out := append([]Rule(nil), rules...)
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].ID != out[b].ID {
			return out[a].ID < out[b].ID
		}
		return out[a].EffectiveFrom.Before(out[b].EffectiveFrom)
	})
	return out
}

// RuleFor returns the version of rule id in force on date on (the start
// date of the period). It returns a NotFound *Error if there is no such rule
// or no version of it was in force on that date.
func RuleFor(id string, on Date) (Rule, error) {
	known := false
	for _, r := range rules {
		if r.ID != id {
			continue
		}
		known = true
		if r.InForce(on) {
			return r, nil
		}
	}
	if !known {
		return Rule{}, errorf(NotFound, "Không có quy tắc thời hạn %q", id)
	}
	return Rule{}, errorf(NotFound, "Quy tắc %q chưa có hiệu lực hoặc đã hết hiệu lực vào ngày %s", id, on.Display())
}

// RuleOptions are the case facts a rule's count needs.
type RuleOptions struct {
	// Alternative selects the rule's alternative reading (a setting); it is
	// ignored for versions that have none.
	Alternative bool
	// Extensions (gia hạn) granted, each within the rule's limit.
	Extensions  []int
	Suspensions []Suspension
}

// Count returns the count of r from the event day, after checking the
// extensions against the rule. It returns an Invalid *Error if more or longer
// extensions are given than the rule allows.
func (r Rule) Count(from Date, opt RuleOptions) (Count, error) {
	unit, length := r.Unit, r.Length
	if opt.Alternative && r.Alternative.Length > 0 {
		unit, length = r.Alternative.Unit, r.Alternative.Length
	}
	if len(opt.Extensions) > r.MaxExtensions {
		if r.MaxExtensions == 0 {
			return Count{}, errorf(Invalid, "%s không được gia hạn", r.Name)
		}
		return Count{}, errorf(Invalid, "%s chỉ được gia hạn tối đa %d lần", r.Name, r.MaxExtensions)
	}
	for _, e := range opt.Extensions {
		if e > r.ExtensionLength {
			return Count{}, errorf(Invalid, "Mỗi lần gia hạn %s không quá %s", lowerFirst(r.Name), LengthText(r.ExtensionLength, unit))
		}
	}
	return Count{From: from, Length: length, Unit: unit, Extensions: opt.Extensions, Suspensions: opt.Suspensions}, nil
}

// RuleDeadline picks the version of rule id in force on from, counts it and
// explains it. The citation names the provision and the total period, e.g.
// "Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc", with the extensions added
// ("…: 07 ngày làm việc + gia hạn 03 ngày làm việc"). Errors: NotFound from
// RuleFor, Invalid from Rule.Count and Calendar.Explain.
func (c *Calendar) RuleDeadline(id string, from Date, opt RuleOptions) (Deadline, error) {
	r, err := RuleFor(id, from)
	if err != nil {
		return Deadline{}, err
	}
	cnt, err := r.Count(from, opt)
	if err != nil {
		return Deadline{}, err
	}
	dl, err := c.Explain(cnt)
	if err != nil {
		return Deadline{}, err
	}
	cit := r.Citation
	if opt.Alternative && r.Alternative.Length > 0 {
		cit = r.Alternative.Citation
	}
	dl.RuleID = r.ID
	dl.Citation = cit.String() + ": " + LengthText(cnt.Length, cnt.Unit)
	for _, e := range cnt.Extensions {
		dl.Citation += " + gia hạn " + LengthText(e, cnt.Unit)
	}
	return dl, nil
}

// FormatRules renders rule versions for `tiepdan deadline --rules`: one line
// each, the ID, a tab, the citation with its period, a tab, the dates in force
// ("từ 2012-07-01 đến 2026-06-30", or "từ 2026-07-01").
func FormatRules(rs []Rule) string {
	var b strings.Builder
	for _, r := range rs {
		in := "từ " + r.EffectiveFrom.String()
		if !r.EffectiveTo.IsZero() {
			in += " đến " + r.EffectiveTo.String()
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", r.ID, r.Text(), in)
	}
	return b.String()
}
