package law

import (
	"fmt"
	"sort"
	"strings"
)

// Unit is the unit a period is given in.
type Unit uint8

const (
	// CalendarDays: "N ngày". Every day counts; the period ends on the N-th
	// day, moved to the next working day if that is not a working day
	// (BLDS 2015 Art. 148(5)).
	CalendarDays Unit = 1
	// WorkingDays: "N ngày làm việc". Only working days count; the period ends
	// on the N-th working day.
	WorkingDays Unit = 2
)

// String returns the Vietnamese unit: "ngày" or "ngày làm việc".
func (u Unit) String() string {
	switch u {
	case CalendarDays:
		return "ngày"
	case WorkingDays:
		return "ngày làm việc"
	}
	return fmt.Sprintf("Unit(%d)", uint8(u))
}

// LengthText returns a period as written in legal texts: "07 ngày làm việc",
// "30 ngày".
func LengthText(n int, u Unit) string { return fmt.Sprintf("%02d %s", n, u) }

// MaxLength is the longest period, extensions included, the package counts
// (ten years of days); longer input is rejected as Invalid.
const MaxLength = 3650

// Suspension is a tạm đình chỉ: the clock stops after the day of the
// suspension decision (From, which still counts) and resumes the day after
// the decision to continue (Until), which itself does not count — the same
// rule as Art. 147 BLDS for the start of a period. While the case is still
// suspended, Until is the zero Date.
type Suspension struct {
	From  Date
	Until Date
}

// Count is a period to count from an event.
type Count struct {
	// From is the day of the event (receipt, thụ lý …). It is not counted
	// (BLDS 2015 Art. 147).
	From   Date
	Length int
	Unit   Unit
	// Extensions (gia hạn) are added to Length, in the same Unit.
	Extensions []int
	// Suspensions, in date order and not overlapping; only the last may be
	// still open (zero Until).
	Suspensions []Suspension
}

// StepKind says what happened on one day of a count.
type StepKind uint8

const (
	// StepStart is the event day: not counted (Art. 147).
	StepStart StepKind = iota + 1
	// StepCounted is a day counted towards the period; Step.N is its number.
	StepCounted
	// StepSkipped is a non-working day skipped in a working-day count.
	StepSkipped
	// StepSuspended is a day the clock was stopped by a suspension.
	StepSuspended
	// StepMoved is a non-working day after the last counted day of a
	// calendar-day period: the end moves past it (Art. 148(5)).
	StepMoved
	// StepDue is the working day the end of a calendar-day period moved to.
	StepDue
)

// String returns the short Vietnamese label used in the text output.
func (k StepKind) String() string {
	switch k {
	case StepStart:
		return "không tính"
	case StepCounted:
		return "tính"
	case StepSkipped:
		return "bỏ qua"
	case StepSuspended:
		return "tạm đình chỉ"
	case StepMoved:
		return "chuyển hạn"
	case StepDue:
		return "hạn cuối"
	}
	return fmt.Sprintf("StepKind(%d)", uint8(k))
}

// Step is one day of the day-by-day explanation of a count.
type Step struct {
	Date Date
	Kind StepKind
	// N is the number of the counted day (1 … Length), 0 if not counted.
	N int
	// Note is the Vietnamese explanation: the weekday, the holiday, why the
	// day is skipped.
	Note string
}

// Deadline is the result of a count.
type Deadline struct {
	From Date
	// Due is the last day of the period; the period ends at 24:00 on it
	// (Art. 148(6)). It is the zero Date while Stopped.
	Due Date
	// Length is the total counted, extensions included.
	Length int
	Unit   Unit
	// Stopped reports that an open suspension stopped the clock before the
	// period ended; Remaining days are still to count once it resumes.
	Stopped   bool
	Remaining int
	// ProvisionalYears lists the years, among those the count crossed, whose
	// calendar is provisional ("tạm tính").
	ProvisionalYears []int
	// RuleID is the rule counted, or "" for an ad hoc "N ngày" count.
	RuleID string
	// Citation says why the date is what it is, e.g. "Khoản 1 Điều 24 Luật Tố
	// cáo: 07 ngày làm việc".
	Citation string
	// Steps is the day-by-day explanation, from the event day to Due.
	Steps []Step
}

// Provisional reports whether the result depends on a provisional year.
func (d Deadline) Provisional() bool { return len(d.ProvisionalYears) > 0 }

