package reports

import (
	"fmt"
	"io"
	"strings"
	"time"

	"tiepdan/app/domain"
)

// This file prints the Báo cáo tổng hợp hằng ngày (BC-NGAY): one A4 page
// for the chairman with the day's intake, what falls due today, what is
// overdue and what awaits the chairman's thụ lý or decision. It is the
// app's own report, not a legal form; its wording is in petitionforms.json
// ("daily") with the other documents'.

// DueLine is one item of the daily summary's lists.
type DueLine struct {
	// Title names the item, e.g. "Đơn số 12/2026 — Tố cáo — [Được giữ bí mật]".
	Title string `json:"title"`
	// Due is the ISO deadline.
	Due string `json:"due"`
	// Citation is the rule the deadline comes from.
	Citation string `json:"citation"`
}

// DailySummary is the content of the daily summary, as the dashboard
// counts it. Protected identities must already be masked in the titles.
type DailySummary struct {
	// Date is the ISO day summarised.
	Date string `json:"date"`
	// ReceivedPetitions and ReceivedVisits are the đơn and the lượt tiếp
	// recorded that day; Handled the đơn whose handling closed that day.
	ReceivedPetitions int `json:"receivedPetitions"`
	ReceivedVisits    int `json:"receivedVisits"`
	Handled           int `json:"handled"`
	// DueToday and Overdue are the items due that day and past due.
	DueToday []DueLine `json:"dueToday"`
	Overdue  []DueLine `json:"overdue"`
	// Decisions are the cases awaiting the chairman's thụ lý or decision.
	Decisions []DueLine `json:"decisions"`
}

// dailyForm is the wording of the daily summary.
type dailyForm struct {
	FormInfo
	Kind          string            `json:"kind"`
	Subject       string            `json:"subject"`
	Addressee     string            `json:"addressee"`
	CountsHeading string            `json:"countsHeading"`
	Counts        [3]string         `json:"counts"`
	Sections      [3]string         `json:"sections"`
	Columns       [4]string         `json:"columns"`
	Overdue       string            `json:"overdue"`
	None          string            `json:"none"`
	More          string            `json:"more"`
	Recipients    []string          `json:"recipients"`
	Sign          signForm          `json:"sign"`
	Required      map[string]string `json:"required"`
}

// The daily summary's table type, in points.
const (
	dailyTableSize   = 10.5
	dailyHeadingSize = 12
)

// dailyCaps are the most rows each list shows, tried in turn until the
// report fits on one page; the rest is counted in a last row.
var dailyCaps = []int{0, 12, 9, 7, 5, 4, 3, 2, 1}

// DailySummaryPDF writes the daily summary s as an A4 PDF to w: the unit's
// header, the title with the day, the day's counts, then the lists of items
// due today, overdue (with how many days) and awaiting a decision, each a
// table with its deadline (dd/mm/yyyy) and rule. Long lists are cut so that
// the report stays on one page, the last row saying how many are left out.
//
// Errors: Invalid when the unit has no name or s.Date is missing or not an
// ISO date (field "date"), or a count is negative; Internal when the PDF
// cannot be made or written.
func DailySummaryPDF(w io.Writer, unit domain.Unit, s DailySummary) error {
	data, err := formsData()
	if err != nil {
		return err
	}
	f := data.Daily
	unit, err = slipUnit(unit)
	if err != nil {
		return err
	}
	var v domain.Validation
	s.Date = strings.TrimSpace(s.Date)
	v.Required("date", s.Date, f.Required["date"])
	date, err := time.Parse(domain.DateLayout, s.Date)
	if s.Date != "" && err != nil {
		v.Fail("date", fmt.Sprintf("Ngày %q không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-01-05)", s.Date))
	}
	for field, n := range map[string]int{"receivedPetitions": s.ReceivedPetitions, "receivedVisits": s.ReceivedVisits, "handled": s.Handled} {
		if n < 0 {
			v.Fail(field, "Số lượng không được âm")
		}
	}
	if err := v.Err(); err != nil {
		return err
	}

	d, err := newDocument("A4", false, f.Title, date)
	if err != nil {
		return err
	}
	var l *layout
	for _, limit := range dailyCaps {
		l = d.layout()
		l.daily(f, unit, s, date, limit)
		if len(l.frames) == 1 {
			break
		}
	}
	d.put(l, [2]string{})
	return d.output(w)
}

