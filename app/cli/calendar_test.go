package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/cli"
	"tiepdan/app/law"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

func TestHolidays2026(t *testing.T) {
	data := t.TempDir()
	code, out, errOut := run(t, cli.Env{}, "holidays", "2026", "--data", data)
	if code != 0 || errOut != "" {
		t.Fatalf("holidays 2026: exit %d, stderr %q", code, errOut)
	}
	head := "2026-01-01\tnghỉ\tTết Dương lịch (1/1)\n" +
		"2026-01-02\tnghỉ\tNghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)\n" +
		"2026-01-10\tlàm việc\tLàm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026\n" +
		"2026-02-16\tnghỉ\tTết Nguyên đán (29 tháng Chạp)\n" +
		"2026-02-17\tnghỉ\tTết Nguyên đán (mùng 1 tháng Giêng)\n"
	if !strings.HasPrefix(out, head) {
		t.Fatalf("holidays 2026 starts:\n%s\nwant:\n%s", out, head)
	}
	// Exactly law.FormatHolidays of the announced year when nothing is edited.
	cal, _ := law.NewCalendar(law.Options{})
	yc, _ := cal.Year(2026)
	if out != law.FormatHolidays(yc) {
		t.Fatalf("holidays 2026 differs from law.FormatHolidays:\n%s", out)
	}
	// The year may also come after the flags.
	if code, again, _ := run(t, cli.Env{}, "holidays", "--data", data, "2026"); code != 0 || again != out {
		t.Fatalf("holidays --data D 2026: exit %d\n%s", code, again)
	}
}

func TestHolidaysProvisionalYear(t *testing.T) {
	code, out, _ := run(t, cli.Env{}, "holidays", "2030", "--data", t.TempDir())
	lines := strings.Split(out, "\n")
	if code != 0 || lines[0] != "# tạm tính" || !strings.HasPrefix(lines[1], "2030-01-01\tnghỉ\t") {
		t.Fatalf("holidays 2030: exit %d\n%s", code, out)
	}
}

func TestDeadline(t *testing.T) {
	cases := []struct {
		args  []string
		lines []string // the first lines of the output
	}{
		{[]string{"--from", "2026-11-27", "--days", "5", "--working"},
			[]string{"2026-12-04", "Điều 147, 148 Bộ luật Dân sự 2015: 05 ngày làm việc",
				"2026-11-27\tkhông tính\tNgày xảy ra sự kiện, không tính (Điều 147 BLDS 2015)", "2026-11-28\tbỏ qua\tThứ Bảy"}},
		// 30 ngày from 30/01/2026 end on Sunday 01/03 → Monday 02/03.
		{[]string{"--from", "2026-01-30", "--days", "30"},
			[]string{"2026-03-02", "Điều 147, 148 Bộ luật Dân sự 2015: 30 ngày"}},
		{[]string{"--from", "2026-11-27", "--rule", "tc-xu-ly-ban-dau"},
			[]string{"2026-12-08", "Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc"}},
		{[]string{"--rule", "xu-ly-don", "--alternative", "--from", "2026-11-27"},
			[]string{"2026-12-07", "Thông tư 05/2021/TT-TTCP: 10 ngày"}},
		{[]string{"--from", "2030-03-07", "--days", "3"},
			[]string{"2030-03-11", "Điều 147, 148 Bộ luật Dân sự 2015: 03 ngày", "# tạm tính: lịch năm 2030 chưa có thông báo chính thức"}},
	}
	data := t.TempDir()
	for _, c := range cases {
		args := append([]string{"deadline", "--data", data}, c.args...)
		code, out, errOut := run(t, cli.Env{}, args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%v: exit %d, stderr %q", c.args, code, errOut)
		}
		lines := strings.Split(out, "\n")
		for i, want := range c.lines {
			if i >= len(lines) || lines[i] != want {
				t.Fatalf("%v: output\n%s\nwant line %d = %q", c.args, out, i+1, want)
			}
		}
	}
}

func TestDeadlineRules(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	code, out, errOut := run(t, cli.Env{}, "deadline", "--rules", "--data", data)
	if code != 0 || errOut != "" {
		t.Fatalf("deadline --rules: exit %d, stderr %q", code, errOut)
	}
	if out != law.FormatRules(law.Rules()) {
		t.Fatalf("deadline --rules differs from law.FormatRules:\n%s", out)
	}
	for _, want := range []string{
		"tc-xu-ly-ban-dau\tKhoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc\ttừ 2019-01-01\n",
		"kn-thu-ly\tĐiều 27 Luật Khiếu nại: 10 ngày\ttừ 2012-07-01 đến 2026-06-30\n",
		"xu-ly-don\t", "tcd-tra-loi\t", "tc-giai-quyet\t", "tcd-tu-choi-tiep\t",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("deadline --rules lacks %q", want)
		}
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Fatalf("deadline --rules touched the data folder: %v", err)
	}
}

