package app_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// fiveWorkingDays is the calculator's "05 ngày làm việc" from Friday 27/11/2026.
var fiveWorkingDays = app.DeadlineRequest{From: "2026-11-27", Days: 5, Working: true}

func due(t *testing.T, s *app.Services, req app.DeadlineRequest) string {
	t.Helper()
	dl, err := s.Calendar.Deadline(req)
	if err != nil {
		t.Fatalf("Deadline(%+v): %v", req, err)
	}
	return dl.Due
}

func findDay(yv *app.YearView, date string) (app.DayView, bool) {
	for _, d := range yv.Days {
		if d.Date == date {
			return d, true
		}
	}
	return app.DayView{}, false
}

func TestAnExtraDayOffMovesTheDeadline(t *testing.T) {
	s := newServices(t)
	if got := due(t, s, fiveWorkingDays); got != "2026-12-04" {
		t.Fatalf("before the edit: due %s, want 2026-12-04", got)
	}
	yv, err := s.Calendar.SaveOverride(app.OverrideInput{
		Date: "2026-12-01", Kind: "off", Reason: "  Nghỉ bổ sung theo  thông báo của UBND tỉnh ",
	})
	if err != nil {
		t.Fatal(err)
	}
	day, ok := findDay(yv, "2026-12-01")
	want := app.DayView{Date: "2026-12-01", Weekday: "Thứ Ba", Kind: "off", Reason: "Nghỉ bổ sung theo thông báo của UBND tỉnh", Origin: "override"}
	if !ok || day != want {
		t.Fatalf("2026-12-01 in the year = %+v, want %+v", day, want)
	}
	wantOverrides := []app.OverrideView{{Date: "2026-12-01", Kind: "off", Reason: "Nghỉ bổ sung theo thông báo của UBND tỉnh", CreatedAt: "2026-11-27T09:30:00+07:00"}}
	if yv.Year != 2026 || !reflect.DeepEqual(yv.Overrides, wantOverrides) {
		t.Fatalf("year %d overrides = %+v", yv.Year, yv.Overrides)
	}
	if got := due(t, s, fiveWorkingDays); got != "2026-12-07" {
		t.Fatalf("after marking 01/12 off: due %s, want Monday 2026-12-07", got)
	}
	dl, _ := s.Calendar.Deadline(fiveWorkingDays)
	if st := dl.Steps[4]; st.Date != "2026-12-01" || st.Kind != "skipped" || !strings.Contains(st.Note, "Nghỉ bổ sung") {
		t.Fatalf("01/12 in the count = %+v, want skipped with the reason", st)
	}

	// Removing the edit gives the announced calendar back.
	if yv, err = s.Calendar.DeleteOverride("2026-12-01"); err != nil {
		t.Fatal(err)
	}
	if _, ok := findDay(yv, "2026-12-01"); ok || len(yv.Overrides) != 0 {
		t.Fatalf("after delete: %+v", yv)
	}
	if got := due(t, s, fiveWorkingDays); got != "2026-12-04" {
		t.Fatalf("after removing the edit: due %s, want 2026-12-04", got)
	}
	_, err = s.Calendar.DeleteOverride("2026-12-01")
	if domain.KindOf(err) != domain.NotFound || !strings.Contains(err.Error(), "01/12/2026") {
		t.Fatalf("deleting again: %v, want not_found", err)
	}
}

func TestEditsAreStored(t *testing.T) {
	st := storetest.Open(t)
	first := apptest.AdminOn(t, st)
	if _, err := first.Calendar.SaveOverride(app.OverrideInput{Date: "2026-11-28", Kind: "working", Reason: "Làm việc thứ Bảy"}); err != nil {
		t.Fatal(err)
	}
	// A second process on the same folder (the CLI) builds its calendar from the store.
	second := apptest.New(t, st)
	cal, err := second.WorkingCalendar()
	if err != nil {
		t.Fatal(err)
	}
	yc, _ := cal.Year(2026)
	found := false
	for _, d := range yc.Exceptions() {
		found = found || d.Date.String() == "2026-11-28"
	}
	if !found {
		t.Fatal("the stored working Saturday is not in the second calendar")
	}
	// 28/11 now counts: 05 ngày làm việc end on Thursday 03/12.
	if _, err := second.Auth.Login("quantri", apptest.Password); err != nil {
		t.Fatal(err)
	}
	if got := due(t, second, fiveWorkingDays); got != "2026-12-03" {
		t.Fatalf("due %s, want 2026-12-03", got)
	}
}

