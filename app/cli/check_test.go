package cli_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tiepdan/app/cli"
	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// checkData returns a data folder with 12 audit rows: the unit saved
// three times, three calendar edits created, changed or deleted, three
// optional holidays switched on and off.
func checkData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	s, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	u := domain.Unit{Name: "Ủy ban nhân dân phường Hà Huy Tập", SuperiorAgency: "Ủy ban nhân dân tỉnh Hà Tĩnh",
		DocSymbol: "UBND", PlaceName: "Hà Tĩnh", ChairmanName: "Nguyễn Văn Dũng", ChairmanTitle: "Chủ tịch",
		ReceptionPlace: "Trụ sở", PeriodicDays: []int{4}, ReportRecipient: "Thanh tra tỉnh Hà Tĩnh"}
	for i := range 3 {
		u.ChairmanName = fmt.Sprintf("Chủ tịch lần %d", i+1)
		saved, err := s.SaveUnit(ctx, "quantri", u)
		if err != nil {
			t.Fatal(err)
		}
		u = *saved
	}
	for _, reason := range []string{"Nghỉ bù", "Nghỉ bù theo Quyết định số 12/QĐ-UBND"} {
		if _, err := s.SaveCalendarOverride(ctx, "quantri", domain.CalendarOverride{Date: "2026-12-01", Kind: domain.OverrideOff, Reason: reason}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.DeleteCalendarOverride(ctx, "quantri", "2026-12-01"); err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		year int
		on   bool
	}{{2026, true}, {2026, false}, {2027, true}, {2027, false}, {2028, true}, {2028, false}} {
		if err := s.SetHolidaySwitch(ctx, "quantri", step.year, "ngay-van-hoa", step.on); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// tamper changes the database in dir with a plain SQLite connection, after
// dropping the append-only triggers, as someone with a SQLite client would.
func tamper(t *testing.T, dir string, queries ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(dir, store.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range append([]string{`DROP TRIGGER audit_log_no_update`, `DROP TRIGGER audit_log_no_delete`}, queries...) {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func TestCheck(t *testing.T) {
	cases := []struct {
		name    string
		queries []string
		code    int
		// out must be in stdout, line in the one line of stderr.
		out  []string
		line string
	}{
		{"intact", nil, 0, []string{"Cơ sở dữ liệu: tốt\n", "Khóa ngoại: tốt\n", "Nhật ký thao tác: tốt (12 dòng, mã kiểm tra dòng cuối "}, ""},
		{"a value changed", []string{`UPDATE audit_log SET new = json_set(new, '$.chairmanName', 'Người khác') WHERE id = 2`}, 1,
			[]string{"Cơ sở dữ liệu: tốt\n", "Nhật ký thao tác: bị sửa tại dòng số 2 (nội dung dòng không khớp mã kiểm tra"},
			"nhật ký thao tác bị sửa tại dòng số 2 ("},
		{"the actor changed", []string{`UPDATE audit_log SET actor = 'nguoi-khac' WHERE id = 7`}, 1,
			[]string{"Nhật ký thao tác: bị sửa tại dòng số 7 ("}, "nhật ký thao tác bị sửa tại dòng số 7 ("},
		{"a row deleted", []string{`DELETE FROM audit_log WHERE id = 5`}, 1,
			[]string{"Nhật ký thao tác: bị sửa tại dòng số 5 (dòng số 5 đã bị xóa)"}, "dòng số 5 đã bị xóa"},
		{"the last rows deleted", []string{`DELETE FROM audit_log WHERE id >= 11`}, 1,
			[]string{"Nhật ký thao tác: bị sửa tại dòng số 11 (các dòng số 11 đến 12 đã bị xóa ở cuối nhật ký)"}, "dòng số 11"},
		{"the log dropped", []string{`DROP TABLE audit_log`}, 1,
			[]string{"Nhật ký thao tác: không kiểm tra được (không đọc được bảng nhật ký"}, "không kiểm tra được nhật ký thao tác"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := checkData(t)
			if c.queries != nil {
				tamper(t, dir, c.queries...)
			}
			code, out, errOut := run(t, cli.Env{}, "check", "--data", dir)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr: %s", code, c.code, out, errOut)
			}
			for _, want := range c.out {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
			if c.code == 0 {
				if errOut != "" {
					t.Fatalf("stderr %q, want nothing", errOut)
				}
				return
			}
			oneLine(t, errOut)
			if !strings.HasPrefix(errOut, "tiepdan: ") || !strings.Contains(errOut, c.line) {
				t.Fatalf("stderr %q, want %q", errOut, c.line)
			}
		})
	}
}

func TestCheckMistakes(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "chua-co")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"check", "--data", empty}, 1, "không có dữ liệu TiếpDân"},
		{[]string{"check", "thừa"}, 2, "thừa tham số «thừa»"},
		{[]string{"check", "--full"}, 2, "không có tùy chọn -full"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, cli.Env{}, c.args...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", c.args, code, out, errOut, c.code, c.want)
		}
		oneLine(t, errOut)
	}
	if _, err := os.Stat(empty); !os.IsNotExist(err) {
		t.Fatalf("check created the folder it was asked to check: %v", err)
	}
}
