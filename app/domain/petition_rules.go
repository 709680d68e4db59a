package domain

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Normalize cleans the text fields of p and its petitioners and fills the
// defaults a clerk need not type: the filer kind from the number of names,
// the number of people, "chưa được giải quyết".
func (p *Petition) Normalize() {
	for _, s := range []*string{&p.ReceivedOn, &p.ForwardingBody, &p.ForwardingDoc, &p.ForwardingDocDate,
		&p.Respondent, &p.PlaceArose, &p.IneligibleNote} {
		*s = CleanText(*s)
	}
	p.Summary = CleanLines(p.Summary)
	p.Notes = CleanLines(p.Notes)
	for i := range p.Petitioners {
		p.Petitioners[i].Normalize()
	}
	if p.FilerKind == "" {
		switch len(p.Petitioners) {
		case 0:
			p.FilerKind = FilerOther
		case 1:
			p.FilerKind = FilerSingle
		default:
			p.FilerKind = FilerMany
		}
	}
	if p.PeopleCount == 0 {
		p.PeopleCount = max(1, len(p.Petitioners))
	}
	if p.PriorStatus == "" {
		p.PriorStatus = PriorNone
	}
}

// DropUnused clears, after Validate, the fields that do not apply to the
// source or the eligibility, so the register holds no stale value (a
// forwarding body on a petition that came by post).
func (p *Petition) DropUnused() {
	if p.Source != SourceReception {
		p.VisitID = 0
	}
	if p.Source != SourceForwarded {
		p.ForwardingBody, p.ForwardingCategory, p.ForwardingDoc, p.ForwardingDocDate = "", "", "", ""
	}
	if p.Eligible {
		p.IneligibleReason, p.IneligibleNote = "", ""
	}
}

// Protected reports whether p's petitioners and scans are kept secret: a
// tố cáo, or any petitioner marked giữ bí mật.
func (p *Petition) Protected() bool {
	if p.Kind == ContentDenunciation {
		return true
	}
	for _, c := range p.Petitioners {
		if c.Protected {
			return true
		}
	}
	return false
}

// priorStatusesFor lists the prior statuses a petition of kind k may have
// (law.md §8.3: "tố cáo tiếp" for tố cáo, the rounds for the others).
func priorStatusesFor(k ContentKind) []PriorStatus {
	if k == ContentDenunciation {
		return []PriorStatus{PriorNone, PriorOverdue, PriorConcluded}
	}
	return []PriorStatus{PriorNone, PriorFirst, PriorSecond, PriorJudgment}
}

