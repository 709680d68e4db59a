package cli_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/cli"
	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// printData is a data folder with the unit set up, the Chairman
// "chutich", and: receipt 1 for Nguyễn Văn Dũng, receipt 2 for a denouncer
// (sealed), a refused visit that needs the notice (its id in the second
// return value), December's schedule and the template nội quy. The accounts
// are made at the cheap test cost: the keys keep their cost, so --user opens
// them in the command line, which uses the default cost.
func printData(t *testing.T) (dir string, refused int64) {
	t.Helper()
	dir = t.TempDir()
	st, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	admin := apptest.AdminOn(t, st)
	if _, err := admin.Settings.SaveUnit(storetest.Unit()); err != nil {
		t.Fatal(err)
	}
	clerk := apptest.As(t, admin, "chutich", domain.RoleLeader)
	session, err := clerk.Reception.SaveSession(domain.ReceptionSession{Kind: domain.SessionRegular, Date: "2026-11-27",
		PresidedBy: "Đặng Thị Hòa"})
	if err != nil {
		t.Fatal(err)
	}
	visit := func(kind domain.ContentKind, name, id string) app.VisitInput {
		return app.VisitInput{Visit: domain.Visit{SessionID: session.ID, ReceivedAt: "2026-11-27T08:00:00+07:00",
			Citizens:    []domain.Citizen{{Name: name, IDKind: "can-cuoc", IDNumber: id, Address: "Tổ dân phố 3, phường Hà Huy Tập"}},
			PeopleCount: 1, Summary: "Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất", Kind: kind,
			Outcome: domain.OutcomeAccept, WithinCompetence: true},
			Receipt: &domain.ReceiptDraft{Items: []domain.ReceiptItem{
				{Name: "Đơn kiến nghị đề ngày 20/11/2026", Pages: 2, Kind: domain.ItemOriginal, Condition: "nguyên vẹn"}}}}
	}
	for _, v := range []app.VisitInput{
		visit(domain.ContentRecommendation, "Nguyễn Văn Dũng", "042090001234"),
		visit(domain.ContentDenunciation, "Lê Thị Bí Mật", "042185000123"),
	} {
		if _, err := clerk.Reception.SaveVisit(v); err != nil {
			t.Fatal(err)
		}
	}
	r := visit(domain.ContentRecommendation, "Võ Thị Mai", "042190000777")
	r.Outcome, r.RefusalGround, r.Receipt = domain.OutcomeRefuse, "kien-nghi-lap-lai", nil
	saved, err := clerk.Reception.SaveVisit(r)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := clerk.Schedule.Fill("2026-12"); err != nil {
		t.Fatal(err)
	}
	return dir, saved.ID
}

// pdfWords is the text of the PDF file path, white space collapsed.
func pdfWords(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not found (Debian package poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext %s: %v\n%s", path, err, out)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestPrintEveryForm(t *testing.T) {
	dir, refused := printData(t)
	out := t.TempDir()
	for _, c := range []struct {
		args  []string
		wants []string
	}{
		{[]string{"02/TCD", "--id", "1"}, []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIẤY BIÊN NHẬN", "Số: 01", "Nguyễn Văn Dũng",
			"Đơn kiến nghị đề ngày 20/11/2026"}},
		{[]string{"01/TCD", "--id", fmt.Sprint(refused), "--date", "2026-11-30"}, []string{"THÔNG BÁO", "Về việc từ chối tiếp công dân",
			"Số: 01/TB-UBND", "Võ Thị Mai", "ngày 30 tháng 11 năm 2026"}},
		{[]string{"LICH", "--period", "2026-12"}, []string{"LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP",
			"Tháng 12 năm 2026", "Thứ Năm, 03/12/2026", "07 giờ 30 – 11 giờ 00", "Nguyễn Văn Dũng"}},
		{[]string{"noi-quy"}, []string{"NỘI QUY TIẾP CÔNG DÂN", "Điều 1. Phạm vi và đối tượng áp dụng", "Bản mẫu"}},
	} {
		file := filepath.Join(out, strings.ReplaceAll(c.args[0], "/", "-")+".pdf")
		args := append(append([]string{"print"}, c.args...), "--out", file, "--data", dir)
		code, stdout, stderr := run(t, cli.Env{}, args...)
		if code != 0 || stderr != "" || !strings.Contains(stdout, "Đã in") {
			t.Fatalf("print %v: %d %q %q", c.args, code, stdout, stderr)
		}
		text := pdfWords(t, file)
		for _, w := range c.wants {
			if !strings.Contains(text, w) {
				t.Errorf("print %v lacks %q:\n%s", c.args, w, text)
			}
		}
	}
	// A reprint of the notice shows the same number, whatever the date asked.
	file := filepath.Join(out, "again.pdf")
	if code, _, stderr := run(t, cli.Env{}, "print", "01/TCD", "--id", fmt.Sprint(refused), "--out", file, "--data", dir); code != 0 {
		t.Fatalf("reprint: %q", stderr)
	}
	if text := pdfWords(t, file); !strings.Contains(text, "Số: 01/TB-UBND") || !strings.Contains(text, "ngày 30 tháng 11 năm 2026") {
		t.Errorf("reprint:\n%s", text)
	}
}

