package law

import "strings"

// ProvisionalMark is the first line of the holidays listing of a provisional
// year, and the word the UI shows next to such a year.
const ProvisionalMark = "# tạm tính"

// FormatHolidays renders a year for `tiepdan holidays YEAR`: the line
// "# tạm tính" first if the year is provisional, then one line per date that
// differs from the Monday–Friday pattern, sorted: the ISO date, a tab,
// "nghỉ" or "làm việc", a tab, the reason. Every line ends with "\n".
func FormatHolidays(yc *YearCalendar) string {
	var b strings.Builder
	if yc.Provisional() {
		b.WriteString(ProvisionalMark + "\n")
	}
	for _, d := range yc.Exceptions() {
		b.WriteString(d.Date.String())
		b.WriteByte('\t')
		b.WriteString(d.Kind.String())
		b.WriteByte('\t')
		b.WriteString(d.Reason)
		b.WriteByte('\n')
	}
	return b.String()
}