func TestSaveOverrideInvalidWritesNothing(t *testing.T) {
	cases := []struct {
		name string
		in   app.OverrideInput
		want map[string]string // field → part of its message
	}{
		{"no reason", app.OverrideInput{Date: "2026-12-01", Kind: "off", Reason: "   "},
			map[string]string{"reason": "Vui lòng nhập lý do"}},
		{"no kind", app.OverrideInput{Date: "2026-12-01", Reason: "Nghỉ bổ sung"},
			map[string]string{"kind": "ngày nghỉ hoặc ngày làm việc"}},
		{"unknown kind", app.OverrideInput{Date: "2026-12-01", Kind: "holiday", Reason: "Nghỉ bổ sung"},
			map[string]string{"kind": "ngày nghỉ hoặc ngày làm việc"}},
		{"dd/mm/yyyy date", app.OverrideInput{Date: "01/12/2026", Kind: "off", Reason: "Nghỉ bổ sung"},
			map[string]string{"date": "năm-tháng-ngày"}},
		{"no such day", app.OverrideInput{Date: "2026-02-30", Kind: "off", Reason: "Nghỉ bổ sung"},
			map[string]string{"date": "không hợp lệ"}},
		{"year out of range", app.OverrideInput{Date: "2300-01-02", Kind: "off", Reason: "Nghỉ bổ sung"},
			map[string]string{"date": "1900 đến 2199"}},
		{"reason too long", app.OverrideInput{Date: "2026-12-01", Kind: "off", Reason: strings.Repeat("Nghỉ ", 50)},
			map[string]string{"reason": "không được dài quá 200 ký tự"}},
		{"empty form", app.OverrideInput{},
			map[string]string{"date": "Vui lòng chọn ngày", "kind": "Vui lòng chọn", "reason": "Vui lòng nhập lý do"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newServices(t)
			_, err := s.Calendar.SaveOverride(c.in)
			var de *domain.Error
			if !errors.As(err, &de) || de.Kind != domain.Invalid {
				t.Fatalf("SaveOverride(%+v): %v, want invalid", c.in, err)
			}
			if len(de.Fields) != len(c.want) {
				t.Fatalf("fields = %v, want only %v", de.Fields, c.want)
			}
			for f, part := range c.want {
				if !strings.Contains(de.Fields[f], part) {
					t.Errorf("field %s = %q, want it to say %q", f, de.Fields[f], part)
				}
			}
			yv, err := s.Calendar.Year(2026)
			if err != nil || len(yv.Overrides) != 0 {
				t.Fatalf("something was written: %+v %v", yv, err)
			}
			if got := due(t, s, fiveWorkingDays); got != "2026-12-04" {
				t.Fatalf("deadline changed to %s", got)
			}
		})
	}
}

