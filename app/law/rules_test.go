package law

import (
	"strings"
	"testing"
)

func TestRuleTable(t *testing.T) {
	// The rules issue 3 item 4 requires.
	required := []string{
		"xu-ly-don", "tcd-tra-loi", "kn-thu-ly",
		"kn-giai-quyet-lan-dau", "kn-giai-quyet-lan-dau-phuc-tap", "kn-giai-quyet-lan-dau-vung-xa", "kn-giai-quyet-lan-dau-vung-xa-phuc-tap",
		"kn-giai-quyet-lan-hai", "kn-giai-quyet-lan-hai-phuc-tap", "kn-giai-quyet-lan-hai-vung-xa", "kn-giai-quyet-lan-hai-vung-xa-phuc-tap",
		"kn-thoi-hieu", "kn-thoi-hieu-lan-hai", "kn-thoi-hieu-lan-hai-vung-xa",
		"tc-xu-ly-ban-dau", "tc-chuyen-don", "tc-thong-bao", "tc-giai-quyet", "tcd-tu-choi-tiep",
	}
	byID := map[string][]Rule{}
	for _, r := range Rules() {
		byID[r.ID] = append(byID[r.ID], r)
		if r.Name == "" || r.Citation.Document == "" || r.Length < 1 || r.Start.Label() == string(r.Start) ||
			(r.Unit != CalendarDays && r.Unit != WorkingDays) || r.EffectiveFrom.IsZero() {
			t.Errorf("incomplete rule %+v", r)
		}
		if !r.EffectiveTo.IsZero() && r.EffectiveTo.Before(r.EffectiveFrom) {
			t.Errorf("%s: in force %s–%s", r.ID, r.EffectiveFrom, r.EffectiveTo)
		}
	}
	for _, id := range required {
		if len(byID[id]) == 0 {
			t.Errorf("rule %s missing", id)
		}
	}
	// Versions of one rule follow one another without overlap.
	for id, vs := range byID {
		for i := 1; i < len(vs); i++ {
			if vs[i-1].EffectiveTo.IsZero() || !vs[i].EffectiveFrom.After(vs[i-1].EffectiveTo) {
				t.Errorf("%s: versions overlap", id)
			}
		}
	}
}