func TestStoredOverrideChangesTheCommands(t *testing.T) {
	data := t.TempDir()
	st, err := store.Open(data, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	services := apptest.AdminOn(t, st)
	if _, err := services.Calendar.SaveOverride(app.OverrideInput{Date: "2026-12-01", Kind: "off", Reason: "Nghỉ bổ sung theo thông báo của UBND tỉnh"}); err != nil {
		t.Fatal(err)
	}
	if _, err := services.Calendar.SaveOverride(app.OverrideInput{Date: "2026-01-10", Kind: "off", Reason: "Không làm bù"}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	code, out, _ := run(t, cli.Env{}, "holidays", "2026", "--data", data)
	if code != 0 || !strings.Contains(out, "\n2026-09-02\tnghỉ\tQuốc khánh (2/9)\n2026-12-01\tnghỉ\tNghỉ bổ sung theo thông báo của UBND tỉnh\n") {
		t.Fatalf("holidays 2026 after the edit: exit %d\n%s", code, out)
	}
	// 10/01 is a Saturday again: no longer an exception.
	if strings.Contains(out, "2026-01-10") {
		t.Fatalf("the working Saturday taken back is still listed:\n%s", out)
	}
	code, out, _ = run(t, cli.Env{}, "deadline", "--from", "2026-11-27", "--days", "5", "--working", "--data", data)
	if code != 0 || !strings.HasPrefix(out, "2026-12-07\n") || !strings.Contains(out, "2026-12-01\tbỏ qua\tThứ Ba: Nghỉ bổ sung theo thông báo của UBND tỉnh\n") {
		t.Fatalf("deadline after the edit: exit %d\n%s", code, out)
	}
}

func TestCalendarCommandMistakes(t *testing.T) {
	data := t.TempDir()
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"holidays"}, 2, "thiếu năm"},
		{[]string{"holidays", "hai-không"}, 2, "năm «hai-không» không hợp lệ"},
		{[]string{"holidays", "2026", "2027"}, 2, "thừa tham số «2027»"},
		{[]string{"holidays", "2026", "--year"}, 2, "không có tùy chọn -year"},
		{[]string{"holidays", "2300"}, 1, "ngoài khoảng lịch hỗ trợ (1900–2199)"},
		{[]string{"deadline"}, 2, "thiếu --from"},
		{[]string{"deadline", "--from", "2026-11-27"}, 2, "thiếu --days N"},
		{[]string{"deadline", "--from", "27/11/2026", "--days", "5"}, 2, "ngày «27/11/2026» không hợp lệ"},
		{[]string{"deadline", "--from", "2026-11-27", "--days", "năm"}, 2, "giá trị «năm» của tùy chọn -days không hợp lệ"},
		{[]string{"deadline", "--from", "2026-11-27", "--days", "0"}, 2, "--days phải từ 1 đến 3650"},
		{[]string{"deadline", "--from", "2026-11-27", "--days", "5", "--rule", "tc-xu-ly-ban-dau"}, 2, "chỉ chọn một"},
		{[]string{"deadline", "--from", "2026-11-27", "--rule", "tc-xu-ly-ban-dau", "--working"}, 2, "--working chỉ dùng với --days"},
		{[]string{"deadline", "--from", "2026-11-27", "--days", "5", "--alternative"}, 2, "--alternative chỉ dùng với --rule"},
		{[]string{"deadline", "--rules", "--from", "2026-11-27"}, 2, "--rules không dùng cùng --from"},
		{[]string{"deadline", "--from", "2026-11-27", "--rule", "khong-co"}, 1, "Không có quy tắc thời hạn \"khong-co\""},
		{[]string{"deadline", "--from", "2026-01-05", "--rule", "tcd-tu-choi-tiep"}, 1, "chưa có hiệu lực"},
		{[]string{"deadline", "--from", "2199-12-01", "--days", "3650"}, 1, "ngoài khoảng lịch hỗ trợ"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, cli.Env{}, append(c.args, "--data", data)...)
		if code != c.code || out != "" || !strings.HasPrefix(errOut, "tiepdan: ") || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", c.args, code, out, errOut, c.code, c.want)
			continue
		}
		oneLine(t, errOut)
	}
}

func TestHelpListsCalendarCommands(t *testing.T) {
	_, out, _ := run(t, cli.Env{}, "help")
	for _, want := range []string{"tiepdan holidays NĂM", "tiepdan deadline --from NGÀY (--days N [--working] | --rule MÃ [--alternative])",
		"tiepdan deadline --rules", "liệt kê các quy tắc thời hạn"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
}

// Without --alternative, a rule is counted with the reading the unit stored.
func TestDeadlineUsesTheStoredReading(t *testing.T) {
	data := t.TempDir()
	st, err := store.Open(data, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	s := apptest.AdminOn(t, st)
	if _, err := s.Calendar.SetReading("kn-thu-ly", true); err != nil {
		t.Fatal(err)
	}
	st.Close()
	// 10 ngày làm việc from Wednesday 10/6/2026 end on Wednesday 24/6.
	code, out, errOut := run(t, cli.Env{}, "deadline", "--from", "2026-06-10", "--rule", "kn-thu-ly", "--data", data)
	if code != 0 || !strings.HasPrefix(out, "2026-06-24\n") {
		t.Fatalf("exit %d, %q, %q", code, out, errOut)
	}
}