// daily lays the summary out, showing at most limit rows of each list (0:
// all).
func (l *layout) daily(f dailyForm, unit domain.Unit, s DailySummary, date time.Time, limit int) {
	vals := unitValues(unit)
	vals["date"] = longDate(s.Date)
	l.header(header{superior: unit.SuperiorAgency, agency: unit.Name, dateLine: dateLine(unit.PlaceName, date)})
	l.title(f.Kind, fillText(f.Subject, vals))
	l.centred(plain(fillText(f.Addressee, vals)))

	// The counts: one row of three.
	l.space(l.s(2))
	l.dailyHeading(f.CountsHeading)
	W, x := l.width(), l.x0()
	third := W / 3
	cols := []tableCol{{x: x, w: third}, {x: x + third, w: third}, {x: x + 2*third, w: W - 2*third}}
	counts := []string{fmt.Sprint(s.ReceivedPetitions), fmt.Sprint(s.ReceivedVisits), fmt.Sprint(s.Handled)}
	l.place(l.dailyRow(cols, f.Counts[:], bold, true))
	l.place(l.dailyRow(cols, counts, regular, true))

	// The lists.
	stt, due, cite := l.s(10), l.s(28), l.s(50)
	cols = []tableCol{
		{x: x, w: stt, center: true},
		{x: x + stt, w: W - stt - due - cite},
		{x: x + W - due - cite, w: due, center: true},
		{x: x + W - cite, w: cite},
	}
	whole := []tableCol{{x: x, w: W, center: true}}
	for i, items := range [][]DueLine{s.DueToday, s.Overdue, s.Decisions} {
		l.space(l.s(3))
		l.dailyHeading(f.Sections[i])
		l.place(l.dailyRow(cols, f.Columns[:], bold, true))
		if len(items) == 0 {
			l.place(l.dailyRow(whole, []string{f.None}, italic, false))
			continue
		}
		shown := items
		if limit > 0 && len(items) > limit {
			shown = items[:limit]
		}
		for j, it := range shown {
			dueText := isoDate(it.Due)
			if i == 1 {
				if t, err := time.Parse(domain.DateLayout, it.Due); err == nil && date.After(t) {
					dueText = templateText(f.Overdue, map[string]string{"due": dueText, "n": fmt.Sprint(int(date.Sub(t).Hours() / 24))})
				}
			}
			l.place(l.dailyRow(cols, []string{fmt.Sprint(j + 1), domain.CleanText(it.Title), dueText, domain.CleanText(it.Citation)}, regular, false))
		}
		if rest := len(items) - len(shown); rest > 0 {
			l.place(l.dailyRow(whole, []string{templateText(f.More, map[string]string{"n": fmt.Sprint(rest)})}, italic, false))
		}
	}

	var list []string
	for _, r := range f.Recipients {
		if s := fillText(r, vals); s != "" {
			list = append(list, s)
		}
	}
	l.space(l.s(2))
	l.closing(block{}, list, signature{authority: fillText(f.Sign.Authority, vals), title: fillText(f.Sign.Title, vals),
		note: f.Sign.Note, name: fillText(f.Sign.Name, vals)})
}

// dailyHeading lays out a section heading: bold, left, kept with what
// follows by the caller's next place.
func (l *layout) dailyHeading(text string) {
	st := textStyle{size: l.s(dailyHeadingSize)}
	b := l.textBlock([]run{strong(text)}, st, l.x0(), l.width())
	b.h += l.s(1.5)
	l.place(b)
}

// dailyRow lays out one table row of texts in style, one per column;
// centre centres every cell (headers, counts), otherwise only the columns
// marked so.
func (l *layout) dailyRow(cols []tableCol, texts []string, style string, centre bool) block {
	cells := make([][]block, len(cols))
	for i, c := range cols {
		st := textStyle{size: l.s(dailyTableSize), leading: 1.15}
		if centre || c.center {
			st.align, st.balance = alignCenter, true
		}
		w := c.w - 2*cellPadX
		text := l.breakLong(nfc(texts[i]), style, st.size, w)
		cells[i] = l.lines([]run{{text: text, style: style}}, st, c.x+cellPadX, w)
	}
	st := textStyle{size: l.s(dailyTableSize), leading: 1.15}
	return tableRow(cols, cells, 0, tallest(cells), st.lineHeight(), centre)
}
