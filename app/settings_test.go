package app_test

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
	"tiepdan/store/storetest"
)

func newServices(t *testing.T) *app.Services {
	t.Helper()
	return apptest.Admin(t)
}

func validUnit() domain.Unit { return storetest.Unit() }

func TestFirstRunThenConfigured(t *testing.T) {
	s := newServices(t)
	info, err := s.System.Info()
	if err != nil {
		t.Fatal(err)
	}
	if info.Configured || info.Today != "2026-11-27" || info.SchemaVersion < 1 {
		t.Fatalf("info on an empty folder = %+v", info)
	}
	if _, err := s.Settings.Unit(); domain.KindOf(err) != domain.NotFound {
		t.Fatalf("Unit before setup: %v", err)
	}
	if _, err := s.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	if info, _ = s.System.Info(); !info.Configured {
		t.Fatal("not configured after saving the unit")
	}
}

func TestSaveUnitWithEmptyNameWritesNothing(t *testing.T) {
	s := newServices(t)
	u := validUnit()
	u.Name = "   "
	_, err := s.Settings.SaveUnit(u)
	var de *domain.Error
	if !errors.As(err, &de) || de.Kind != domain.Invalid {
		t.Fatalf("SaveUnit with empty name: %v, want invalid", err)
	}
	if msg := de.Fields["name"]; !strings.HasPrefix(msg, "Vui lòng nhập tên đơn vị") {
		t.Fatalf("field message = %q", msg)
	}
	if len(de.Fields) != 1 {
		t.Fatalf("only the name is wrong, got %v", de.Fields)
	}
	if _, err := s.Settings.Unit(); domain.KindOf(err) != domain.NotFound {
		t.Fatalf("something was written: %v", err)
	}
}

func TestSaveUnitValidation(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*domain.Unit)
		field string
		want  string
	}{
		{"no periodic day", func(u *domain.Unit) { u.PeriodicDays = nil }, "periodicDays", "ít nhất 01 ngày trong tuần"},
		{"Sunday", func(u *domain.Unit) { u.PeriodicDays = []int{7} }, "periodicDays", "từ Thứ Hai đến Thứ Bảy"},
		{"digits in a name", func(u *domain.Unit) { u.ChairmanName = "Nguyễn Văn 2" }, "chairmanName", "không được chứa chữ số"},
		{"symbol with a space", func(u *domain.Unit) { u.DocSymbol = "UB ND" }, "docSymbol", "chỉ gồm chữ"},
		{"too long", func(u *domain.Unit) { u.PlaceName = strings.Repeat("Hà Tĩnh ", 10) }, "placeName", "không được dài quá 60 ký tự"},
		{"no recipient", func(u *domain.Unit) { u.ReportRecipient = "" }, "reportRecipient", "nơi nhận báo cáo"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newServices(t)
			u := validUnit()
			c.edit(&u)
			_, err := s.Settings.SaveUnit(u)
			var de *domain.Error
			if !errors.As(err, &de) || !strings.Contains(de.Fields[c.field], c.want) {
				t.Fatalf("SaveUnit: %v; want field %s to say %q", err, c.field, c.want)
			}
		})
	}
}

func TestSaveUnitNormalisesText(t *testing.T) {
	s := newServices(t)
	u := validUnit()
	// "Hòa" typed with a combining grave accent, extra spaces, lower-case symbol,
	// repeated and unsorted days.
	u.ChairmanName = "  Trần   Thị Ho\u0300a "
	u.DocSymbol = "ubnd"
	u.PeriodicDays = []int{5, 2, 5}
	saved, err := s.Settings.SaveUnit(u)
	if err != nil {
		t.Fatal(err)
	}
	if saved.ChairmanName != "Trần Thị Hòa" || saved.DocSymbol != "UBND" ||
		len(saved.PeriodicDays) != 2 || saved.PeriodicDays[0] != 2 || saved.PeriodicDays[1] != 5 {
		t.Fatalf("saved = %+v", saved)
	}
}

func TestDateLine(t *testing.T) {
	s := newServices(t)
	if got, err := s.Settings.DateLine(" Hà  Tĩnh "); err != nil || got != "Hà Tĩnh, ngày 27 tháng 11 năm 2026" {
		t.Fatalf("DateLine = %q, %v", got, err)
	}
}

func TestBrokenStoreIsReportedByEveryService(t *testing.T) {
	broken := domain.Errorf(domain.Unavailable, "Cơ sở dữ liệu bị hỏng.")
	s := app.New(app.Deps{Broken: broken, Now: storetest.Clock})
	if _, err := s.System.Info(); !errors.Is(err, broken) {
		t.Fatalf("Info: %v", err)
	}
	if _, err := s.Settings.Unit(); !errors.Is(err, broken) {
		t.Fatalf("Unit: %v", err)
	}
	if _, err := s.Settings.SaveUnit(validUnit()); !errors.Is(err, broken) {
		t.Fatalf("SaveUnit: %v", err)
	}
}

func TestPresent(t *testing.T) {
	var logged bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logged, nil))

	invalid := &domain.Error{Kind: domain.Invalid, Message: "Thông tin chưa hợp lệ", Fields: map[string]string{"name": "Vui lòng nhập tên đơn vị"}}
	if p := app.Present(log, invalid); p.Kind != domain.Invalid || p.Fields["name"] != "Vui lòng nhập tên đơn vị" {
		t.Fatalf("Present(invalid) = %+v", p)
	}
	if logged.Len() != 0 {
		t.Fatalf("an expected error was logged: %s", logged.String())
	}

	// An error without a kind: the person sees "Lỗi hệ thống", the log has the detail.
	p := app.Present(log, errors.New("disk I/O error at page 42"))
	if p.Kind != domain.Internal || !strings.HasPrefix(p.Message, "Lỗi hệ thống") {
		t.Fatalf("Present(unknown) = %+v", p)
	}
	if !strings.Contains(logged.String(), "disk I/O error at page 42") {
		t.Fatalf("detail not logged: %q", logged.String())
	}

	// Unavailable keeps its message: it tells the person what to do.
	p = app.Present(log, domain.Errorf(domain.Unavailable, "Hãy khôi phục từ bản sao lưu."))
	if p.Message != "Hãy khôi phục từ bản sao lưu." {
		t.Fatalf("Present(unavailable) = %+v", p)
	}
}

func TestSaveUnitConcurrentEditsConflict(t *testing.T) {
	s := newServices(t)
	first, err := s.Settings.SaveUnit(validUnit())
	if err != nil {
		t.Fatal(err)
	}
	// Two forms opened at revision 1; the second save must not silently win.
	a, b := *first, *first
	a.ChairmanName = "Lê Văn An"
	b.ChairmanName = "Phạm Văn Bình"
	if _, err := s.Settings.SaveUnit(a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Settings.SaveUnit(b); domain.KindOf(err) != domain.Conflict {
		t.Fatalf("second stale save: %v, want conflict", err)
	}
}