// Due returns the last day of the period (see Count). It is the fast path
// for lists and stores: no explanation is built. It returns the zero Date
// while an open suspension stops the clock, and an Invalid *Error for bad
// input.
func (c *Calendar) Due(cnt Count) (Date, error) {
	dl, err := c.count(cnt, false)
	return dl.Due, err
}

// Explain counts like Due and also returns the day-by-day explanation, the
// provisional years it crossed and a citation of the counting rule
// ("Điều 147, 148 Bộ luật Dân sự 2015: 10 ngày làm việc").
func (c *Calendar) Explain(cnt Count) (Deadline, error) {
	dl, err := c.count(cnt, true)
	if err != nil {
		return Deadline{}, err
	}
	dl.Citation = "Điều 147, 148 Bộ luật Dân sự 2015: " + LengthText(dl.Length, dl.Unit)
	return dl, nil
}

// walker looks days up, keeping the current year's table at hand.
type walker struct {
	c     *Calendar
	yc    *YearCalendar
	last  int   // JDN one past the current table
	prov  []int // provisional years met, when track is set
	track bool
	err   error
}

func (w *walker) working(j int) bool {
	if w.yc == nil || j < w.yc.first || j >= w.last {
		y, _, _ := civilFromJDN(j)
		yc := w.c.year(y)
		if yc == nil {
			if w.err == nil {
				w.err = errorf(Invalid, "Thời hạn vượt quá năm %d, ngoài khoảng lịch hỗ trợ (%d–%d)", y, MinYear, MaxYear)
			}
			return true // stops the walk at once
		}
		w.yc, w.last = yc, yc.first+len(yc.working)
		if yc.provisional && w.track {
			w.prov = append(w.prov, y)
		}
	}
	return w.yc.working[j-w.yc.first]
}

// note explains a day: its weekday, and its holiday or swap if it has one.
func (w *walker) note(j int) string {
	d := dateFromJDN(j)
	day := w.c.Day(d)
	if day.Origin == OriginWeek {
		return d.WeekdayName()
	}
	return d.WeekdayName() + ": " + day.Reason
}

func validateCount(cnt Count) (total int, err error) {
	if cnt.From.IsZero() {
		return 0, errorf(Invalid, "Chưa có ngày bắt đầu tính thời hạn")
	}
	if y := cnt.From.Year(); y < MinYear || y > MaxYear {
		return 0, errorf(Invalid, "Ngày %s nằm ngoài khoảng năm %d–%d", cnt.From.Display(), MinYear, MaxYear)
	}
	if cnt.Unit != CalendarDays && cnt.Unit != WorkingDays {
		return 0, errorf(Invalid, "Đơn vị thời hạn phải là ngày hoặc ngày làm việc")
	}
	if cnt.Length < 1 {
		return 0, errorf(Invalid, "Số ngày của thời hạn phải lớn hơn 0")
	}
	total = cnt.Length
	for _, e := range cnt.Extensions {
		if e < 1 {
			return 0, errorf(Invalid, "Số ngày gia hạn phải lớn hơn 0")
		}
		total += e
	}
	if total > MaxLength {
		return 0, errorf(Invalid, "Thời hạn %d ngày quá dài (tối đa %d)", total, MaxLength)
	}
	prev := cnt.From
	for i, s := range cnt.Suspensions {
		if s.From.IsZero() || s.From.Before(prev) || (i > 0 && !s.From.After(prev)) {
			return 0, errorf(Invalid, "Các lần tạm đình chỉ phải theo thứ tự thời gian, không chồng lên nhau và không trước ngày bắt đầu")
		}
		if s.Until.IsZero() {
			if i != len(cnt.Suspensions)-1 {
				return 0, errorf(Invalid, "Chỉ lần tạm đình chỉ cuối cùng mới được chưa có quyết định tiếp tục")
			}
			continue
		}
		if s.Until.Before(s.From) {
			return 0, errorf(Invalid, "Ngày tiếp tục giải quyết (%s) trước ngày tạm đình chỉ (%s)", s.Until.Display(), s.From.Display())
		}
		if s.Until.Sub(s.From) > 100*366 {
			return 0, errorf(Invalid, "Thời gian tạm đình chỉ quá dài")
		}
		prev = s.Until
	}
	return total, nil
}

