package app_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/store/storetest"
)

// The alternative reading of thụ lý khiếu nại before 01/7/2026.
const tt07 = "Điều 5 Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016/TT-TTCP): 10 ngày làm việc"

func findReading(t *testing.T, rs []app.ReadingView, id string) app.ReadingView {
	t.Helper()
	for _, r := range rs {
		if r.RuleID == id {
			return r
		}
	}
	t.Fatalf("no reading of %s in %+v", id, rs)
	return app.ReadingView{}
}

func TestReadings(t *testing.T) {
	s := newServices(t)
	rs, err := s.Calendar.Readings()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.RuleID)
	}
	// Every rule with an alternative reading, once, whatever its versions.
	if want := []string{"kn-thu-ly", "kn-thu-ly-lan-hai", "xu-ly-don"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("readings of %v, want %v", ids, want)
	}
	kn := findReading(t, rs, "kn-thu-ly")
	want := app.ReadingView{
		RuleID: "kn-thu-ly", Name: "Thụ lý khiếu nại lần đầu",
		Text: "Điều 27 Luật Khiếu nại: 10 ngày", Alternative: tt07,
		DefaultShorter: true, Notes: kn.Notes, AlternativeNotes: kn.Notes,
		EffectiveFrom: "2012-07-01", EffectiveTo: "2026-06-30",
	}
	if kn != want || !strings.Contains(kn.Notes, "10 ngày làm việc") {
		t.Fatalf("kn-thu-ly = %+v\nwant %+v", kn, want)
	}
	// Xử lý đơn reads 10 ngày làm việc by default; the alternative, 10 ngày,
	// is the shorter one, so the default is not marked safer.
	x := findReading(t, rs, "xu-ly-don")
	if x.Text != "Thông tư 05/2021/TT-TTCP: 10 ngày làm việc" || x.Alternative != "Thông tư 05/2021/TT-TTCP: 10 ngày" ||
		x.DefaultShorter || x.EffectiveTo != "" || x.UseAlternative || !strings.Contains(x.AlternativeNotes, "Cổng Dịch vụ công") {
		t.Fatalf("xu-ly-don = %+v", x)
	}

	body := string(mustJSON(t, kn))
	for _, key := range []string{"ruleId", "name", "text", "alternative", "useAlternative", "defaultShorter", "notes", "alternativeNotes", "effectiveFrom", "effectiveTo"} {
		if !strings.Contains(body, `"`+key+`":`) {
			t.Errorf("reading JSON lacks %q: %s", key, body)
		}
	}
	if b := string(mustJSON(t, mustRules(t, s, "2026-06-10")[0])); !strings.Contains(b, `"useAlternative":false`) {
		t.Errorf("rule JSON lacks useAlternative: %s", b)
	}
}

