package domain

import (
	"fmt"
	"slices"
	"strings"
)

// SessionKind is the kind of a reception sitting (kỳ tiếp).
type SessionKind string

// The kinds of sitting.
const (
	// SessionRegular: thường xuyên, by the reception clerk.
	SessionRegular SessionKind = "regular"
	// SessionPeriodic: định kỳ, the Chairman's weekly reception (Luật TCD Art. 15).
	SessionPeriodic SessionKind = "periodic"
	// SessionAdHoc: đột xuất, the Chairman's reception when Art. 18.3 requires it.
	SessionAdHoc SessionKind = "adhoc"
)

var sessionKindLabels = map[SessionKind]string{
	SessionRegular: "Tiếp thường xuyên", SessionPeriodic: "Tiếp định kỳ", SessionAdHoc: "Tiếp đột xuất",
}

// Label returns the Vietnamese name.
func (k SessionKind) Label() string { return sessionKindLabels[k] }

// Valid reports whether k is one of the kinds of sitting.
func (k SessionKind) Valid() bool { _, ok := sessionKindLabels[k]; return ok }

// ReceptionSession is one sitting: who presided, who took part, and the
// Chairman's conclusions (thông báo kết luận việc tiếp công dân).
type ReceptionSession struct {
	ID   int64       `json:"id"`
	Kind SessionKind `json:"kind"`
	// Date is the ISO date of the sitting.
	Date  string `json:"date"`
	Place string `json:"place"`
	// PresidedBy is the name and title of who presided.
	PresidedBy string `json:"presidedBy"`
	// Participants are the bodies and people who took part (HĐND, MTTQ, the
	// mass organisations, the ban thanh tra nhân dân …), one per line.
	Participants string `json:"participants"`
	Conclusion   string `json:"conclusion"`
	Revision     int64  `json:"revision"`
	UpdatedAt    string `json:"updatedAt,omitempty"`
}

// Normalize cleans the text fields.
func (s *ReceptionSession) Normalize() {
	for _, p := range []*string{&s.Date, &s.Place, &s.PresidedBy} {
		*p = CleanText(*p)
	}
	s.Participants = CleanLines(s.Participants)
	s.Conclusion = CleanLines(s.Conclusion)
}

// Validate checks a normalised sitting.
func (s *ReceptionSession) Validate() error {
	var v Validation
	if !s.Kind.Valid() {
		v.Fail("kind", "Vui lòng chọn loại kỳ tiếp: thường xuyên, định kỳ hoặc đột xuất")
	}
	v.Required("date", s.Date, "Vui lòng nhập ngày tiếp")
	v.Required("presidedBy", s.PresidedBy, "Vui lòng nhập người chủ trì")
	v.MaxLen("place", s.Place, 200, "Địa điểm")
	v.MaxLen("presidedBy", s.PresidedBy, 200, "Người chủ trì")
	v.MaxLen("participants", s.Participants, 2000, "Thành phần tham gia")
	v.MaxLen("conclusion", s.Conclusion, 20000, "Kết luận")
	return v.Err()
}

// Outcome is how a visit was handled.
type Outcome string

// The outcomes of a visit.
const (
	OutcomeGuide    Outcome = "guide"    // hướng dẫn
	OutcomeAccept   Outcome = "accept"   // nhận đơn
	OutcomeTransfer Outcome = "transfer" // chuyển đơn
	OutcomeAnswer   Outcome = "answer"   // trả lời trực tiếp
	OutcomeRefuse   Outcome = "refuse"   // từ chối tiếp
)

var outcomeLabels = map[Outcome]string{
	OutcomeGuide: "Hướng dẫn", OutcomeAccept: "Nhận đơn", OutcomeTransfer: "Chuyển đơn",
	OutcomeAnswer: "Trả lời trực tiếp", OutcomeRefuse: "Từ chối tiếp",
}

// Label returns the Vietnamese name.
func (o Outcome) Label() string { return outcomeLabels[o] }

// Valid reports whether o is one of the outcomes of a visit.
func (o Outcome) Valid() bool { _, ok := outcomeLabels[o]; return ok }

// Citizen is a person received in a visit. For a denouncer, or anyone marked
// Protected, the store keeps the identity sealed (app/secure) and the other
// fields empty; Masked tells the UI it is hidden from this user.
type Citizen struct {
	Name         string `json:"name"`
	IDKind       string `json:"idKind"`
	IDNumber     string `json:"idNumber"`
	IDIssueDate  string `json:"idIssueDate"`
	IDIssuePlace string `json:"idIssuePlace"`
	// IDDescription describes an "other" paper.
	IDDescription string `json:"idDescription"`
	BirthDate     string `json:"birthDate"`
	Address       string `json:"address"`
	Phone         string `json:"phone"`
	// Representative: a người đại diện of a group (Luật TCD Art. 29).
	Representative bool `json:"representative"`
	// Protected: giữ bí mật — kept secret even if not a denouncer.
	Protected bool `json:"protected"`
	Masked    bool `json:"masked"`
}

