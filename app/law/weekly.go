package law

// PeriodicReceptionCitation is the rule that the Chairman of a commune-level
// People's Committee receives citizens at least one day a week.
const PeriodicReceptionCitation = "Điểm d khoản 2 Điều 15 Luật Tiếp công dân: Chủ tịch Ủy ban nhân dân cấp xã tiếp công dân định kỳ ít nhất 01 ngày trong tuần"

// Week is a Monday-to-Sunday week.
type Week struct {
	Monday, Sunday Date
}

// WeekOf returns the week that contains d.
func WeekOf(d Date) Week {
	back := (int(d.Weekday()) + 6) % 7 // days since Monday
	m := d.AddDays(-back)
	return Week{Monday: m, Sunday: m.AddDays(6)}
}

// WeeksWithoutPeriodicReception returns, oldest first, the weeks among the
// n weeks ending with today's that have no periodic sitting in sittings.
// The current week counts only once the last of the unit's periodic
// weekdays (ISO, 1 = Monday) has passed without one, so the warning does not
// come before the chance to hold it.
func WeeksWithoutPeriodicReception(sittings []Date, today Date, n int, periodicDays []int) []Week {
	held := map[Date]bool{}
	for _, d := range sittings {
		held[WeekOf(d).Monday] = true
	}
	lastDay := 0
	for _, d := range periodicDays {
		if d >= 1 && d <= 7 && d > lastDay {
			lastDay = d
		}
	}
	if lastDay == 0 {
		lastDay = 5 // Friday when the unit has no schedule
	}
	var out []Week
	current := WeekOf(today)
	for i := n - 1; i >= 0; i-- {
		w := WeekOf(current.Monday.AddDays(-7 * i))
		if held[w.Monday] {
			continue
		}
		if i == 0 && !today.After(w.Monday.AddDays(lastDay-1)) {
			continue
		}
		out = append(out, w)
	}
	return out
}
