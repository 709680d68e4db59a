package app_test

import (
	"errors"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/domain"
)

// flatText is pdfText with all white space collapsed.
func flatText(t *testing.T, b64 string) string {
	return strings.Join(strings.Fields(pdfText(t, b64)), " ")
}

// withReceipt is a visit by citizens that issues a receipt of one item.
func (f *receptionFixture) withReceipt(kind domain.ContentKind, people ...domain.Citizen) app.VisitInput {
	in := f.visit(people...)
	in.Kind = kind
	in.Receipt = &domain.ReceiptDraft{Items: []domain.ReceiptItem{
		{Name: "Đơn đề ngày 20/11/2026", Pages: 2, Kind: domain.ItemOriginal, Condition: "nguyên vẹn"}}}
	return in
}

func TestAStoredReceiptIsReprintedWithItsNumber(t *testing.T) {
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := f.clerk.Reception.SaveVisit(f.withReceipt(domain.ContentRecommendation, dung)); err != nil {
			t.Fatal(err)
		}
	}
	page, _ := f.clerk.Reception.Visits(app.VisitFilter{})
	second := page.Rows[0] // newest first
	if len(second.Receipts) != 1 || second.Receipts[0].Number != 2 || second.Receipts[0].Year != 2026 {
		t.Fatalf("the logbook row's receipts: %+v", second.Receipts)
	}
	text := flatText(t, must(f.clerk.Reception.ReceiptPDF(second.Receipts[0].ID)))
	for _, want := range []string{"GIẤY BIÊN NHẬN", "Số: 02", "Nguyễn Văn Dũng", "Đơn đề ngày 20/11/2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("reprint lacks %q:\n%s", want, text)
		}
	}
	if _, err := f.clerk.Reception.ReceiptPDF(999); domain.KindOf(err) != domain.NotFound {
		t.Errorf("an unknown receipt: %v", err)
	}
	if _, err := f.police.Reception.ReceiptPDF(second.Receipts[0].ID); domain.KindOf(err) != domain.Forbidden {
		t.Errorf("the police reprints a receipt: %v", err)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Action: "print", Entity: "receipt"})
	if log.Total != 1 {
		t.Errorf("print audit entries: %d", log.Total)
	}
}

func TestADenouncersReceiptIsReprintedOnlyByALeader(t *testing.T) {
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	v, err := f.clerk.Reception.SaveVisit(f.withReceipt(domain.ContentDenunciation, dung))
	if err != nil {
		t.Fatal(err)
	}
	id := v.Receipt.ID
	_, err = f.clerk.Reception.ReceiptPDF(id)
	var de *domain.Error
	if !errors.As(err, &de) || de.Kind != domain.Forbidden || !strings.Contains(de.Message, "chỉ lãnh đạo") {
		t.Fatalf("the clerk reprints a sealed receipt: %v", err)
	}
	if text := flatText(t, must(f.leader.Reception.ReceiptPDF(id))); !strings.Contains(text, "Nguyễn Văn Dũng") {
		t.Errorf("the leader's reprint lacks the name:\n%s", text)
	}
}

