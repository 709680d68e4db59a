package app_test

import (
	"bytes"
	"database/sql"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/domain"
)

// petitionFixture is the reception fixture (administrator, clerk, Chairman,
// police liaison on a store in a folder of its own) with the unit's settings.
func newPetitions(t *testing.T) *receptionFixture {
	t.Helper()
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	return f
}

// complaint is a khiếu nại received by post on day from one person.
func complaint(day string, people ...domain.Citizen) domain.Petition {
	return domain.Petition{ReceivedOn: day, Source: domain.SourcePost, Petitioners: people, Kind: domain.ContentComplaint,
		Field: domain.FieldLand, Summary: "Khiếu nại quyết định thu hồi đất thửa số 12, tờ bản đồ số 5 của Ủy ban nhân dân phường",
		Respondent: "Ủy ban nhân dân phường Hà Huy Tập", Eligible: true, WithinCompetence: true}
}

// denunciation is a tố cáo forwarded by the HĐND on day.
func denunciation(day string, people ...domain.Citizen) domain.Petition {
	return domain.Petition{ReceivedOn: day, Source: domain.SourceForwarded, ForwardingBody: "Hội đồng nhân dân phường Hà Huy Tập",
		ForwardingCategory: domain.ForwardPeoplesCouncil, ForwardingDoc: "12/HĐND", ForwardingDocDate: day, Petitioners: people,
		Kind: domain.ContentDenunciation, Field: domain.FieldCivilService,
		Summary:    "Tố cáo công chức địa chính nhận tiền của người dân khi làm hồ sơ cấp giấy chứng nhận",
		Respondent: "Ông Trần Văn Bình, công chức địa chính", Eligible: true, WithinCompetence: true}
}

var secretPerson = domain.Citizen{Name: "Lê Thị Bí Mật", IDKind: "can-cuoc", IDNumber: "042185000123", BirthDate: "1985-02-03",
	Address: "Tổ dân phố 7, phường Hà Huy Tập", Phone: "0987654321"}

// auditTotal is how many entries the audit trail has.
func auditTotal(t *testing.T, f *receptionFixture) int {
	t.Helper()
	log, err := f.admin.Audit.List(app.AuditFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	return log.Total
}

// refused fails unless err is Invalid with a Vietnamese message containing
// want, and the audit trail did not grow past before.
func refused(t *testing.T, f *receptionFixture, err error, want string, before int) {
	t.Helper()
	var de *domain.Error
	if !errors.As(err, &de) || de.Kind != domain.Invalid {
		t.Fatalf("%v, want Invalid (%s)", err, want)
	}
	text := de.Message
	for _, m := range de.Fields {
		text += " " + m
	}
	if !strings.Contains(text, want) {
		t.Fatalf("message %q does not say %q", text, want)
	}
	if after := auditTotal(t, f); after != before {
		t.Fatalf("a refused step wrote %d audit entries", after-before)
	}
}

// Acceptance (1): a forwarded tố cáo gets 07 working days from receipt, and
// is transferred once only.
func TestAForwardedDenunciationIsHandledInSevenWorkingDaysAndTransferredOnce(t *testing.T) {
	f := newPetitions(t)
	p, err := f.clerk.Petitions.Save(denunciation("2026-11-20", secretPerson))
	if err != nil {
		t.Fatal(err)
	}
	// Friday 20/11/2026 + 07 ngày làm việc → Tuesday 01/12/2026.
	if p.HandlingDue != "2026-12-01" || p.HandlingRule != "tc-xu-ly-ban-dau" ||
		p.HandlingCitation != "Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc" {
		t.Fatalf("handling deadline %s (%s, %s)", p.HandlingDue, p.HandlingRule, p.HandlingCitation)
	}
	if p.Number != 1 || p.Year != 2026 || p.MatterID == 0 || p.Handled {
		t.Fatalf("petition = %+v", p.Petition)
	}
	moved, err := f.clerk.Petitions.AddAction(app.NewAction{PetitionID: p.ID, Revision: p.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionTransfer, Date: "2026-11-24", DocNumber: "05/PC-UBND",
			Body: "Thanh tra tỉnh Hà Tĩnh"}})
	if err != nil {
		t.Fatal(err)
	}
	if !moved.Handled || len(moved.Actions) != 1 || moved.Revision != p.Revision+1 {
		t.Fatalf("after the transfer: %+v", moved.Petition)
	}
	before := auditTotal(t, f)
	_, err = f.clerk.Petitions.AddAction(app.NewAction{PetitionID: p.ID, Revision: moved.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionTransfer, Date: "2026-11-25", Body: "Công an tỉnh Hà Tĩnh"}})
	refused(t, f, err, "chỉ được chuyển một lần", before)
	again, _ := f.clerk.Petitions.Petition(p.ID)
	if len(again.Actions) != 1 || again.Revision != moved.Revision {
		t.Fatalf("the refused transfer changed the petition: %+v", again.Petition)
	}
	// Another đơn tố cáo of the same matter is not transferred again either.
	twin := denunciation("2026-11-23", secretPerson)
	twin.MatterID = p.MatterID
	second, err := f.clerk.Petitions.Save(twin)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.clerk.Petitions.AddAction(app.NewAction{PetitionID: second.ID, Revision: second.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionTransfer, Date: "2026-11-25", Body: "Thanh tra tỉnh Hà Tĩnh"}})
	refused(t, f, err, "chỉ được chuyển một lần", before+1)
	// The body's reply is recorded; it does not reopen the handling.
	replied, err := f.clerk.Petitions.AddAction(app.NewAction{PetitionID: p.ID, Revision: moved.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionReplyReceived, Date: "2026-11-27", DocNumber: "88/TTr",
			Body: "Thanh tra tỉnh Hà Tĩnh"}})
	if err != nil || len(replied.Actions) != 2 || !replied.Handled || replied.HandledBy != domain.ActionTransfer {
		t.Fatalf("reply received: %+v %v", replied, err)
	}
	// The register's rows say what handled each petition.
	page, err := f.clerk.Petitions.List(app.PetitionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range page.Rows {
		if want := map[int64]domain.ActionKind{p.ID: domain.ActionTransfer, second.ID: ""}[row.ID]; row.HandledBy != want {
			t.Errorf("petition %d handled by %q, want %q", row.ID, row.HandledBy, want)
		}
	}
}

