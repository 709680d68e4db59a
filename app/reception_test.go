package app_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
	"tiepdan/store"
)

// receptionFixture has the administrator, a clerk, the Chairman and the
// police liaison logged in, on a store in a folder of its own, and one sitting.
type receptionFixture struct {
	dir                          string
	admin, clerk, leader, police *app.Services
	session                      *domain.ReceptionSession
}

func newReception(t *testing.T) *receptionFixture {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &receptionFixture{dir: dir, admin: apptest.AdminOn(t, st)}
	f.clerk = apptest.As(t, f.admin, "canbo", domain.RoleClerk)
	f.leader = apptest.As(t, f.admin, "chutich", domain.RoleLeader)
	f.police = apptest.As(t, f.admin, "congan", domain.RolePolice)
	f.session, err = f.clerk.Reception.SaveSession(domain.ReceptionSession{Kind: domain.SessionRegular, Date: "2026-11-27",
		Place: "Trụ sở Ủy ban nhân dân phường", PresidedBy: "Đặng Thị Hòa, công chức tiếp công dân"})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *receptionFixture) visit(people ...domain.Citizen) app.VisitInput {
	return app.VisitInput{Visit: domain.Visit{SessionID: f.session.ID, ReceivedAt: "2026-11-27T09:00:00+07:00", Citizens: people,
		PeopleCount: len(people), Summary: "Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa số 12, tờ bản đồ số 5",
		Kind: domain.ContentRecommendation, Field: "Đất đai", Outcome: domain.OutcomeAccept, WithinCompetence: true}}
}

var dung = domain.Citizen{Name: "Nguyễn Văn Dũng", IDKind: "can-cuoc", IDNumber: "042090001234", BirthDate: "1990-05-12",
	Address: "Tổ dân phố 3, phường Hà Huy Tập, tỉnh Hà Tĩnh", Phone: "0912345678"}

func TestAVisitIsLoggedWithItsReplyDeadline(t *testing.T) {
	f := newReception(t)
	v, err := f.clerk.Reception.SaveVisit(f.visit(dung))
	if err != nil {
		t.Fatal(err)
	}
	if v.Number != 1 || v.Year != 2026 || v.VisitOrdinal != 1 || v.MatterID == 0 || v.IsGroup {
		t.Fatalf("visit = %+v", v.Visit)
	}
	// Art. 28: 10 ngày làm việc from Friday 27/11/2026 → Friday 11/12/2026.
	if v.ReplyDue != "2026-12-11" || !strings.Contains(v.ReplyCitation, "Luật Tiếp công dân") {
		t.Fatalf("reply deadline %s (%s)", v.ReplyDue, v.ReplyCitation)
	}
	if v.Citizens[0].Name != "Nguyễn Văn Dũng" || v.Citizens[0].Masked {
		t.Fatalf("citizen = %+v", v.Citizens[0])
	}
}

func TestASecondVisitOnTheMatterIsARepeatVisit(t *testing.T) {
	f := newReception(t)
	first, err := f.clerk.Reception.SaveVisit(f.visit(dung))
	if err != nil {
		t.Fatal(err)
	}
	again := f.visit(dung)
	again.ReceivedAt = "2026-11-27T09:20:00+07:00"
	again.MatterID = first.MatterID
	second, err := f.clerk.Reception.SaveVisit(again)
	if err != nil {
		t.Fatal(err)
	}
	if second.VisitOrdinal != 2 || second.Number != 2 || second.MatterID != first.MatterID {
		t.Fatalf("second visit: ordinal %d, number %d, matter %d", second.VisitOrdinal, second.Number, second.MatterID)
	}
	if v, _ := f.clerk.Reception.Visit(first.ID); v.VisitOrdinal != 1 {
		t.Fatalf("the first visit became ordinal %d", v.VisitOrdinal)
	}
	// Another person about another matter starts again at 1.
	other := f.visit(domain.Citizen{Name: "Đặng Văn Lâm", Address: "Tổ dân phố 1"})
	if v, err := f.clerk.Reception.SaveVisit(other); err != nil || v.VisitOrdinal != 1 || v.MatterID == first.MatterID {
		t.Fatalf("other visit: %+v %v", v, err)
	}
}

