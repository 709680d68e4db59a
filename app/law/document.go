package law

import (
	"fmt"
	"time"
)

// DateLine returns the place-and-date line of an administrative document in
// the form of Nghị định 30/2020/NĐ-CP, Phụ lục I: "Hà Tĩnh, ngày 05 tháng 01
// năm 2026". Days below 10 and the months 1 and 2 take a leading zero; the
// months 3 to 12 do not.
func DateLine(place string, d time.Time) string {
	month := fmt.Sprint(int(d.Month()))
	if d.Month() <= time.February {
		month = fmt.Sprintf("%02d", int(d.Month()))
	}
	return fmt.Sprintf("%s, ngày %02d tháng %s năm %d", place, d.Day(), month, d.Year())
}
