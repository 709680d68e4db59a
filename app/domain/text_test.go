package domain

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

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

// FuzzFold checks the search form of anything typed: what the store indexes
// (Fold of the cleaned name) and what a search looks for (Fold of the raw
// query) must be the same words, without marks, đ or stray spaces.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Nguyễn Văn Dũng", "ĐẶNG", "hoà", "", "a\u0300\u0301", " \t Lê\u00a0Thị ", "İ", "ǅ", "\x00đ\u0110"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		if Fold(once) != once {
			t.Fatalf("Fold is not idempotent on %q: %q then %q", s, once, Fold(once))
		}
		if cleaned := Fold(CleanText(s)); cleaned != once {
			t.Fatalf("Fold(CleanText(%q)) = %q, but Fold = %q: a stored name would not be found", s, cleaned, once)
		}
		if once != strings.Join(strings.Fields(once), " ") {
			t.Fatalf("Fold(%q) = %q has stray white space", s, once)
		}
		for _, r := range once {
			if unicode.Is(unicode.Mn, r) || r == 'đ' || r == 'Đ' {
				t.Fatalf("Fold(%q) = %q keeps %q", s, once, r)
			}
		}
	})
}

// FuzzCleanText checks the form every text field is stored in.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"  Trần   Thị Ho\u0300a ", "", "\r\n", "a\u00a0b", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := CleanText(s)
		if CleanText(c) != c {
			t.Fatalf("CleanText is not idempotent on %q: %q then %q", s, c, CleanText(c))
		}
		if !norm.NFC.IsNormalString(c) {
			t.Fatalf("CleanText(%q) = %q is not NFC", s, c)
		}
		if c != strings.TrimSpace(c) || strings.Contains(c, "  ") {
			t.Fatalf("CleanText(%q) = %q has stray white space", s, c)
		}
		if l := CleanLines(s); CleanLines(l) != l {
			t.Fatalf("CleanLines is not idempotent on %q: %q then %q", s, l, CleanLines(l))
		}
	})
}

func TestControlCharactersAreWhiteSpace(t *testing.T) {
	// Pasted from elsewhere: a NUL would cut SQLite's LIKE pattern short and
	// make the Excel export invalid XML.
	if got := CleanText("Lê\x00Thị\x1f Bí\u0085Mật\x7f"); got != "Lê Thị Bí Mật" {
		t.Fatalf("CleanText = %q", got)
	}
	if got := Fold("Lê\x00Thị"); got != "le thi" {
		t.Fatalf("Fold = %q", got)
	}
}
