package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/cli"
)

// exportPetitions runs tiepdan export petitions into out with extra
// arguments and fails the test unless it succeeds.
func exportPetitions(t *testing.T, env cli.Env, dir, out string, extra ...string) string {
	t.Helper()
	code, stdout, stderr := run(t, env, append([]string{"export", "petitions", "--out", out, "--data", dir}, extra...)...)
	if code != 0 || stderr != "" {
		t.Fatalf("export petitions %v: %d %q %q", extra, code, stdout, stderr)
	}
	return stdout
}

// readPetitions reads the JSON export at path.
func readPetitions(t *testing.T, path string) ([]app.ExportedPetition, []byte) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []app.ExportedPetition
	if err := json.Unmarshal(b, &rows); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	return rows, b
}

// The petition register exports as JSON with every deadline and its
// citation — the tố cáo's xử lý đơn deadline, the khiếu nại's thụ lý and
// resolution deadlines as the Cases service derived them — the denouncer
// masked unless the Chairman logs in.
func TestExportPetitionsJSON(t *testing.T) {
	dir, _, _ := petitionPrintData(t)
	js := filepath.Join(t.TempDir(), "so-don.json")
	if out := exportPetitions(t, cli.Env{}, dir, js); !strings.Contains(out, "Đã xuất 2 đơn") {
		t.Errorf("stdout %q", out)
	}
	rows, b := readPetitions(t, js)
	if len(rows) != 2 {
		t.Fatalf("%d petitions, want 2:\n%s", len(rows), b)
	}
	tc, kn := rows[0], rows[1] // oldest first
	if tc.Number != 1 || tc.Year != 2026 || tc.ReceivedOn != "2026-11-25" || tc.Source != "forwarded" ||
		tc.SourceLabel != "Cơ quan, tổ chức, cá nhân khác chuyển đến" || tc.ForwardingBody != "Hội đồng nhân dân phường Hà Huy Tập" ||
		tc.ForwardingDoc != "15/HĐND" || tc.ForwardingDocDate != "2026-11-24" || tc.Kind != "denunciation" ||
		tc.KindLabel != "Tố cáo" || tc.Field != "corruption" || tc.FieldLabel != "Tham nhũng" || !tc.Eligible || tc.PeopleCount != 1 {
		t.Errorf("the tố cáo: %+v", tc)
	}
	want := app.ExportedHandling{Due: "2026-12-04", Rule: "tc-xu-ly-ban-dau",
		Citation: "Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc", Handled: true, HandledBy: "transfer"}
	if tc.Handling != want {
		t.Errorf("the tố cáo's handling %+v, want %+v", tc.Handling, want)
	}
	if len(tc.Actions) != 1 || tc.Actions[0] != (app.ExportedAction{Kind: "transfer", KindLabel: "Chuyển đơn", Date: "2026-11-27",
		DocNumber: "21/PC-UBND", Body: "Thanh tra tỉnh Hà Tĩnh"}) || tc.Case != nil {
		t.Errorf("the tố cáo's actions %+v, case %+v", tc.Actions, tc.Case)
	}
	if p := tc.Petitioners; len(p) != 1 || p[0] != (app.ExportedPetitioner{Name: "[Được giữ bí mật]", Protected: true}) {
		t.Errorf("the denouncer without --user: %+v", p)
	}
	for _, s := range []string{"Hoàng Văn Thắng", "Tổ dân phố 3"} {
		if bytes.Contains(b, []byte(s)) {
			t.Errorf("the export without --user holds %q", s)
		}
	}
	if p := kn.Petitioners; len(p) != 1 || p[0].Name != "Phạm Thị Lụa" || p[0].Address != "Tổ dân phố 5, phường Hà Huy Tập" {
		t.Errorf("the complainant: %+v", p)
	}
	c := kn.Case
	if c == nil {
		t.Fatalf("the khiếu nại has no case: %+v", kn)
	}
	if c.Kind != "complaint-first" || c.Status != "accepted" || c.AcceptedOn != "2026-11-27" || c.AcceptanceDoc != "30/TB-UBND" ||
		c.AcceptanceDue == "" || !strings.Contains(c.AcceptanceCitation, "Nghị định 124/2020/NĐ-CP") ||
		c.ResolutionDue != "2026-12-28" || c.ResolutionRule != "kn-giai-quyet-lan-dau" ||
		c.ResolutionCitation != "Điều 28 Luật Khiếu nại: 30 ngày" || c.DecidedOn != "" {
		t.Errorf("the khiếu nại's case: %+v", c)
	}
	if kn.Handling.Due == "" || kn.Handling.Citation == "" || kn.Handling.HandledBy != "propose-acceptance" {
		t.Errorf("the khiếu nại's handling: %+v", kn.Handling)
	}

	// The Chairman sees the denouncer; a wrong password writes nothing new.
	exportPetitions(t, cli.Env{Stdin: strings.NewReader(apptest.Password + "\n")}, dir, js, "--user", "chutich")
	rows, _ = readPetitions(t, js)
	if p := rows[0].Petitioners[0]; p.Name != "Hoàng Văn Thắng" || p.Address != "Tổ dân phố 3, phường Hà Huy Tập" || !p.Protected {
		t.Errorf("the denouncer as the Chairman: %+v", p)
	}
	if code, _, stderr := run(t, cli.Env{Stdin: strings.NewReader("sai\n")}, "export", "petitions", "--out", js,
		"--user", "chutich", "--data", dir); code == 0 || !strings.Contains(stderr, "mật khẩu không đúng") {
		t.Errorf("a wrong password: %d %q", code, stderr)
	}

	// The period is on the day of receipt, inclusive.
	exportPetitions(t, cli.Env{}, dir, js, "--from", "2026-11-26", "--to", "2026-11-26")
	if rows, _ = readPetitions(t, js); len(rows) != 1 || rows[0].Number != 2 {
		t.Errorf("received on 26/11: %+v", rows)
	}
}

