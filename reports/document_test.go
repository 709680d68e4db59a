package reports

import (
	"strings"
	"testing"
	"time"

	"tiepdan/app/law"
)

// dateParts must write dates the way law.DateLine does.
func TestDatePartsMatchDateLine(t *testing.T) {
	for _, d := range []time.Time{
		time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 2, 28, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
	} {
		day, month, year := dateParts(d)
		got := "X, ngày " + day + " tháng " + month + " năm " + year
		if want := law.DateLine("X", d); got != want {
			t.Errorf("%s: %q, law.DateLine gives %q", d.Format(time.DateOnly), got, want)
		}
	}
}

func TestTemplate(t *testing.T) {
	runs := template("Tôi là {officer}{tab}Chức vụ: {position}.{typo}", map[string]run{
		"officer": plain("A"), "position": blank(0),
	}, 5)
	var kinds []string
	for _, r := range runs {
		switch {
		case r.fill && r.hidden:
			kinds = append(kinds, "tab")
		case r.fill:
			kinds = append(kinds, "blank")
		default:
			kinds = append(kinds, r.text)
		}
	}
	if got, want := strings.Join(kinds, "|"), "Tôi là |A|tab|Chức vụ: |blank|.|{typo}"; got != want {
		t.Errorf("template: %q, want %q", got, want)
	}
	// Every placeholder of the forms is one the renderers fill.
	known := map[string]bool{"tab": true}
	for _, k := range []string{"number", "hour", "minute", "day", "month", "year", "place", "officer", "position",
		"provider", "id", "issueDate", "issuePlace", "address", "name", "kind", "pages", "condition", "copies",
		"symbol", "addressee", "agency", "summary", "reason", "ground", "superior"} {
		known[k] = true
	}
	for _, tpl := range []string{receiptForm.number, receiptForm.timePlace, receiptForm.officer, receiptForm.provider,
		receiptForm.identity, receiptForm.address, receiptForm.item, receiptForm.itemNoPages, receiptForm.copies,
		refusalForm.number, refusalForm.addressee, refusalForm.defaultAddressee, refusalForm.visit, refusalForm.identity,
		refusalForm.address, refusalForm.reason, refusalForm.ground, refusalForm.defaultRecipient} {
		for _, part := range strings.Split(tpl, "{")[1:] {
			name, _, _ := strings.Cut(part, "}")
			if !known[name] {
				t.Errorf("unknown placeholder {%s} in %q", name, tpl)
			}
		}
	}
}

// Line breaking: glued tokens stay together, a fill runs to the margin, an
// over-long word is cut, and nothing is lost.
func TestLines(t *testing.T) {
	d, err := newDocument("A4", false, "test", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	l := d.layout()
	st := textStyle{size: 13, align: alignJustify, leading: 1.2}
	text := func(rows []block) []string {
		var out []string
		for _, r := range rows {
			var parts []string
			for _, o := range r.ops {
				parts = append(parts, o.text)
			}
			out = append(out, strings.Join(parts, "|"))
		}
		return out
	}

	// "(…)" and ";" are separate runs without a space: never split.
	rows := l.lines([]run{plain("- Tài liệu số một (bản chính)"), plain(";")}, st, 30, 40)
	for i, r := range text(rows) {
		if strings.HasPrefix(r, ";") {
			t.Errorf("line %d starts with the glued ';': %q", i, text(rows))
		}
	}
	// A fill at the end of a line reaches the right edge.
	rows = l.lines([]run{plain("Địa chỉ: "), blank(0)}, st, 30, 100)
	last := rows[len(rows)-1].ops
	dots := last[len(last)-1]
	if end := dots.x + l.fonts.width(regular, 13, dots.text); end < 129 || end > 130.01 {
		t.Errorf("the blank ends at %.2f mm, want the margin at 130", end)
	}
	// A word wider than the line is cut, and its letters all printed.
	long := strings.Repeat("Ư", 60)
	rows = l.lines([]run{plain(long)}, st, 30, 50)
	if got := strings.Join(text(rows), ""); len(rows) < 2 || got != long {
		t.Errorf("long word: %d rows, %q", len(rows), got)
	}
	// Decomposed input is set in NFC.
	rows = l.lines([]run{plain("Hoa\u0300")}, st, 30, 100)
	if got := text(rows)[0]; got != "Hoà" {
		t.Errorf("NFD input printed as %q", got)
	}
}

func TestAgencyLines(t *testing.T) {
	d, err := newDocument("A5", false, "test", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	l := d.layout()
	if got := l.agencyLines("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", regular, 9.6, 40); got != "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH" {
		t.Errorf("narrow: %q", got)
	}
	if got := l.agencyLines("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", regular, 9.6, 200); got != "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" {
		t.Errorf("wide: %q", got)
	}
}
