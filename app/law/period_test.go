package law

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// Deadlines worked out by hand from calendar.md §2 and §4 (the comment of
// each case shows the count), then checked here.
func TestDeadlinesByHand(t *testing.T) {
	c := mustCalendar(t, Options{})
	sus := func(from, until string) []Suspension {
		s := Suspension{From: day(t, from)}
		if until != "" {
			s.Until = day(t, until)
		}
		return []Suspension{s}
	}
	tests := []struct {
		name string
		cnt  Count
		want string
	}{
		{
			// Fri 13/2 = 1; 14–22/2 weekend + Tết; Mon 23 = 2 … Fri 27 = 6; Mon 2/3 = 7.
			name: "Tết 2026, 7 working days (tố cáo xử lý ban đầu)",
			cnt:  Count{From: day(t, "2026-02-12"), Length: 7, Unit: WorkingDays},
			want: "2026-03-02",
		},
		{
			// 6/2 + 10 = Mon 16/2 (Tết) → 17–20 Tết, 21–22 weekend → Mon 23/2.
			name: "Tết 2026, 10 calendar days ending in Tết",
			cnt:  Count{From: day(t, "2026-02-06"), Length: 10, Unit: CalendarDays},
			want: "2026-02-23",
		},
		{
			// Sat 25 … Sun 2/2 off; Mon 3/2 = 1 … Fri 7 = 5; Mon 10 = 6 … Fri 14 = 10.
			name: "Tết 2025, 10 working days (xử lý đơn)",
			cnt:  Count{From: day(t, "2025-01-24"), Length: 10, Unit: WorkingDays},
			want: "2025-02-14",
		},
		{
			// Fri 25/4 = 1; Sat 26/4 (swapped working Saturday) = 2; Mon 28 = 3; Tue 29 = 4;
			// 30/4, 1/5, 2/5 (swap) off, 3–4/5 weekend; Mon 5/5 = 5.
			name: "30/4–1/5 2025 with the swapped working Saturday",
			cnt:  Count{From: day(t, "2025-04-24"), Length: 5, Unit: WorkingDays},
			want: "2025-05-05",
		},
		{
			// 1/1 + 9 = Sat 10/1, a swapped working Saturday: no move.
			name: "calendar-day period ending on the swapped working Saturday 10/01/2026",
			cnt:  Count{From: day(t, "2026-01-01"), Length: 9, Unit: CalendarDays},
			want: "2026-01-10",
		},
		{
			// Fri 21/8 = 1; Sat 22/8 (working) = 2; Sun skipped; Mon 24/8 = 3.
			name: "working-day count through the swapped working Saturday 22/08/2026",
			cnt:  Count{From: day(t, "2026-08-20"), Length: 3, Unit: WorkingDays},
			want: "2026-08-24",
		},
		{
			// Fri 28/8 = 1; 29/8–2/9 off (weekend, swap 31/8, Quốc khánh); Thu 3/9 = 2;
			// Fri 4/9 = 3; Mon 7/9 = 4; Tue 8/9 = 5.
			name: "Quốc khánh 2026, 5 working days (chuyển đơn tố cáo)",
			cnt:  Count{From: day(t, "2026-08-27"), Length: 5, Unit: WorkingDays},
			want: "2026-09-08",
		},
		{
			// 2/8 + 30 = Mon 1/9 (Quốc khánh) → Tue 2/9 (Quốc khánh) → Wed 3/9.
			name: "Quốc khánh 2025, 30 calendar days ending on 1/9",
			cnt:  Count{From: day(t, "2025-08-02"), Length: 30, Unit: CalendarDays},
			want: "2025-09-03",
		},
		{
			// 17/4 + 10 = Mon 27/4, the nghỉ bù for Giỗ Tổ on Sunday → Tue 28/4.
			name: "calendar-day period ending on the nghỉ bù Monday 27/04/2026",
			cnt:  Count{From: day(t, "2026-04-17"), Length: 10, Unit: CalendarDays},
			want: "2026-04-28",
		},
		{
			// 25–26/4 weekend, Mon 27/4 nghỉ bù; Tue 28 = 1; Wed 29 = 2; 30/4–3/5 off; Mon 4/5 = 3.
			name: "3 working days across the nghỉ bù Monday and 30/4–1/5 2026",
			cnt:  Count{From: day(t, "2026-04-24"), Length: 3, Unit: WorkingDays},
			want: "2026-05-04",
		},
		{
			// 5/3 + 10 = Sun 15/3 → Mon 16/3.
			name: "calendar-day period ending on a Sunday",
			cnt:  Count{From: day(t, "2026-03-05"), Length: 10, Unit: CalendarDays},
			want: "2026-03-16",
		},
		{
			// 2/3 + 90 = Sun 31/5 → Mon 1/6 (thời hiệu khiếu nại).
			name: "90-day filing limit ending on a Sunday",
			cnt:  Count{From: day(t, "2026-03-02"), Length: 90, Unit: CalendarDays},
			want: "2026-06-01",
		},
		{
			// Received on mùng 1 (17/2): 18–20 Tết, 21–22 weekend; Mon 23 = 1 … Fri 27 = 5.
			name: "working-day count starting on a holiday (mùng 1 Tết 2026)",
			cnt:  Count{From: day(t, "2026-02-17"), Length: 5, Unit: WorkingDays},
			want: "2026-02-27",
		},
		{
			// Thụ lý Mon 2/3: 3/3–10/3 = days 1–8 (the suspension decision day counts);
			// 11/3–25/3 suspended (25/3 = continuation decision, not counted);
			// 26/3 = day 9 … 16/4 = day 30 (Thu).
			name: "suspension in the middle of a 30-day resolution (tố cáo)",
			cnt:  Count{From: day(t, "2026-03-02"), Length: 30, Unit: CalendarDays, Suspensions: sus("2026-03-10", "2026-03-25")},
			want: "2026-04-16",
		},
		{
			// Tue 6/1 = 1; Wed 7/1 = 2 (suspension decision); 8–12/1 suspended (incl. the
			// working Saturday 10/1); Tue 13 = 3 … Fri 16 = 6; Mon 19 = 7.
			name: "suspension in a working-day count",
			cnt:  Count{From: day(t, "2026-01-05"), Length: 7, Unit: WorkingDays, Suspensions: sus("2026-01-07", "2026-01-12")},
			want: "2026-01-19",
		},
		{
			// Thụ lý Wed 1/7/2026, 30 + 30 (complex case): 1/7 + 60 = Sun 30/8 →
			// Mon 31/8 (swap), 1–2/9 (Quốc khánh) → Thu 3/9.
			name: "extended tố cáo resolution ending in the Quốc khánh break",
			cnt:  Count{From: day(t, "2026-07-01"), Length: 30, Unit: CalendarDays, Extensions: []int{30}},
			want: "2026-09-03",
		},
		{
			// Wed 31/12 = 1; 1/1, 2/1 (swap) off; 3–4/1 weekend; Mon 5 = 2 … Thu 8 = 5.
			name: "across the new year 2025→2026 with the 2/1 swap",
			cnt:  Count{From: day(t, "2025-12-30"), Length: 5, Unit: WorkingDays},
			want: "2026-01-08",
		},
		{
			// … Thu 8 = 5; Fri 9 = 6; Sat 10/1 (working) = 7; Mon 12 = 8.
			name: "across the new year into the swapped working Saturday",
			cnt:  Count{From: day(t, "2025-12-30"), Length: 8, Unit: WorkingDays},
			want: "2026-01-12",
		},
		{
			// Provisional 2027: 4–5/2 Tết, 6–7 weekend (mùng 1–2), 8 mùng 3, 9–10 nghỉ bù;
			// Thu 11 = 1; Fri 12 = 2; Mon 15 = 3.
			name: "Tết 2027 (provisional) with two nghỉ bù days",
			cnt:  Count{From: day(t, "2027-02-03"), Length: 3, Unit: WorkingDays},
			want: "2027-02-15",
		},
		{
			// 2/3 + 30 = Wed 1/4, a working day.
			name: "calendar-day period ending on a working day",
			cnt:  Count{From: day(t, "2026-03-02"), Length: 30, Unit: CalendarDays},
			want: "2026-04-01",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, err := c.Due(tt.cnt)
			if err != nil || due.String() != tt.want {
				t.Fatalf("Due = %s, %v; want %s", due, err, tt.want)
			}
			dl, err := c.Explain(tt.cnt)
			if err != nil || dl.Due.String() != tt.want {
				t.Fatalf("Explain.Due = %s, %v; want %s", dl.Due, err, tt.want)
			}
			checkSteps(t, tt.cnt, dl)
		})
	}
}