// The register exports as a workbook: the title, the period, the columns in
// order, one row per petition with its deadlines, actions and case, the
// denouncer masked.
func TestExportPetitionsXLSX(t *testing.T) {
	dir, _, _ := petitionPrintData(t)
	xlsx := filepath.Join(t.TempDir(), "so-don.xlsx")
	exportPetitions(t, cli.Env{}, dir, xlsx)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Sổ đơn"}) {
		t.Fatalf("sheets %q", got)
	}
	rows, err := f.GetRows("Sổ đơn")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 8+2 {
		t.Fatalf("%d rows, want 8 heading rows and 2 petitions: %q", len(rows), rows)
	}
	if rows[3][0] != "SỔ TIẾP NHẬN, XỬ LÝ ĐƠN" || rows[4][0] != "Từ ngày 25/11/2026 đến ngày 26/11/2026" {
		t.Errorf("title %q, period %q", rows[3], rows[4])
	}
	header := []string{"STT/Số đơn", "Ngày nhận", "Nguồn đơn (cơ quan chuyển, số văn bản)", "Người đứng đơn, địa chỉ", "Nội dung",
		"Loại đơn", "Lĩnh vực", "Điều kiện xử lý", "Thẩm quyền", "Hạn xử lý", "Kết quả xử lý", "Thụ lý, hạn giải quyết",
		"Kết quả giải quyết"}
	if !slices.Equal(rows[6], header) {
		t.Errorf("header row\n got %q\nwant %q", rows[6], header)
	}
	tc := append(rows[8], make([]string, 13)...)[:13]
	for i, want := range map[int]string{
		0: "1", 1: "25/11/2026", 3: "[Được giữ bí mật]", 5: "Tố cáo", 6: "Tham nhũng", 8: "Không thuộc thẩm quyền",
		2:  "Cơ quan, tổ chức, cá nhân khác chuyển đến\nHội đồng nhân dân phường Hà Huy Tập, số 15/HĐND, ngày 24/11/2026",
		9:  "04/12/2026 (Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc)",
		10: "27/11/2026 Chuyển đơn — Thanh tra tỉnh Hà Tĩnh, số 21/PC-UBND",
		11: "", 12: "",
	} {
		if tc[i] != want {
			t.Errorf("the tố cáo, column %d (%s):\n got %q\nwant %q", i+1, header[i], tc[i], want)
		}
	}
	kn := append(rows[9], make([]string, 13)...)[:13]
	if kn[3] != "Phạm Thị Lụa, Tổ dân phố 5, phường Hà Huy Tập" || kn[10] != "27/11/2026 Đề xuất thụ lý" ||
		kn[11] != "Thụ lý 27/11/2026, số 30/TB-UBND\nHạn giải quyết: 28/12/2026 (Điều 28 Luật Khiếu nại: 30 ngày)" ||
		kn[12] != "Đang giải quyết" {
		t.Errorf("the khiếu nại: %q", kn)
	}
	for _, r := range rows {
		for _, c := range r {
			if strings.Contains(c, "Hoàng Văn Thắng") || strings.Contains(c, "Tổ dân phố 3") {
				t.Errorf("the workbook names the denouncer: %q", c)
			}
		}
	}
}
