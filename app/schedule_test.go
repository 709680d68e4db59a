package app_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/domain"
)

func TestSchedulePeriods(t *testing.T) {
	for in, want := range map[string]app.SchedulePeriod{
		"2026-12": {Code: "2026-12", Title: "Tháng 12 năm 2026", From: "2026-12-01", To: "2026-12-31"},
		"2027-1":  {Code: "2027-01", Title: "Tháng 01 năm 2027", From: "2027-01-01", To: "2027-01-31"},
		"2028-02": {Code: "2028-02", Title: "Tháng 02 năm 2028", From: "2028-02-01", To: "2028-02-29"},
		"2027-q1": {Code: "2027-Q1", Title: "Quý I năm 2027", From: "2027-01-01", To: "2027-03-31"},
		"2026-Q4": {Code: "2026-Q4", Title: "Quý IV năm 2026", From: "2026-10-01", To: "2026-12-31"},
	} {
		got, err := app.ParseSchedulePeriod(in)
		if err != nil || got != want {
			t.Errorf("ParseSchedulePeriod(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "2026-13", "2026-Q5", "2026", "12/2026", "2026-00"} {
		if _, err := app.ParseSchedulePeriod(bad); domain.KindOf(err) != domain.Invalid {
			t.Errorf("ParseSchedulePeriod(%q): %v, want Invalid", bad, err)
		}
	}
}

// thursday is a day of the schedule as the clerk enters it.
func thursday(date string) domain.ScheduleEntry {
	return domain.ScheduleEntry{Date: date, Start: "7:30", End: "11h00", Place: "Trụ sở Ủy ban nhân dân phường",
		PresidedBy: "Ông Nguyễn Văn Dũng, Chủ tịch Ủy ban nhân dân phường",
		Invited:    []string{"Thường trực Hội đồng nhân dân phường", " Ban Thanh tra nhân dân ", "Ban thanh tra nhân dân", ""}}
}

func TestTheScheduleWarnsAboutAWeekWithoutReception(t *testing.T) {
	f := newReception(t)
	for _, d := range []string{"2026-12-03", "2026-12-10", "2026-12-24"} {
		if _, err := f.clerk.Schedule.SaveEntry(thursday(d)); err != nil {
			t.Fatal(err)
		}
	}
	v, err := f.clerk.Schedule.Period("2026-12")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Entries) != 3 || v.Period.Title != "Tháng 12 năm 2026" {
		t.Fatalf("schedule = %+v", v)
	}
	e := v.Entries[0]
	if e.Start != "07:30" || e.End != "11:00" || len(e.Invited) != 2 || e.TimeText() != "07 giờ 30 – 11 giờ 00" {
		t.Errorf("entry not normalised: %+v", e)
	}
	// 14–20/12 has no day, nor does 28/12–03/01; 30/11–06/12 has 03/12.
	if len(v.Warnings) != 1 || !strings.Contains(v.Warnings[0], "14/12/2026–20/12/2026; 28/12/2026–03/01/2027") ||
		strings.Contains(v.Warnings[0], "30/11/2026") || !strings.Contains(v.Warnings[0], "Điều 15 Luật Tiếp công dân") {
		t.Errorf("warnings = %q", v.Warnings)
	}
	// A day in January's schedule covers that week; a holiday is pointed out.
	if _, err := f.clerk.Schedule.SaveEntry(thursday("2027-01-01")); err != nil {
		t.Fatal(err)
	}
	v, _ = f.clerk.Schedule.Period("2026-12")
	if len(v.Warnings) != 1 || strings.Contains(v.Warnings[0], "28/12/2026") {
		t.Errorf("warnings after a day in the next month = %q", v.Warnings)
	}
	jan, _ := f.clerk.Schedule.Period("2027-01")
	if !strings.Contains(strings.Join(jan.Warnings, " "), "Ngày 01/01/2027 là ngày nghỉ (Tết Dương lịch") {
		t.Errorf("January warnings = %q", jan.Warnings)
	}
}

func TestScheduleEntriesAreCheckedAndNothingBadIsSaved(t *testing.T) {
	f := newReception(t)
	bad := thursday("2026-12-03")
	bad.End, bad.Place = "07:00", ""
	_, err := f.clerk.Schedule.SaveEntry(bad)
	var de *domain.Error
	if !errors.As(err, &de) || de.Fields["end"] == "" || de.Fields["place"] == "" {
		t.Fatalf("a bad entry: %v", err)
	}
	if v, _ := f.clerk.Schedule.Period("2026-12"); len(v.Entries) != 0 {
		t.Fatalf("a refused entry was saved: %+v", v.Entries)
	}
	// Updates need the revision read; a stale one is a Conflict.
	saved, err := f.clerk.Schedule.SaveEntry(thursday("2026-12-03"))
	if err != nil {
		t.Fatal(err)
	}
	moved := *saved
	moved.Date = "2026-12-04"
	if _, err := f.leader.Schedule.SaveEntry(moved); err != nil {
		t.Fatal(err)
	}
	if _, err := f.clerk.Schedule.SaveEntry(*saved); domain.KindOf(err) != domain.Conflict {
		t.Errorf("a stale update: %v", err)
	}
	if err := f.clerk.Schedule.DeleteEntry(saved.ID, saved.Revision); domain.KindOf(err) != domain.Conflict {
		t.Errorf("a stale delete: %v", err)
	}
	if err := f.clerk.Schedule.DeleteEntry(saved.ID, saved.Revision+1); err != nil {
		t.Error(err)
	}
	// The police liaison reads the schedule but does not keep it.
	if _, err := f.police.Schedule.Period("2026-12"); err != nil {
		t.Error(err)
	}
	if _, err := f.police.Schedule.SaveEntry(thursday("2026-12-10")); domain.KindOf(err) != domain.Forbidden {
		t.Errorf("police save: %v", err)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Entity: "schedule_entry"})
	if log.Total != 3 { // create, update, delete
		t.Errorf("audit entries of the schedule: %d", log.Total)
	}
}