// checkSteps checks the explanation is consistent: it starts at the event,
// days follow one another, counted days are numbered 1…Length, and it ends on
// Due.
func checkSteps(t *testing.T, cnt Count, dl Deadline) {
	t.Helper()
	if len(dl.Steps) == 0 || dl.Steps[0].Kind != StepStart || dl.Steps[0].Date != cnt.From {
		t.Fatalf("steps do not start at the event: %+v", dl.Steps)
	}
	n := 0
	for i, s := range dl.Steps {
		if s.Date != cnt.From.AddDays(i) {
			t.Fatalf("step %d is %s, want %s", i, s.Date, cnt.From.AddDays(i))
		}
		if s.Note == "" {
			t.Errorf("step %s has no note", s.Date)
		}
		if s.Kind == StepCounted {
			n++
			if s.N != n {
				t.Fatalf("step %s numbered %d, want %d", s.Date, s.N, n)
			}
		}
	}
	if n != dl.Length {
		t.Errorf("counted %d days, want %d", n, dl.Length)
	}
	if last := dl.Steps[len(dl.Steps)-1]; last.Date != dl.Due {
		t.Errorf("last step %s, due %s", last.Date, dl.Due)
	}
}

func TestExplainNotes(t *testing.T) {
	c := mustCalendar(t, Options{})
	dl, err := c.Explain(Count{From: day(t, "2026-02-12"), Length: 7, Unit: WorkingDays})
	if err != nil {
		t.Fatal(err)
	}
	byDate := map[string]Step{}
	for _, s := range dl.Steps {
		byDate[s.Date.String()] = s
	}
	want := map[string]Step{
		"2026-02-12": {Kind: StepStart, Note: "Ngày xảy ra sự kiện, không tính (Điều 147 BLDS 2015)"},
		"2026-02-13": {Kind: StepCounted, N: 1, Note: "Thứ Sáu"},
		"2026-02-14": {Kind: StepSkipped, Note: "Thứ Bảy"},
		"2026-02-17": {Kind: StepSkipped, Note: "Thứ Ba: Tết Nguyên đán (mùng 1 tháng Giêng)"},
		"2026-03-02": {Kind: StepCounted, N: 7, Note: "Thứ Hai"},
	}
	for date, w := range want {
		s := byDate[date]
		if s.Kind != w.Kind || s.N != w.N || s.Note != w.Note {
			t.Errorf("%s: %+v, want %+v", date, s, w)
		}
	}
	if dl.Citation != "Điều 147, 148 Bộ luật Dân sự 2015: 07 ngày làm việc" || dl.Provisional() {
		t.Errorf("citation %q provisional %v", dl.Citation, dl.ProvisionalYears)
	}

	// Calendar days ending on the nghỉ bù Monday: the move is explained.
	dl, _ = c.Explain(Count{From: day(t, "2026-04-17"), Length: 10, Unit: CalendarDays})
	tail := dl.Steps[len(dl.Steps)-2:]
	if tail[0].Kind != StepCounted || !strings.Contains(tail[0].Note, "Nghỉ bù Giỗ Tổ") || !strings.Contains(tail[0].Note, "khoản 5 Điều 148") {
		t.Errorf("last counted step: %+v", tail[0])
	}
	if tail[1].Kind != StepDue || tail[1].Date != day(t, "2026-04-28") {
		t.Errorf("due step: %+v", tail[1])
	}
	// A Sunday inside a calendar-day count is counted, and says so.
	dl, _ = c.Explain(Count{From: day(t, "2026-03-05"), Length: 3, Unit: CalendarDays})
	if s := dl.Steps[2]; s.Kind != StepCounted || s.Note != "Thứ Bảy (vẫn tính vì thời hạn tính theo ngày)" {
		t.Errorf("Saturday step: %+v", s)
	}
	// Suspended days are explained.
	dl, _ = c.Explain(Count{From: day(t, "2026-03-02"), Length: 30, Unit: CalendarDays,
		Suspensions: []Suspension{{From: day(t, "2026-03-10"), Until: day(t, "2026-03-25")}}})
	for _, s := range dl.Steps {
		inside := s.Date.After(day(t, "2026-03-10")) && !s.Date.After(day(t, "2026-03-25"))
		if inside != (s.Kind == StepSuspended) {
			t.Errorf("%s: kind %s", s.Date, s.Kind)
		}
	}
	// Crossing a provisional year is reported.
	dl, _ = c.Explain(Count{From: day(t, "2026-12-20"), Length: 30, Unit: CalendarDays})
	if !reflect.DeepEqual(dl.ProvisionalYears, []int{2027}) {
		t.Errorf("ProvisionalYears = %v", dl.ProvisionalYears)
	}
}

