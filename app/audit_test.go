package app_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
)

func TestAuditListShowsOldAndNewValues(t *testing.T) {
	s := apptest.Admin(t)
	first, err := s.Settings.SaveUnit(validUnit())
	if err != nil {
		t.Fatal(err)
	}
	next := *first
	next.ChairmanName = "Trần Thị Hòa"
	if _, err := s.Settings.SaveUnit(next); err != nil {
		t.Fatal(err)
	}
	page, err := s.Audit.List(app.AuditFilter{Entity: "unit"})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 || len(page.Rows) != 2 {
		t.Fatalf("page = %+v, want the 2 saves of the unit", page)
	}
	update, create := page.Rows[0], page.Rows[1]
	if update.Action != "update" || create.Action != "create" || update.ID <= create.ID || update.Actor != "quantri" ||
		update.At != "2026-11-27T09:30:00+07:00" || len(update.Hash) != 64 {
		t.Fatalf("rows = %+v, want the update then the create, by quantri", page.Rows)
	}
	var before, after domain.Unit
	if err := json.Unmarshal(update.Old, &before); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(update.New, &after); err != nil {
		t.Fatal(err)
	}
	if before.ChairmanName != "Nguyễn Văn Dũng" || after.ChairmanName != "Trần Thị Hòa" || after.Revision != 2 {
		t.Fatalf("old %+v, new %+v", before, after)
	}
	// As the UI receives it: a create has no old value.
	body, err := json.Marshal(create)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"old":null`, `"new":{"name":"Ủy ban nhân dân phường Hà Huy Tập"`, `"entity":"unit"`, `"entityId":"1"`} {
		if !strings.Contains(string(body), want) {
			t.Errorf("JSON %s lacks %s", body, want)
		}
	}

	// The other filters reach the store.
	cases := []struct {
		name  string
		f     app.AuditFilter
		total int
	}{
		{"text, typed with spaces", app.AuditFilter{Text: "  Trần   Thị Hòa "}, 1},
		{"the day", app.AuditFilter{From: "2026-11-27", To: "2026-11-27", Entity: "unit"}, 2},
		{"another day", app.AuditFilter{From: "2026-11-28", Entity: "unit"}, 0},
		{"actor", app.AuditFilter{Actor: "quantri", Entity: "unit", Action: "create"}, 1},
		{"someone else", app.AuditFilter{Actor: "canbo", Entity: "unit"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page, err := s.Audit.List(c.f)
			if err != nil || page.Total != c.total || len(page.Rows) != c.total {
				t.Fatalf("List(%+v) = %+v, %v; want %d rows", c.f, page, err, c.total)
			}
		})
	}
}

func TestAuditListRejectsBadFilters(t *testing.T) {
	s := apptest.Admin(t)
	cases := []struct {
		f     app.AuditFilter
		field string
	}{
		{app.AuditFilter{From: "27/11/2026"}, "from"},
		{app.AuditFilter{To: "2026-02-30"}, "to"},
		{app.AuditFilter{From: "2026-11-28", To: "2026-11-27"}, "to"},
		{app.AuditFilter{Limit: app.MaxAuditPage + 1}, "limit"},
		{app.AuditFilter{Limit: -1}, "limit"},
		{app.AuditFilter{Offset: -50}, "offset"},
		{app.AuditFilter{Text: strings.Repeat("á", 201)}, "text"},
		{app.AuditFilter{Actor: strings.Repeat("a", 101)}, "actor"},
	}
	for _, c := range cases {
		_, err := s.Audit.List(c.f)
		var de *domain.Error
		if domain.KindOf(err) != domain.Invalid || !errors.As(err, &de) || de.Fields[c.field] == "" {
			t.Errorf("List(%+v) = %v; want invalid with a message for %q", c.f, err, c.field)
		}
	}
}

func TestAuditListPages(t *testing.T) {
	s := apptest.Admin(t)
	u := validUnit()
	for range 7 {
		saved, err := s.Settings.SaveUnit(u)
		if err != nil {
			t.Fatal(err)
		}
		u = *saved
	}
	var seen []int64
	for offset := 0; offset < 7; offset += 3 {
		page, err := s.Audit.List(app.AuditFilter{Entity: "unit", Limit: 3, Offset: offset})
		if err != nil || page.Total != 7 {
			t.Fatalf("page at %d: %+v, %v", offset, page, err)
		}
		for _, r := range page.Rows {
			seen = append(seen, r.ID)
		}
	}
	if len(seen) != 7 {
		t.Fatalf("pages gave %v, want the 7 saves once each", seen)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] >= seen[i-1] {
			t.Fatalf("pages gave %v, want newest first", seen)
		}
	}
}