func TestAPetitionIsCheckedBesideItsFields(t *testing.T) {
	f := newPetitions(t)
	bad := complaint("2026-11-27", domain.Citizen{Name: "", IDNumber: "04209000123"})
	bad.Field = domain.FieldCorruption // not a khiếu nại field
	bad.Eligible = false
	_, err := f.clerk.Petitions.Save(bad)
	var de *domain.Error
	if !errors.As(err, &de) || de.Kind != domain.Invalid {
		t.Fatalf("bad petition: %v", err)
	}
	for _, field := range []string{"petitioners.0.name", "petitioners.0.idNumber", "field", "ineligibleReason"} {
		if de.Fields[field] == "" {
			t.Errorf("no message beside %s: %v", field, de.Fields)
		}
	}
	forwarded := complaint("2026-11-30", dung)
	forwarded.Source = domain.SourceForwarded
	_, err = f.clerk.Petitions.Save(forwarded)
	if !errors.As(err, &de) || de.Fields["receivedOn"] == "" || de.Fields["forwardingBody"] == "" || de.Fields["forwardingCategory"] == "" {
		t.Fatalf("a forwarded petition from the future: %v", err)
	}
	if page, _ := f.clerk.Petitions.List(app.PetitionFilter{}); page.Total != 0 {
		t.Fatalf("a refused petition was written: %d", page.Total)
	}
	// Fields that do not apply are not kept: a petition by post has no
	// forwarding body, an eligible one no reason.
	p := complaint("2026-11-27", dung)
	p.ForwardingBody, p.IneligibleNote = "Hội đồng nhân dân", "Không"
	saved, err := f.clerk.Petitions.Save(p)
	if err != nil || saved.ForwardingBody != "" || saved.IneligibleNote != "" || saved.FilerKind != domain.FilerSingle ||
		saved.PeopleCount != 1 || saved.PriorStatus != domain.PriorNone {
		t.Fatalf("saved = %+v %v", saved, err)
	}
	// xử lý đơn: 10 ngày làm việc from Friday 27/11/2026 → Friday 11/12/2026.
	if saved.HandlingDue != "2026-12-11" || saved.HandlingRule != "xu-ly-don" {
		t.Fatalf("handling deadline %s %s", saved.HandlingDue, saved.HandlingRule)
	}
}

