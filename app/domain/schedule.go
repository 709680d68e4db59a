package domain

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// ScheduleEntry is one day of the Chairman's periodic reception schedule
// (lịch tiếp công dân định kỳ, Luật TCD Art. 15.2(d)): when and where he
// receives citizens, who presides and which bodies are invited to take part.
type ScheduleEntry struct {
	ID int64 `json:"id"`
	// Date is the ISO date of the reception.
	Date string `json:"date"`
	// Start and End are the office's wall-clock times, "07:30" and "11:00";
	// printed "07 giờ 30 – 11 giờ 00".
	Start string `json:"start"`
	End   string `json:"end"`
	Place string `json:"place"`
	// PresidedBy is the name and title of who presides, e.g. "Ông Nguyễn
	// Văn Dũng, Chủ tịch Ủy ban nhân dân phường".
	PresidedBy string `json:"presidedBy"`
	// Invited are the bodies invited to take part: the HĐND, the Mặt trận
	// Tổ quốc, the mass organisations, the ban thanh tra nhân dân …
	Invited   []string `json:"invited"`
	Notes     string   `json:"notes"`
	Revision  int64    `json:"revision"`
	UpdatedAt string   `json:"updatedAt,omitempty"`
}

// clockTime matches "7:30", "07:30" or "07h30" as typed.
var clockTime = regexp.MustCompile(`^([01]?[0-9]|2[0-3])\s*[:hHgG]\s*([0-5][0-9])$`)

// NormalizeClock returns a time of day as "07:30", or s cleaned when it is
// not one (Validate then says so).
func NormalizeClock(s string) string {
	s = CleanText(s)
	m := clockTime.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	var h int
	fmt.Sscan(m[1], &h)
	return fmt.Sprintf("%02d:%s", h, m[2])
}

// Normalize cleans the text fields, writes the times as "07:30" and drops
// empty and repeated invited bodies.
func (e *ScheduleEntry) Normalize() {
	for _, p := range []*string{&e.Date, &e.Place, &e.PresidedBy} {
		*p = CleanText(*p)
	}
	e.Start, e.End = NormalizeClock(e.Start), NormalizeClock(e.End)
	e.Notes = CleanLines(e.Notes)
	seen := map[string]bool{}
	invited := []string{}
	for _, b := range e.Invited {
		b = CleanText(b)
		if b != "" && !seen[Fold(b)] {
			seen[Fold(b)] = true
			invited = append(invited, b)
		}
	}
	e.Invited = invited
}

// Validate checks a normalised entry.
func (e *ScheduleEntry) Validate() error {
	var v Validation
	if _, err := time.Parse(DateLayout, e.Date); err != nil {
		v.Fail("date", "Vui lòng nhập ngày tiếp")
	}
	for _, f := range []struct{ field, value, missing string }{
		{"start", e.Start, "Vui lòng nhập giờ bắt đầu, ví dụ 07:30"},
		{"end", e.End, "Vui lòng nhập giờ kết thúc, ví dụ 11:00"},
	} {
		if !clockTime.MatchString(f.value) {
			v.Fail(f.field, f.missing)
		}
	}
	if clockTime.MatchString(e.Start) && clockTime.MatchString(e.End) && e.End <= e.Start {
		v.Fail("end", "Giờ kết thúc phải sau giờ bắt đầu")
	}
	v.Required("place", e.Place, "Vui lòng nhập địa điểm tiếp")
	v.MaxLen("place", e.Place, 200, "Địa điểm")
	v.Required("presidedBy", e.PresidedBy, "Vui lòng nhập người chủ trì")
	v.MaxLen("presidedBy", e.PresidedBy, 200, "Người chủ trì")
	if len(e.Invited) > 20 {
		v.Fail("invited", "Không quá 20 thành phần được mời")
	}
	for _, b := range e.Invited {
		v.MaxLen("invited", b, 200, "Thành phần được mời")
	}
	v.MaxLen("notes", e.Notes, 1000, "Ghi chú")
	return v.Err()
}

