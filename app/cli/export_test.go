package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/cli"
	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// exportData returns a data folder with the unit set up and three visits
// recorded by a clerk: a single citizen, a denouncer and a group.
func exportData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	admin := apptest.AdminOn(t, st)
	if _, err := admin.Settings.SaveUnit(domain.Unit{Name: "Ủy ban nhân dân phường Hà Huy Tập",
		SuperiorAgency: "Ủy ban nhân dân tỉnh Hà Tĩnh", DocSymbol: "UBND", PlaceName: "Hà Tĩnh",
		ChairmanName: "Phan Văn Hùng", ChairmanTitle: "Chủ tịch", ReceptionPlace: "Trụ sở",
		PeriodicDays: []int{4}, ReportRecipient: "Thanh tra tỉnh Hà Tĩnh"}); err != nil {
		t.Fatal(err)
	}
	clerk := apptest.As(t, admin, "canbo", domain.RoleClerk)
	session, err := clerk.Reception.SaveSession(domain.ReceptionSession{Kind: domain.SessionRegular, Date: "2026-11-25",
		PresidedBy: "Đặng Thị Hòa"})
	if err != nil {
		t.Fatal(err)
	}
	visit := func(at string, kind domain.ContentKind, people int, citizens ...domain.Citizen) app.VisitInput {
		return app.VisitInput{Visit: domain.Visit{SessionID: session.ID, ReceivedAt: at, Citizens: citizens, PeopleCount: people,
			Summary: "Nội dung " + string(kind), Kind: kind, Outcome: domain.OutcomeAccept, WithinCompetence: true}}
	}
	for _, v := range []app.VisitInput{
		visit("2026-11-25T08:00:00+07:00", domain.ContentComplaint, 1,
			domain.Citizen{Name: "Nguyễn Văn Dũng", IDKind: "can-cuoc", IDNumber: "042090001234", BirthDate: "1990-05-12", Address: "Tổ dân phố 3"}),
		visit("2026-11-26T09:00:00+07:00", domain.ContentDenunciation, 1,
			domain.Citizen{Name: "Lê Thị Bí Mật", IDKind: "can-cuoc", IDNumber: "042185000123", BirthDate: "1985-02-03", Address: "Tổ dân phố 7"}),
		visit("2026-11-27T08:00:00+07:00", domain.ContentRecommendation, 12,
			domain.Citizen{Name: "Trần Văn Hùng", Representative: true}, domain.Citizen{Name: "Phạm Thị Lan", Representative: true}),
	} {
		if _, err := clerk.Reception.SaveVisit(v); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExportVisits(t *testing.T) {
	dir := exportData(t)
	out := t.TempDir()

	// Excel: the form's header and one row per visit.
	xlsx := filepath.Join(out, "so.xlsx")
	code, stdout, stderr := run(t, cli.Env{}, "export", "visits", "--from", "2026-11-01", "--to", "2026-11-30", "--out", xlsx, "--data", dir)
	if code != 0 || stderr != "" || !strings.Contains(stdout, "Đã xuất 3 lượt tiếp") {
		t.Fatalf("export xlsx: %d %q %q", code, stdout, stderr)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Sổ tiếp công dân")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 8+3 || rows[6][0] != "STT" || rows[6][12] != "Ghi chú" || rows[4][0] != "Từ ngày 01/11/2026 đến ngày 30/11/2026" {
		t.Fatalf("workbook rows: %q", rows)
	}
	for i, want := range []string{"Nguyễn Văn Dũng, Tổ dân phố 3", "[Được giữ bí mật]", "- Trần Văn Hùng (người đại diện)"} {
		if r := rows[8+i]; !strings.HasPrefix(r[2], want) {
			t.Errorf("row %d: %q, want %s", i+1, r[2], want)
		}
	}
	if info, err := os.Stat(xlsx); err != nil || info.Mode().Perm()&0o044 == 0 {
		t.Errorf("the file is not readable by others: %v %v", info.Mode(), err)
	}

	// JSON: the masked visits, oldest first, no identity of the denouncer.
	js := filepath.Join(out, "so.json")
	if code, _, stderr := run(t, cli.Env{}, "export", "visits", "--out", js, "--data", dir); code != 0 {
		t.Fatalf("export json: %d %q", code, stderr)
	}
	b, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	var visits []domain.Visit
	if err := json.Unmarshal(b, &visits); err != nil || len(visits) != 3 {
		t.Fatalf("json: %d visits, %v\n%s", len(visits), err, b)
	}
	if c := visits[1].Citizens[0]; !c.Masked || c.Name != "[Được giữ bí mật]" || visits[0].Citizens[0].Name != "Nguyễn Văn Dũng" {
		t.Errorf("json citizens: %+v, %+v", visits[0].Citizens[0], c)
	}
	for _, s := range []string{"Bí Mật", "042185000123", "Tổ dân phố 7"} {
		if bytes.Contains(b, []byte(s)) {
			t.Errorf("the JSON holds %q", s)
		}
	}

	// One day; PDF.
	pdf := filepath.Join(out, "so.PDF")
	if code, stdout, stderr := run(t, cli.Env{}, "export", "visits", "--from", "2026-11-27", "--to", "2026-11-27", "--out", pdf, "--data", dir); code != 0 ||
		!strings.Contains(stdout, "Đã xuất 1 lượt tiếp") {
		t.Fatalf("export pdf: %d %q %q", code, stdout, stderr)
	}
	if b, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("not a PDF: %v", err)
	}
}

