package domain

import "testing"

func TestNameSimilarity(t *testing.T) {
	for _, tt := range []struct {
		a, b     string
		min, max float64
	}{
		{"Nguyễn Văn Dũng", "Nguyen Van Dung", 1, 1},
		{"Nguyễn Văn Dũng", "  nguyễn  văn dũng ", 1, 1},
		{"Nguyễn Văn Dũng", "Nguyen Van Dungg", 0.9, 0.99},
		// One letter off is still close: relatives at one address are flagged
		// too, which is wanted (the same matter, as often as not).
		{"Nguyễn Văn Dũng", "Nguyễn Văn Hùng", 0.9, 0.95},
		{"Nguyễn Văn Dũng", "Nguyễn Thị Hồng", 0.5, 0.8},
		{"Nguyễn Văn Dũng", "Lê Thị Hoa", 0, 0.5},
		{"Nguyễn Văn Dũng", "", 0, 0},
	} {
		if got := NameSimilarity(tt.a, tt.b); got < tt.min || got > tt.max {
			t.Errorf("NameSimilarity(%q, %q) = %.2f, want %.2f–%.2f", tt.a, tt.b, got, tt.min, tt.max)
		}
	}
}

func TestTextSimilarity(t *testing.T) {
	for _, tt := range []struct {
		a, b     string
		min, max float64
	}{
		{"Tổ dân phố 3, phường Hà Huy Tập", "To dan pho 3 phuong Ha Huy Tap", 1, 1},
		{"Tổ dân phố 3, phường Hà Huy Tập, tỉnh Hà Tĩnh", "TDP 3, P. Hà Huy Tập", 0.3, 0.6},
		{"Khiếu nại thu hồi đất thửa số 12", "Khiếu nại việc thu hồi đất thửa 12", 0.5, 0.9},
		{"Khiếu nại thu hồi đất", "Phản ánh tiếng ồn quán karaoke", 0, 0.1},
		{"", "x", 0, 0},
	} {
		if got := TextSimilarity(tt.a, tt.b); got < tt.min || got > tt.max {
			t.Errorf("TextSimilarity(%q, %q) = %.2f, want %.2f–%.2f", tt.a, tt.b, got, tt.min, tt.max)
		}
	}
}

func TestAPetitionIsNormalizedAndChecked(t *testing.T) {
	p := Petition{ReceivedOn: " 2026-11-27 ", Source: SourcePost, Petitioners: []Citizen{{Name: " Nguyễn  Văn Dũng "}},
		Kind: ContentDenunciation, Field: FieldCorruption, Summary: "Tố cáo", Eligible: true, IneligibleNote: "cũ",
		ForwardingBody: "HĐND"}
	p.Normalize()
	if p.FilerKind != FilerSingle || p.PeopleCount != 1 || p.PriorStatus != PriorNone || p.Petitioners[0].Name != "Nguyễn Văn Dũng" {
		t.Fatalf("normalized = %+v", p)
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	p.DropUnused()
	if p.ForwardingBody != "" || p.IneligibleNote != "" || !p.Protected() {
		t.Fatalf("after DropUnused: %+v", p)
	}
	p.PriorStatus = PriorFirst // a round of a khiếu nại, not a tố cáo
	p.Field = FieldLand
	p.Kind = ContentRecommendation
	if err := p.Validate(); err != nil {
		t.Fatalf("kiến nghị already answered once: %v", err)
	}
	p.Kind, p.Field = ContentDenunciation, FieldCorruption
	if de, ok := p.Validate().(*Error); !ok || de.Fields["priorStatus"] == "" {
		t.Fatalf("tố cáo with a first round: %v", p.Validate())
	}
}

func TestAStepKeepsOnlyWhatItsKindUses(t *testing.T) {
	s := CaseStep{Kind: StepAccept, Date: "2026-11-27", Assignee: "x", Days: 3, Ground: "y", Complexity: ComplexityComplex,
		Result: ResultUpheld, Done: true, Figures: Figures{RecoverMoney: 1}}
	s.Normalize()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	s.DropUnused()
	if s.Assignee != "" || s.Days != 0 || s.Ground != "" || s.Complexity != "" || s.Result != "" || s.Done || s.Figures != (Figures{}) {
		t.Fatalf("after DropUnused: %+v", s)
	}
	bad := CaseStep{Kind: StepDecide, Date: "2026-11-27", Complexity: "x", Figures: Figures{PeopleRestored: -1}}
	de, ok := bad.Validate().(*Error)
	if !ok || de.Fields["result"] == "" || de.Fields["complexity"] == "" || de.Fields["figures"] == "" {
		t.Fatalf("bad step: %v", bad.Validate())
	}
}