// Normalize cleans the text fields.
func (c *Citizen) Normalize() {
	for _, p := range []*string{&c.Name, &c.IDKind, &c.IDNumber, &c.IDIssueDate, &c.IDIssuePlace,
		&c.IDDescription, &c.BirthDate, &c.Address, &c.Phone} {
		*p = CleanText(*p)
	}
}

// GroupThreshold is the number of people from which a visit is a đoàn đông
// người (Luật TCD Art. 29: groups of 5 or more choose representatives).
const GroupThreshold = 5

// RepresentativeRange returns how many representatives a group of n people
// should name: 1–2 for 5–10 people, up to 5 above 10 (Luật TCD Art. 29).
func RepresentativeRange(n int) (lo, hi int) {
	switch {
	case n < GroupThreshold:
		return 0, 0
	case n <= 10:
		return 1, 2
	}
	return 1, 5
}

// RepresentativeWarning returns the Vietnamese warning when a group names a
// number of representatives outside the statutory range, or "".
func RepresentativeWarning(people, reps int) string {
	lo, hi := RepresentativeRange(people)
	if hi == 0 || (reps >= lo && reps <= hi) {
		return ""
	}
	return fmt.Sprintf("Đoàn %d người nên cử từ %d đến %d người đại diện (Điều 29 Luật Tiếp công dân); đang ghi %d.", people, lo, hi, reps)
}

// The content kinds a visit has beyond the four of the law (law.md §8.1).
const (
	// ContentMixed: nhiều nội dung, split into separate đơn (Luật TCD Art. 25.3).
	ContentMixed ContentKind = "mixed"
	// ContentOther: không thuộc nội dung khiếu nại, tố cáo, kiến nghị, phản ánh.
	ContentOther ContentKind = "other"
)

// VisitKinds lists the classifications of a visit, in the logbook's order.
var VisitKinds = []ContentKind{ContentComplaint, ContentDenunciation, ContentRecommendation, ContentFeedback, ContentMixed, ContentOther}