func TestYear(t *testing.T) {
	s := newServices(t)
	y26, err := s.Calendar.Year(2026)
	if err != nil {
		t.Fatal(err)
	}
	if y26.Provisional || y26.Source == "" || len(y26.Days) != 15 {
		t.Fatalf("2026: provisional %v, source %q, %d days", y26.Provisional, y26.Source, len(y26.Days))
	}
	wantFirst := app.DayView{Date: "2026-01-01", Weekday: "Thứ Năm", Kind: "off", Reason: "Tết Dương lịch (1/1)", Origin: "notice"}
	if y26.Days[0] != wantFirst {
		t.Fatalf("first day of 2026 = %+v, want %+v", y26.Days[0], wantFirst)
	}
	if d, _ := findDay(y26, "2026-01-10"); d.Kind != "working" || d.Weekday != "Thứ Bảy" {
		t.Fatalf("the swapped Saturday 10/01/2026 = %+v", d)
	}
	if len(y26.Optional) != 1 || y26.Optional[0].ID != "ngay-van-hoa" || y26.Optional[0].On {
		t.Fatalf("optional holidays = %+v", y26.Optional)
	}

	y30, err := s.Calendar.Year(2030)
	if err != nil {
		t.Fatal(err)
	}
	if !y30.Provisional || !strings.Contains(y30.Source, "Tạm tính") || y30.Days[0].Origin != "statute" {
		t.Fatalf("2030 = provisional %v, source %q, first %+v", y30.Provisional, y30.Source, y30.Days[0])
	}

	for _, year := range []int{1899, 2200} {
		if _, err := s.Calendar.Year(year); domain.KindOf(err) != domain.Invalid || !strings.Contains(err.Error(), "1900–2199") {
			t.Errorf("Year(%d): %v, want invalid", year, err)
		}
	}
}

func TestSetOptionalHoliday(t *testing.T) {
	s := newServices(t)
	yv, err := s.Calendar.SetOptionalHoliday(2026, "ngay-van-hoa", true)
	if err != nil {
		t.Fatal(err)
	}
	d, ok := findDay(yv, "2026-11-24")
	if !ok || d.Kind != "off" || d.Origin != "optional" || !yv.Optional[0].On {
		t.Fatalf("24/11/2026 after switching on: %+v (optional %+v)", d, yv.Optional)
	}
	// Another year is not affected.
	if y27, _ := s.Calendar.Year(2027); y27.Optional[0].On {
		t.Fatal("switched on in 2027 too")
	}
	// 24/11 is Tuesday: 05 ngày làm việc from Friday 20/11 end on Monday 30/11.
	if got := due(t, s, app.DeadlineRequest{From: "2026-11-20", Days: 5, Working: true}); got != "2026-11-30" {
		t.Fatalf("due %s, want 2026-11-30", got)
	}
	if yv, err = s.Calendar.SetOptionalHoliday(2026, "ngay-van-hoa", false); err != nil {
		t.Fatal(err)
	}
	if _, ok := findDay(yv, "2026-11-24"); ok || yv.Optional[0].On {
		t.Fatalf("still on: %+v", yv)
	}

	_, err = s.Calendar.SetOptionalHoliday(2300, "khong-co", true)
	var de *domain.Error
	if !errors.As(err, &de) || de.Kind != domain.Invalid || de.Fields["year"] == "" || !strings.Contains(de.Fields["id"], "khong-co") {
		t.Fatalf("bad switch: %v", err)
	}
}

func ruleVersions(rs []app.RuleView, id string) []app.RuleView {
	var out []app.RuleView
	for _, r := range rs {
		if r.ID == id {
			out = append(out, r)
		}
	}
	return out
}