// Validate checks a normalised petition's own fields (dates, identity papers
// and references to other records are checked by the service). Fields are
// named as in the JSON, petitioners as "petitioners.0.name".
func (p *Petition) Validate() error {
	var v Validation
	v.Required("receivedOn", p.ReceivedOn, "Vui lòng nhập ngày nhận đơn")
	if _, ok := petitionSourceLabels[p.Source]; !ok {
		v.Fail("source", "Vui lòng chọn nguồn đơn")
	}
	switch p.Source {
	case SourceReception:
		if p.VisitID == 0 {
			v.Fail("visitId", "Đơn nhận qua tiếp công dân: vui lòng chọn lượt tiếp")
		}
	case SourceForwarded:
		v.Required("forwardingBody", p.ForwardingBody, "Vui lòng ghi cơ quan, tổ chức chuyển đơn đến")
		if p.ForwardingCategory == "" {
			v.Fail("forwardingCategory", "Vui lòng chọn loại cơ quan chuyển đến")
		}
	}
	if _, ok := forwardingCategoryLabels[p.ForwardingCategory]; !ok && p.ForwardingCategory != "" {
		v.Fail("forwardingCategory", "Loại cơ quan chuyển đến không hợp lệ")
	}
	if _, ok := filerKindLabels[p.FilerKind]; !ok {
		v.Fail("filerKind", "Vui lòng chọn số người đứng tên")
	}
	switch {
	case p.FilerKind == FilerSingle && len(p.Petitioners) != 1:
		v.Fail("petitioners", "Đơn có một người đứng tên: vui lòng nhập đúng một người")
	case p.FilerKind == FilerSingle && p.PeopleCount != 1:
		v.Fail("peopleCount", "Đơn có một người đứng tên thì số người là 1")
	case p.FilerKind == FilerMany && len(p.Petitioners) == 0:
		v.Fail("petitioners", "Vui lòng nhập ít nhất một người đứng tên")
	case p.FilerKind == FilerMany && p.PeopleCount < 2:
		v.Fail("peopleCount", "Đơn có nhiều người đứng tên: số người phải từ 2 trở lên")
	}
	if len(p.Petitioners) > 200 {
		v.Fail("petitioners", "Chỉ ghi tên tối đa 200 người; ghi tổng số người ở ô Số người")
	}
	ValidateCitizens(&v, "petitioners", p.Petitioners, true)
	if p.PeopleCount < len(p.Petitioners) {
		v.Fail("peopleCount", fmt.Sprintf("Số người phải ít nhất bằng số người đã ghi tên (%d)", len(p.Petitioners)))
	}
	if p.PeopleCount > 10000 {
		v.Fail("peopleCount", "Số người không hợp lệ")
	}
	if !slices.Contains(PetitionKinds, p.Kind) {
		v.Fail("kind", "Vui lòng chọn loại đơn")
	} else if !slices.Contains(FieldsFor(p.Kind), p.Field) {
		v.Fail("field", "Vui lòng chọn lĩnh vực phù hợp với loại đơn")
	}
	v.Required("summary", p.Summary, "Vui lòng tóm tắt nội dung đơn")
	v.MaxLen("summary", p.Summary, 5000, "Nội dung")
	if _, ok := ineligibleLabels[p.IneligibleReason]; !ok && p.IneligibleReason != "" {
		v.Fail("ineligibleReason", "Lý do không đủ điều kiện xử lý không hợp lệ")
	}
	if !p.Eligible {
		if p.IneligibleReason == "" {
			v.Fail("ineligibleReason", "Vui lòng chọn lý do đơn không đủ điều kiện xử lý")
		} else if p.IneligibleReason == IneligibleOther {
			v.Required("ineligibleNote", p.IneligibleNote, "Vui lòng ghi rõ lý do")
		}
	}
	if !slices.Contains(priorStatusesFor(p.Kind), p.PriorStatus) {
		v.Fail("priorStatus", "Tình trạng giải quyết không phù hợp với loại đơn")
	}
	if p.DuplicateOf != 0 && p.DuplicateOf == p.ID {
		v.Fail("duplicateOf", "Đơn không thể trùng với chính nó")
	}
	for _, f := range []struct{ name, value, label string }{{"forwardingBody", p.ForwardingBody, "Cơ quan chuyển đến"},
		{"forwardingDoc", p.ForwardingDoc, "Số văn bản"}, {"respondent", p.Respondent, "Người bị khiếu nại, tố cáo"},
		{"placeArose", p.PlaceArose, "Nơi phát sinh vụ việc"}, {"ineligibleNote", p.IneligibleNote, "Lý do"}} {
		v.MaxLen(f.name, f.value, 300, f.label)
	}
	v.MaxLen("notes", p.Notes, 5000, "Ghi chú")
	return v.Err()
}

// ValidateCitizens checks the text of people typed under field (names
// required when requireName), each named "field.0.name"; identity numbers
// and dates are the service's (app/law).
func ValidateCitizens(v *Validation, field string, cs []Citizen, requireName bool) {
	if len(cs) > 200 {
		v.Fail(field, "Chỉ ghi tên tối đa 200 người; ghi tổng số người ở ô Số người")
	}
	for i, c := range cs {
		f := func(name string) string { return fmt.Sprintf("%s.%d.%s", field, i, name) }
		if requireName {
			v.Required(f("name"), c.Name, "Vui lòng nhập họ tên")
		}
		v.MaxLen(f("name"), c.Name, 100, "Họ tên")
		v.MaxLen(f("idNumber"), c.IDNumber, 30, "Số giấy tờ")
		v.MaxLen(f("address"), c.Address, 300, "Địa chỉ")
		v.MaxLen(f("phone"), c.Phone, 30, "Số điện thoại")
		v.MaxLen(f("idIssuePlace"), c.IDIssuePlace, 200, "Nơi cấp")
		v.MaxLen(f("idDescription"), c.IDDescription, 200, "Loại giấy tờ")
	}
}