// TestCommandLineUser checks --user on print and on export, on one data
// folder: its accounts' keys are slow to make on purpose.
func TestCommandLineUser(t *testing.T) {
	dir, _ := printData(t)
	t.Run("print a protected receipt", func(t *testing.T) { printProtectedReceipt(t, dir) })
	t.Run("export visits", func(t *testing.T) { exportVisitsAsAUser(t, dir) })
}

func printProtectedReceipt(t *testing.T, dir string) {
	file := filepath.Join(t.TempDir(), "bien-nhan.pdf")
	print := func(stdin string, extra ...string) (int, string) {
		args := append([]string{"print", "02/TCD", "--id", "2", "--out", file, "--data", dir}, extra...)
		code, _, stderr := run(t, cli.Env{Stdin: strings.NewReader(stdin)}, args...)
		return code, stderr
	}
	// Without --user: refused, one Vietnamese line saying what to do, no file.
	code, stderr := print("")
	if code == 0 || !strings.Contains(stderr, "giữ bí mật danh tính") || !strings.Contains(stderr, "--user") {
		t.Fatalf("without --user: %d %q", code, stderr)
	}
	oneLine(t, stderr)
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("a refused print left a file: %v", err)
	}
	// A wrong password: refused the same way.
	if code, stderr := print("sai mật khẩu\n", "--user", "chutich"); code == 0 || !strings.Contains(stderr, "mật khẩu không đúng") {
		t.Fatalf("a wrong password: %d %q", code, stderr)
	}
	if code, stderr := print("", "--user", "chutich"); code != 2 || !strings.Contains(stderr, "thiếu mật khẩu") {
		t.Fatalf("no password: %d %q", code, stderr)
	}
	// An account without the right (the administrator) is refused too.
	if code, stderr := print(apptest.Password+"\n", "--user", "quantri"); code == 0 || !strings.Contains(stderr, "ghi sổ tiếp công dân") {
		t.Fatalf("the administrator: %d %q", code, stderr)
	}
	// The Chairman prints it.
	if code, stderr := print(apptest.Password+"\n", "--user", "chutich"); code != 0 {
		t.Fatalf("the Chairman: %d %q", code, stderr)
	}
	if text := pdfWords(t, file); !strings.Contains(text, "Lê Thị Bí Mật") {
		t.Errorf("the Chairman's print lacks the name:\n%s", text)
	}
}

func TestPrintUsage(t *testing.T) {
	dir, _ := printData(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"print"}, "thiếu mã mẫu"},
		{[]string{"print", "05/XYZ", "--out", "a.pdf"}, "Không có mẫu «05/XYZ»"},
		{[]string{"print", "02/TCD", "--out", "a.pdf"}, "cần --id N"},
		{[]string{"print", "LICH", "--out", "a.pdf"}, "cần --period"},
		{[]string{"print", "NOI-QUY", "--out", "a.docx"}, "phải có đuôi .pdf"},
		{[]string{"print", "NOI-QUY"}, "thiếu --out"},
	} {
		code, _, stderr := run(t, cli.Env{}, append(c.args, "--data", dir)...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: %d %q, want %q", c.args, code, stderr, c.want)
		}
	}
	if code, _, stderr := run(t, cli.Env{}, "print", "LICH", "--period", "2026-13", "--out", filepath.Join(t.TempDir(), "l.pdf"), "--data", dir); code != 1 || !strings.Contains(stderr, "2026-Q1") {
		t.Errorf("a bad period: %d %q", code, stderr)
	}
}

func exportVisitsAsAUser(t *testing.T, dir string) {
	js := filepath.Join(t.TempDir(), "so.json")
	names := func(env cli.Env, extra ...string) string {
		t.Helper()
		code, _, stderr := run(t, env, append([]string{"export", "visits", "--out", js, "--data", dir}, extra...)...)
		if code != 0 {
			t.Fatalf("export %v: %d %q", extra, code, stderr)
		}
		b, _ := os.ReadFile(js)
		var visits []domain.Visit
		if err := json.Unmarshal(b, &visits); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, v := range visits {
			out = append(out, v.Citizens[0].Name)
		}
		return strings.Join(out, ", ")
	}
	if got := names(cli.Env{}); !strings.Contains(got, "[Được giữ bí mật]") || strings.Contains(got, "Lê Thị Bí Mật") {
		t.Errorf("without --user: %s", got)
	}
	if got := names(cli.Env{Stdin: strings.NewReader(apptest.Password + "\n")}, "--user", "chutich"); !strings.Contains(got, "Lê Thị Bí Mật") {
		t.Errorf("as the Chairman: %s", got)
	}
	if code, _, stderr := run(t, cli.Env{Stdin: strings.NewReader("sai\n")}, "export", "visits", "--out", js, "--user", "chutich", "--data", dir); code == 0 || !strings.Contains(stderr, "mật khẩu không đúng") {
		t.Errorf("a wrong password: %d %q", code, stderr)
	}
}