// Acceptance (4): the same person typed again, without diacritics, is
// found before the second petition is saved; so is the same ID number.
func TestDuplicatesAreFoundWhileTyping(t *testing.T) {
	f := newPetitions(t)
	first, err := f.clerk.Petitions.Save(complaint("2026-11-02", dung))
	if err != nil {
		t.Fatal(err)
	}
	other := complaint("2026-11-03", domain.Citizen{Name: "Lê Văn Tám", Address: "Xóm Đông, phường Thạch Linh"})
	other.Kind, other.Field, other.Summary = domain.ContentRecommendation, domain.FieldOther, "Kiến nghị sửa chữa đường giao thông liên xóm"
	if _, err := f.clerk.Petitions.Save(other); err != nil {
		t.Fatal(err)
	}
	hasReason := func(hints []app.DuplicateHint, reason string) bool {
		return len(hints) > 0 && hints[0].PetitionID == first.ID && strings.Contains(strings.Join(hints[0].Reasons, "|"), reason)
	}
	for _, name := range []string{"Nguyen Van Dung", "nguyen van dungg", "NGUYỄN VĂN DŨNG"} {
		hints, err := f.clerk.Petitions.FindDuplicates(app.DuplicateQuery{
			Petitioners: []domain.Citizen{{Name: name, Address: "To dan pho 3, phuong Ha Huy Tap, tinh Ha Tinh"}},
			Summary:     "Đề nghị xem xét lại việc bồi thường"})
		if err != nil || len(hints) != 1 || !hasReason(hints, "Họ tên và địa chỉ gần giống") || hints[0].Name != "Nguyễn Văn Dũng" ||
			hints[0].Number != first.Number || hints[0].MatterID != first.MatterID {
			t.Errorf("%q: %+v %v", name, hints, err)
		}
	}
	hints, err := f.clerk.Petitions.FindDuplicates(app.DuplicateQuery{Petitioners: []domain.Citizen{{Name: "Nguyễn V. Dũng", IDNumber: "042 090 001 234"}}})
	if err != nil || !hasReason(hints, "Cùng số giấy tờ tùy thân") || hints[0].Score < 0.9 {
		t.Fatalf("same ID number: %+v %v", hints, err)
	}
	hints, err = f.clerk.Petitions.FindDuplicates(app.DuplicateQuery{Summary: "Khiếu nại quyết định thu hồi đất thửa số 12, tờ bản đồ số 5"})
	if err != nil || !hasReason(hints, "Nội dung tương tự") {
		t.Fatalf("similar content: %+v %v", hints, err)
	}
	// Someone else, elsewhere, about something else: nothing.
	hints, err = f.clerk.Petitions.FindDuplicates(app.DuplicateQuery{Petitioners: []domain.Citizen{{Name: "Phạm Thị Lan",
		Address: "Thôn Trung, xã Cẩm Bình"}}, Summary: "Phản ánh tiếng ồn của quán karaoke"})
	if err != nil || len(hints) != 0 {
		t.Fatalf("unrelated: %+v %v", hints, err)
	}
	// The second petition, saved anyway, lists the first, and may be marked
	// its duplicate: it then joins the first's matter.
	again := complaint("2026-11-25", domain.Citizen{Name: "Nguyen Van Dung", Address: dung.Address})
	again.DuplicateOf = first.ID
	saved, err := f.clerk.Petitions.Save(again)
	if err != nil || len(saved.Duplicates) == 0 || saved.Duplicates[0].PetitionID != first.ID || saved.MatterID != first.MatterID {
		t.Fatalf("second save: %+v %v", saved, err)
	}
	// The police may not probe the register.
	if _, err := f.police.Petitions.FindDuplicates(app.DuplicateQuery{Summary: "đất"}); domain.KindOf(err) != domain.Forbidden {
		t.Fatalf("police duplicate check: %v", err)
	}
}

