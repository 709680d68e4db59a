package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// petition returns a stored petition received on day from one citizen, as
// the app would hand it to the store (the citizen's folded search text set).
func petition(day, name, idNumber, address, summary string) store.StoredPetition {
	c := domain.Citizen{Name: name, IDKind: "can-cuoc", IDNumber: idNumber, Address: address}
	return store.StoredPetition{Petition: domain.Petition{ReceivedOn: day, Source: domain.SourcePost, FilerKind: domain.FilerSingle,
		PeopleCount: 1, Kind: domain.ContentComplaint, Field: domain.FieldLand, Summary: summary, Eligible: true,
		WithinCompetence: true, PriorStatus: domain.PriorNone, HandlingDue: "2026-12-11", HandlingRule: "xu-ly-don",
		HandlingCitation: "Thông tư 05/2021/TT-TTCP: 10 ngày làm việc"},
		People: []store.StoredCitizen{{Citizen: c, Folded: domain.Fold(name + " " + idNumber + " " + address)}}}
}

func auditCount(t *testing.T, s *store.Store) int {
	t.Helper()
	_, n, err := s.AuditEntries(context.Background(), store.FindAudit{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPetitionsAreNumberedPerYearAndStartMatters(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	first, err := s.SavePetition(ctx, "canbo", petition("2026-11-02", "Nguyễn Văn Dũng", "042090001234", "Tổ dân phố 3", "Khiếu nại thu hồi đất"))
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.SavePetition(ctx, "canbo", petition("2026-11-03", "Lê Thị Hoa", "", "Xóm Đông", "Khiếu nại bồi thường"))
	if err != nil {
		t.Fatal(err)
	}
	old, err := s.SavePetition(ctx, "canbo", petition("2025-12-30", "Trần Văn Bình", "", "Xóm Tây", "Khiếu nại cũ"))
	if err != nil {
		t.Fatal(err)
	}
	if first.Number != 1 || first.Year != 2026 || second.Number != 2 || old.Number != 1 || old.Year != 2025 {
		t.Fatalf("numbers %d/%d, %d/%d, %d/%d", first.Number, first.Year, second.Number, second.Year, old.Number, old.Year)
	}
	if first.MatterID == 0 || first.MatterID == second.MatterID || first.Revision != 1 || first.Handled || first.CaseID != 0 {
		t.Fatalf("first = %+v", first.Petition)
	}
	// A duplicate joins its original's matter.
	dup := petition("2026-11-20", "Nguyen Van Dung", "042090001234", "Tổ dân phố 3", "Khiếu nại thu hồi đất lần nữa")
	dup.DuplicateOf = first.ID
	saved, err := s.SavePetition(ctx, "canbo", dup)
	if err != nil || saved.MatterID != first.MatterID || saved.DuplicateOf != first.ID || saved.Number != 3 {
		t.Fatalf("duplicate: %+v %v", saved, err)
	}
	// A number already used in the year is refused beside the field, and
	// nothing is written.
	before := auditCount(t, s)
	taken := petition("2026-11-21", "Võ Thị Mai", "", "", "Kiến nghị")
	taken.Number = 2
	_, err = s.SavePetition(ctx, "canbo", taken)
	if de, ok := err.(*domain.Error); !ok || de.Kind != domain.Invalid || !strings.Contains(de.Fields["number"], "2/2026") {
		t.Fatalf("number taken: %v", err)
	}
	if auditCount(t, s) != before {
		t.Fatal("a refused save wrote to the audit log")
	}
	// An update keeps the number and moves the revision; a stale one is refused.
	first.Summary = "Khiếu nại quyết định thu hồi đất thửa số 12"
	updated, err := s.SavePetition(ctx, "canbo", *first)
	if err != nil || updated.Number != 1 || updated.Revision != 2 {
		t.Fatalf("update: %+v %v", updated, err)
	}
	if _, err := s.SavePetition(ctx, "canbo", *first); domain.KindOf(err) != domain.Conflict {
		t.Fatalf("stale update: %v", err)
	}
}

func TestTheRegisterIsSearchedAndFiltered(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	dung, _ := s.SavePetition(ctx, "canbo", petition("2026-11-02", "Nguyễn Văn Dũng", "042090001234", "Tổ dân phố 3", "Khiếu nại thu hồi đất"))
	hoa, _ := s.SavePetition(ctx, "canbo", petition("2026-11-20", "Đặng Thị Hòa", "", "Xóm Đông", "Kiến nghị sửa đường"))
	if _, err := s.AddPetitionAction(ctx, "canbo", hoa.ID, hoa.Revision, domain.PetitionAction{Kind: domain.ActionFile,
		Date: "2026-11-21"}, nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		find store.FindPetitions
		want []int64
	}{
		{store.FindPetitions{Text: "nguyen van dung"}, []int64{dung.ID}},
		{store.FindPetitions{Text: "dang"}, []int64{hoa.ID}},
		{store.FindPetitions{Text: "thu hoi dat"}, []int64{dung.ID}},
		{store.FindPetitions{Text: "042090"}, []int64{dung.ID}},
		{store.FindPetitions{Status: "pending"}, []int64{dung.ID}},
		{store.FindPetitions{Status: "handled"}, []int64{hoa.ID}},
		{store.FindPetitions{Status: "overdue", Today: "2026-12-11"}, []int64{}},
		{store.FindPetitions{Status: "overdue", Today: "2026-12-12"}, []int64{dung.ID}},
		{store.FindPetitions{From: "2026-11-10"}, []int64{hoa.ID}},
		{store.FindPetitions{}, []int64{hoa.ID, dung.ID}},
		{store.FindPetitions{PoliceOnly: true}, []int64{}},
	} {
		rows, total, err := s.Petitions(ctx, tt.find)
		got := []int64{}
		for _, r := range rows {
			got = append(got, r.ID)
		}
		if err != nil || total != len(tt.want) || fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%+v: %v (total %d) %v, want %v", tt.find, got, total, err, tt.want)
		}
	}
	rows, _, _ := s.Petitions(ctx, store.FindPetitions{Status: "handled"})
	if !rows[0].Handled || len(rows[0].People) != 1 || rows[0].People[0].Name != "Đặng Thị Hòa" {
		t.Fatalf("handled row = %+v", rows[0])
	}
}

func TestAnActionMovesTheRevisionAndCanStartACase(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	p, _ := s.SavePetition(ctx, "canbo", petition("2026-11-02", "Nguyễn Văn Dũng", "", "Tổ dân phố 3", "Khiếu nại thu hồi đất"))
	c := &domain.Case{Kind: domain.CaseComplaintFirst, ProposedOn: "2026-11-03", AcceptanceDue: "2026-11-11",
		AcceptanceCitation: "Khoản 1 Điều 16 Nghị định 124/2020/NĐ-CP", Status: domain.CaseProposed}
	got, err := s.AddPetitionAction(ctx, "canbo", p.ID, p.Revision, domain.PetitionAction{Kind: domain.ActionProposeAcceptance,
		Date: "2026-11-03", DocNumber: "01/PĐX"}, c)
	if err != nil {
		t.Fatal(err)
	}
	if got.Revision != 2 || !got.Handled || got.CaseID == 0 || len(got.Actions) != 1 || got.Actions[0].By != "canbo" {
		t.Fatalf("after the action: %+v", got.Petition)
	}
	cs, err := s.Case(ctx, got.CaseID)
	if err != nil || cs.MatterID != p.MatterID || cs.Status != domain.CaseProposed || cs.Revision != 1 || cs.AcceptanceDue != "2026-11-11" {
		t.Fatalf("case = %+v %v", cs, err)
	}
	// The form read before the action is stale now.
	before := auditCount(t, s)
	if _, err := s.AddPetitionAction(ctx, "canbo", p.ID, p.Revision, domain.PetitionAction{Kind: domain.ActionFile,
		Date: "2026-11-03"}, nil); domain.KindOf(err) != domain.Conflict {
		t.Fatalf("stale action: %v", err)
	}
	if auditCount(t, s) != before {
		t.Fatal("a refused action was audited")
	}
	// A step stores the derived state with it.
	derived := *cs
	derived.Status, derived.AcceptedOn, derived.ResolutionDue = domain.CaseAccepted, "2026-11-05", "2026-12-07"
	step := store.StoredStep{CaseStep: domain.CaseStep{Kind: domain.StepAccept, Date: "2026-11-05", DocNumber: "25/QĐ-UBND"}, Remote: true}
	after, err := s.AddCaseStep(ctx, "chutich", cs.ID, cs.Revision, step, derived)
	if err != nil || after.Status != domain.CaseAccepted || after.ResolutionDue != "2026-12-07" || after.Revision != 2 ||
		len(after.Steps) != 1 || after.Steps[0].By != "chutich" {
		t.Fatalf("after the step: %+v %v", after, err)
	}
	if steps, _ := s.StoredSteps(ctx, cs.ID); len(steps) != 1 || !steps[0].Remote || steps[0].Reasons == nil {
		t.Fatalf("stored steps = %+v", steps)
	}
	if _, err := s.AddCaseStep(ctx, "chutich", cs.ID, cs.Revision, step, derived); domain.KindOf(err) != domain.Conflict {
		t.Fatalf("stale step: %v", err)
	}
	rows, total, err := s.Cases(ctx, store.FindCases{Status: domain.CaseAccepted})
	if err != nil || total != 1 || rows[0].PetitionNumber != 1 || rows[0].People[0].Name != "Nguyễn Văn Dũng" {
		t.Fatalf("cases = %+v %v", rows, err)
	}
}

func TestDuplicateCandidates(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	dung, _ := s.SavePetition(ctx, "canbo", petition("2026-11-02", "Nguyễn Văn Dũng", "042090001234", "Tổ dân phố 3", "Khiếu nại thu hồi đất thửa số 12"))
	other, _ := s.SavePetition(ctx, "canbo", petition("2026-11-03", "Lê Thị Hoa", "", "Xóm Đông", "Kiến nghị sửa chữa đường giao thông"))
	for _, tt := range []struct {
		probe store.DuplicateProbe
		want  []int64
	}{
		{store.DuplicateProbe{IDNumbers: []string{"042090001234"}}, []int64{dung.ID}},
		{store.DuplicateProbe{PeopleWords: []string{"nguyen", "van", "dung", "to", "dan", "pho", "3"}}, []int64{dung.ID}},
		{store.DuplicateProbe{SummaryWords: []string{"sua", "duong"}}, []int64{other.ID}},
		{store.DuplicateProbe{SummaryWords: []string{"sua", "duong"}, ExcludeID: other.ID}, []int64{}},
		{store.DuplicateProbe{PeopleWords: []string{`"NEAR`, "*"}}, []int64{}},
	} {
		got, err := s.DuplicateCandidates(ctx, tt.probe)
		ids := []int64{}
		for _, p := range got {
			ids = append(ids, p.ID)
		}
		if err != nil || fmt.Sprint(ids) != fmt.Sprint(tt.want) {
			t.Errorf("%+v: %v %v, want %v", tt.probe, ids, err, tt.want)
		}
	}
}

// BenchmarkTheRegister lists a page of a register of 10,000 petitions, by
// a name fragment and by status, as the register screen does.
func BenchmarkTheRegister(b *testing.B) {
	s := storetest.Open(b)
	ctx := context.Background()
	families := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Võ", "Bùi"}
	for i := range 10000 {
		p := petition(fmt.Sprintf("2026-%02d-%02d", 1+i%11, 1+i%28), fmt.Sprintf("%s Văn Số%d", families[i%len(families)], i),
			fmt.Sprintf("0420900%05d", i), fmt.Sprintf("Tổ dân phố %d", i%40), fmt.Sprintf("Khiếu nại việc số %d về đất đai", i))
		if _, err := s.SavePetition(ctx, "bench", p); err != nil {
			b.Fatal(err)
		}
	}
	for _, f := range []store.FindPetitions{{Text: "dang van"}, {Status: "overdue", Today: "2026-11-27"}, {Kind: domain.ContentComplaint}} {
		b.Run(fmt.Sprintf("%s%s%s", f.Text, f.Status, f.Kind), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := s.Petitions(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