func TestTheRefusalNoticeIsNumberedOnceAYear(t *testing.T) {
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	refuse := func() int64 {
		v := f.visit(dung)
		v.Outcome, v.RefusalGround = domain.OutcomeRefuse, "kien-nghi-lap-lai"
		saved, err := f.clerk.Reception.SaveVisit(v)
		if err != nil {
			t.Fatal(err)
		}
		return saved.ID
	}
	a, b, c := refuse(), refuse(), refuse()
	// Left empty: the year's next number; a reprint keeps it and its date.
	if text := flatText(t, must(f.clerk.Reception.RefusalNoticePDF(a, 0, "2026-11-30"))); !strings.Contains(text, "Số: 01/TB-UBND") ||
		!strings.Contains(text, "ngày 30 tháng 11 năm 2026") {
		t.Errorf("first notice:\n%s", text)
	}
	if text := flatText(t, must(f.clerk.Reception.RefusalNoticePDF(a, 0, ""))); !strings.Contains(text, "Số: 01/TB-UBND") ||
		!strings.Contains(text, "ngày 30 tháng 11 năm 2026") {
		t.Errorf("reprint:\n%s", text)
	}
	if _, err := f.clerk.Reception.RefusalNoticePDF(a, 5, ""); domain.KindOf(err) != domain.Conflict {
		t.Errorf("another number on a reprint: %v", err)
	}
	if text := flatText(t, must(f.clerk.Reception.RefusalNoticePDF(b, 0, ""))); !strings.Contains(text, "Số: 02/TB-UBND") {
		t.Errorf("second notice:\n%s", text)
	}
	// A number typed by hand must be free in the year.
	_, err := f.clerk.Reception.RefusalNoticePDF(c, 2, "")
	var de *domain.Error
	if !errors.As(err, &de) || de.Kind != domain.Conflict || de.Fields["number"] == "" {
		t.Fatalf("a taken number: %v", err)
	}
	if text := flatText(t, must(f.clerk.Reception.RefusalNoticePDF(c, 7, ""))); !strings.Contains(text, "Số: 07/TB-UBND") {
		t.Errorf("a typed number:\n%s", text)
	}
	v, _ := f.clerk.Reception.Visit(c)
	if v.Notice == nil || v.Notice.Number != 7 || v.Notice.Year != 2026 || v.Notice.Date != "2026-11-27" {
		t.Errorf("the visit's notice: %+v", v.Notice)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Entity: "refusal_notice"})
	if log.Total != 3 {
		t.Errorf("notices registered: %d", log.Total)
	}
}

func TestAnAnswerIsRecordedOnTheVisit(t *testing.T) {
	f := newReception(t)
	v, err := f.clerk.Reception.SaveVisit(f.visit(dung))
	if err != nil {
		t.Fatal(err)
	}
	if v.RepliedOn != "" || v.ReplyDue == "" {
		t.Fatalf("a new visit: replied %q, due %q", v.RepliedOn, v.ReplyDue)
	}
	for date, field := range map[string]string{"2026-11-28": "date", "2026-11-26": "date", "27/11/2026": "date"} {
		_, err := f.clerk.Reception.MarkReplied(v.ID, date, "")
		var de *domain.Error
		if !errors.As(err, &de) || de.Fields[field] == "" {
			t.Errorf("replied on %s: %v", date, err)
		}
	}
	got, err := f.clerk.Reception.MarkReplied(v.ID, "", "Văn bản số 12/UBND ngày 27/11/2026")
	if err != nil {
		t.Fatal(err)
	}
	if got.RepliedOn != "2026-11-27" || got.ReplyNote != "Văn bản số 12/UBND ngày 27/11/2026" {
		t.Errorf("marked: %q %q", got.RepliedOn, got.ReplyNote)
	}
	// An edit of the visit keeps the answer.
	in := app.VisitInput{Visit: got.Visit}
	in.Notes = "Đã gọi điện báo"
	if saved, err := f.clerk.Reception.SaveVisit(in); err != nil || saved.RepliedOn != "2026-11-27" {
		t.Errorf("after an edit: %+v %v", saved, err)
	}
	// A visit that owes no answer cannot be marked.
	refused := f.visit(dung)
	refused.Outcome, refused.RefusalGround = domain.OutcomeRefuse, "say-ruou-tam-than"
	r, _ := f.clerk.Reception.SaveVisit(refused)
	if _, err := f.clerk.Reception.MarkReplied(r.ID, "", ""); domain.KindOf(err) != domain.Invalid {
		t.Errorf("marking a refusal: %v", err)
	}
	if _, err := f.police.Reception.MarkReplied(v.ID, "", ""); domain.KindOf(err) != domain.Forbidden {
		t.Errorf("police marks: %v", err)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Action: "reply"})
	if log.Total != 1 {
		t.Errorf("reply audit entries: %d", log.Total)
	}
}

