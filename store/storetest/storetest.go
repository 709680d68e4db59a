// Package storetest opens fresh stores for tests of the store and of the
// services built on it. Each call gets its own temporary data folder, so no
// test depends on another's data.
package storetest

import (
	"testing"
	"time"

	"tiepdan/app/domain"
	"tiepdan/store"
)

// Clock is a fixed test clock: 09:30 on Friday 27/11/2026, office time (UTC+7).
func Clock() time.Time {
	return time.Date(2026, 11, 27, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600))
}

// Open opens a new, migrated store in a temporary folder that is removed when
// the test ends, with the fixed test Clock.
func Open(tb testing.TB) *store.Store {
	tb.Helper()
	s, err := store.Open(tb.TempDir(), Clock)
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// Unit returns a valid set of unit settings: the ward of the customer.
func Unit() domain.Unit {
	return domain.Unit{
		Name:            "Ủy ban nhân dân phường Hà Huy Tập",
		SuperiorAgency:  "Ủy ban nhân dân tỉnh Hà Tĩnh",
		DocSymbol:       "UBND",
		PlaceName:       "Hà Tĩnh",
		ChairmanName:    "Nguyễn Văn Dũng",
		ChairmanTitle:   "Chủ tịch",
		ReceptionPlace:  "Trụ sở Ủy ban nhân dân phường Hà Huy Tập",
		PeriodicDays:    []int{4},
		ReportRecipient: "Thanh tra tỉnh Hà Tĩnh",
	}
}