func TestOpenSuspensionStopsTheClock(t *testing.T) {
	c := mustCalendar(t, Options{})
	cnt := Count{From: day(t, "2026-03-02"), Length: 30, Unit: CalendarDays,
		Suspensions: []Suspension{{From: day(t, "2026-03-10")}}}
	dl, err := c.Explain(cnt)
	if err != nil || !dl.Stopped || dl.Remaining != 22 || !dl.Due.IsZero() {
		t.Fatalf("Explain = %+v, %v", dl, err)
	}
	if due, err := c.Due(cnt); err != nil || !due.IsZero() {
		t.Errorf("Due = %s, %v", due, err)
	}
	// A suspension decided after the period ended changes nothing.
	cnt.Suspensions[0].From = day(t, "2026-05-01")
	if due, _ := c.Due(cnt); due != day(t, "2026-04-01") {
		t.Errorf("late suspension: Due = %s", due)
	}
}

func TestCountValidation(t *testing.T) {
	c := mustCalendar(t, Options{})
	from := day(t, "2026-03-02")
	bad := []Count{
		{Length: 10, Unit: CalendarDays},
		{From: from, Length: 0, Unit: CalendarDays},
		{From: from, Length: 10},
		{From: from, Length: 10, Unit: CalendarDays, Extensions: []int{0}},
		{From: from, Length: MaxLength + 1, Unit: CalendarDays},
		{From: day(t, "1899-12-31"), Length: 1, Unit: CalendarDays},
		{From: day(t, "2199-12-30"), Length: 5, Unit: WorkingDays}, // runs past MaxYear
		{From: from, Length: 10, Unit: CalendarDays, Suspensions: []Suspension{{From: day(t, "2026-03-01"), Until: day(t, "2026-03-05")}}},
		{From: from, Length: 10, Unit: CalendarDays, Suspensions: []Suspension{{From: day(t, "2026-03-05"), Until: day(t, "2026-03-04")}}},
		{From: from, Length: 10, Unit: CalendarDays, Suspensions: []Suspension{{From: day(t, "2026-03-05")}, {From: day(t, "2026-03-08"), Until: day(t, "2026-03-09")}}},
		{From: from, Length: 10, Unit: CalendarDays, Suspensions: []Suspension{
			{From: day(t, "2026-03-05"), Until: day(t, "2026-03-08")}, {From: day(t, "2026-03-08"), Until: day(t, "2026-03-09")}}},
	}
	for i, cnt := range bad {
		if _, err := c.Due(cnt); KindOf(err) != Invalid {
			t.Errorf("case %d Due: %v, want Invalid", i, err)
		}
		if _, err := c.Explain(cnt); KindOf(err) != Invalid {
			t.Errorf("case %d Explain: %v, want Invalid", i, err)
		}
	}
}

