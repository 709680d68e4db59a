package domain

// The kinds of a calendar override, as stored and as sent to the UI.
const (
	// OverrideWorking makes a date a working day (a swapped Saturday, or a
	// day off taken back).
	OverrideWorking = "working"
	// OverrideOff makes a date a day off.
	OverrideOff = "off"
)

// CalendarOverride is an administrator's edit of one date of the working
// calendar (Cài đặt › Lịch làm việc), as the store keeps it. It wins over the
// announced and computed calendar; app/law applies it.
type CalendarOverride struct {
	// Date is the ISO date edited, e.g. "2026-12-01".
	Date string `json:"date"`
	// Kind is OverrideWorking or OverrideOff.
	Kind string `json:"kind"`
	// Reason is why, in Vietnamese, shown wherever the day is explained.
	Reason string `json:"reason"`
	// CreatedAt is when the edit was last saved (RFC 3339).
	CreatedAt string `json:"createdAt"`
}

// HolidaySwitch records that an optional holiday (an app/law OptionalHoliday,
// e.g. "ngay-van-hoa") is switched on for one year.
type HolidaySwitch struct {
	Year      int    `json:"year"`
	HolidayID string `json:"holidayId"`
	// CreatedAt is when it was switched on (RFC 3339).
	CreatedAt string `json:"createdAt"`
}

// RuleReading records the unit's choice of reading for a deadline rule that
// has an alternative one (an app/law Rule with an Alternative), chosen in
// Cài đặt › Cách tính thời hạn. A rule without a stored choice is read the
// default way.
type RuleReading struct {
	// RuleID is the app/law rule id, e.g. "kn-thu-ly".
	RuleID string `json:"ruleId"`
	// UseAlternative selects the rule's alternative reading.
	UseAlternative bool `json:"useAlternative"`
	// UpdatedAt is when the choice was last changed (RFC 3339).
	UpdatedAt string `json:"updatedAt"`
}
