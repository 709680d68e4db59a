package app_test

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/domain"
)

// proposed registers p and proposes it for acceptance on day, returning its case.
func proposed(t *testing.T, f *receptionFixture, p domain.Petition, day string) *domain.Case {
	t.Helper()
	saved, err := f.clerk.Petitions.Save(p)
	if err != nil {
		t.Fatal(err)
	}
	v, err := f.clerk.Petitions.AddAction(app.NewAction{PetitionID: saved.ID, Revision: saved.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionProposeAcceptance, Date: day, DocNumber: "01/PĐX"}})
	if err != nil {
		t.Fatal(err)
	}
	if v.Case == nil || v.CaseID != v.Case.ID {
		t.Fatalf("no case after the proposal: %+v", v)
	}
	return v.Case
}

// step records s on case c and returns the case after it.
func step(t *testing.T, f *receptionFixture, c *domain.Case, s domain.CaseStep) *domain.Case {
	t.Helper()
	v, err := f.leader.Cases.AddStep(app.NewStep{CaseID: c.ID, Revision: c.Revision, CaseStep: s})
	if err != nil {
		t.Fatalf("%s on %s: %v", s.Kind, s.Date, err)
	}
	return &v.Case
}

// Acceptance (2): a first-round complaint, step by step, with the deadline
// each step leaves.
func TestAFirstComplaintFromProposalToDecision(t *testing.T) {
	f := newPetitions(t)
	c := proposed(t, f, complaint("2026-10-01", dung), "2026-10-02")
	// Thụ lý: 07 ngày làm việc from Thursday 01/10/2026 → Monday 12/10/2026.
	if c.Kind != domain.CaseComplaintFirst || c.Status != domain.CaseProposed || c.AcceptanceDue != "2026-10-12" ||
		!strings.Contains(c.AcceptanceCitation, "Nghị định 124/2020/NĐ-CP") || c.ResolutionDue != "" {
		t.Fatalf("proposed case = %+v", c)
	}
	if !slicesEqual(c.NextSteps, domain.StepAccept, domain.StepReject, domain.StepWithdraw, domain.StepTerminate) {
		t.Fatalf("next steps of a proposed case: %v", c.NextSteps)
	}
	// Accepted Monday 05/10/2026: 30 days → Wednesday 04/11/2026.
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-10-05", DocNumber: "25/QĐ-UBND"})
	if c.Status != domain.CaseAccepted || c.AcceptedOn != "2026-10-05" || c.AcceptanceDoc != "25/QĐ-UBND" ||
		c.ResolutionDue != "2026-11-04" || c.ResolutionRule != "kn-giai-quyet-lan-dau" || c.ResolutionCitation != "Điều 28 Luật Khiếu nại: 30 ngày" {
		t.Fatalf("accepted case = %+v", c)
	}
	// Found complex on 09/10: 45 days → Thursday 19/11/2026.
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepComplex, Date: "2026-10-09", Complexity: domain.ComplexityComplex,
		Reasons: []string{"nhieu-dia-diem", "chung-cu-mau-thuan"}})
	if c.Complexity != domain.ComplexityComplex || c.ResolutionDue != "2026-11-19" || c.ResolutionRule != "kn-giai-quyet-lan-dau-phuc-tap" ||
		len(c.ComplexityReasons) != 2 {
		t.Fatalf("complex case = %+v", c)
	}
	// Suspended Tuesday 20/10 (15 days counted): the clock stops, 30 days left.
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepSuspend, Date: "2026-10-20", DocNumber: "30/QĐ-UBND",
		Ground: "Chờ kết quả giám định của cơ quan chuyên môn"})
	if c.Status != domain.CaseSuspended || c.ResolutionDue != "" || !strings.Contains(c.ResolutionCitation, "còn 30 ngày") {
		t.Fatalf("suspended case = %+v", c)
	}
	if !slicesEqual(c.NextSteps, domain.StepResume, domain.StepWithdraw, domain.StepTerminate) {
		t.Fatalf("next steps of a suspended case: %v", c.NextSteps)
	}
	// Resumed Monday 26/10: 21/10–26/10 do not count → 19/11 + 6 days = Wednesday 25/11/2026.
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepResume, Date: "2026-10-26", DocNumber: "31/QĐ-UBND"})
	if c.Status != domain.CaseAccepted || c.ResolutionDue != "2026-11-25" {
		t.Fatalf("resumed case = %+v", c)
	}
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepVerify, Date: "2026-10-27", Assignee: "Công chức địa chính - xây dựng"})
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepDecide, Date: "2026-11-20", DocNumber: "40/QĐ-UBND",
		Result: domain.ResultPartly, Figures: domain.Figures{ReturnPersonLand: 45.5, PeopleRestored: 1}})
	if c.Status != domain.CaseDecided || c.DecidedOn != "2026-11-20" || c.Result != domain.ResultPartly || !c.OnTime ||
		c.ResolutionDue != "2026-11-25" || len(c.Steps) != 6 || c.Steps[5].Figures.ReturnPersonLand != 45.5 {
		t.Fatalf("decided case = %+v", c)
	}
	if !slicesEqual(c.NextSteps, domain.StepEnforce) {
		t.Fatalf("next steps of a decided case: %v", c.NextSteps)
	}
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepEnforce, Date: "2026-11-27", Done: true})
	if c.Status != domain.CaseClosed || len(c.NextSteps) != 0 {
		t.Fatalf("enforced case = %+v", c)
	}
	// The list shows it with its petition.
	page, err := f.clerk.Cases.List(app.CaseFilter{Status: domain.CaseClosed})
	if err != nil || page.Total != 1 || page.Rows[0].PetitionNumber != 1 || page.Rows[0].Name != "Nguyễn Văn Dũng" {
		t.Fatalf("case list = %+v %v", page, err)
	}
}

