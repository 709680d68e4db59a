package store_test

import (
	"context"
	"errors"
	"testing"

	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

func TestScheduleEntries(t *testing.T) {
	s, ctx := storetest.Open(t), context.Background()
	day := func(date string) domain.ScheduleEntry {
		return domain.ScheduleEntry{Date: date, Start: "07:30", End: "11:00", Place: "Trụ sở", PresidedBy: "Chủ tịch",
			Invited: []string{"Thường trực Hội đồng nhân dân phường"}}
	}
	saved, err := s.SaveScheduleEntries(ctx, "canbo", []domain.ScheduleEntry{day("2026-12-10"), day("2026-12-03"), day("2027-01-07")})
	if err != nil {
		t.Fatal(err)
	}
	if saved[0].ID == 0 || saved[0].Revision != 1 {
		t.Fatalf("saved %+v", saved[0])
	}
	dec, err := s.ScheduleEntries(ctx, "2026-12-01", "2026-12-31")
	if err != nil || len(dec) != 2 || dec[0].Date != "2026-12-03" || dec[1].Invited[0] != "Thường trực Hội đồng nhân dân phường" {
		t.Fatalf("December: %+v %v", dec, err)
	}
	// One stale entry in a batch: nothing of the batch is written.
	moved := dec[0]
	moved.Date = "2026-12-04"
	stale := dec[1]
	stale.Revision = 9
	if _, err := s.SaveScheduleEntries(ctx, "canbo", []domain.ScheduleEntry{moved, stale}); domain.KindOf(err) != domain.Conflict {
		t.Fatalf("a stale entry: %v", err)
	}
	if again, _ := s.ScheduleEntries(ctx, "2026-12-01", "2026-12-31"); again[0].Date != "2026-12-03" {
		t.Fatalf("half a batch was written: %+v", again)
	}
	// The database refuses what the service would never send.
	bad := day("2026-12-17")
	bad.End = "07:00"
	if _, err := s.SaveScheduleEntries(ctx, "canbo", []domain.ScheduleEntry{bad}); err == nil {
		t.Error("an end before the start was stored")
	}
	if err := s.DeleteScheduleEntry(ctx, "canbo", dec[0].ID, 1); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteScheduleEntry(ctx, "canbo", dec[0].ID, 1); domain.KindOf(err) != domain.NotFound {
		t.Errorf("deleted twice: %v", err)
	}
}

func TestReceptionRulesAreOneRecord(t *testing.T) {
	s, ctx := storetest.Open(t), context.Background()
	if _, err := s.ReceptionRules(ctx); domain.KindOf(err) != domain.NotFound {
		t.Fatalf("before any save: %v", err)
	}
	r := domain.ReceptionRules{DecisionNumber: "15", DecisionDate: "2026-01-05", Text: "Điều 1. Phạm vi\nNội dung.", Default: true}
	saved, err := s.SaveReceptionRules(ctx, "quantri", r)
	if err != nil || saved.Revision != 1 || saved.Default {
		t.Fatalf("first save: %+v %v", saved, err)
	}
	if _, err := s.SaveReceptionRules(ctx, "quantri", r); domain.KindOf(err) != domain.Conflict {
		t.Errorf("a save from revision 0 again: %v", err)
	}
	saved.Text = "Điều 1. Phạm vi\nNội dung mới."
	if _, err := s.SaveReceptionRules(ctx, "quantri", *saved); err != nil {
		t.Fatal(err)
	}
	got, err := s.ReceptionRules(ctx)
	if err != nil || got.Text != saved.Text || got.Revision != 2 || got.DecisionNumber != "15" {
		t.Errorf("read back: %+v %v", got, err)
	}
}

// refusedVisit stores a visit in a new sitting and returns its id.
func refusedVisit(t *testing.T, s *store.Store) int64 {
	t.Helper()
	ctx := context.Background()
	sitting, err := s.SaveSession(ctx, "canbo", domain.ReceptionSession{Kind: domain.SessionRegular, Date: "2026-11-27", PresidedBy: "Đặng Thị Hòa"})
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SaveVisit(ctx, "canbo", store.StoredVisit{Visit: domain.Visit{SessionID: sitting.ID, ReceivedAt: "2026-11-27T09:00:00+07:00",
		PeopleCount: 1, Summary: "Kiến nghị lại", Kind: domain.ContentRecommendation, Outcome: domain.OutcomeRefuse,
		RefusalGround: "kien-nghi-lap-lai", NoticeDue: "2026-12-02", ReplyDue: "2026-12-11"},
		People: []store.StoredCitizen{{Citizen: domain.Citizen{Name: "Võ Thị Mai"}}}})
	if err != nil {
		t.Fatal(err)
	}
	return v.ID
}

func TestRefusalNoticesAreNumberedPerYear(t *testing.T) {
	s, ctx := storetest.Open(t), context.Background()
	a, b, c := refusedVisit(t, s), refusedVisit(t, s), refusedVisit(t, s)
	printed := 0
	render := func(store.RefusalNoticeRef) error { printed++; return nil }
	issue := func(visit int64, number int, date string) (*store.RefusalNoticeRef, error) {
		return s.IssueRefusalNotice(ctx, "canbo", visit, number, date, render)
	}
	n, err := issue(a, 0, "2026-12-30")
	if err != nil || n.Number != 1 || n.Year != 2026 {
		t.Fatalf("first: %+v %v", n, err)
	}
	// A reprint: same number and date, whatever is asked.
	if again, err := issue(a, 0, "2027-01-04"); err != nil || again.Number != 1 || again.Date != "2026-12-30" {
		t.Fatalf("reprint: %+v %v", again, err)
	}
	// A new year starts again at 1; a typed number must be free in its year.
	if n, err := issue(b, 0, "2027-01-04"); err != nil || n.Number != 1 || n.Year != 2027 {
		t.Fatalf("new year: %+v %v", n, err)
	}
	var de *domain.Error
	if _, err := issue(c, 1, "2027-01-05"); !errors.As(err, &de) || de.Kind != domain.Conflict || de.Fields["number"] == "" {
		t.Fatalf("a taken number: %v", err)
	}
	// A print that fails registers nothing.
	failed := errors.New("no printer")
	if _, err := s.IssueRefusalNotice(ctx, "canbo", c, 0, "2027-01-05", func(store.RefusalNoticeRef) error { return failed }); err == nil {
		t.Fatal("a failed print succeeded")
	}
	if v, _ := s.Visit(ctx, c); v.Notice != nil {
		t.Fatalf("a failed print registered %+v", v.Notice)
	}
	if n, err := issue(c, 0, "2027-01-05"); err != nil || n.Number != 2 {
		t.Fatalf("after the failure: %+v %v", n, err)
	}
	v, err := s.Visit(ctx, a)
	if err != nil || v.Notice == nil || v.Notice.Number != 1 || v.Notice.VisitID != a {
		t.Fatalf("the visit's notice: %+v %v", v.Notice, err)
	}
	if printed != 4 {
		t.Errorf("rendered %d times, want 4", printed)
	}
}

func TestMarkReplied(t *testing.T) {
	s, ctx := storetest.Open(t), context.Background()
	id := refusedVisit(t, s)
	v, err := s.MarkReplied(ctx, "canbo", id, "2026-11-30", "Văn bản số 12/UBND")
	if err != nil || v.RepliedOn != "2026-11-30" || v.ReplyNote != "Văn bản số 12/UBND" || v.Revision != 2 {
		t.Fatalf("marked: %+v %v", v, err)
	}
	if _, err := s.MarkReplied(ctx, "canbo", 999, "2026-11-30", ""); domain.KindOf(err) != domain.NotFound {
		t.Errorf("an unknown visit: %v", err)
	}
	rows, _, err := s.Visits(ctx, store.FindVisits{})
	if err != nil || len(rows) != 1 || rows[0].RepliedOn != "2026-11-30" || rows[0].Receipts == nil {
		t.Errorf("the logbook row: %+v %v", rows, err)
	}
}
