package law

import (
	"strings"
	"testing"

	"tiepdan/app/domain"
)

func TestTheHandlingRuleOfAPetition(t *testing.T) {
	for kind, want := range map[domain.ContentKind]string{
		domain.ContentDenunciation: "tc-xu-ly-ban-dau", domain.ContentComplaint: "xu-ly-don",
		domain.ContentRecommendation: "xu-ly-don", domain.ContentFeedback: "xu-ly-don", domain.ContentMixed: "xu-ly-don",
	} {
		if got := HandlingRuleID(kind); got != want {
			t.Errorf("%s: %s, want %s", kind, got, want)
		}
		if _, err := RuleFor(want, day(t, "2026-11-27")); err != nil {
			t.Errorf("%s: %v", want, err)
		}
	}
}

func TestTheCaseKindOfAPetition(t *testing.T) {
	tests := []struct {
		kind  domain.ContentKind
		prior domain.PriorStatus
		want  domain.CaseKind
		ok    bool
	}{
		{domain.ContentComplaint, domain.PriorNone, domain.CaseComplaintFirst, true},
		{domain.ContentComplaint, domain.PriorFirst, domain.CaseComplaintSecond, true},
		{domain.ContentDenunciation, domain.PriorNone, domain.CaseDenunciation, true},
		{domain.ContentRecommendation, domain.PriorNone, domain.CaseRecommendation, true},
		{domain.ContentFeedback, domain.PriorNone, domain.CaseRecommendation, true},
		{domain.ContentMixed, domain.PriorNone, "", false},
	}
	for _, tt := range tests {
		got, ok := CaseKindFor(tt.kind, tt.prior)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s/%s: %s %v", tt.kind, tt.prior, got, ok)
		}
	}
}

// Every rule id the selection can give exists, and counts the period of
// law.md §1.1 and §1.2.
func TestTheRulesOfACase(t *testing.T) {
	on := day(t, "2026-11-27")
	tests := []struct {
		kind       domain.CaseKind
		remote     bool
		complexity domain.Complexity
		id, text   string
	}{
		{domain.CaseComplaintFirst, false, "", "kn-giai-quyet-lan-dau", "Điều 28 Luật Khiếu nại: 30 ngày"},
		{domain.CaseComplaintFirst, false, domain.ComplexityComplex, "kn-giai-quyet-lan-dau-phuc-tap", "Điều 28 Luật Khiếu nại: 45 ngày"},
		{domain.CaseComplaintFirst, true, "", "kn-giai-quyet-lan-dau-vung-xa", "Điều 28 Luật Khiếu nại: 45 ngày"},
		{domain.CaseComplaintFirst, true, domain.ComplexityComplex, "kn-giai-quyet-lan-dau-vung-xa-phuc-tap", "Điều 28 Luật Khiếu nại: 60 ngày"},
		{domain.CaseComplaintSecond, false, "", "kn-giai-quyet-lan-hai", "Điều 37 Luật Khiếu nại: 45 ngày"},
		{domain.CaseComplaintSecond, false, domain.ComplexityComplex, "kn-giai-quyet-lan-hai-phuc-tap", "Điều 37 Luật Khiếu nại: 60 ngày"},
		{domain.CaseComplaintSecond, true, "", "kn-giai-quyet-lan-hai-vung-xa", "Điều 37 Luật Khiếu nại: 60 ngày"},
		{domain.CaseComplaintSecond, true, domain.ComplexityComplex, "kn-giai-quyet-lan-hai-vung-xa-phuc-tap", "Điều 37 Luật Khiếu nại: 70 ngày"},
		{domain.CaseDenunciation, false, domain.ComplexityVery, "tc-giai-quyet", "Khoản 1 Điều 30 Luật Tố cáo: 30 ngày"},
	}
	for _, tt := range tests {
		id := ResolutionRuleID(tt.kind, tt.remote, tt.complexity)
		if id != tt.id {
			t.Errorf("%s remote=%v %q: %s, want %s", tt.kind, tt.remote, tt.complexity, id, tt.id)
			continue
		}
		r, err := RuleFor(id, on)
		if err != nil || r.Text() != tt.text {
			t.Errorf("%s: %q %v, want %q", id, r.Text(), err, tt.text)
		}
	}
	if id := ResolutionRuleID(domain.CaseRecommendation, false, ""); id != "" {
		t.Errorf("kiến nghị, phản ánh has rule %q", id)
	}
	for kind, want := range map[domain.CaseKind]string{domain.CaseComplaintFirst: "kn-thu-ly",
		domain.CaseComplaintSecond: "kn-thu-ly-lan-hai", domain.CaseDenunciation: "tc-xu-ly-ban-dau", domain.CaseRecommendation: ""} {
		if got := AcceptanceRuleID(kind); got != want {
			t.Errorf("acceptance of %s: %q, want %q", kind, got, want)
		}
	}
}