// VisitKindLabel returns the classification as the logbook prints it.
func VisitKindLabel(k ContentKind) string {
	switch k {
	case ContentMixed:
		return "Nhiều nội dung"
	case ContentOther:
		return "Không thuộc nội dung khiếu nại, tố cáo, kiến nghị, phản ánh"
	}
	l := k.Label()
	if l == "" {
		return ""
	}
	r := []rune(l)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// Visit is one citizen or group received once, in a sitting (lượt tiếp): a
// row of the sổ tiếp công dân.
type Visit struct {
	ID        int64 `json:"id"`
	SessionID int64 `json:"sessionId"`
	// Number is the logbook's serial number within Year.
	Number int `json:"number"`
	Year   int `json:"year"`
	// ReceivedAt is the time of the visit, RFC 3339.
	ReceivedAt  string    `json:"receivedAt"`
	Citizens    []Citizen `json:"citizens"`
	PeopleCount int       `json:"peopleCount"`
	// IsGroup is derived: PeopleCount ≥ GroupThreshold.
	IsGroup          bool        `json:"isGroup"`
	Summary          string      `json:"summary"`
	Kind             ContentKind `json:"kind"`
	Field            string      `json:"field"`
	ResolvedBy       string      `json:"resolvedBy"`
	WithinCompetence bool        `json:"withinCompetence"`
	Outcome          Outcome     `json:"outcome"`
	GuideBody        string      `json:"guideBody"`
	GuideDoc         string      `json:"guideDoc"`
	TransferBody     string      `json:"transferBody"`
	TransferDoc      string      `json:"transferDoc"`
	RefusalGround    string      `json:"refusalGround"`
	// ReplyDue and NoticeDue are deadlines computed when saved (ISO), with
	// the citation that explains them; "" when none is owed.
	ReplyDue       string `json:"replyDue"`
	ReplyCitation  string `json:"replyCitation"`
	NoticeDue      string `json:"noticeDue"`
	NoticeCitation string `json:"noticeCitation"`
	// MatterID links visits about one matter; 0 on a new visit starts one.
	MatterID int64 `json:"matterId"`
	// VisitOrdinal is derived: this is the matter's n-th visit (1 = tiếp lần
	// đầu, more = tiếp nhiều lần).
	VisitOrdinal int    `json:"visitOrdinal"`
	Notes        string `json:"notes"`
	Revision     int64  `json:"revision"`
	UpdatedAt    string `json:"updatedAt,omitempty"`
}

// Normalize cleans the text fields of v and its citizens.
func (v *Visit) Normalize() {
	for _, p := range []*string{&v.ReceivedAt, &v.Field, &v.ResolvedBy, &v.GuideBody, &v.GuideDoc,
		&v.TransferBody, &v.TransferDoc, &v.RefusalGround} {
		*p = CleanText(*p)
	}
	v.Summary = CleanLines(v.Summary)
	v.Notes = CleanLines(v.Notes)
	for i := range v.Citizens {
		v.Citizens[i].Normalize()
	}
}

// Validate checks a normalised visit's own fields (identity papers are
// checked by app/law in the service). Fields are named as in the JSON, with
// citizens as "citizens.0.name".
func (v *Visit) Validate() error {
	var val Validation
	if v.SessionID == 0 {
		val.Fail("sessionId", "Vui lòng chọn kỳ tiếp")
	}
	if len(v.Citizens) == 0 {
		val.Fail("citizens", "Vui lòng nhập ít nhất một người đến")
	}
	if len(v.Citizens) > 200 {
		val.Fail("citizens", "Chỉ ghi tên tối đa 200 người; ghi tổng số người ở ô Số người")
	}
	for i, c := range v.Citizens {
		f := func(name string) string { return fmt.Sprintf("citizens.%d.%s", i, name) }
		val.Required(f("name"), c.Name, "Vui lòng nhập họ tên")
		val.MaxLen(f("name"), c.Name, 100, "Họ tên")
		val.MaxLen(f("address"), c.Address, 300, "Địa chỉ")
		val.MaxLen(f("phone"), c.Phone, 30, "Số điện thoại")
		val.MaxLen(f("idIssuePlace"), c.IDIssuePlace, 200, "Nơi cấp")
		val.MaxLen(f("idDescription"), c.IDDescription, 200, "Loại giấy tờ")
		// The dates are stored and printed as typed: a day that does not
		// exist (30/02) must not reach the logbook.
		for _, d := range []struct{ field, value string }{{"idIssueDate", c.IDIssueDate}, {"birthDate", c.BirthDate}} {
			if d.value != "" {
				checkSlipDate(&val, f(d.field), d.value, "")
			}
		}
	}
	if v.PeopleCount < len(v.Citizens) {
		val.Fail("peopleCount", fmt.Sprintf("Số người phải ít nhất bằng số người đã ghi tên (%d)", len(v.Citizens)))
	}
	if v.PeopleCount > 10000 {
		val.Fail("peopleCount", "Số người không hợp lệ")
	}
	if v.PeopleCount >= GroupThreshold {
		reps := 0
		for _, c := range v.Citizens {
			if c.Representative {
				reps++
			}
		}
		if reps == 0 {
			val.Fail("citizens", "Đoàn đông người phải cử người đại diện (Điều 29 Luật Tiếp công dân): đánh dấu người đại diện")
		}
	}
	val.Required("summary", v.Summary, "Vui lòng tóm tắt nội dung vụ việc")
	val.MaxLen("summary", v.Summary, 5000, "Nội dung")
	if !slices.Contains(VisitKinds, v.Kind) {
		val.Fail("kind", "Vui lòng chọn phân loại")
	}
	if !v.Outcome.Valid() {
		val.Fail("outcome", "Vui lòng chọn kết quả tiếp")
	}
	switch v.Outcome {
	case OutcomeGuide:
		val.Required("guideBody", v.GuideBody, "Vui lòng ghi cơ quan được hướng dẫn đến")
	case OutcomeTransfer:
		val.Required("transferBody", v.TransferBody, "Vui lòng ghi cơ quan nhận đơn chuyển")
	case OutcomeRefuse:
		val.Required("refusalGround", v.RefusalGround, "Vui lòng chọn căn cứ từ chối tiếp")
	}
	for _, f := range []struct{ name, value, label string }{{"field", v.Field, "Lĩnh vực"}, {"resolvedBy", v.ResolvedBy, "Cơ quan đã giải quyết"},
		{"guideBody", v.GuideBody, "Cơ quan"}, {"guideDoc", v.GuideDoc, "Số văn bản"}, {"transferBody", v.TransferBody, "Cơ quan"},
		{"transferDoc", v.TransferDoc, "Số văn bản"}, {"refusalGround", v.RefusalGround, "Căn cứ"}} {
		val.MaxLen(f.name, f.value, 300, f.label)
	}
	val.MaxLen("notes", v.Notes, 5000, "Ghi chú")
	return val.Err()
}
