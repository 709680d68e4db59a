package domain

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// CleanText returns s as it should be stored: Unicode NFC (so "hòa" typed
// with a combining mark equals the precomposed one, and prints correctly in
// PDFs), without leading or trailing space, and with runs of white space
// inside collapsed to one space.
func CleanText(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// Fold returns the search form of s: lower case, without tone and vowel
// marks, đ → d, white space collapsed. "Nguyễn Văn Dũng" and "nguyen van
// dung" fold alike, and so do "hoà" and "hòa" (SQLite's remove_diacritics
// does not fold đ, so the store indexes this form instead).
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining mark: dropped
		case r == 'đ':
			b.WriteRune('d')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// CleanLines is CleanText for multi-line text: each line cleaned, empty lines
// at the ends dropped, line breaks kept.
func CleanLines(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = CleanText(l)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}