func TestTheRulesAreTheTemplateUntilSaved(t *testing.T) {
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	r, err := f.clerk.Settings.ReceptionRules()
	if err != nil {
		t.Fatal(err)
	}
	if !r.Default || r.Revision != 0 || !strings.HasPrefix(r.Text, "Điều 1. Phạm vi") {
		t.Fatalf("template: %+v", r)
	}
	if text := flatText(t, must(f.clerk.Settings.ReceptionRulesPDF())); !strings.Contains(text, "Bản mẫu") {
		t.Errorf("the template is not marked:\n%s", text)
	}
	r.DecisionNumber, r.DecisionDate = "15", "2026-01-05"
	if _, err := f.clerk.Settings.SaveReceptionRules(*r); domain.KindOf(err) != domain.Forbidden {
		t.Errorf("the clerk edits the rules: %v", err)
	}
	bad := *r
	bad.Text, bad.DecisionDate = "Không có điều nào.", "05/01/2026"
	_, err = f.admin.Settings.SaveReceptionRules(bad)
	var de *domain.Error
	if !errors.As(err, &de) || de.Fields["text"] == "" || de.Fields["decisionDate"] == "" {
		t.Errorf("bad rules: %v", err)
	}
	saved, err := f.admin.Settings.SaveReceptionRules(*r)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Default || saved.Revision != 1 {
		t.Errorf("saved: %+v", saved)
	}
	if _, err := f.admin.Settings.SaveReceptionRules(*r); domain.KindOf(err) != domain.Conflict {
		t.Errorf("a stale save: %v", err)
	}
	text := flatText(t, must(f.clerk.Settings.ReceptionRulesPDF()))
	if !strings.Contains(text, "Quyết định số 15/QĐ-UBND ngày 05 tháng 01 năm 2026") || strings.Contains(text, "Bản mẫu") {
		t.Errorf("adopted rules:\n%s", text)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Entity: "reception_rules"})
	if log.Total != 3 { // two prints and the save
		t.Errorf("audit entries of the rules: %d", log.Total)
	}
}

func TestPrintWithoutALogin(t *testing.T) {
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	v, err := f.clerk.Reception.SaveVisit(f.withReceipt(domain.ContentDenunciation, dung))
	if err != nil {
		t.Fatal(err)
	}
	cli := f.admin.NewSession() // the same store, nobody logged in
	if _, err := cli.Print("02/TCD", app.PrintJob{ID: v.Receipt.ID}); domain.KindOf(err) != domain.Forbidden {
		t.Errorf("a sealed receipt without a login: %v", err)
	}
	if pdf, err := cli.Print("noi-quy", app.PrintJob{}); err != nil || len(pdf) < 1000 {
		t.Errorf("the rules without a login: %v", err)
	}
	if _, err := cli.Print("99/XYZ", app.PrintJob{}); domain.KindOf(err) != domain.Invalid || !strings.Contains(err.Error(), "02/TCD") {
		t.Errorf("an unknown form: %v", err)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Actor: "(dòng lệnh)", Action: "print"})
	if log.Total != 1 {
		t.Errorf("prints by the command line: %d", log.Total)
	}
}

func TestExportWithALoginShowsWhatTheAccountMaySee(t *testing.T) {
	f := newReception(t)
	v := f.visit(dung)
	v.Kind = domain.ContentDenunciation
	if _, err := f.clerk.Reception.SaveVisit(v); err != nil {
		t.Fatal(err)
	}
	name := func(s *app.Services) string {
		rows, _, err := s.ExportVisits("", "")
		if err != nil || len(rows) != 1 {
			t.Fatalf("export: %d rows, %v", len(rows), err)
		}
		return rows[0].Citizens[0].Name
	}
	if got := name(f.admin.NewSession()); got != "[Được giữ bí mật]" {
		t.Errorf("without a login: %q", got)
	}
	if got := name(f.clerk); got != "[Được giữ bí mật]" {
		t.Errorf("the clerk: %q", got)
	}
	if got := name(f.leader); got != "Nguyễn Văn Dũng" {
		t.Errorf("the leader: %q", got)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Action: "export"})
	if log.Total != 2 {
		t.Errorf("exports audited: %d", log.Total)
	}
}

// must returns v, failing the test on err, for one-line calls.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