func TestBadIdentityNumbersAreRefusedBesideTheField(t *testing.T) {
	f := newReception(t)
	cases := map[string]string{
		"04209000123":  "12",       // one digit short
		"097090001234": "tỉnh",     // no such province code
		"042095001234": "năm sinh", // born 1995, not 1990 as the birth date says
		"04209000123A": "chữ số",   // a letter
	}
	for number, want := range cases {
		c := dung
		c.IDNumber = number
		_, err := f.clerk.Reception.SaveVisit(f.visit(c))
		var de *domain.Error
		if !errors.As(err, &de) || de.Kind != domain.Invalid || de.Fields["citizens.0.idNumber"] == "" {
			t.Errorf("%s: %v, want a message beside citizens.0.idNumber", number, err)
			continue
		}
		msg := strings.ToLower(de.Fields["citizens.0.idNumber"])
		ok := false
		for _, w := range strings.Split(want, "|") {
			ok = ok || strings.Contains(msg, w)
		}
		if !ok {
			t.Errorf("%s: %q does not mention %q", number, msg, want)
		}
	}
	page, err := f.clerk.Reception.Visits(app.VisitFilter{})
	if err != nil || page.Total != 0 {
		t.Fatalf("a refused visit was written: %+v %v", page, err)
	}
}

func TestGroupsNameRepresentatives(t *testing.T) {
	f := newReception(t)
	group := f.visit(
		domain.Citizen{Name: "Trần Văn Hùng", Representative: true},
		domain.Citizen{Name: "Phạm Thị Lan", Representative: true},
		domain.Citizen{Name: "Hoàng Văn Đức", Representative: true},
	)
	group.PeopleCount = 12
	v, err := f.clerk.Reception.SaveVisit(group)
	if err != nil || !v.IsGroup || len(v.Warnings) != 0 {
		t.Fatalf("group of 12 with 3 representatives: %+v %v", v, err)
	}
	small := group
	small.PeopleCount = 7
	if v, err := f.clerk.Reception.SaveVisit(small); err != nil || len(v.Warnings) != 1 || !strings.Contains(v.Warnings[0], "từ 1 đến 2") {
		t.Fatalf("group of 7 with 3 representatives: %+v %v", v, err)
	}
	none := f.visit(domain.Citizen{Name: "Trần Văn Hùng"})
	none.PeopleCount = 6
	if _, err := f.clerk.Reception.SaveVisit(none); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("a group without a representative: %v", err)
	}
}

func TestFoldedSearch(t *testing.T) {
	f := newReception(t)
	for _, c := range []domain.Citizen{dung, {Name: "Đặng Thị Hòa", Address: "Tổ dân phố 5"}, {Name: "Lê Văn Tám", Address: "Xóm Đông"}} {
		if _, err := f.clerk.Reception.SaveVisit(f.visit(c)); err != nil {
			t.Fatal(err)
		}
	}
	for query, want := range map[string]string{
		"nguyen van dung": "Nguyễn Văn Dũng",
		"dang":            "Đặng Thị Hòa",
		"hoà":             "Đặng Thị Hòa",
		"042090":          "Nguyễn Văn Dũng",
		"xom dong":        "Lê Văn Tám",
	} {
		page, err := f.clerk.Reception.Visits(app.VisitFilter{Text: query})
		if err != nil || page.Total != 1 || page.Rows[0].Citizens[0].Name != want {
			t.Errorf("search %q: %+v %v; want %s", query, page, err, want)
		}
	}
}

func TestADenouncerIsNeverStoredInTheClear(t *testing.T) {
	f := newReception(t)
	secret := domain.Citizen{Name: "Lê Thị Bí Mật", IDKind: "can-cuoc", IDNumber: "042185000123", BirthDate: "1985-02-03",
		Address: "Tổ dân phố 7, phường Hà Huy Tập", Phone: "0987654321"}
	v := f.visit(secret)
	v.Kind = domain.ContentDenunciation
	v.Summary = "Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ đất"
	saved, err := f.clerk.Reception.SaveVisit(v)
	if err != nil {
		t.Fatal(err)
	}
	if c := saved.Citizens[0]; !c.Masked || c.Name != "[Được giữ bí mật]" || c.IDNumber != "" {
		t.Fatalf("the clerk sees %+v", c)
	}
	// Found by the whole name, folded, but shown masked.
	page, err := f.clerk.Reception.Visits(app.VisitFilter{Text: "le thi bi mat"})
	if err != nil || page.Total != 1 || !page.Rows[0].Citizens[0].Masked {
		t.Fatalf("search by the protected name: %+v %v", page, err)
	}
	// Nothing in the data folder — the database, its WAL, the backups, the
	// logs — holds the name or the number in the clear.
	if _, err := f.admin.Backups.Create(); err != nil {
		t.Fatal(err)
	}
	files, backups := 0, 0
	err = filepath.WalkDir(f.dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		if filepath.Base(filepath.Dir(path)) == "backups" {
			backups++
		}
		for _, s := range []string{"Bí Mật", "bi mat", "042185000123", "0987654321"} {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s contains %q", path, s)
			}
		}
		return nil
	})
	if err != nil || files < 3 || backups == 0 {
		t.Fatalf("scanned %d files, %d backups: %v", files, backups, err)
	}
	// The clerk may not reveal; the Chairman may, with a reason, audited.
	if _, err := f.clerk.Reception.RevealCitizen(saved.ID, 0, "Kiểm tra"); domain.KindOf(err) != domain.Forbidden {
		t.Fatalf("the clerk revealed: %v", err)
	}
	if _, err := f.leader.Reception.RevealCitizen(saved.ID, 0, " "); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("reveal without a reason: %v", err)
	}
	c, err := f.leader.Reception.RevealCitizen(saved.ID, 0, "Chỉ đạo xác minh nội dung tố cáo")
	if err != nil || c.Name != "Lê Thị Bí Mật" || c.IDNumber != "042185000123" {
		t.Fatalf("revealed %+v %v", c, err)
	}
	log, err := f.admin.Audit.List(app.AuditFilter{Action: "reveal"})
	if err != nil || log.Total != 1 || log.Rows[0].Actor != "chutich" || !strings.Contains(string(log.Rows[0].New), "Chỉ đạo xác minh") {
		t.Fatalf("reveal audit: %+v %v", log, err)
	}
}

