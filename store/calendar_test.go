package store_test

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

const testTime = "2026-11-27T09:30:00+07:00"

func overrideDates(os []domain.CalendarOverride) []string {
	out := []string{}
	for _, o := range os {
		out = append(out, o.Date)
	}
	return out
}

func TestCalendarOverridesByYear(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	// Saved out of order, across three years.
	for _, o := range []domain.CalendarOverride{
		{Date: "2026-12-01", Kind: domain.OverrideOff, Reason: "Nghỉ bổ sung theo Quyết định của Chủ tịch UBND tỉnh"},
		{Date: "2027-01-09", Kind: domain.OverrideWorking, Reason: "Làm bù cho ngày nghỉ hoán đổi thứ Sáu 15/01/2027"},
		{Date: "2026-01-10", Kind: domain.OverrideOff, Reason: "Không làm bù theo thông báo sửa đổi"},
		{Date: "2025-12-31", Kind: domain.OverrideOff, Reason: "Nghỉ hoán đổi"},
		{Date: "2026-11-28", Kind: domain.OverrideWorking, Reason: "Làm việc thứ Bảy để tiếp công dân đột xuất"},
	} {
		got, err := s.SaveCalendarOverride(ctx, "test", o)
		if err != nil {
			t.Fatalf("save %s: %v", o.Date, err)
		}
		if got.CreatedAt != testTime || got.Reason != o.Reason {
			t.Fatalf("saved = %+v", got)
		}
	}
	cases := []struct {
		year int
		want []string
	}{
		{0, []string{"2025-12-31", "2026-01-10", "2026-11-28", "2026-12-01", "2027-01-09"}},
		{2025, []string{"2025-12-31"}},
		{2026, []string{"2026-01-10", "2026-11-28", "2026-12-01"}},
		{2027, []string{"2027-01-09"}},
		{2028, []string{}},
	}
	for _, c := range cases {
		got, err := s.CalendarOverrides(ctx, c.year)
		if err != nil {
			t.Fatal(err)
		}
		if dates := overrideDates(got); !reflect.DeepEqual(dates, c.want) {
			t.Errorf("overrides of %d = %v, want %v", c.year, dates, c.want)
		}
	}
	got, _ := s.CalendarOverrides(ctx, 2026)
	want := domain.CalendarOverride{Date: "2026-11-28", Kind: "working", Reason: "Làm việc thứ Bảy để tiếp công dân đột xuất", CreatedAt: testTime}
	if got[1] != want {
		t.Fatalf("override read back = %+v, want %+v", got[1], want)
	}
	if n := len(store.AuditLog(t, s, "calendar_override")); n != 5 {
		t.Fatalf("%d audit entries, want one per save (5)", n)
	}
}

