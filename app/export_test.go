package app_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
)

// exportFixture is a reception fixture with a single visit, a denunciation
// and a group on three days.
func exportFixture(t *testing.T) *receptionFixture {
	t.Helper()
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	first := f.visit(dung)
	first.ReceivedAt = "2026-11-25T08:00:00+07:00"
	secret := f.visit(domain.Citizen{Name: "Lê Thị Bí Mật", IDKind: "can-cuoc", IDNumber: "042185000123",
		BirthDate: "1985-02-03", Address: "Tổ dân phố 7"})
	secret.Kind, secret.Summary = domain.ContentDenunciation, "Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ đất"
	secret.ReceivedAt = "2026-11-26T09:00:00+07:00"
	group := f.visit(domain.Citizen{Name: "Trần Văn Hùng", Representative: true}, domain.Citizen{Name: "Phạm Thị Lan", Representative: true})
	group.PeopleCount, group.Summary = 12, "Kiến nghị về tiếng ồn của xưởng gỗ"
	for _, v := range []app.VisitInput{first, secret, group} {
		if _, err := f.clerk.Reception.SaveVisit(v); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func TestExportVisitsMasksProtectedCitizens(t *testing.T) {
	f := exportFixture(t)
	// Pages of two, to read through three visits.
	old := *app.ExportPage
	*app.ExportPage = 2
	t.Cleanup(func() { *app.ExportPage = old })
	// The command line has no login.
	anon := f.admin.NewSession()
	rows, unit, err := anon.ExportVisits("", "")
	if err != nil {
		t.Fatal(err)
	}
	if unit == nil || unit.Name != validUnit().Name {
		t.Errorf("unit %+v", unit)
	}
	var names []string
	for _, v := range rows {
		names = append(names, v.Citizens[0].Name)
	}
	if strings.Join(names, "|") != "Nguyễn Văn Dũng|[Được giữ bí mật]|Trần Văn Hùng" {
		t.Fatalf("exported, oldest first: %q", names)
	}
	if c := rows[1].Citizens[0]; !c.Masked || c.IDNumber != "" || c.Address != "" || c.BirthDate != "" {
		t.Errorf("the denouncer exported as %+v", c)
	}
	all, _ := json.Marshal(rows)
	for _, s := range []string{"Bí Mật", "042185000123", "Tổ dân phố 7"} {
		if bytes.Contains(all, []byte(s)) {
			t.Errorf("the export holds %q", s)
		}
	}
	// A range; bad dates.
	rows, _, err = anon.ExportVisits("2026-11-26", "2026-11-26")
	if err != nil || len(rows) != 1 || !rows[0].Citizens[0].Masked {
		t.Errorf("one day: %+v %v", rows, err)
	}
	for _, r := range [][2]string{{"26/11/2026", ""}, {"", "2026-02-30"}, {"2026-11-27", "2026-11-26"}} {
		if _, _, err := anon.ExportVisits(r[0], r[1]); domain.KindOf(err) != domain.Invalid {
			t.Errorf("%q..%q: %v, want invalid", r[0], r[1], err)
		}
	}
}

func TestExportLogbookIsAuditedAndMasked(t *testing.T) {
	f := exportFixture(t)
	data, err := f.clerk.Reception.ExportLogbook("xlsx", "2026-11-01", "2026-11-30")
	if err != nil {
		t.Fatal(err)
	}
	sheet := logbookSheet(t, data)
	if !strings.Contains(sheet, "[Được giữ bí mật]") || !strings.Contains(sheet, "Nguyễn Văn Dũng") || !strings.Contains(sheet, "Trần Văn Hùng") {
		t.Errorf("exported sheet:\n%s", sheet)
	}
	if strings.Contains(sheet, "Bí Mật") || strings.Contains(sheet, "042185000123") {
		t.Errorf("the denouncer's identity is in the export:\n%s", sheet)
	}
	log, err := f.admin.Audit.List(app.AuditFilter{Action: "export"})
	if err != nil || log.Total != 1 || log.Rows[0].Actor != "canbo" || log.Rows[0].Entity != "visit" {
		t.Fatalf("export audit: %+v %v", log, err)
	}
	var detail map[string]any
	if err := json.Unmarshal(log.Rows[0].New, &detail); err != nil || detail["format"] != "xlsx" ||
		detail["from"] != "2026-11-01" || detail["rows"] != float64(3) || detail["form"] != "03/TCD" {
		t.Errorf("export audit detail %s (%v)", log.Rows[0].New, err)
	}

	// PDF too.
	pdf, err := f.leader.Reception.ExportLogbook("pdf", "", "")
	if b, _ := base64.StdEncoding.DecodeString(pdf); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("pdf export: %v", err)
	}
	// The police liaison: the group only.
	data, err = f.police.Reception.ExportLogbook("xlsx", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if sheet := logbookSheet(t, data); strings.Contains(sheet, "Nguyễn Văn Dũng") || !strings.Contains(sheet, "Trần Văn Hùng") {
		t.Errorf("the police export:\n%s", sheet)
	}
	// Refused: a role without the logbook, a bad format, bad dates; none audited.
	viewer := apptest.As(t, f.admin, "xembaocao", domain.RoleViewer)
	if _, err := viewer.Reception.ExportLogbook("xlsx", "", ""); domain.KindOf(err) != domain.Forbidden {
		t.Errorf("viewer export: %v", err)
	}
	for _, c := range [][3]string{{"csv", "", ""}, {"xlsx", "2026-13-01", ""}, {"pdf", "2026-11-30", "2026-11-01"}} {
		if _, err := f.clerk.Reception.ExportLogbook(c[0], c[1], c[2]); domain.KindOf(err) != domain.Invalid {
			t.Errorf("%q: %v, want invalid", c, err)
		}
	}
	if log, _ := f.admin.Audit.List(app.AuditFilter{Action: "export"}); log.Total != 3 {
		t.Errorf("%d exports audited, want 3", log.Total)
	}
}

// logbookSheet decodes an exported workbook and returns its cells, a row a line.
func logbookSheet(t *testing.T, b64 string) string {
	t.Helper()
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows(x.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, r := range rows {
		out.WriteString(strings.Join(r, " | ") + "\n")
	}
	return out.String()
}