// Acceptance (6): a denouncer is sealed in the store, masked in views, and
// revealed only to the Chairman with a reason, audited.
func TestADenouncerIsSealedInThePetitionRegister(t *testing.T) {
	f := newPetitions(t)
	saved, err := f.clerk.Petitions.Save(denunciation("2026-11-26", secretPerson))
	if err != nil {
		t.Fatal(err)
	}
	if c := saved.Petitioners[0]; !c.Masked || c.Name != "[Được giữ bí mật]" || c.IDNumber != "" || c.Address != "" {
		t.Fatalf("the clerk sees %+v", c)
	}
	// The raw table holds no name, number or address, only the sealed bytes.
	db, err := sql.Open("sqlite", filepath.Join(f.dir, "tiepdan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var name, number, address string
	var protected bool
	var sealed []byte
	if err := db.QueryRow(`SELECT name, id_number, address, protected, sealed FROM petition_citizen WHERE petition_id = ?`, saved.ID).
		Scan(&name, &number, &address, &protected, &sealed); err != nil {
		t.Fatal(err)
	}
	if name != "" || number != "" || address != "" || !protected || len(sealed) < 50 || bytes.Contains(sealed, []byte("Bí Mật")) {
		t.Fatalf("raw row: %q %q %q %v %d bytes", name, number, address, protected, len(sealed))
	}
	// The same person denounces at reception too; then nothing in the data
	// folder — the database with its WAL, the logs, a backup — holds the
	// identity in the clear (issue 7's acceptance).
	at := f.visit(secretPerson)
	at.Kind, at.Summary = domain.ContentDenunciation, "Tố cáo công chức địa chính nhận tiền của người dân"
	if _, err := f.clerk.Reception.SaveVisit(at); err != nil {
		t.Fatal(err)
	}
	if _, err := f.admin.Backups.Create(); err != nil {
		t.Fatal(err)
	}
	backups := 0
	err = filepath.WalkDir(f.dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if filepath.Base(filepath.Dir(path)) == "backups" {
			backups++
		}
		for _, s := range []string{"Bí Mật", "bi mat", "042185000123", "0987654321"} {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s contains %q", path, s)
			}
		}
		return err
	})
	if err != nil || backups == 0 {
		t.Fatalf("scanned %d backups: %v", backups, err)
	}
	// Found by the whole name, shown masked.
	page, err := f.clerk.Petitions.List(app.PetitionFilter{Text: "le thi bi mat"})
	if err != nil || page.Total != 1 || !page.Rows[0].Petitioners[0].Masked {
		t.Fatalf("search by the protected name: %+v %v", page, err)
	}
	hints, err := f.clerk.Petitions.FindDuplicates(app.DuplicateQuery{Petitioners: []domain.Citizen{{Name: "Lê Thị Bí Mật", IDNumber: "042185000123"}}})
	if err != nil || len(hints) != 1 || hints[0].Name != "[Được giữ bí mật]" || hints[0].Reasons[0] != "Cùng số giấy tờ tùy thân" {
		t.Fatalf("duplicate of a protected petitioner: %+v %v", hints, err)
	}
	// Revealed to the Chairman only, with a reason, audited.
	if _, err := f.clerk.Petitions.RevealPetitioner(saved.ID, 0, "Kiểm tra"); domain.KindOf(err) != domain.Forbidden {
		t.Fatalf("the clerk revealed: %v", err)
	}
	if _, err := f.leader.Petitions.RevealPetitioner(saved.ID, 0, "  "); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("reveal without a reason: %v", err)
	}
	c, err := f.leader.Petitions.RevealPetitioner(saved.ID, 0, "Chỉ đạo xác minh nội dung tố cáo")
	if err != nil || c.Name != "Lê Thị Bí Mật" || c.IDNumber != "042185000123" || c.Address != secretPerson.Address {
		t.Fatalf("revealed %+v %v", c, err)
	}
	log, err := f.admin.Audit.List(app.AuditFilter{Action: "reveal", Entity: "petition"})
	if err != nil || log.Total != 1 || log.Rows[0].Actor != "chutich" || !strings.Contains(string(log.Rows[0].New), "Chỉ đạo xác minh") {
		t.Fatalf("reveal audit: %+v %v", log, err)
	}
}

