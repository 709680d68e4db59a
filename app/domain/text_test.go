package domain

import "testing"

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Nguyễn Văn Dũng":      "nguyen van dung",
		"ĐẶNG THỊ HÒA":         "dang thi hoa",
		"hoà":                  "hoa",
		"ho\u0300a":            "hoa", // decomposed input
		"  Lê   Thị\tBí Mật  ": "le thi bi mat",
		"Phường Hà Huy Tập":    "phuong ha huy tap",
		"Ưng Ơn Ấy":            "ung on ay",
		"042190000123":         "042190000123",
		"":                     "",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if Fold("hoà") != Fold("hòa") || Fold("Đặng") != Fold("dang") {
		t.Fatal("the issue's examples do not fold alike")
	}
}

func TestCleanTextIsNFC(t *testing.T) {
	if got := CleanText("  Trần   Thị Ho\u0300a "); got != "Trần Thị Hòa" {
		t.Fatalf("CleanText = %q", got)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Nguyễn Văn Dũng", "ĐẶNG", "hoà", "", "a\u0300\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		if Fold(once) != once {
			t.Fatalf("Fold is not idempotent on %q: %q then %q", s, once, Fold(once))
		}
	})
}