func TestFillPutsADayOnEachPeriodicWeekday(t *testing.T) {
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil { // Thursdays
		t.Fatal(err)
	}
	v, err := f.clerk.Schedule.Fill("2026-12")
	if err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, e := range v.Entries {
		days = append(days, e.Date)
	}
	if strings.Join(days, " ") != "2026-12-03 2026-12-10 2026-12-17 2026-12-24 2026-12-31" {
		t.Fatalf("filled days %v", days)
	}
	e := v.Entries[0]
	if e.Place != validUnit().ReceptionPlace || !strings.Contains(e.PresidedBy, "Nguyễn Văn Dũng") || len(e.Invited) != 4 ||
		e.Invited[0] != "Thường trực Hội đồng nhân dân phường" {
		t.Errorf("filled entry %+v", e)
	}
	if len(v.Warnings) != 0 {
		t.Errorf("warnings of a full month: %q", v.Warnings)
	}
	// Again: nothing more.
	if again, _ := f.clerk.Schedule.Fill("2026-12"); len(again.Entries) != 5 {
		t.Errorf("a second fill: %d entries", len(again.Entries))
	}
	b64, err := f.clerk.Schedule.PDF("2026-12")
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, b64)
	for _, want := range []string{"LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ CỦA CHỦ TỊCH", "Tháng 12 năm 2026", "31/12/2026", "Nguyễn Văn Dũng"} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("schedule PDF lacks %q", want)
		}
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Action: "print", Entity: "schedule"})
	if log.Total != 1 {
		t.Errorf("print audit entries: %d", log.Total)
	}
}

// pdfText reads a base64 PDF back with pdftotext, or skips the test.
func pdfText(t *testing.T, b64 string) string {
	t.Helper()
	pdf, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %v", err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not found (Debian package poppler-utils)")
	}
	in := filepath.Join(t.TempDir(), "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", in, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}