func TestScansAreKeptAndSealedForProtectedPetitions(t *testing.T) {
	f := newPetitions(t)
	plain, _ := f.clerk.Petitions.Save(complaint("2026-11-26", dung))
	secret, _ := f.clerk.Petitions.Save(denunciation("2026-11-26", secretPerson))
	scan := []byte("%PDF-1.4\n% Đơn của Lê Thị Bí Mật\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
	data := base64.StdEncoding.EncodeToString(scan)
	for _, p := range []*app.PetitionView{plain, secret} {
		info, err := f.clerk.Petitions.Attach(p.ID, "don.pdf", "application/pdf", data)
		if err != nil || info.Size != int64(len(scan)) || info.ID == 0 {
			t.Fatalf("attach: %+v %v", info, err)
		}
	}
	got, _ := f.clerk.Petitions.Petition(plain.ID)
	if len(got.Attachments) != 1 || got.Attachments[0].Name != "don.pdf" {
		t.Fatalf("attachments = %+v", got.Attachments)
	}
	if b64, err := f.clerk.Petitions.Attachment(got.Attachments[0].ID); err != nil || b64 != data {
		t.Fatalf("open the scan: %v", err)
	}
	sec, _ := f.clerk.Petitions.Petition(secret.ID)
	if _, err := f.clerk.Petitions.Attachment(sec.Attachments[0].ID); domain.KindOf(err) != domain.Forbidden {
		t.Fatalf("the clerk opened a sealed scan: %v", err)
	}
	if b64, err := f.leader.Petitions.Attachment(sec.Attachments[0].ID); err != nil || b64 != data {
		t.Fatalf("the Chairman opens the sealed scan: %v", err)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Action: "view", Entity: "petition_attachment"})
	if log.Total != 2 {
		t.Fatalf("scan views audited: %d", log.Total)
	}
	// Not a PDF though said to be, too big, or of another type: refused beside the field.
	for _, c := range []struct{ mime, data, field string }{
		{"application/pdf", base64.StdEncoding.EncodeToString([]byte("\x89PNG\r\n\x1a\nxxxx")), "data"},
		{"text/plain", data, "mime"},
		{"application/pdf", "không phải base64", "data"},
		{"application/pdf", base64.StdEncoding.EncodeToString(append([]byte("%PDF-"), make([]byte, 10<<20)...)), "data"},
	} {
		_, err := f.clerk.Petitions.Attach(plain.ID, "x.pdf", c.mime, c.data)
		var de *domain.Error
		if !errors.As(err, &de) || de.Fields[c.field] == "" {
			t.Errorf("%s: %v", c.mime, err)
		}
	}
}

func TestThePoliceSeeGroupAndComplexPetitionsOnly(t *testing.T) {
	f := newPetitions(t)
	single, _ := f.clerk.Petitions.Save(complaint("2026-11-26", dung))
	group := denunciation("2026-11-26", domain.Citizen{Name: "Trần Văn Hùng", Representative: true}, secretPerson)
	group.FilerKind, group.PeopleCount = domain.FilerMany, 9
	g, err := f.clerk.Petitions.Save(group)
	if err != nil {
		t.Fatal(err)
	}
	page, err := f.police.Petitions.List(app.PetitionFilter{})
	if err != nil || page.Total != 1 || page.Rows[0].ID != g.ID {
		t.Fatalf("police register: %+v %v", page, err)
	}
	for _, c := range page.Rows[0].Petitioners {
		if !c.Masked {
			t.Fatalf("the police see %+v", c)
		}
	}
	if _, err := f.police.Petitions.Petition(single.ID); domain.KindOf(err) != domain.Forbidden {
		t.Fatalf("the police opened a single petition: %v", err)
	}
	if _, err := f.police.Petitions.Save(complaint("2026-11-26", dung)); domain.KindOf(err) != domain.Forbidden {
		t.Fatalf("the police registered a petition: %v", err)
	}
}

func TestEditingADenunciationKeepsTheSealedIdentity(t *testing.T) {
	f := newPetitions(t)
	saved, err := f.clerk.Petitions.Save(denunciation("2026-11-26", secretPerson))
	if err != nil {
		t.Fatal(err)
	}
	// The form sends back what it read: the petitioner masked.
	edit := saved.Petition
	edit.Summary += " và gây khó khăn cho người dân"
	again, err := f.clerk.Petitions.Save(edit)
	if err != nil || again.Revision != saved.Revision+1 || !again.Petitioners[0].Masked {
		t.Fatalf("edited = %+v %v", again, err)
	}
	c, err := f.leader.Petitions.RevealPetitioner(saved.ID, 0, "Kiểm tra sau khi sửa đơn")
	if err != nil || c.Name != secretPerson.Name || c.IDNumber != secretPerson.IDNumber {
		t.Fatalf("after the edit the identity is %+v %v", c, err)
	}
}

func TestAPetitionHandedInAtAVisitJoinsItsMatter(t *testing.T) {
	f := newPetitions(t)
	v, err := f.clerk.Reception.SaveVisit(f.visit(dung))
	if err != nil {
		t.Fatal(err)
	}
	p := complaint("2026-11-27", dung)
	p.Source, p.VisitID = domain.SourceReception, v.ID
	saved, err := f.clerk.Petitions.Save(p)
	if err != nil || saved.VisitID != v.ID || saved.MatterID != v.MatterID {
		t.Fatalf("petition from the visit: %+v %v", saved, err)
	}
	p.VisitID = v.ID + 100
	if _, err := f.clerk.Petitions.Save(p); domain.KindOf(err) != domain.NotFound {
		t.Fatalf("petition from no visit: %v", err)
	}
}
