package domain

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Unit is the unit using the app (đơn vị): the ward's People's Committee, with
// the names and people that appear on every printed document and report.
type Unit struct {
	// Name is the unit's full name, e.g. "Ủy ban nhân dân phường Hà Huy Tập".
	Name string `json:"name"`
	// SuperiorAgency is the agency directly above the unit (cơ quan cấp trên),
	// e.g. "Ủy ban nhân dân tỉnh Hà Tĩnh" since the 2025 reform.
	SuperiorAgency string `json:"superiorAgency"`
	// DocSymbol is the unit's part of document numbers, e.g. "UBND" in
	// "Số: 12/TB-UBND".
	DocSymbol string `json:"docSymbol"`
	// PlaceName is the place name used in dates (địa danh), e.g. "Hà Tĩnh" in
	// "Hà Tĩnh, ngày 05 tháng 01 năm 2026".
	PlaceName string `json:"placeName"`
	// ChairmanName is the full name of the Chairman (Chủ tịch UBND).
	ChairmanName string `json:"chairmanName"`
	// ChairmanTitle is the title printed above the signature, e.g. "Chủ tịch".
	ChairmanTitle string `json:"chairmanTitle"`
	// ReceptionPlace is where citizens are received (địa điểm tiếp công dân).
	ReceptionPlace string `json:"receptionPlace"`
	// PeriodicDays are the weekdays of the Chairman's periodic reception
	// (lịch tiếp định kỳ), ISO numbered: 1 = Monday … 6 = Saturday.
	PeriodicDays []int `json:"periodicDays"`
	// ReportRecipient is the body that receives the statistical reports,
	// e.g. "Thanh tra tỉnh Hà Tĩnh".
	ReportRecipient string `json:"reportRecipient"`
	// Revision counts saves; a save based on an older revision is a Conflict.
	Revision int64 `json:"revision"`
	// UpdatedAt is when the settings were last saved (RFC 3339).
	UpdatedAt string `json:"updatedAt,omitempty"`
}

// MaxPlaceName is the longest place name (địa danh) accepted, in characters.
const MaxPlaceName = 60

// weekdayNames are the Vietnamese names of the ISO weekdays 1..7.
var weekdayNames = [...]string{1: "Thứ Hai", 2: "Thứ Ba", 3: "Thứ Tư", 4: "Thứ Năm", 5: "Thứ Sáu", 6: "Thứ Bảy", 7: "Chủ nhật"}

// WeekdayName returns the Vietnamese name of ISO weekday d (1 = Thứ Hai).
func WeekdayName(d int) string {
	if d < 1 || d > 7 {
		return ""
	}
	return weekdayNames[d]
}

// ISOWeekday returns the ISO number of t's weekday: 1 = Monday … 7 = Sunday.
func ISOWeekday(t time.Time) int {
	if t.Weekday() == time.Sunday {
		return 7
	}
	return int(t.Weekday())
}

// Normalize cleans every text field (see CleanText) and sorts and
// de-duplicates PeriodicDays, in place.
func (u *Unit) Normalize() {
	for _, p := range []*string{&u.Name, &u.SuperiorAgency, &u.DocSymbol, &u.PlaceName,
		&u.ChairmanName, &u.ChairmanTitle, &u.ReceptionPlace, &u.ReportRecipient} {
		*p = CleanText(*p)
	}
	u.DocSymbol = strings.ToUpper(u.DocSymbol)
	days := slices.Clone(u.PeriodicDays)
	slices.Sort(days)
	u.PeriodicDays = slices.Compact(days)
}

// Validate checks a normalized Unit and returns an Invalid error naming every
// bad field, or nil.
func (u *Unit) Validate() error {
	var v Validation
	text := []struct {
		field, value, label, missing string
		max                          int
	}{
		{"name", u.Name, "Tên đơn vị", "Vui lòng nhập tên đơn vị, ví dụ: Ủy ban nhân dân phường Hà Huy Tập", 200},
		{"superiorAgency", u.SuperiorAgency, "Tên cơ quan cấp trên", "Vui lòng nhập cơ quan cấp trên trực tiếp, ví dụ: Ủy ban nhân dân tỉnh Hà Tĩnh", 200},
		{"docSymbol", u.DocSymbol, "Ký hiệu", "Vui lòng nhập ký hiệu của đơn vị trên số văn bản, ví dụ: UBND", 20},
		{"placeName", u.PlaceName, "Địa danh", "Vui lòng nhập địa danh ghi ngày tháng, ví dụ: Hà Tĩnh", MaxPlaceName},
		{"chairmanName", u.ChairmanName, "Họ tên Chủ tịch", "Vui lòng nhập họ tên Chủ tịch Ủy ban nhân dân", 100},
		{"chairmanTitle", u.ChairmanTitle, "Chức vụ", "Vui lòng nhập chức vụ người ký, ví dụ: Chủ tịch", 60},
		{"receptionPlace", u.ReceptionPlace, "Địa điểm tiếp công dân", "Vui lòng nhập địa điểm tiếp công dân", 200},
		{"reportRecipient", u.ReportRecipient, "Nơi nhận báo cáo", "Vui lòng nhập nơi nhận báo cáo thống kê, ví dụ: Thanh tra tỉnh Hà Tĩnh", 200},
	}
	for _, f := range text {
		v.Required(f.field, f.value, f.missing)
		v.MaxLen(f.field, f.value, f.max, f.label)
	}
	if strings.ContainsFunc(u.ChairmanName, unicode.IsDigit) {
		v.Fail("chairmanName", "Họ tên không được chứa chữ số")
	}
	if strings.ContainsFunc(u.DocSymbol, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.') }) {
		v.Fail("docSymbol", "Ký hiệu chỉ gồm chữ, số và dấu gạch nối, ví dụ: UBND")
	}
	if len(u.PeriodicDays) == 0 {
		v.Fail("periodicDays", "Chủ tịch Ủy ban nhân dân cấp xã tiếp công dân định kỳ ít nhất 01 ngày trong tuần (Điều 15 Luật Tiếp công dân): vui lòng chọn ngày tiếp")
	}
	for _, d := range u.PeriodicDays {
		if d < 1 || d > 6 {
			v.Fail("periodicDays", fmt.Sprintf("Ngày tiếp định kỳ phải từ Thứ Hai đến Thứ Bảy (giá trị %d không hợp lệ)", d))
		}
	}
	return v.Err()
}