// Saving back a visit as the clerk sees it (the denouncer masked) keeps the
// sealed identity; a masked person that was never stored is refused.
func TestSavingAMaskedVisitKeepsTheSealedIdentity(t *testing.T) {
	f := newReception(t)
	v := f.visit(domain.Citizen{Name: "Lê Thị Bí Mật", Address: "Tổ dân phố 7, phường Hà Huy Tập"})
	v.Kind = domain.ContentDenunciation
	v.Summary = "Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ đất"
	saved, err := f.clerk.Reception.SaveVisit(v)
	if err != nil {
		t.Fatal(err)
	}
	again := app.VisitInput{Visit: saved.Visit}
	again.Notes = "Bổ sung ghi chú"
	if _, err := f.clerk.Reception.SaveVisit(again); err != nil {
		t.Fatalf("save back: %v", err)
	}
	c, err := f.leader.Reception.RevealCitizen(saved.ID, 0, "Kiểm tra sau khi sửa")
	if err != nil || c.Name != "Lê Thị Bí Mật" {
		t.Fatalf("after the save back the identity is %+v %v", c, err)
	}
	fresh := app.VisitInput{Visit: saved.Visit}
	fresh.ID, fresh.Revision = 0, 0
	if _, err := f.clerk.Reception.SaveVisit(fresh); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("a new visit with a masked person: %v", err)
	}
}

func TestThePoliceSeeGroupsOnlyAndNoProtectedNames(t *testing.T) {
	f := newReception(t)
	single, err := f.clerk.Reception.SaveVisit(f.visit(dung))
	if err != nil {
		t.Fatal(err)
	}
	group := f.visit(domain.Citizen{Name: "Lê Thị Bí Mật", Representative: true}, domain.Citizen{Name: "Trần Văn Hùng", Representative: true})
	group.PeopleCount, group.Kind = 8, domain.ContentDenunciation
	if _, err := f.clerk.Reception.SaveVisit(group); err != nil {
		t.Fatal(err)
	}
	page, err := f.police.Reception.Visits(app.VisitFilter{})
	if err != nil || page.Total != 1 || !page.Rows[0].IsGroup {
		t.Fatalf("police logbook: %+v %v", page, err)
	}
	for _, c := range page.Rows[0].Citizens {
		if !c.Masked || strings.Contains(c.Name, "Bí Mật") {
			t.Fatalf("the police see %+v", c)
		}
	}
	if _, err := f.police.Reception.Visit(single.ID); domain.KindOf(err) != domain.Forbidden {
		t.Fatalf("the police opened a single visit: %v", err)
	}
	if _, err := f.police.Reception.SaveVisit(f.visit(dung)); domain.KindOf(err) != domain.Forbidden {
		t.Fatalf("the police recorded a visit: %v", err)
	}
}

func TestARefusalThatNeedsTheNoticeGetsItsDeadline(t *testing.T) {
	f := newReception(t)
	v := f.visit(dung)
	v.Outcome, v.RefusalGround = domain.OutcomeRefuse, "kien-nghi-lap-lai"
	saved, err := f.clerk.Reception.SaveVisit(v)
	if err != nil {
		t.Fatal(err)
	}
	// 03 ngày làm việc from Friday 27/11/2026 → Wednesday 02/12/2026.
	if saved.NoticeDue != "2026-12-02" || saved.ReplyDue != "" {
		t.Fatalf("notice due %q, reply due %q", saved.NoticeDue, saved.ReplyDue)
	}
	v.RefusalGround = "say-ruou-tam-than"
	if saved, err = f.clerk.Reception.SaveVisit(v); err != nil || saved.NoticeDue != "" {
		t.Fatalf("a ground without the notice: %+v %v", saved, err)
	}
	v.RefusalGround = "khong-co"
	if _, err := f.clerk.Reception.SaveVisit(v); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("an unknown ground: %v", err)
	}
	// Before NĐ 154/2026 the Mẫu 01/TCD notice and its deadline did not
	// exist: a refusal recorded for such a day saves, owing none.
	v.RefusalGround, v.ReceivedAt = "da-giai-quyet-dung", "2026-05-20T09:00:00+07:00"
	if saved, err = f.clerk.Reception.SaveVisit(v); err != nil || saved.NoticeDue != "" {
		t.Fatalf("a refusal of May 2026: %+v %v", saved, err)
	}
}