// Normalize cleans the text fields of an action.
func (a *PetitionAction) Normalize() {
	for _, s := range []*string{&a.Date, &a.DocNumber, &a.Body} {
		*s = CleanText(*s)
	}
	a.Note = CleanLines(a.Note)
}

// actionNeedsBody lists the actions that name another body, and what to ask.
var actionNeedsBody = map[ActionKind]string{
	ActionGuide:         "Vui lòng ghi cơ quan có thẩm quyền được hướng dẫn đến",
	ActionTransfer:      "Vui lòng ghi cơ quan nhận đơn chuyển",
	ActionUrge:          "Vui lòng ghi cơ quan, đơn vị được đôn đốc",
	ActionReplyReceived: "Vui lòng ghi cơ quan gửi văn bản phúc đáp",
}

// Validate checks a normalised action's own fields.
func (a *PetitionAction) Validate() error {
	var v Validation
	if _, ok := actionKindLabels[a.Kind]; !ok {
		v.Fail("kind", "Vui lòng chọn hướng xử lý")
	}
	v.Required("date", a.Date, "Vui lòng nhập ngày xử lý")
	if msg, ok := actionNeedsBody[a.Kind]; ok {
		v.Required("body", a.Body, msg)
	}
	v.MaxLen("docNumber", a.DocNumber, 100, "Số văn bản")
	v.MaxLen("body", a.Body, 300, "Cơ quan")
	v.MaxLen("note", a.Note, 2000, "Ghi chú")
	return v.Err()
}

// Normalize cleans a step's text and its list of reasons.
func (s *CaseStep) Normalize() {
	for _, p := range []*string{&s.Date, &s.DocNumber, &s.Assignee, &s.InvitedOn} {
		*p = CleanText(*p)
	}
	s.Ground = CleanLines(s.Ground)
	s.Note = CleanLines(s.Note)
	var reasons []string
	for _, r := range s.Reasons {
		if r = CleanText(r); r != "" && !slices.Contains(reasons, r) {
			reasons = append(reasons, r)
		}
	}
	s.Reasons = reasons
}

// DropUnused clears, after Validate, the fields the step's kind does not
// use, so a step stores only what it says.
func (s *CaseStep) DropUnused() {
	if s.Kind != StepVerify {
		s.Assignee = ""
	}
	if s.Kind != StepDialogue {
		s.InvitedOn = ""
	}
	if s.Kind != StepExtend {
		s.Days = 0
	}
	if s.Kind != StepReject && s.Kind != StepSuspend && s.Kind != StepTerminate {
		s.Ground = ""
	}
	if s.Kind != StepWithdraw {
		s.Partial = false
	}
	if s.Kind != StepComplex {
		s.Reasons, s.Complexity = nil, ComplexityNone
	}
	if s.Kind != StepDecide {
		s.Result = ""
	}
	if s.Kind != StepDecide && s.Kind != StepEnforce {
		s.Figures = Figures{}
	}
	if s.Kind != StepEnforce {
		s.Done = false
	}
}