func TestRules(t *testing.T) {
	s := newServices(t)
	all, err := s.Calendar.Rules("")
	if err != nil {
		t.Fatal(err)
	}
	if v := ruleVersions(all, "kn-thu-ly"); len(v) != 2 || v[0].EffectiveTo != "2026-06-30" || v[1].EffectiveFrom != "2026-07-01" || v[1].EffectiveTo != "" {
		t.Fatalf("kn-thu-ly versions = %+v", v)
	}
	cases := []struct {
		on, id string
		want   string // the version's text, "" if none in force
		unit   string
	}{
		{"2026-06-30", "kn-thu-ly", "Điều 27 Luật Khiếu nại: 10 ngày", "calendar"},
		{"2026-07-01", "kn-thu-ly", "Khoản 1 Điều 16 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP): 07 ngày làm việc", "working"},
		{"2026-06-30", "tcd-tu-choi-tiep", "", ""},
		{"2026-11-27", "tc-xu-ly-ban-dau", "Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc", "working"},
	}
	for _, c := range cases {
		rs, err := s.Calendar.Rules(c.on)
		if err != nil {
			t.Fatal(err)
		}
		v := ruleVersions(rs, c.id)
		switch {
		case c.want == "" && len(v) != 0:
			t.Errorf("%s on %s: %+v, want none in force", c.id, c.on, v)
		case c.want != "" && (len(v) != 1 || v[0].Text != c.want || v[0].Unit != c.unit):
			t.Errorf("%s on %s: %+v, want %q (%s)", c.id, c.on, v, c.want, c.unit)
		}
	}
	x := ruleVersions(all, "xu-ly-don")[0]
	if x.Alternative != "Thông tư 05/2021/TT-TTCP: 10 ngày" || x.Start != "Ngày nhận đơn" || x.Length != 10 || x.Notes == "" {
		t.Fatalf("xu-ly-don = %+v", x)
	}
	if r := ruleVersions(all, "tc-giai-quyet")[0]; r.Alternative != "" {
		t.Fatalf("tc-giai-quyet has no alternative reading, got %q", r.Alternative)
	}
	if _, err := s.Calendar.Rules("27/11/2026"); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("Rules with a bad date: %v", err)
	}
}

func TestDeadlineByRule(t *testing.T) {
	s := newServices(t)
	cases := []struct {
		req      app.DeadlineRequest
		due      string
		unit     string
		citation string
	}{
		// 07 ngày làm việc from Friday 27/11/2026: 30/11–04/12, 07/12, 08/12.
		{app.DeadlineRequest{From: "2026-11-27", RuleID: "tc-xu-ly-ban-dau"}, "2026-12-08", "working",
			"Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc"},
		// Days are ignored when a rule is chosen.
		{app.DeadlineRequest{From: "2026-11-27", RuleID: "tc-xu-ly-ban-dau", Days: 99}, "2026-12-08", "working",
			"Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc"},
		// The alternative reading of xử lý đơn: 10 ngày end on Monday 07/12.
		{app.DeadlineRequest{From: "2026-11-27", RuleID: "xu-ly-don", Alternative: true}, "2026-12-07", "calendar",
			"Thông tư 05/2021/TT-TTCP: 10 ngày"},
		// Before 01/7/2026 thụ lý khiếu nại is 10 ngày: 10/6 + 10 = Saturday 20/6 → Monday 22/6.
		{app.DeadlineRequest{From: "2026-06-10", RuleID: "kn-thu-ly"}, "2026-06-22", "calendar",
			"Điều 27 Luật Khiếu nại: 10 ngày"},
	}
	for _, c := range cases {
		dl, err := s.Calendar.Deadline(c.req)
		if err != nil {
			t.Fatalf("%+v: %v", c.req, err)
		}
		if dl.Due != c.due || dl.Unit != c.unit || dl.Citation != c.citation || dl.RuleID != c.req.RuleID || dl.From != c.req.From {
			t.Errorf("%+v = due %s %s %q rule %q, want %s %s %q", c.req, dl.Due, dl.Unit, dl.Citation, dl.RuleID, c.due, c.unit, c.citation)
		}
	}
}