func TestSaveCalendarOverrideReplacesTheDate(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	first := domain.CalendarOverride{Date: "2026-12-01", Kind: domain.OverrideOff, Reason: "Nghỉ bổ sung"}
	second := domain.CalendarOverride{Date: "2026-12-01", Kind: domain.OverrideWorking, Reason: "Hủy ngày nghỉ bổ sung"}
	for _, o := range []domain.CalendarOverride{first, second} {
		if _, err := s.SaveCalendarOverride(ctx, "local", o); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := s.CalendarOverrides(ctx, 0)
	if len(got) != 1 || got[0].Kind != "working" || got[0].Reason != "Hủy ngày nghỉ bổ sung" {
		t.Fatalf("after two saves of one date: %+v", got)
	}
	log := store.AuditLog(t, s, "calendar_override")
	if len(log) != 2 || log[0].Action != "create" || log[1].Action != "update" {
		t.Fatalf("audit = %+v, want create then update", log)
	}
	e := log[1]
	var detail domain.CalendarOverride
	if err := json.Unmarshal([]byte(e.Detail), &detail); err != nil {
		t.Fatal(err)
	}
	if e.At != testTime || e.Actor != "local" || e.EntityID != "2026-12-01" || detail != got[0] {
		t.Fatalf("audit entry = %+v (detail %+v), want the saved record", e, detail)
	}
}

func TestDeleteCalendarOverride(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	o := domain.CalendarOverride{Date: "2026-12-01", Kind: domain.OverrideOff, Reason: "Nghỉ bổ sung"}
	if _, err := s.SaveCalendarOverride(ctx, "local", o); err != nil {
		t.Fatal(err)
	}
	err := s.DeleteCalendarOverride(ctx, "local", "2026-12-02")
	if domain.KindOf(err) != domain.NotFound || !strings.Contains(err.Error(), "02/12/2026") {
		t.Fatalf("delete of a date without edit: %v, want not_found naming 02/12/2026", err)
	}
	if err := s.DeleteCalendarOverride(ctx, "local", "2026-12-01"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.CalendarOverrides(ctx, 0); len(got) != 0 {
		t.Fatalf("still there after delete: %+v", got)
	}
	if err := s.DeleteCalendarOverride(ctx, "local", "2026-12-01"); domain.KindOf(err) != domain.NotFound {
		t.Fatalf("second delete: %v, want not_found", err)
	}
	log := store.AuditLog(t, s, "calendar_override")
	if len(log) != 2 || log[1].Action != "delete" || !strings.Contains(log[1].Detail, `"reason":"Nghỉ bổ sung"`) {
		t.Fatalf("audit = %+v, want create then delete with the removed edit", log)
	}
}

func TestCalendarOverrideChecksWriteNothing(t *testing.T) {
	cases := []struct {
		name string
		o    domain.CalendarOverride
	}{
		{"unknown kind", domain.CalendarOverride{Date: "2026-12-01", Kind: "holiday", Reason: "Nghỉ"}},
		{"no reason", domain.CalendarOverride{Date: "2026-12-01", Kind: domain.OverrideOff}},
		{"not an ISO date", domain.CalendarOverride{Date: "01/12/2026", Kind: domain.OverrideOff, Reason: "Nghỉ"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := storetest.Open(t)
			ctx := context.Background()
			if _, err := s.SaveCalendarOverride(ctx, "local", c.o); err == nil {
				t.Fatal("saved a row the table's checks should refuse")
			}
			if got, _ := s.CalendarOverrides(ctx, 0); len(got) != 0 {
				t.Fatalf("written: %+v", got)
			}
			if log := store.AuditLog(t, s, "calendar_override"); len(log) != 0 {
				t.Fatalf("audited without a change: %+v", log)
			}
		})
	}
}

func TestHolidaySwitches(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	steps := []struct {
		year int
		id   string
		on   bool
	}{
		{2026, "ngay-van-hoa", true},
		{2027, "ngay-van-hoa", true},
		{2026, "ngay-van-hoa", true}, // already on: no change, no audit
		{2027, "ngay-van-hoa", false},
		{2027, "ngay-van-hoa", false}, // already off: no change, no audit
		{2028, "ngay-van-hoa", true},
	}
	for _, st := range steps {
		if err := s.SetHolidaySwitch(ctx, "local", st.year, st.id, st.on); err != nil {
			t.Fatalf("%+v: %v", st, err)
		}
	}
	all, err := s.HolidaySwitches(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []domain.HolidaySwitch{
		{Year: 2026, HolidayID: "ngay-van-hoa", CreatedAt: testTime},
		{Year: 2028, HolidayID: "ngay-van-hoa", CreatedAt: testTime},
	}
	if !reflect.DeepEqual(all, want) {
		t.Fatalf("switches = %+v, want %+v", all, want)
	}
	for year, n := range map[int]int{2026: 1, 2027: 0, 2028: 1} {
		got, err := s.HolidaySwitches(ctx, year)
		if err != nil || len(got) != n {
			t.Errorf("switches of %d = %+v, %v; want %d", year, got, err, n)
		}
	}
	var actions []string
	for _, e := range store.AuditLog(t, s, "optional_holiday") {
		actions = append(actions, e.Action+" "+e.EntityID)
	}
	wantActions := []string{"create 2026/ngay-van-hoa", "create 2027/ngay-van-hoa", "delete 2027/ngay-van-hoa", "create 2028/ngay-van-hoa"}
	if !reflect.DeepEqual(actions, wantActions) {
		t.Fatalf("audit = %v, want %v", actions, wantActions)
	}
}
