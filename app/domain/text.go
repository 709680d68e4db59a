package domain

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// CleanText returns s as it should be stored: Unicode NFC (so "hòa" typed
// with a combining mark equals the precomposed one, and prints correctly in
// PDFs), without leading or trailing space, and with runs of white space
// inside collapsed to one space. Control characters count as white space:
// pasted from elsewhere they would break the Excel files (XML has no NUL)
// and cut SQLite's LIKE patterns short.
func CleanText(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(strings.Map(controlToSpace, s))), " ")
}

// controlToSpace maps a control character to a space.
func controlToSpace(r rune) rune {
	if unicode.IsControl(r) {
		return ' '
	}
	return r
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
		case unicode.IsControl(r):
			b.WriteRune(' ') // as CleanText, so a stored name folds as a search for it
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

// maxQuoted is how much of a value a message repeats.
const maxQuoted = 40

// Shorten returns s cut to a few dozen characters, with "…" when cut, for a
// message that repeats a value: a message about a pasted page must not
// repeat the page.
func Shorten(s string) string {
	r := []rune(s)
	if len(r) <= maxQuoted {
		return s
	}
	return string(r[:maxQuoted]) + "…"
}