// TimeText returns the entry's hours as printed, "07 giờ 30 – 11 giờ 00".
func (e *ScheduleEntry) TimeText() string {
	return clockText(e.Start) + " – " + clockText(e.End)
}

// clockText writes "07:30" as "07 giờ 30".
func clockText(s string) string {
	h, m, ok := strings.Cut(s, ":")
	if !ok {
		return s
	}
	return h + " giờ " + m
}

// Level returns the level word in the unit's name — "phường" in "Ủy ban
// nhân dân phường Hà Huy Tập", "xã", "đặc khu" — for wording such as
// "Công an phường"; "" when the name has none.
func (u Unit) Level() string {
	folded := " " + Fold(u.Name) + " "
	for _, lv := range []string{"phường", "xã", "đặc khu", "thị trấn"} {
		if strings.Contains(folded, " "+Fold(lv)+" ") {
			return lv
		}
	}
	return ""
}

// ReceptionRules is the unit's nội quy tiếp công dân (Luật TCD Art.
// 15.2(a)): its text, which the Chairman adopts by a decision, and that
// decision's number and date, printed under the title.
type ReceptionRules struct {
	// DecisionNumber is the number of the adopting decision as written in
	// "Số: 15/QĐ-UBND", e.g. "15"; empty leaves a blank to fill by hand.
	DecisionNumber string `json:"decisionNumber"`
	// DecisionDate is the ISO date of the decision; may be empty.
	DecisionDate string `json:"decisionDate"`
	// Text is the rules: each article starts with a line "Điều N. Tên điều",
	// numbered again in order when printed.
	Text string `json:"text"`
	// Default: Text is the app's template, not yet edited by the unit.
	Default   bool   `json:"default"`
	Revision  int64  `json:"revision"`
	UpdatedAt string `json:"updatedAt,omitempty"`
}

// Normalize cleans the fields.
func (r *ReceptionRules) Normalize() {
	r.DecisionNumber = CleanText(r.DecisionNumber)
	r.DecisionDate = CleanText(r.DecisionDate)
	r.Text = CleanLines(r.Text)
}

// articleLine matches an article's heading line, "Điều 3. Quyền của công dân".
var articleLine = regexp.MustCompile(`(?i)^điều\s+\d+\s*[.:]\s*(.*)$`)

// RuleArticle is one article of the nội quy.
type RuleArticle struct {
	Title string
	// Lines are the article's paragraphs, in order.
	Lines []string
}

// Articles splits the rules' text into articles at their heading lines.
// Text before the first heading is an article without a title.
func (r *ReceptionRules) Articles() []RuleArticle {
	var out []RuleArticle
	for _, line := range strings.Split(r.Text, "\n") {
		line = CleanText(line)
		if m := articleLine.FindStringSubmatch(line); m != nil {
			out = append(out, RuleArticle{Title: m[1]})
			continue
		}
		if line == "" {
			continue
		}
		if len(out) == 0 {
			out = append(out, RuleArticle{})
		}
		out[len(out)-1].Lines = append(out[len(out)-1].Lines, line)
	}
	return out
}

// Validate checks normalised rules.
func (r *ReceptionRules) Validate() error {
	var v Validation
	v.MaxLen("decisionNumber", r.DecisionNumber, 20, "Số quyết định")
	if r.DecisionDate != "" {
		if _, err := time.Parse(DateLayout, r.DecisionDate); err != nil {
			v.Fail("decisionDate", "Ngày ban hành không hợp lệ")
		}
	}
	v.Required("text", r.Text, "Vui lòng nhập nội dung nội quy")
	v.MaxLen("text", r.Text, 30000, "Nội dung nội quy")
	if r.Text != "" {
		titled := 0
		for _, a := range r.Articles() {
			if a.Title != "" {
				titled++
			}
		}
		if titled == 0 {
			v.Fail("text", "Nội quy cần ít nhất một điều, mỗi điều bắt đầu bằng dòng «Điều 1. Tên điều»")
		}
	}
	return v.Err()
}
