package reports

import (
	"embed"
	"fmt"
	"sync"

	"github.com/jung-kurt/gofpdf"
)

// The PDF font: Liberation Serif 2 (Debian fonts-liberation2), metric-
// compatible with Times New Roman, which NĐ 30/2020 asks for, and covering
// every Vietnamese letter. It is under the SIL Open Font License 1.1, which
// allows embedding; fonts/LICENSE is its licence text and ships beside it.
//
//go:embed fonts/LiberationSerif-Regular.ttf fonts/LiberationSerif-Bold.ttf
//go:embed fonts/LiberationSerif-Italic.ttf fonts/LiberationSerif-BoldItalic.ttf
//go:embed fonts/LICENSE
var fontFiles embed.FS

// fontFamily is the family name the documents use with gofpdf.
const fontFamily = "LiberationSerif"

// The font styles, as gofpdf spells them.
const (
	regular    = ""
	bold       = "B"
	italic     = "I"
	boldItalic = "BI"
)

var fontFileNames = map[string]string{
	regular:    "fonts/LiberationSerif-Regular.ttf",
	bold:       "fonts/LiberationSerif-Bold.ttf",
	italic:     "fonts/LiberationSerif-Italic.ttf",
	boldItalic: "fonts/LiberationSerif-BoldItalic.ttf",
}

var (
	fontsOnce sync.Once
	fontBytes map[string][]byte
	fontErr   error
)

// loadFonts reads the four TrueType files once per process and checks that
// each is a TrueType font (gofpdf only prints a parse error and carries on
// without the font). gofpdf has no way to share a parsed font between
// documents, so each document still parses the styles it uses (≈ 2.5 ms
// each); printing many slips into one document (the *sPDF functions) pays
// that once.
func loadFonts() (map[string][]byte, error) {
	fontsOnce.Do(func() {
		fontBytes = make(map[string][]byte, len(fontFileNames))
		for style, name := range fontFileNames {
			b, err := fontFiles.ReadFile(name)
			if err == nil && (len(b) < 4 || string(b[:4]) != "\x00\x01\x00\x00") {
				err = fmt.Errorf("not a TrueType font")
			}
			if err != nil {
				fontErr = fmt.Errorf("reports: embedded font %s: %w", name, err)
				return
			}
			fontBytes[style] = b
		}
	})
	return fontBytes, fontErr
}

// fontSet adds the font styles to one gofpdf document as they are first used,
// so a document that never sets bold italic does not parse it.
type fontSet struct {
	pdf   *gofpdf.Fpdf
	files map[string][]byte
	added [4]bool
	// style and size are the font last selected, so that selecting it again
	// writes nothing into the page.
	style string
	size  float64
	// advance caches each style's rune widths in 1/1000 em: measuring text
	// is most of the layout work, and gofpdf's GetStringWidth allocates.
	advance [4]map[rune]int
}

func styleIndex(style string) int {
	switch style {
	case bold:
		return 1
	case italic:
		return 2
	case boldItalic:
		return 3
	}
	return 0
}

// use selects style at size points, adding the style to the document first
// if needed.
func (s *fontSet) use(style string, size float64) {
	if style == s.style && size == s.size {
		return
	}
	i := styleIndex(style)
	if !s.added[i] {
		s.pdf.AddUTF8FontFromBytes(fontFamily, style, s.files[style])
		s.added[i] = true
	}
	s.pdf.SetFont(fontFamily, style, size)
	s.style, s.size = style, size
}

// width returns the width in mm of text in style at size points.
func (s *fontSet) width(style string, size float64, text string) float64 {
	i := styleIndex(style)
	adv := s.advance[i]
	if adv == nil {
		adv = make(map[rune]int, 128)
		s.advance[i] = adv
	}
	units := 0
	for _, r := range text {
		w, ok := adv[r]
		if !ok {
			s.use(style, size)
			w = s.pdf.GetStringSymbolWidth(string(r))
			adv[r] = w
		}
		units += w
	}
	return float64(units) * size / 1000 * pt
}
