package app_test

import (
	"testing"
	"time"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
)

// dueState finds the item of group and id on the board, "" when absent.
func dueState(b *app.DueBoard, group string, id int64) (app.DueItem, bool) {
	for _, it := range b.Items {
		if it.Group == group && it.ID == id {
			return it, true
		}
	}
	return app.DueItem{}, false
}

// Acceptance (5): an item is overdue the day after its deadline, not on it.
func TestTheDueBoardTurnsOverdueTheDayAfterTheDeadline(t *testing.T) {
	c := newClock() // Friday 27/11/2026 09:30
	admin := servicesWithClock(t, c)
	if _, err := admin.Settings.SaveUnit(validUnit()); err != nil {
		t.Fatal(err)
	}
	clerk := apptest.As(t, admin, "canbo", domain.RoleClerk)
	police := apptest.As(t, admin, "congan", domain.RolePolice)
	// Received Friday 13/11: 10 ngày làm việc → due Friday 27/11 (today).
	dueToday, err := clerk.Petitions.Save(complaint("2026-11-13", dung))
	if err != nil {
		t.Fatal(err)
	}
	// Received Monday 16/11 → due Monday 30/11: within the next 3 working days.
	dueSoon, err := clerk.Petitions.Save(complaint("2026-11-16", dung))
	if err != nil {
		t.Fatal(err)
	}
	// Received 27/11 → due 11/12: not on the board yet.
	later, err := clerk.Petitions.Save(complaint("2026-11-27", dung))
	if err != nil {
		t.Fatal(err)
	}
	// A tố cáo proposed: thụ lý due Tuesday 01/12 (07 ngày làm việc from 20/11).
	secret, err := clerk.Petitions.Save(denunciation("2026-11-20", secretPerson))
	if err != nil {
		t.Fatal(err)
	}
	withCase, err := clerk.Petitions.AddAction(app.NewAction{PetitionID: secret.ID, Revision: secret.Revision,
		PetitionAction: domain.PetitionAction{Kind: domain.ActionProposeAcceptance, Date: "2026-11-23"}})
	if err != nil {
		t.Fatal(err)
	}

	board, err := clerk.Dashboard.Due()
	if err != nil {
		t.Fatal(err)
	}
	if it, ok := dueState(board, "petitions", dueToday.ID); !ok || it.State != "today" || it.Due != "2026-11-27" ||
		it.Title != "Đơn số 1/2026 — Khiếu nại — Nguyễn Văn Dũng" || it.Citation == "" {
		t.Fatalf("due today: %+v %v", it, ok)
	}
	if it, ok := dueState(board, "petitions", dueSoon.ID); !ok || it.State != "soon" {
		t.Fatalf("due Monday: %+v %v", it, ok)
	}
	if _, ok := dueState(board, "petitions", later.ID); ok {
		t.Fatal("a deadline two weeks away is on the board")
	}
	if _, ok := dueState(board, "petitions", secret.ID); ok {
		t.Fatal("a petition proposed for acceptance still awaits handling")
	}
	if it, ok := dueState(board, "acceptance", withCase.CaseID); !ok || it.State != "soon" || it.Due != "2026-12-01" ||
		it.Title != "Vụ việc của đơn số 4/2026 — Tố cáo — [Được giữ bí mật]" {
		t.Fatalf("thụ lý due: %+v %v", it, ok)
	}
	if board.Counts["petitions"]["today"] != 1 || board.Counts["petitions"]["soon"] != 1 || board.Counts["decision"]["overdue"] != 0 {
		t.Fatalf("counts = %v", board.Counts)
	}

	// Saturday 28/11: the deadline of 27/11 has passed.
	c.add(24 * time.Hour)
	for _, s := range []*app.Services{clerk, police} {
		if _, err := s.Auth.Login(map[*app.Services]string{clerk: "canbo", police: "congan"}[s], apptest.Password); err != nil {
			t.Fatal(err)
		}
	}
	board, err = clerk.Dashboard.Due()
	if err != nil {
		t.Fatal(err)
	}
	if it, _ := dueState(board, "petitions", dueToday.ID); it.State != "overdue" {
		t.Fatalf("the day after: %+v", it)
	}
	if it, _ := dueState(board, "petitions", dueSoon.ID); it.State != "soon" {
		t.Fatalf("due Monday, seen Saturday: %+v", it)
	}
	page, err := clerk.Petitions.List(app.PetitionFilter{Status: "overdue"})
	if err != nil || page.Total != 1 || page.Rows[0].ID != dueToday.ID {
		t.Fatalf("overdue filter: %+v %v", page, err)
	}
	// The police see none of these: no group, nothing complex.
	if pb, err := police.Dashboard.Due(); err != nil || len(pb.Items) != 0 {
		t.Fatalf("police due board: %+v %v", pb, err)
	}
}

func TestVisitsOwingRepliesAndNoticesAreDue(t *testing.T) {
	f := newPetitions(t)
	v, err := f.clerk.Reception.SaveVisit(f.visit(dung)) // reply due 11/12
	if err != nil {
		t.Fatal(err)
	}
	refusal := f.visit(dung)
	refusal.Outcome, refusal.RefusalGround = domain.OutcomeRefuse, "kien-nghi-lap-lai"
	r, err := f.clerk.Reception.SaveVisit(refusal) // notice due 02/12
	if err != nil {
		t.Fatal(err)
	}
	board, err := f.clerk.Dashboard.Due()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := dueState(board, "replies", v.ID); ok {
		t.Fatal("a reply due in two weeks is on the board")
	}
	if it, ok := dueState(board, "notices", r.ID); !ok || it.State != "soon" || it.Due != "2026-12-02" {
		t.Fatalf("notice due: %+v %v", it, ok)
	}
}

func TestTheIntakeChartAndThePoliceCases(t *testing.T) {
	f := newPetitions(t)
	if _, err := f.clerk.Reception.SaveVisit(f.visit(dung)); err != nil {
		t.Fatal(err)
	}
	if _, err := f.clerk.Petitions.Save(complaint("2026-11-20", dung)); err != nil {
		t.Fatal(err)
	}
	group := denunciation("2026-11-20", domain.Citizen{Name: "Trần Văn Hùng", Representative: true})
	group.FilerKind, group.PeopleCount = domain.FilerMany, 12
	c := proposed(t, f, group, "2026-11-23")
	chart, err := f.clerk.Dashboard.Intake()
	if err != nil {
		t.Fatal(err)
	}
	bar := func(bars []app.ChartBar, label string) app.ChartBar {
		for _, b := range bars {
			if b.Label == label {
				return b
			}
		}
		return app.ChartBar{}
	}
	if b := bar(chart.ByKind, "Khiếu nại"); b.Petitions != 1 || b.Visits != 0 {
		t.Fatalf("khiếu nại bar %+v in %+v", b, chart.ByKind)
	}
	if b := bar(chart.ByKind, "Kiến nghị"); b.Visits != 1 {
		t.Fatalf("kiến nghị bar %+v", b)
	}
	if b := bar(chart.ByField, "Đất đai, nhà cửa"); b.Petitions != 1 {
		t.Fatalf("field bars %+v", chart.ByField)
	}
	page, err := f.police.Dashboard.PoliceCases()
	if err != nil || page.Total != 1 || page.Rows[0].ID != c.ID || !page.Rows[0].IsGroup || page.Rows[0].Name != "[Được giữ bí mật]" {
		t.Fatalf("police cases = %+v %v", page, err)
	}
}