// Due (the fast path) and Explain agree on a spread of counts, with and
// without suspensions, in announced and provisional years.
func TestDueMatchesExplain(t *testing.T) {
	c := mustCalendar(t, Options{Overrides: []Override{{Date: day(t, "2026-03-09"), Kind: DayOff, Reason: "bão"}}})
	start := day(t, "2024-11-01")
	for i := 0; i < 3000; i++ {
		cnt := Count{From: start.AddDays(i % 1200), Length: 1 + i%45, Unit: Unit(1 + i%2)}
		if i%3 == 0 {
			s := cnt.From.AddDays(i % 7)
			cnt.Suspensions = []Suspension{{From: s, Until: s.AddDays(i % 20)}}
		}
		due, err1 := c.Due(cnt)
		dl, err2 := c.Explain(cnt)
		if err1 != nil || err2 != nil || due != dl.Due {
			t.Fatalf("%+v: Due %s %v, Explain %s %v", cnt, due, err1, dl.Due, err2)
		}
		if !c.IsWorkingDay(due) {
			t.Fatalf("%+v: due %s is not a working day", cnt, due)
		}
	}
}

func TestFormatDeadline(t *testing.T) {
	c := mustCalendar(t, Options{})
	dl, err := c.Explain(Count{From: day(t, "2026-04-29"), Length: 3, Unit: CalendarDays})
	if err != nil {
		t.Fatal(err)
	}
	want := `2026-05-04
Điều 147, 148 Bộ luật Dân sự 2015: 03 ngày
2026-04-29	không tính	Ngày xảy ra sự kiện, không tính (Điều 147 BLDS 2015)
2026-04-30	ngày 1	Thứ Năm: Ngày Chiến thắng (30/4) (vẫn tính vì thời hạn tính theo ngày)
2026-05-01	ngày 2	Thứ Sáu: Ngày Quốc tế lao động (1/5) (vẫn tính vì thời hạn tính theo ngày)
2026-05-02	ngày 3	Thứ Bảy (vẫn tính vì thời hạn tính theo ngày); ngày cuối là ngày nghỉ nên hạn chuyển sang ngày làm việc tiếp theo (khoản 5 Điều 148 BLDS 2015)
2026-05-03	chuyển hạn	Chủ nhật
2026-05-04	hạn cuối	Thứ Hai: ngày làm việc tiếp theo, hạn cuối
`
	if got := FormatDeadline(dl); got != want {
		t.Errorf("FormatDeadline:\n%s\nwant:\n%s", got, want)
	}
	dl, _ = c.Explain(Count{From: day(t, "2027-02-03"), Length: 1, Unit: WorkingDays})
	if got := FormatDeadline(dl); !strings.HasPrefix(got, "2027-02-11\nĐiều 147, 148 Bộ luật Dân sự 2015: 01 ngày làm việc\n# tạm tính: lịch năm 2027 chưa có thông báo chính thức\n") {
		t.Errorf("provisional FormatDeadline:\n%s", got)
	}
	dl, _ = c.Explain(Count{From: day(t, "2026-03-02"), Length: 30, Unit: CalendarDays, Suspensions: []Suspension{{From: day(t, "2026-03-10")}}})
	if got := FormatDeadline(dl); !strings.HasPrefix(got, "tạm đình chỉ (còn 22 ngày)\n") {
		t.Errorf("stopped FormatDeadline:\n%s", got)
	}
}

func ExampleCalendar_Due() {
	cal, _ := NewCalendar(Options{})
	from, _ := ParseDate("2026-02-12")
	due, _ := cal.Due(Count{From: from, Length: 7, Unit: WorkingDays})
	fmt.Println(due)
	// Output: 2026-03-02
}

// One Calendar is shared by every service: concurrent first use of a year
// must be safe (run with -race) and give the same answers.
func TestCalendarConcurrentUse(t *testing.T) {
	c := mustCalendar(t, Options{})
	want, _ := mustCalendar(t, Options{}).Due(Count{From: day(t, "2027-02-03"), Length: 3, Unit: WorkingDays})
	done := make(chan Date)
	for i := 0; i < 8; i++ {
		go func() {
			due, _ := c.Due(Count{From: NewDate(2027, 2, 3), Length: 3, Unit: WorkingDays})
			done <- due
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Due = %s, want %s", got, want)
		}
	}
}