func TestAReceiptIsIssuedWithTheVisit(t *testing.T) {
	f := newReception(t)
	unit := validUnit()
	if _, err := f.admin.Settings.SaveUnit(unit); err != nil {
		t.Fatal(err)
	}
	in := f.visit(dung)
	in.Receipt = &domain.ReceiptDraft{Items: []domain.ReceiptItem{
		{Name: "Đơn kiến nghị đề ngày 20/11/2026", Pages: 2, Kind: domain.ItemOriginal, Condition: "nguyên vẹn"},
		{Name: "Bản sao giấy chứng nhận quyền sử dụng đất", Pages: 4, Kind: domain.ItemCertifiedCopy, Condition: "rõ chữ"},
	}}
	v, err := f.clerk.Reception.SaveVisit(in)
	if err != nil {
		t.Fatal(err)
	}
	if v.Receipt == nil || v.Receipt.Number != 1 || v.Receipt.Year != 2026 || len(v.Receipt.PDF) < 1000 {
		t.Fatalf("receipt = %+v", v.Receipt)
	}
	pdf, err := base64.StdEncoding.DecodeString(v.Receipt.PDF)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %v", err)
	}
	// The next receipt of the year is number 2.
	again := f.visit(dung)
	again.Receipt = in.Receipt
	if v2, err := f.clerk.Reception.SaveVisit(again); err != nil || v2.Receipt.Number != 2 {
		t.Fatalf("second receipt: %+v %v", v2, err)
	}
	// A receipt needs what it prints: an item without a name is refused
	// beside the field, and nothing is written.
	bad := f.visit(dung)
	bad.Receipt = &domain.ReceiptDraft{Items: []domain.ReceiptItem{{Pages: 1, Kind: domain.ItemCopy, Condition: "tốt"}}}
	_, err = f.clerk.Reception.SaveVisit(bad)
	var de *domain.Error
	if !errors.As(err, &de) || de.Fields["receipt.items.0.name"] == "" {
		t.Fatalf("receipt without an item name: %v", err)
	}
	if page, _ := f.clerk.Reception.Visits(app.VisitFilter{}); page.Total != 2 {
		t.Fatalf("visits after a refused save: %d", page.Total)
	}
}

func TestTheRefusalNoticeIsPrintedForAGroundThatNeedsIt(t *testing.T) {
	f := newReception(t)
	if _, err := f.admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	v := f.visit(dung)
	v.Kind, v.Outcome, v.RefusalGround = domain.ContentRecommendation, domain.OutcomeRefuse, "kien-nghi-lap-lai"
	refused, err := f.clerk.Reception.SaveVisit(v)
	if err != nil {
		t.Fatal(err)
	}
	b64, err := f.clerk.Reception.RefusalNoticePDF(refused.ID, 12, "2026-11-30")
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := base64.StdEncoding.DecodeString(b64)
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatal("not a PDF")
	}
	// A visit that needs no notice is refused with a message.
	plain, _ := f.clerk.Reception.SaveVisit(f.visit(dung))
	if _, err := f.clerk.Reception.RefusalNoticePDF(plain.ID, 0, ""); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("notice for an accepted visit: %v", err)
	}
	// Without an identity number the notice cannot be printed: the message says what to add.
	noID := f.visit(domain.Citizen{Name: "Võ Thị Mai", Address: "Tổ dân phố 2"})
	noID.Kind, noID.Outcome, noID.RefusalGround = domain.ContentRecommendation, domain.OutcomeRefuse, "kien-nghi-lap-lai"
	saved, err := f.clerk.Reception.SaveVisit(noID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.clerk.Reception.RefusalNoticePDF(saved.ID, 0, ""); domain.KindOf(err) != domain.Invalid || !strings.Contains(err.Error(), "bổ sung vào lượt tiếp") {
		t.Fatalf("notice without an ID number: %v", err)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Action: "print"})
	if log.Total != 1 {
		t.Fatalf("print audit entries: %d", log.Total)
	}
}
