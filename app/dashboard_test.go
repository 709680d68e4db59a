package app_test

import (
	"testing"

	"tiepdan/app/apptest"
	"tiepdan/app/domain"
)

func TestTheDashboardWarnsOfWeeksWithoutPeriodicReception(t *testing.T) {
	admin := apptest.Admin(t)
	if _, err := admin.Settings.SaveUnit(validUnit()); err != nil { // periodic day: Thursday
		t.Fatal(err)
	}
	clerk := apptest.As(t, admin, "canbo", domain.RoleClerk)
	// The test clock is Friday 27/11/2026. Thursdays of the last 8 weeks held,
	// except 12/11 and this week's 26/11.
	for _, day := range []string{"2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29", "2026-11-05", "2026-11-19"} {
		if _, err := clerk.Reception.SaveSession(domain.ReceptionSession{Kind: domain.SessionPeriodic, Date: day, PresidedBy: "Chủ tịch Nguyễn Văn Dũng"}); err != nil {
			t.Fatal(err)
		}
	}
	// A regular sitting does not count.
	if _, err := clerk.Reception.SaveSession(domain.ReceptionSession{Kind: domain.SessionRegular, Date: "2026-11-12", PresidedBy: "Công chức"}); err != nil {
		t.Fatal(err)
	}
	v, err := clerk.Dashboard.Summary()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.WeeksWithoutPeriodic) != 2 || v.WeeksWithoutPeriodic[0].From != "2026-11-09" || v.WeeksWithoutPeriodic[1].From != "2026-11-23" {
		t.Fatalf("weeks without = %+v", v.WeeksWithoutPeriodic)
	}
	if v.Today != "2026-11-27" || v.Citation == "" {
		t.Fatalf("dashboard = %+v", v)
	}
}