// The numbers of law.md §1 and §10, rule by rule.
func TestRuleFacts(t *testing.T) {
	tests := []struct {
		id, on string
		text   string
		start  Event
	}{
		{"tc-xu-ly-ban-dau", "2026-03-01", "Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc", EventReceipt},
		{"tc-chuyen-don", "2026-03-01", "Khoản 2 Điều 24 Luật Tố cáo: 05 ngày làm việc", EventReceipt},
		{"tc-thong-bao", "2026-03-01", "Khoản 3 Điều 29 Luật Tố cáo: 05 ngày làm việc", EventAcceptance},
		{"tc-giai-quyet", "2026-03-01", "Khoản 1 Điều 30 Luật Tố cáo: 30 ngày", EventAcceptance},
		{"tcd-tra-loi", "2026-03-01", "Khoản 1 Điều 28 Luật Tiếp công dân: 10 ngày làm việc", EventReception},
		{"tcd-tu-choi-tiep", "2026-07-01", "Khoản 3 Điều 4 Nghị định 154/2026/NĐ-CP: 03 ngày làm việc", EventRefusalGrounds},
		{"xu-ly-don", "2026-03-01", "Thông tư 05/2021/TT-TTCP: 10 ngày làm việc", EventReceipt},
		{"kn-thu-ly", "2026-06-30", "Điều 27 Luật Khiếu nại: 10 ngày", EventReceipt},
		{"kn-thu-ly", "2026-07-01", "Khoản 1 Điều 16 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP): 07 ngày làm việc", EventReceipt},
		{"kn-thu-ly-lan-hai", "2026-06-30", "Điều 36 Luật Khiếu nại: 10 ngày", EventReceipt},
		{"kn-thu-ly-lan-hai", "2026-07-01", "Khoản 1 Điều 16 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP): 07 ngày làm việc", EventReceipt},
		{"kn-giai-quyet-lan-dau", "2026-03-01", "Điều 28 Luật Khiếu nại: 30 ngày", EventAcceptance},
		{"kn-giai-quyet-lan-dau-phuc-tap", "2026-03-01", "Điều 28 Luật Khiếu nại: 45 ngày", EventAcceptance},
		{"kn-giai-quyet-lan-dau-vung-xa", "2026-03-01", "Điều 28 Luật Khiếu nại: 45 ngày", EventAcceptance},
		{"kn-giai-quyet-lan-dau-vung-xa-phuc-tap", "2026-03-01", "Điều 28 Luật Khiếu nại: 60 ngày", EventAcceptance},
		{"kn-giai-quyet-lan-hai", "2026-03-01", "Điều 37 Luật Khiếu nại: 45 ngày", EventAcceptance},
		{"kn-giai-quyet-lan-hai-phuc-tap", "2026-03-01", "Điều 37 Luật Khiếu nại: 60 ngày", EventAcceptance},
		{"kn-giai-quyet-lan-hai-vung-xa", "2026-03-01", "Điều 37 Luật Khiếu nại: 60 ngày", EventAcceptance},
		{"kn-giai-quyet-lan-hai-vung-xa-phuc-tap", "2026-03-01", "Điều 37 Luật Khiếu nại: 70 ngày", EventAcceptance},
		{"kn-thoi-hieu", "2026-03-01", "Điều 9 Luật Khiếu nại: 90 ngày", EventKnowledge},
		{"kn-thoi-hieu-lan-hai", "2026-03-01", "Khoản 1 Điều 33 Luật Khiếu nại: 30 ngày", EventFirstRoundResult},
		{"kn-thoi-hieu-lan-hai-vung-xa", "2026-03-01", "Khoản 1 Điều 33 Luật Khiếu nại: 45 ngày", EventFirstRoundResult},
		{"kn-gui-quyet-dinh", "2026-03-01", "Điều 32 Luật Khiếu nại: 03 ngày làm việc", EventDecision},
	}
	for _, tt := range tests {
		r, err := RuleFor(tt.id, day(t, tt.on))
		if err != nil {
			t.Errorf("RuleFor(%s, %s): %v", tt.id, tt.on, err)
			continue
		}
		if r.Text() != tt.text || r.Start != tt.start {
			t.Errorf("%s on %s: %q from %s, want %q from %s", tt.id, tt.on, r.Text(), r.Start, tt.text, tt.start)
		}
	}
}

func TestRuleForErrors(t *testing.T) {
	if _, err := RuleFor("khong-co", day(t, "2026-03-01")); KindOf(err) != NotFound {
		t.Errorf("unknown rule: %v", err)
	}
	// The refusal notice rule comes with NĐ 154/2026, in force from 01/7/2026.
	if _, err := RuleFor("tcd-tu-choi-tiep", day(t, "2026-06-30")); KindOf(err) != NotFound {
		t.Errorf("rule before it was in force: %v", err)
	}
}