// Validate checks a normalised step's own fields; whether the step may
// follow the case's earlier ones is the service's (and app/law's) business.
func (s *CaseStep) Validate() error {
	var v Validation
	if _, ok := stepKindLabels[s.Kind]; !ok {
		v.Fail("kind", "Vui lòng chọn bước giải quyết")
	}
	v.Required("date", s.Date, "Vui lòng nhập ngày")
	switch s.Kind {
	case StepVerify:
		v.Required("assignee", s.Assignee, "Vui lòng ghi người, đơn vị được giao xác minh")
	case StepDialogue:
		// the invitation's date is checked against the dialogue's by app/law
	case StepExtend:
		if s.Days < 1 {
			v.Fail("days", "Vui lòng nhập số ngày gia hạn")
		}
	case StepReject:
		v.Required("ground", s.Ground, "Vui lòng chọn căn cứ không thụ lý")
	case StepSuspend:
		v.Required("ground", s.Ground, "Vui lòng ghi lý do tạm đình chỉ")
	case StepTerminate:
		v.Required("ground", s.Ground, "Vui lòng ghi lý do đình chỉ")
	case StepDecide:
		if s.Result == "" {
			v.Fail("result", "Vui lòng chọn kết quả giải quyết")
		}
	}
	switch s.Complexity {
	case ComplexityNone, ComplexityComplex, ComplexityVery:
	default:
		v.Fail("complexity", "Mức độ phức tạp không hợp lệ")
	}
	if s.Kind == StepComplex && s.Complexity == ComplexityNone {
		v.Fail("complexity", "Vui lòng chọn mức độ: phức tạp hoặc đặc biệt phức tạp")
	}
	if _, ok := resultKnown[s.Result]; !ok && s.Result != "" {
		v.Fail("result", "Kết quả giải quyết không hợp lệ")
	}
	if s.Days < 0 || s.Days > 366 {
		v.Fail("days", "Số ngày không hợp lệ")
	}
	if s.Figures.negative() {
		v.Fail("figures", "Các số liệu không được âm")
	}
	v.MaxLen("docNumber", s.DocNumber, 100, "Số văn bản")
	v.MaxLen("assignee", s.Assignee, 300, "Người được giao")
	v.MaxLen("ground", s.Ground, 2000, "Lý do")
	v.MaxLen("note", s.Note, 5000, "Ghi chú")
	if len(s.Reasons) > 20 {
		v.Fail("reasons", "Quá nhiều lý do")
	}
	return v.Err()
}

// resultKnown are the results of any kind of case.
var resultKnown = map[Result]bool{ResultUpheld: true, ResultRejected: true, ResultPartly: true, ResultRecognised: true,
	ResultOverturned: true, ResultResolved: true}

// negative reports whether any figure is below zero.
func (f Figures) negative() bool {
	for _, x := range []float64{f.RecoverMoney, f.RecoverLand, f.ReturnOrgMoney, f.ReturnOrgLand, f.ReturnPersonMoney, f.ReturnPersonLand} {
		if x < 0 {
			return true
		}
	}
	for _, n := range []int{f.OrgsRestored, f.PeopleRestored, f.DisciplinePeople, f.DisciplineOfficials, f.ProsecutionCases,
		f.ProsecutionPeople, f.ProsecutionOfficials} {
		if n < 0 {
			return true
		}
	}
	return false
}

// Words returns the folded words of s (Fold, punctuation dropped), the
// units the duplicate check compares.
func Words(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// NameSimilarity compares two names typed by different people: 1 for the
// same folded name ("Nguyen Van Dung" and "Nguyễn Văn Dũng"), falling with
// the edit distance of the folded names (a typo, a missing letter), 0 when
// either is empty.
func NameSimilarity(a, b string) float64 {
	fa, fb := strings.Join(Words(a), " "), strings.Join(Words(b), " ")
	if fa == "" || fb == "" {
		return 0
	}
	ra, rb := []rune(fa), []rune(fb)
	return 1 - float64(editDistance(ra, rb))/float64(max(len(ra), len(rb)))
}

// TextSimilarity compares two texts by their folded words and word pairs
// (Dice coefficient): addresses written in another order or with another
// abbreviation, or two summaries of the same content, score high; 0 when
// either is empty.
func TextSimilarity(a, b string) float64 {
	sa, sb := shingles(Words(a)), shingles(Words(b))
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	common := 0
	for s := range sa {
		if sb[s] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(sa)+len(sb))
}

// shingles are a text's words and its pairs of consecutive words: Vietnamese
// words are syllables, so pairs carry most of the meaning ("quyen su",
// "su dung", "dung dat").
func shingles(words []string) map[string]bool {
	out := map[string]bool{}
	for i, w := range words {
		out[w] = true
		if i > 0 {
			out[words[i-1]+" "+w] = true
		}
	}
	return out
}

// editDistance is the Levenshtein distance of a and b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