func TestARemoteComplaintHasTheLongerPeriod(t *testing.T) {
	f := newPetitions(t)
	c := proposed(t, f, complaint("2026-10-01", dung), "2026-10-02")
	v, err := f.leader.Cases.AddStep(app.NewStep{CaseID: c.ID, Revision: c.Revision, Remote: true,
		CaseStep: domain.CaseStep{Kind: domain.StepAccept, Date: "2026-10-05"}})
	// 45 days from Monday 05/10/2026 → Thursday 19/11/2026.
	if err != nil || !v.Remote || v.ResolutionDue != "2026-11-19" || v.ResolutionRule != "kn-giai-quyet-lan-dau-vung-xa" {
		t.Fatalf("remote case = %+v %v", v, err)
	}
}

// Acceptance (3): steps that may not follow are refused with a Vietnamese
// message, and nothing is written.
func TestStepsOutOfOrderAreRefusedAndWriteNothing(t *testing.T) {
	f := newPetitions(t)
	kn := proposed(t, f, complaint("2026-10-01", dung), "2026-10-02")
	tc := proposed(t, f, denunciation("2026-10-01", secretPerson), "2026-10-02")
	try := func(c *domain.Case, s domain.CaseStep, want string) {
		t.Helper()
		before := auditTotal(t, f)
		_, err := f.leader.Cases.AddStep(app.NewStep{CaseID: c.ID, Revision: c.Revision, CaseStep: s})
		refused(t, f, err, want, before)
		if after, _ := f.leader.Cases.Case(c.ID); after.Revision != c.Revision || len(after.Steps) != len(c.Steps) {
			t.Fatalf("the refused %s changed the case", s.Kind)
		}
	}
	try(kn, domain.CaseStep{Kind: domain.StepDecide, Date: "2026-10-20", Result: domain.ResultUpheld}, "chưa được thụ lý")
	try(kn, domain.CaseStep{Kind: domain.StepResume, Date: "2026-10-20"}, "không bị tạm đình chỉ")
	try(kn, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-09-30"}, "không được trước ngày")

	// Tố cáo: thụ lý, then gia hạn only once it is found complex, once.
	tc = step(t, f, tc, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-10-05", DocNumber: "26/QĐ-UBND"})
	// 30 days from Monday 05/10/2026 → Wednesday 04/11/2026.
	if tc.ResolutionDue != "2026-11-04" || tc.ResolutionRule != "tc-giai-quyet" {
		t.Fatalf("accepted tố cáo = %+v", tc)
	}
	try(tc, domain.CaseStep{Kind: domain.StepExtend, Date: "2026-10-30", Days: 30}, "phức tạp")
	tc = step(t, f, tc, domain.CaseStep{Kind: domain.StepComplex, Date: "2026-10-20", Complexity: domain.ComplexityComplex,
		Reasons: []string{"nhieu-co-quan"}})
	if tc.ResolutionDue != "2026-11-04" {
		t.Fatalf("a complex tố cáo keeps its period until extended: %s", tc.ResolutionDue)
	}
	tc = step(t, f, tc, domain.CaseStep{Kind: domain.StepExtend, Date: "2026-10-30", Days: 30, DocNumber: "35/QĐ-UBND"})
	// + 30 days → 60 days from 05/10 → Friday 04/12/2026.
	if tc.ResolutionDue != "2026-12-04" || !strings.Contains(tc.ResolutionCitation, "gia hạn 30 ngày") {
		t.Fatalf("extended tố cáo = %+v", tc)
	}
	try(tc, domain.CaseStep{Kind: domain.StepExtend, Date: "2026-11-27", Days: 10}, "chỉ được gia hạn một lần")
	try(tc, domain.CaseStep{Kind: domain.StepDialogue, Date: "2026-11-27", InvitedOn: "2026-11-20"}, "khiếu nại")

	// Khiếu nại: no gia hạn; the dialogue invitation comes 05 days before.
	kn = step(t, f, kn, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-10-05"})
	try(kn, domain.CaseStep{Kind: domain.StepExtend, Date: "2026-10-30", Days: 15}, "Khiếu nại không gia hạn")
	try(kn, domain.CaseStep{Kind: domain.StepDialogue, Date: "2026-10-20", InvitedOn: "2026-10-17"}, "ít nhất 05 ngày")
	try(kn, domain.CaseStep{Kind: domain.StepComplex, Date: "2026-10-20", Complexity: domain.ComplexityVery,
		Reasons: []string{"nhieu-dia-diem"}}, "Chỉ vụ việc tố cáo")
	try(kn, domain.CaseStep{Kind: domain.StepDecide, Date: "2026-10-20", Result: domain.ResultRecognised}, "không phù hợp")
	kn = step(t, f, kn, domain.CaseStep{Kind: domain.StepDialogue, Date: "2026-10-20", InvitedOn: "2026-10-15"})
	kn = step(t, f, kn, domain.CaseStep{Kind: domain.StepDecide, Date: "2026-10-30", Result: domain.ResultRejected})
	try(kn, domain.CaseStep{Kind: domain.StepVerify, Date: "2026-11-02", Assignee: "Công chức tư pháp"}, "chỉ ghi được việc thi hành")

	// Lần hai: no decision without a dialogue.
	second := complaint("2026-10-01", dung)
	second.PriorStatus = domain.PriorFirst
	k2 := proposed(t, f, second, "2026-10-02")
	if k2.Kind != domain.CaseComplaintSecond {
		t.Fatalf("second-round case kind %s", k2.Kind)
	}
	k2 = step(t, f, k2, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-10-05"})
	try(k2, domain.CaseStep{Kind: domain.StepDecide, Date: "2026-10-30", Result: domain.ResultRecognised}, "phải tổ chức đối thoại")

	// A rejected complaint needs an Art. 11 ground and ends the case.
	other := proposed(t, f, complaint("2026-11-02", dung), "2026-11-03")
	try(other, domain.CaseStep{Kind: domain.StepReject, Date: "2026-11-04", Ground: "không thích"}, "Điều 11")
	other = step(t, f, other, domain.CaseStep{Kind: domain.StepReject, Date: "2026-11-04", Ground: "het-thoi-hieu"})
	try(other, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-11-05"}, "đã kết thúc")
}

func TestAProposalNeedsAnEligiblePetitionWithinCompetence(t *testing.T) {
	f := newPetitions(t)
	for _, c := range []struct {
		edit func(*domain.Petition)
		want string
	}{
		{func(p *domain.Petition) { p.Eligible, p.IneligibleReason = false, domain.IneligibleUnsigned }, "không đủ điều kiện"},
		{func(p *domain.Petition) { p.WithinCompetence = false }, "không thuộc thẩm quyền"},
		{func(p *domain.Petition) { p.Kind, p.Field = domain.ContentMixed, domain.FieldOther }, "nhiều nội dung"},
	} {
		p := complaint("2026-11-02", dung)
		c.edit(&p)
		saved, err := f.clerk.Petitions.Save(p)
		if err != nil {
			t.Fatal(err)
		}
		before := auditTotal(t, f)
		_, err = f.clerk.Petitions.AddAction(app.NewAction{PetitionID: saved.ID, Revision: saved.Revision,
			PetitionAction: domain.PetitionAction{Kind: domain.ActionProposeAcceptance, Date: "2026-11-03"}})
		refused(t, f, err, c.want, before)
	}
	// Once proposed, the petition's kind no longer changes.
	c := proposed(t, f, complaint("2026-11-02", dung), "2026-11-03")
	p, _ := f.clerk.Petitions.Petition(c.PetitionID)
	p.Kind, p.Field = domain.ContentDenunciation, domain.FieldLand
	if _, err := f.clerk.Petitions.Save(p.Petition); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("kind changed after the proposal: %v", err)
	}
}

func TestCaseDocumentsAndTheChecklist(t *testing.T) {
	f := newPetitions(t)
	list, err := f.clerk.Cases.ComplexityChecklist()
	if err != nil || len(list) != 7 || list[0].Code == "" || list[0].Citation == "" {
		t.Fatalf("checklist = %+v %v", list, err)
	}
	c := proposed(t, f, complaint("2026-11-02", dung), "2026-11-03")
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-11-05", DocNumber: "25/TB-UBND"})
	if _, err := f.clerk.Cases.DocumentPDF(c.ID, c.Steps[0].ID+1000); domain.KindOf(err) != domain.NotFound {
		t.Fatalf("document of no step: %v", err)
	}
	isPDF(t)(f.clerk.Cases.DocumentPDF(c.ID, c.Steps[0].ID)) // Thông báo thụ lý (NĐ 124/2020 Mẫu 03)
	c = step(t, f, c, domain.CaseStep{Kind: domain.StepVerify, Date: "2026-11-06", Assignee: "Công chức tư pháp"})
	if _, err := f.clerk.Cases.DocumentPDF(c.ID, c.Steps[1].ID); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("document of a verification: %v", err)
	}
	// A tố cáo's decisions print without the denouncer, so the clerk may print them.
	tc := proposed(t, f, denunciation("2026-10-01", secretPerson), "2026-10-02")
	tc = step(t, f, tc, domain.CaseStep{Kind: domain.StepAccept, Date: "2026-10-05", DocNumber: "26/QĐ-UBND"})
	tc = step(t, f, tc, domain.CaseStep{Kind: domain.StepComplex, Date: "2026-10-20", Complexity: domain.ComplexityComplex,
		Reasons: []string{"nhieu-co-quan"}})
	tc = step(t, f, tc, domain.CaseStep{Kind: domain.StepExtend, Date: "2026-10-30", Days: 30, DocNumber: "35/QĐ-UBND"})
	isPDF(t)(f.clerk.Cases.DocumentPDF(tc.ID, tc.Steps[0].ID)) // Quyết định thụ lý tố cáo (NĐ 31/2019 Mẫu 04)
	isPDF(t)(f.clerk.Cases.DocumentPDF(tc.ID, tc.Steps[2].ID)) // Quyết định gia hạn (Mẫu 01)
	log, _ := f.admin.Audit.List(app.AuditFilter{Action: "print", Entity: "legal_case"})
	if log.Total != 3 {
		t.Fatalf("prints audited: %d", log.Total)
	}
}

// isPDF returns a check that a print gave a base64 PDF.
func isPDF(t *testing.T) func(b64 string, err error) {
	return func(b64 string, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := base64.StdEncoding.DecodeString(b64)
		if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			t.Fatalf("not a PDF: %v", err)
		}
	}
}

func TestPetitionDocumentsAndTheDailySummary(t *testing.T) {
	f := newPetitions(t)
	p, _ := f.clerk.Petitions.Save(complaint("2026-11-26", dung))
	v, err := f.clerk.Petitions.AddAction(app.NewAction{PetitionID: p.ID, Revision: p.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionProposeAcceptance, Date: "2026-11-27", DocNumber: "01/PĐX",
			Note: "Đơn đủ điều kiện thụ lý"}})
	if err != nil {
		t.Fatal(err)
	}
	isPDF(t)(f.clerk.Petitions.DocumentPDF(p.ID, v.Actions[0].ID)) // Phiếu đề xuất thụ lý đơn (Mẫu 01)
	// A returned đơn needs its reason to print.
	r, _ := f.clerk.Petitions.Save(complaint("2026-11-26", dung))
	r2, err := f.clerk.Petitions.AddAction(app.NewAction{PetitionID: r.ID, Revision: r.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionReturn, Date: "2026-11-27"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.clerk.Petitions.DocumentPDF(r.ID, r2.Actions[0].ID); domain.KindOf(err) != domain.Invalid ||
		!strings.Contains(err.Error(), "lý do") {
		t.Fatalf("return without a reason: %v", err)
	}
	// A tố cáo's transfer slip does not name the denouncer: the clerk prints it.
	s, _ := f.clerk.Petitions.Save(denunciation("2026-11-26", secretPerson))
	s2, err := f.clerk.Petitions.AddAction(app.NewAction{PetitionID: s.ID, Revision: s.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionTransfer, Date: "2026-11-27", Body: "Thanh tra tỉnh Hà Tĩnh"}})
	if err != nil {
		t.Fatal(err)
	}
	isPDF(t)(f.clerk.Petitions.DocumentPDF(s.ID, s2.Actions[0].ID)) // Phiếu chuyển đơn tố cáo (Mẫu 03)
	forms, err := f.clerk.Petitions.Forms()
	if err != nil || len(forms) == 0 {
		t.Fatalf("forms = %v %v", forms, err)
	}
	isPDF(t)(f.leader.Dashboard.DailySummaryPDF(""))
	if _, err := f.leader.Dashboard.DailySummaryPDF("2026-02-30"); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("a day that does not exist: %v", err)
	}
	log, _ := f.admin.Audit.List(app.AuditFilter{Action: "print"})
	if log.Total != 3 {
		t.Fatalf("prints audited: %d", log.Total)
	}
}

// slicesEqual reports whether got holds exactly want, in order.
func slicesEqual(got []domain.StepKind, want ...domain.StepKind) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}