// count implements Due and Explain: BLDS 2015 Arts. 147–148 (calendar.md §4).
func (c *Calendar) count(cnt Count, explain bool) (Deadline, error) {
	total, err := validateCount(cnt)
	if err != nil {
		return Deadline{}, err
	}
	dl := Deadline{From: cnt.From, Length: total, Unit: cnt.Unit}
	w := &walker{c: c, track: explain}
	if !explain && cnt.Unit == CalendarDays && len(cnt.Suspensions) == 0 {
		// Fast path: the N-th day is known at once; only the move to a
		// working day needs the calendar.
		j := cnt.From.JDN() + total
		for !w.working(j) && w.err == nil {
			j++
		}
		if w.err != nil {
			return Deadline{}, w.err
		}
		dl.Due = dateFromJDN(j)
		return dl, nil
	}
	step := func(j int, k StepKind, n int, note string) {
		if explain {
			dl.Steps = append(dl.Steps, Step{Date: dateFromJDN(j), Kind: k, N: n, Note: note})
		}
	}
	j := cnt.From.JDN()
	w.working(j) // note the start year's provisional status
	step(j, StepStart, 0, "Ngày xảy ra sự kiện, không tính (Điều 147 BLDS 2015)")
	sus := cnt.Suspensions
	n := 0
	for n < total {
		j++
		if len(sus) > 0 && j > sus[0].From.JDN() {
			s := sus[0]
			if s.Until.IsZero() {
				dl.Stopped, dl.Remaining = true, total-n
				if explain {
					step(j, StepSuspended, 0, "Đang tạm đình chỉ từ "+s.From.Display()+", chưa có quyết định tiếp tục; thời hạn dừng lại")
				}
				break
			}
			if j <= s.Until.JDN() {
				if explain {
					note := "Tạm đình chỉ (quyết định " + s.From.Display() + "), không tính"
					if j == s.Until.JDN() {
						note = "Ngày có quyết định tiếp tục giải quyết, không tính; thời hạn tính tiếp từ ngày hôm sau"
					}
					step(j, StepSuspended, 0, note)
				}
				continue
			}
			sus = sus[1:]
		}
		working := w.working(j)
		if w.err != nil {
			return Deadline{}, w.err
		}
		if cnt.Unit == WorkingDays && !working {
			if explain {
				step(j, StepSkipped, 0, w.note(j))
			}
			continue
		}
		n++
		if explain {
			note := w.note(j)
			if !working {
				note += " (vẫn tính vì thời hạn tính theo ngày)"
			}
			step(j, StepCounted, n, note)
		}
	}
	if !dl.Stopped {
		if cnt.Unit == CalendarDays && !w.working(j) {
			// Art. 148(5): the last day is a day off; the period ends at the
			// end of the next working day.
			if explain {
				last := &dl.Steps[len(dl.Steps)-1]
				last.Note += "; ngày cuối là ngày nghỉ nên hạn chuyển sang ngày làm việc tiếp theo (khoản 5 Điều 148 BLDS 2015)"
			}
			for {
				j++
				working := w.working(j)
				if w.err != nil {
					return Deadline{}, w.err
				}
				if working {
					step(j, StepDue, 0, w.note(j)+": ngày làm việc tiếp theo, hạn cuối")
					break
				}
				step(j, StepMoved, 0, w.note(j))
			}
		}
		dl.Due = dateFromJDN(j)
	}
	if w.err != nil {
		return Deadline{}, w.err
	}
	if explain && len(w.prov) > 0 {
		sort.Ints(w.prov)
		dl.ProvisionalYears = w.prov
	}
	return dl, nil
}

// FormatDeadline renders a deadline for the command line (tiepdan deadline):
// the due date as an ISO date on the first line ("tạm đình chỉ" while
// stopped), then the citation, then "# tạm tính …" if a provisional year was
// crossed, then one line per day: ISO date, a tab, the step label (with the
// day's number for counted days), a tab, the note.
func FormatDeadline(dl Deadline) string {
	var b strings.Builder
	if dl.Stopped {
		fmt.Fprintf(&b, "tạm đình chỉ (còn %s)\n", LengthText(dl.Remaining, dl.Unit))
	} else {
		b.WriteString(dl.Due.String() + "\n")
	}
	if dl.Citation != "" {
		b.WriteString(dl.Citation + "\n")
	}
	if dl.Provisional() {
		ys := make([]string, len(dl.ProvisionalYears))
		for i, y := range dl.ProvisionalYears {
			ys[i] = fmt.Sprint(y)
		}
		b.WriteString("# tạm tính: lịch năm " + strings.Join(ys, ", ") + " chưa có thông báo chính thức\n")
	}
	for _, s := range dl.Steps {
		label := s.Kind.String()
		if s.Kind == StepCounted {
			label = fmt.Sprintf("ngày %d", s.N)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", s.Date, label, s.Note)
	}
	return b.String()
}