func TestRuleDeadlines(t *testing.T) {
	c := mustCalendar(t, Options{})
	tests := []struct {
		name     string
		id, from string
		opt      RuleOptions
		due      string
		citation string
	}{
		{
			// 30/6 + 10 = Fri 10/7.
			name: "complaint accepted under the old rule, calendar reading",
			id:   "kn-thu-ly", from: "2026-06-30", due: "2026-07-10",
			citation: "Điều 27 Luật Khiếu nại: 10 ngày",
		},
		{
			// Wed 1/7 = 1, Thu 2, Fri 3, Mon 6 … Fri 10 = 8, Mon 13 = 9, Tue 14 = 10.
			name: "complaint accepted under the old rule, working-day reading",
			id:   "kn-thu-ly", from: "2026-06-30", opt: RuleOptions{Alternative: true}, due: "2026-07-14",
			citation: "Điều 5 Thông tư 07/2013/TT-TTCP (sửa đổi bởi Thông tư 02/2016/TT-TTCP): 10 ngày làm việc",
		},
		{
			// From 1/7/2026: Thu 2 = 1, Fri 3 = 2, Mon 6 … Fri 10 = 7.
			name: "complaint accepted under NĐ 155/2026 (the setting no longer applies)",
			id:   "kn-thu-ly", from: "2026-07-01", opt: RuleOptions{Alternative: true}, due: "2026-07-10",
			citation: "Khoản 1 Điều 16 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP): 07 ngày làm việc",
		},
		{
			// 7 + 3 working days from Thu 12/2/2026: … Mon 2/3 = 7, Tue 3 = 8, Wed 4 = 9, Thu 5 = 10.
			name: "denunciation initial handling extended to 10 working days",
			id:   "tc-xu-ly-ban-dau", from: "2026-02-12", opt: RuleOptions{Extensions: []int{3}}, due: "2026-03-05",
			citation: "Khoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc + gia hạn 03 ngày làm việc",
		},
		{
			// 1/7 + 90 = Tue 29/9.
			name: "especially complex denunciation, 30 + 30 + 30",
			id:   "tc-giai-quyet", from: "2026-07-01", opt: RuleOptions{Extensions: []int{30, 30}}, due: "2026-09-29",
			citation: "Khoản 1 Điều 30 Luật Tố cáo: 30 ngày + gia hạn 30 ngày + gia hạn 30 ngày",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl, err := c.RuleDeadline(tt.id, day(t, tt.from), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if dl.Due.String() != tt.due || dl.Citation != tt.citation || dl.RuleID != tt.id {
				t.Errorf("got %s %q %s, want %s %q", dl.Due, dl.Citation, dl.RuleID, tt.due, tt.citation)
			}
		})
	}
	bad := []struct {
		id  string
		opt RuleOptions
	}{
		{"tc-xu-ly-ban-dau", RuleOptions{Extensions: []int{4}}},    // beyond 10 working days
		{"tc-xu-ly-ban-dau", RuleOptions{Extensions: []int{1, 1}}}, // one extension only
		{"tc-giai-quyet", RuleOptions{Extensions: []int{30, 30, 30}}},
		{"tc-giai-quyet", RuleOptions{Extensions: []int{31}}},
		{"kn-giai-quyet-lan-dau", RuleOptions{Extensions: []int{15}}},
	}
	for _, b := range bad {
		if _, err := c.RuleDeadline(b.id, day(t, "2026-03-02"), b.opt); KindOf(err) != Invalid {
			t.Errorf("%s %+v: %v, want Invalid", b.id, b.opt, err)
		}
	}
}

func TestFormatRules(t *testing.T) {
	got := FormatRules(Rules())
	for _, line := range []string{
		"kn-thu-ly\tĐiều 27 Luật Khiếu nại: 10 ngày\ttừ 2012-07-01 đến 2026-06-30\n",
		"kn-thu-ly\tKhoản 1 Điều 16 Nghị định 124/2020/NĐ-CP (sửa đổi bởi Nghị định 155/2026/NĐ-CP): 07 ngày làm việc\ttừ 2026-07-01\n",
		"tc-xu-ly-ban-dau\tKhoản 1 Điều 24 Luật Tố cáo: 07 ngày làm việc\ttừ 2019-01-01\n",
	} {
		if !strings.Contains(got, line) {
			t.Errorf("FormatRules lacks %q", line)
		}
	}
	if n := strings.Count(got, "\n"); n != len(Rules()) {
		t.Errorf("%d lines for %d rules", n, len(Rules()))
	}
}
