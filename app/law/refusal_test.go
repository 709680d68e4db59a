package law

import "testing"

func TestRefusalGroundsByDate(t *testing.T) {
	before, after := RefusalGrounds(NewDate(2026, 6, 30)), RefusalGrounds(NewDate(2026, 7, 1))
	if len(before) != 4 || len(after) != len(refusalGrounds) {
		t.Fatalf("grounds before/after 01/7/2026: %d/%d", len(before), len(after))
	}
	notice := map[string]bool{}
	for _, g := range after {
		if g.NeedsNotice {
			notice[g.ID] = true
		}
	}
	// Art. 9.3 and point h require the written notice (law.md §2.3).
	if len(notice) != 2 || !notice["da-giai-quyet-dung"] || !notice["kien-nghi-lap-lai"] {
		t.Fatalf("grounds needing Mẫu 01/TCD: %v", notice)
	}
	if _, ok := RefusalGroundByID("kien-nghi-lap-lai", NewDate(2026, 6, 1)); ok {
		t.Fatal("an NĐ 154/2026 ground applied before it was in force")
	}
}