func TestDeadlineInvalid(t *testing.T) {
	s := newServices(t)
	cases := []struct {
		req         app.DeadlineRequest
		field, want string
	}{
		{app.DeadlineRequest{Days: 5}, "from", "Vui lòng chọn ngày bắt đầu"},
		{app.DeadlineRequest{From: "27/11/2026", Days: 5}, "from", "năm-tháng-ngày"},
		{app.DeadlineRequest{From: "2026-11-27"}, "days", "chọn một quy tắc hoặc nhập số ngày"},
		{app.DeadlineRequest{From: "2026-11-27", Days: -3}, "days", "từ 1 đến 3650"},
		{app.DeadlineRequest{From: "2026-11-27", Days: 3651}, "days", "từ 1 đến 3650"},
		{app.DeadlineRequest{From: "2026-11-27", RuleID: "khong-co"}, "ruleId", "Không có quy tắc thời hạn"},
		{app.DeadlineRequest{From: "2026-01-05", RuleID: "tcd-tu-choi-tiep"}, "ruleId", "chưa có hiệu lực"},
		{app.DeadlineRequest{From: "2199-12-01", Days: 3650}, "days", "ngoài khoảng lịch hỗ trợ"},
	}
	for _, c := range cases {
		_, err := s.Calendar.Deadline(c.req)
		var de *domain.Error
		if !errors.As(err, &de) || de.Kind != domain.Invalid || !strings.Contains(de.Fields[c.field], c.want) {
			t.Errorf("Deadline(%+v): %v; want invalid with %s saying %q", c.req, err, c.field, c.want)
		}
	}
}

