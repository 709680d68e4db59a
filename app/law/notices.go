package law

import "time"

// notice is a year's public-sector days off as the Government announced them
// (calendar.md §2): every weekday off, every working Saturday, and holidays
// that fall on a weekend (kept for their reason, though they change nothing).
// A year with a notice is not provisional; it does not use the statutory
// computation at all, so the notice is followed exactly.
type notice struct {
	Year   int
	Source string
	Days   []Day
}

func ymd(y int, m time.Month, day int) Date { return NewDate(y, m, day) }

func dayOff(date Date, reason string) Day { return Day{Date: date, Kind: DayOff, Reason: reason} }
func workDay(date Date, reason string) Day {
	return Day{Date: date, Kind: WorkingDay, Reason: reason}
}

// notices are the announced years. To ship a new year, add its notice here
// (day for day, with the source) and a test that it equals the announcement;
// until then the administrator can enter it as overrides.
var notices = []notice{
	{
		Year: 2025,
		Source: "Thông báo nghỉ lễ, Tết năm 2025 của Bộ Lao động - Thương binh và Xã hội ngày 03/12/2024 " +
			"(ý kiến của Thủ tướng tại Công văn 8726/VPCP-KGVX ngày 26/11/2024); thông báo của Bộ Nội vụ về nghỉ Quốc khánh 2025",
		Days: []Day{
			dayOff(ymd(2025, 1, 1), "Tết Dương lịch (1/1)"),
			dayOff(ymd(2025, 1, 27), "Tết Nguyên đán (28 tháng Chạp)"),
			dayOff(ymd(2025, 1, 28), "Tết Nguyên đán (29 tháng Chạp)"),
			dayOff(ymd(2025, 1, 29), "Tết Nguyên đán (mùng 1 tháng Giêng)"),
			dayOff(ymd(2025, 1, 30), "Tết Nguyên đán (mùng 2 tháng Giêng)"),
			dayOff(ymd(2025, 1, 31), "Tết Nguyên đán (mùng 3 tháng Giêng)"),
			dayOff(ymd(2025, 4, 7), "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba)"),
			workDay(ymd(2025, 4, 26), "Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/05/2025"),
			dayOff(ymd(2025, 4, 30), "Ngày Chiến thắng (30/4)"),
			dayOff(ymd(2025, 5, 1), "Ngày Quốc tế lao động (1/5)"),
			dayOff(ymd(2025, 5, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)"),
			dayOff(ymd(2025, 9, 1), "Quốc khánh (ngày liền kề 1/9)"),
			dayOff(ymd(2025, 9, 2), "Quốc khánh (2/9)"),
		},
	},
	{
		Year: 2026,
		Source: "Phương án nghỉ lễ, Tết năm 2026 được Thủ tướng đồng ý ngày 13/10/2025; thông báo của Bộ Nội vụ; " +
			"Công văn của Văn phòng Chính phủ ngày 25/12/2025 về nghỉ Tết Dương lịch 2026",
		Days: []Day{
			dayOff(ymd(2026, 1, 1), "Tết Dương lịch (1/1)"),
			dayOff(ymd(2026, 1, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)"),
			workDay(ymd(2026, 1, 10), "Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026"),
			dayOff(ymd(2026, 2, 16), "Tết Nguyên đán (29 tháng Chạp)"),
			dayOff(ymd(2026, 2, 17), "Tết Nguyên đán (mùng 1 tháng Giêng)"),
			dayOff(ymd(2026, 2, 18), "Tết Nguyên đán (mùng 2 tháng Giêng)"),
			dayOff(ymd(2026, 2, 19), "Tết Nguyên đán (mùng 3 tháng Giêng)"),
			dayOff(ymd(2026, 2, 20), "Tết Nguyên đán (mùng 4 tháng Giêng)"),
			dayOff(ymd(2026, 4, 26), "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba)"),
			dayOff(ymd(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (mùng 10 tháng Ba) trùng Chủ nhật 26/04/2026"),
			dayOff(ymd(2026, 4, 30), "Ngày Chiến thắng (30/4)"),
			dayOff(ymd(2026, 5, 1), "Ngày Quốc tế lao động (1/5)"),
			workDay(ymd(2026, 8, 22), "Làm bù cho ngày nghỉ hoán đổi thứ Hai 31/08/2026"),
			dayOff(ymd(2026, 8, 31), "Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)"),
			dayOff(ymd(2026, 9, 1), "Quốc khánh (ngày liền kề 1/9)"),
			dayOff(ymd(2026, 9, 2), "Quốc khánh (2/9)"),
		},
	},
}

func noticeFor(y int) (notice, bool) {
	for _, n := range notices {
		if n.Year == y {
			return n, true
		}
	}
	return notice{}, false
}

// AnnouncedYears returns the years whose official notice ships with the
// package, in order.
func AnnouncedYears() []int {
	out := make([]int, 0, len(notices))
	for _, n := range notices {
		out = append(out, n.Year)
	}
	return out
}
