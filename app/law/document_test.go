package law

import (
	"testing"
	"time"
)

func TestDateLine(t *testing.T) {
	cases := []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{2026, time.January, 5, "Hà Tĩnh, ngày 05 tháng 01 năm 2026"},
		{2026, time.February, 28, "Hà Tĩnh, ngày 28 tháng 02 năm 2026"},
		{2026, time.March, 1, "Hà Tĩnh, ngày 01 tháng 3 năm 2026"},
		{2026, time.November, 27, "Hà Tĩnh, ngày 27 tháng 11 năm 2026"},
		{2026, time.December, 9, "Hà Tĩnh, ngày 09 tháng 12 năm 2026"},
	}
	for _, c := range cases {
		if got := DateLine("Hà Tĩnh", time.Date(c.y, c.m, c.d, 10, 0, 0, 0, time.UTC)); got != c.want {
			t.Errorf("DateLine(%d-%d-%d) = %q, want %q", c.y, c.m, c.d, got, c.want)
		}
	}
}