func TestDeadlineJSON(t *testing.T) {
	s := newServices(t)
	dl, err := s.Calendar.Deadline(fiveWorkingDays)
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(dl)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	wantKeys := []string{"citation", "due", "from", "length", "provisional", "provisionalYears", "ruleId", "steps", "unit"}
	if !reflect.DeepEqual(keys, wantKeys) {
		t.Fatalf("keys = %v, want %v", keys, wantKeys)
	}
	if string(mustJSON(t, got["provisionalYears"])) != "[]" || got["provisional"] != false || got["unit"] != "working" ||
		got["citation"] != "Điều 147, 148 Bộ luật Dân sự 2015: 05 ngày làm việc" || got["length"] != 5.0 || got["ruleId"] != "" {
		t.Fatalf("deadline JSON = %s", body)
	}
	steps := got["steps"].([]any)
	wantSteps := []string{
		`{"date":"2026-11-27","kind":"start","n":0,"note":"Ngày xảy ra sự kiện, không tính (Điều 147 BLDS 2015)","weekday":"Thứ Sáu"}`,
		`{"date":"2026-11-28","kind":"skipped","n":0,"note":"Thứ Bảy","weekday":"Thứ Bảy"}`,
		`{"date":"2026-11-29","kind":"skipped","n":0,"note":"Chủ nhật","weekday":"Chủ nhật"}`,
		`{"date":"2026-11-30","kind":"counted","n":1,"note":"Thứ Hai","weekday":"Thứ Hai"}`,
		`{"date":"2026-12-01","kind":"counted","n":2,"note":"Thứ Ba","weekday":"Thứ Ba"}`,
		`{"date":"2026-12-02","kind":"counted","n":3,"note":"Thứ Tư","weekday":"Thứ Tư"}`,
		`{"date":"2026-12-03","kind":"counted","n":4,"note":"Thứ Năm","weekday":"Thứ Năm"}`,
		`{"date":"2026-12-04","kind":"counted","n":5,"note":"Thứ Sáu","weekday":"Thứ Sáu"}`,
	}
	if len(steps) != len(wantSteps) {
		t.Fatalf("%d steps: %s", len(steps), body)
	}
	for i, st := range steps {
		if got := string(mustJSON(t, st)); got != wantSteps[i] {
			t.Errorf("step %d = %s\nwant      %s", i, got, wantSteps[i])
		}
	}

	// A calendar-day count ending on a Sunday in a provisional year: moved, then due.
	dl, err = s.Calendar.Deadline(app.DeadlineRequest{From: "2030-03-07", Days: 3})
	if err != nil {
		t.Fatal(err)
	}
	kinds := []string{}
	for _, st := range dl.Steps {
		kinds = append(kinds, st.Kind)
	}
	if dl.Due != "2030-03-11" || !dl.Provisional || !reflect.DeepEqual(dl.ProvisionalYears, []int{2030}) ||
		!reflect.DeepEqual(kinds, []string{"start", "counted", "counted", "counted", "due"}) {
		t.Fatalf("2030 count = due %s, provisional %v %v, kinds %v", dl.Due, dl.Provisional, dl.ProvisionalYears, kinds)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestYearJSONHasArrays(t *testing.T) {
	s := newServices(t)
	yv, err := s.Calendar.Year(2026)
	if err != nil {
		t.Fatal(err)
	}
	body := string(mustJSON(t, yv))
	for _, want := range []string{`"year":2026`, `"provisional":false`, `"overrides":[]`,
		`"optional":[{"id":"ngay-van-hoa","name":"Ngày Văn hóa Việt Nam (24/11)","note":"`,
		`"days":[{"date":"2026-01-01","weekday":"Thứ Năm","kind":"off","reason":"Tết Dương lịch (1/1)","origin":"notice"}`} {
		if !strings.Contains(body, want) {
			t.Errorf("year JSON lacks %s:\n%.400s", want, body)
		}
	}
}

func TestCalendarEditsAndCountsConcurrently(t *testing.T) {
	s := newServices(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			date := fmt.Sprintf("2026-12-%02d", 10+i)
			if _, err := s.Calendar.SaveOverride(app.OverrideInput{Date: date, Kind: "off", Reason: "Nghỉ bổ sung"}); err != nil {
				t.Error(err)
			}
		}()
		go func() {
			defer wg.Done()
			if _, err := s.Calendar.Deadline(fiveWorkingDays); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	yv, err := s.Calendar.Year(2026)
	if err != nil || len(yv.Overrides) != 8 {
		t.Fatalf("after concurrent edits: %v, %d overrides", err, len(yv.Overrides))
	}
	// The last rebuild saw every edit: 10/12–17/12 are all off.
	if got := due(t, s, app.DeadlineRequest{From: "2026-12-09", Days: 1, Working: true}); got != "2026-12-18" {
		t.Fatalf("due %s, want 2026-12-18", got)
	}
}

func TestCalendarOnABrokenStore(t *testing.T) {
	broken := domain.Errorf(domain.Unavailable, "Cơ sở dữ liệu bị hỏng.")
	s := app.New(app.Deps{Broken: broken, Now: storetest.Clock})
	if _, err := s.Calendar.Year(2026); !errors.Is(err, broken) {
		t.Fatalf("Year: %v", err)
	}
	if _, err := s.Calendar.Deadline(fiveWorkingDays); !errors.Is(err, broken) {
		t.Fatalf("Deadline: %v", err)
	}
	if _, err := s.Calendar.SaveOverride(app.OverrideInput{Date: "2026-12-01", Kind: "off", Reason: "x"}); !errors.Is(err, broken) {
		t.Fatalf("SaveOverride: %v", err)
	}
	if _, err := s.WorkingCalendar(); !errors.Is(err, broken) {
		t.Fatalf("WorkingCalendar: %v", err)
	}
}

// An edit made by another process on the same data folder (the window while
// `tiepdan serve` runs) is seen by the next count, without a restart.
func TestCalendarSeesEditsOfAnotherProcess(t *testing.T) {
	dir := t.TempDir()
	open := func() *app.Services {
		st, err := store.Open(dir, storetest.Clock)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		s := apptest.New(t, st)
		if _, err := s.Auth.Login("quantri", apptest.Password); err != nil {
			t.Fatal(err)
		}
		return s
	}
	setup, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	apptest.AdminOn(t, setup)
	setup.Close()
	window, browser := open(), open()
	req := app.DeadlineRequest{From: "2026-11-27", Days: 5, Working: true}
	if d, err := browser.Calendar.Deadline(req); err != nil || d.Due != "2026-12-04" {
		t.Fatalf("before the edit: %+v %v", d, err)
	}
	if _, err := window.Calendar.SaveOverride(app.OverrideInput{Date: "2026-12-01", Kind: "off", Reason: "Nghỉ theo quyết định của tỉnh"}); err != nil {
		t.Fatal(err)
	}
	if d, err := browser.Calendar.Deadline(req); err != nil || d.Due != "2026-12-07" {
		t.Fatalf("after the other process's edit: %+v %v", d, err)
	}
}
