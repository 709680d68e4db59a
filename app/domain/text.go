package domain

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// CleanText returns s as it should be stored: Unicode NFC (so "hòa" typed
// with a combining mark equals the precomposed one, and prints correctly in
// PDFs), without leading or trailing space, and with runs of white space
// inside collapsed to one space.
func CleanText(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}