func TestTheComplexityChecklistIsDated(t *testing.T) {
	if got := ComplexityChecklist(day(t, "2026-06-30")); len(got) != 0 {
		t.Fatalf("checklist before 01/7/2026: %d items", len(got))
	}
	list := ComplexityChecklist(day(t, "2026-07-01"))
	if len(list) != 7 {
		t.Fatalf("checklist: %d items, want the 7 of law.md §1.1", len(list))
	}
	seen := map[string]bool{}
	for _, c := range list {
		if c.Code == "" || seen[c.Code] || c.Text == "" || !strings.Contains(c.Citation, "Nghị định 155/2026/NĐ-CP") {
			t.Errorf("item %+v", c)
		}
		seen[c.Code] = true
	}
	if _, ok := ChecklistItemByCode("nhieu-dia-diem", day(t, "2026-11-27")); !ok {
		t.Error("nhieu-dia-diem not found")
	}
	if _, ok := ChecklistItemByCode("nhieu-dia-diem", day(t, "2026-01-05")); ok {
		t.Error("a 2026 item applied in January")
	}
}

func TestTheNineGroundsOfArticle11(t *testing.T) {
	gs := NotAcceptGrounds()
	if len(gs) != 9 {
		t.Fatalf("%d grounds, want 9", len(gs))
	}
	for i, g := range gs {
		want := "Khoản " + string(rune('1'+i)) + " Điều 11 Luật Khiếu nại"
		if g.Citation != want || g.Text == "" {
			t.Errorf("ground %d: %+v, want citation %q", i+1, g, want)
		}
	}
	if g, ok := NotAcceptGroundByCode("chu-ky"); !ok || !strings.Contains(g.Text, "chữ ký") {
		t.Errorf("chu-ky: %+v %v", g, ok)
	}
}

func TestTheDialogueInvitationComesFiveDaysBefore(t *testing.T) {
	tests := []struct {
		dialogue, invited string
		ok                bool
	}{
		{"2026-11-20", "2026-11-15", true},  // exactly 05 days
		{"2026-11-20", "2026-11-16", false}, // 04 days
		{"2026-11-20", "2026-11-20", false},
		{"2026-06-30", "2026-06-29", true}, // before the rule
		{"2026-07-01", "2026-06-30", false},
	}
	for _, tt := range tests {
		err := CheckDialogueInvitation(day(t, tt.dialogue), day(t, tt.invited))
		if (err == nil) != tt.ok {
			t.Errorf("dialogue %s invited %s: %v", tt.dialogue, tt.invited, err)
		}
		if err != nil && (KindOf(err) != Invalid || !strings.Contains(err.Error(), "05 ngày")) {
			t.Errorf("message %q", err)
		}
	}
	if err := CheckDialogueInvitation(day(t, "2026-11-20"), Date{}); err == nil {
		t.Error("a dialogue without an invitation date passed")
	}
}

func TestDenunciationExtensions(t *testing.T) {
	tests := []struct {
		c          domain.Complexity
		done, days int
		ok         bool
		says       string
	}{
		{domain.ComplexityNone, 0, 30, false, "phức tạp"},
		{domain.ComplexityComplex, 0, 30, true, ""},
		{domain.ComplexityComplex, 1, 30, false, "một lần"},
		{domain.ComplexityVery, 1, 30, true, ""},
		{domain.ComplexityVery, 2, 10, false, "hai lần"},
		{domain.ComplexityComplex, 0, 31, false, "30 ngày"},
		{domain.ComplexityComplex, 0, 0, false, "30 ngày"},
	}
	for _, tt := range tests {
		err := CheckDenunciationExtension(tt.c, tt.done, tt.days)
		if (err == nil) != tt.ok || (err != nil && !strings.Contains(err.Error(), tt.says)) {
			t.Errorf("%q done %d days %d: %v", tt.c, tt.done, tt.days, err)
		}
	}
}

func TestSuspensionsStopTheClock(t *testing.T) {
	if !SuspensionStopsClock(domain.CaseDenunciation, day(t, "2025-03-01")) {
		t.Error("a tố cáo suspension did not stop the clock")
	}
	if SuspensionStopsClock(domain.CaseComplaintFirst, day(t, "2026-06-30")) {
		t.Error("a khiếu nại suspension stopped the clock before Art. 11a")
	}
	if !SuspensionStopsClock(domain.CaseComplaintSecond, day(t, "2026-07-01")) {
		t.Error("a khiếu nại suspension did not stop the clock from 01/7/2026")
	}
}

func TestComplexityGrades(t *testing.T) {
	if ComplexityAllowed(domain.CaseComplaintFirst, domain.ComplexityComplex) != nil ||
		ComplexityAllowed(domain.CaseDenunciation, domain.ComplexityVery) != nil {
		t.Error("an allowed grade was refused")
	}
	for _, c := range []struct {
		k domain.CaseKind
		g domain.Complexity
	}{{domain.CaseComplaintFirst, domain.ComplexityVery}, {domain.CaseRecommendation, domain.ComplexityComplex},
		{domain.CaseDenunciation, domain.ComplexityNone}} {
		if ComplexityAllowed(c.k, c.g) == nil {
			t.Errorf("%s graded %q", c.k, c.g)
		}
	}
}