func mustRules(t *testing.T, s *app.Services, on string) []app.RuleView {
	t.Helper()
	rs, err := s.Calendar.Rules(on)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestSetReadingChangesTheStoredDeadline(t *testing.T) {
	s := newServices(t)
	june10, july10 := law.NewDate(2026, 6, 10), law.NewDate(2026, 7, 10)
	count := func(id string, from law.Date) law.Deadline {
		t.Helper()
		dl, err := s.RuleDeadline(id, from, nil, nil)
		if err != nil {
			t.Fatalf("RuleDeadline(%s, %s): %v", id, from, err)
		}
		return dl
	}
	// The default: 10 ngày from Wednesday 10/6/2026 end on Saturday 20/6,
	// moved to Monday 22/6.
	if dl := count("kn-thu-ly", june10); dl.Due.String() != "2026-06-22" || dl.Citation != "Điều 27 Luật Khiếu nại: 10 ngày" {
		t.Fatalf("default reading: due %s, %q", dl.Due, dl.Citation)
	}

	rs, err := s.Calendar.SetReading(" kn-thu-ly ", true)
	if err != nil {
		t.Fatal(err)
	}
	if !findReading(t, rs, "kn-thu-ly").UseAlternative || findReading(t, rs, "kn-thu-ly-lan-hai").UseAlternative {
		t.Fatalf("after choosing the alternative of kn-thu-ly: %+v", rs)
	}
	// 10 ngày làm việc from 10/6/2026 (no holiday in June): 11, 12, 15–19, 22–24 → Wednesday 24/6.
	if dl := count("kn-thu-ly", june10); dl.Due.String() != "2026-06-24" || dl.Citation != tt07 {
		t.Fatalf("alternative reading: due %s, %q", dl.Due, dl.Citation)
	}
	// The version in force from 01/7/2026 has one reading: 07 ngày làm việc
	// from Friday 10/7 end on Tuesday 21/7.
	if dl := count("kn-thu-ly", july10); dl.Due.String() != "2026-07-21" || dl.Unit != law.WorkingDays || dl.Length != 7 {
		t.Fatalf("2026 version: due %s, %d %v", dl.Due, dl.Length, dl.Unit)
	}
	// The calculator's checkbox starts from the choice, for the versions that have an alternative.
	if v := ruleVersions(mustRules(t, s, "2026-06-10"), "kn-thu-ly"); len(v) != 1 || !v[0].UseAlternative {
		t.Fatalf("kn-thu-ly on 10/6/2026 = %+v, want useAlternative", v)
	}
	if v := ruleVersions(mustRules(t, s, "2026-07-10"), "kn-thu-ly"); len(v) != 1 || v[0].UseAlternative {
		t.Fatalf("kn-thu-ly on 10/7/2026 = %+v, want no alternative", v)
	}
	if v := ruleVersions(mustRules(t, s, "2026-06-10"), "kn-thu-ly-lan-hai"); v[0].UseAlternative {
		t.Fatalf("kn-thu-ly-lan-hai follows kn-thu-ly: %+v", v)
	}
	// The calculator still computes the reading it is asked for.
	if got := due(t, s, app.DeadlineRequest{From: "2026-06-10", RuleID: "kn-thu-ly"}); got != "2026-06-22" {
		t.Fatalf("calculator without the checkbox: due %s", got)
	}

	// A second process on the same folder reads the stored choice.
	other := s.NewSession()
	if dl, err := other.RuleDeadline("kn-thu-ly", june10, nil, nil); err != nil || dl.Due.String() != "2026-06-24" {
		t.Fatalf("second services: %v %v", dl.Due, err)
	}

	if rs, err = s.Calendar.SetReading("kn-thu-ly", false); err != nil || findReading(t, rs, "kn-thu-ly").UseAlternative {
		t.Fatalf("back to the default: %+v %v", rs, err)
	}
	if dl := count("kn-thu-ly", june10); dl.Due.String() != "2026-06-22" {
		t.Fatalf("back to the default: due %s", dl.Due)
	}
}

func TestRuleDeadlineKeepsTheCaseFacts(t *testing.T) {
	s := newServices(t)
	// 07 ngày làm việc + gia hạn 03 from Friday 27/11/2026: 30/11–04/12, 07/12–11/12.
	dl, err := s.RuleDeadline("tc-xu-ly-ban-dau", law.NewDate(2026, 11, 27), []int{3}, nil)
	if err != nil || dl.Due.String() != "2026-12-11" || !strings.HasSuffix(dl.Citation, "+ gia hạn 03 ngày làm việc") {
		t.Fatalf("with an extension: due %s %q %v", dl.Due, dl.Citation, err)
	}
	_, err = s.RuleDeadline("tc-xu-ly-ban-dau", law.NewDate(2026, 11, 27), []int{3, 3}, nil)
	if domain.KindOf(err) != domain.Invalid {
		t.Fatalf("two extensions: %v, want invalid", err)
	}
	_, err = s.RuleDeadline("khong-co", law.NewDate(2026, 11, 27), nil, nil)
	if domain.KindOf(err) != domain.NotFound {
		t.Fatalf("unknown rule: %v, want not_found", err)
	}
}

func TestSetReadingInvalidWritesNothing(t *testing.T) {
	cases := []struct{ id, want string }{
		{"", "Vui lòng chọn quy tắc"},
		{"khong-co", "Không có quy tắc thời hạn «khong-co»"},
		{"tc-giai-quyet", "«Giải quyết tố cáo» chỉ có một cách tính"},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			st := storetest.Open(t)
			s := apptest.AdminOn(t, st)
			_, err := s.Calendar.SetReading(c.id, true)
			var de *domain.Error
			if !errors.As(err, &de) || de.Kind != domain.Invalid || len(de.Fields) != 1 || !strings.Contains(de.Fields["ruleId"], c.want) {
				t.Fatalf("SetReading(%q): %v, want invalid with ruleId saying %q", c.id, err, c.want)
			}
			if got, err := st.RuleReadings(t.Context()); err != nil || len(got) != 0 {
				t.Fatalf("written: %+v %v", got, err)
			}
		})
	}
}

func TestReadingsOnABrokenStore(t *testing.T) {
	broken := domain.Errorf(domain.Unavailable, "Cơ sở dữ liệu bị hỏng.")
	s := app.New(app.Deps{Broken: broken, Now: storetest.Clock})
	if _, err := s.Calendar.Readings(); !errors.Is(err, broken) {
		t.Fatalf("Readings: %v", err)
	}
	if _, err := s.Calendar.SetReading("kn-thu-ly", true); !errors.Is(err, broken) {
		t.Fatalf("SetReading: %v", err)
	}
	if _, err := s.Calendar.Rules(""); !errors.Is(err, broken) {
		t.Fatalf("Rules: %v", err)
	}
	if _, err := s.RuleDeadline("kn-thu-ly", law.NewDate(2026, 6, 10), nil, nil); !errors.Is(err, broken) {
		t.Fatalf("RuleDeadline: %v", err)
	}
}