func TestExportMistakes(t *testing.T) {
	dir := exportData(t)
	out := filepath.Join(t.TempDir(), "so.xlsx")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export"}, 2, "thiếu loại dữ liệu"},
		{[]string{"export", "matters", "--out", out}, 2, "chỉ xuất được visits (sổ tiếp công dân) hoặc petitions"},
		{[]string{"export", "petitions", "--out", "so-don.pdf"}, 2, "chỉ xuất được .xlsx hoặc .json"},
		{[]string{"export", "visits"}, 2, "thiếu --out"},
		{[]string{"export", "visits", "--out", "so.csv"}, 2, "phải có đuôi .xlsx, .pdf hoặc .json"},
		{[]string{"export", "visits", "--out", out, "--from", "27/11/2026"}, 2, "ngày «27/11/2026» của --from không hợp lệ"},
		{[]string{"export", "visits", "--out", out, "--to", "2026-02-30"}, 2, "của --to không hợp lệ"},
		{[]string{"export", "visits", "--out", out, "--from", "2026-11-30", "--to", "2026-11-01"}, 2, "trước ngày đầu"},
		{[]string{"export", "visits", "--out", out, "--limit", "3"}, 2, "không có tùy chọn -limit"},
		{[]string{"export", "visits", "extra", "--out", out}, 2, "thừa tham số «extra»"},
		{[]string{"export", "visits", "--out", out, "--data", t.TempDir()}, 1, "chưa có dữ liệu TiếpDân"},
		{[]string{"export", "visits", "--out", filepath.Join(t.TempDir(), "no", "such", "so.xlsx")}, 1, "không ghi được tệp"},
	}
	for _, c := range cases {
		args := c.args
		if !strings.Contains(strings.Join(args, " "), "--data") {
			args = append(args, "--data", dir)
		}
		code, _, stderr := run(t, cli.Env{}, args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: %d %q, want %d and %q", c.args, code, stderr, c.code, c.want)
			continue
		}
		oneLine(t, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s: %v", out, err)
	}
}

func TestExportOfAFolderWithoutUnit(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	js := filepath.Join(t.TempDir(), "empty.json")
	if code, stdout, stderr := run(t, cli.Env{}, "export", "visits", "--out", js, "--data", dir); code != 0 || !strings.Contains(stdout, "Đã xuất 0 lượt tiếp") {
		t.Fatalf("json of an empty folder: %d %q %q", code, stdout, stderr)
	}
	if b, _ := os.ReadFile(js); strings.TrimSpace(string(b)) != "[]" {
		t.Errorf("empty export: %q", b)
	}
	code, _, stderr := run(t, cli.Env{}, "export", "visits", "--out", filepath.Join(t.TempDir(), "so.pdf"), "--data", dir)
	if code != 1 || !strings.Contains(stderr, "Chưa có tên đơn vị") {
		t.Errorf("pdf without the unit: %d %q", code, stderr)
	}
}
