package domain

import "testing"

func TestNormalizeClock(t *testing.T) {
	for in, want := range map[string]string{"7:30": "07:30", "07:30": "07:30", "13h00": "13:00", " 7 g 05 ": "07:05", "25:00": "25:00", "": ""} {
		if got := NormalizeClock(in); got != want {
			t.Errorf("NormalizeClock(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestScheduleEntryTimeText(t *testing.T) {
	e := ScheduleEntry{Date: "2026-12-03", Start: "7h30", End: "11:00", Place: "Trụ sở", PresidedBy: "Chủ tịch"}
	e.Normalize()
	if err := e.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := e.TimeText(); got != "07 giờ 30 – 11 giờ 00" {
		t.Errorf("TimeText = %q", got)
	}
	e.End = "24:00"
	if err := e.Validate(); KindOf(err) != Invalid {
		t.Errorf("24:00 accepted: %v", err)
	}
}

func TestUnitLevel(t *testing.T) {
	for name, want := range map[string]string{
		"Ủy ban nhân dân phường Hà Huy Tập": "phường", "Ủy ban nhân dân xã Cẩm Bình": "xã",
		"Ủy ban nhân dân đặc khu Phú Quốc": "đặc khu", "Ủy ban nhân dân": "",
	} {
		if got := (Unit{Name: name}).Level(); got != want {
			t.Errorf("Level(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestRuleArticles(t *testing.T) {
	r := ReceptionRules{Text: "Lời nói đầu.\nĐiều 1. Một\na) x;\n\nĐIỀU 2: Hai\nb) y."}
	r.Normalize()
	a := r.Articles()
	if len(a) != 3 || a[0].Title != "" || a[1].Title != "Một" || a[2].Title != "Hai" || a[2].Lines[0] != "b) y." {
		t.Errorf("articles = %+v", a)
	}
	if err := (&ReceptionRules{Text: "Không có điều nào."}).Validate(); KindOf(err) != Invalid {
		t.Errorf("rules without an article: %v", err)
	}
}
