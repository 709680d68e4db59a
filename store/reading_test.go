package store_test

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

func TestRuleReadings(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	if got, err := s.RuleReadings(ctx); err != nil || len(got) != 0 || got == nil {
		t.Fatalf("readings of a new store = %#v, %v; want an empty list", got, err)
	}
	steps := []struct {
		id  string
		use bool
	}{
		{"kn-thu-ly", false},        // the default with no row: no change, no audit
		{"kn-thu-ly", true},         // create
		{"xu-ly-don", true},         // create
		{"kn-thu-ly", true},         // already so: no change, no audit
		{"kn-thu-ly", false},        // update
		{"kn-thu-ly-lan-hai", true}, // create
	}
	for _, st := range steps {
		if err := s.SetRuleReading(ctx, "local", st.id, st.use); err != nil {
			t.Fatalf("%+v: %v", st, err)
		}
	}
	got, err := s.RuleReadings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []domain.RuleReading{
		{RuleID: "kn-thu-ly", UseAlternative: false, UpdatedAt: testTime},
		{RuleID: "kn-thu-ly-lan-hai", UseAlternative: true, UpdatedAt: testTime},
		{RuleID: "xu-ly-don", UseAlternative: true, UpdatedAt: testTime},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("readings = %+v, want %+v", got, want)
	}
	for id, want := range map[string]bool{"kn-thu-ly": false, "kn-thu-ly-lan-hai": true, "xu-ly-don": true, "tc-giai-quyet": false} {
		if use, err := s.UsesAlternativeReading(ctx, id); err != nil || use != want {
			t.Errorf("UsesAlternativeReading(%s) = %v, %v; want %v", id, use, err, want)
		}
	}

	log := store.AuditLog(t, s, "rule_reading")
	var actions []string
	for _, e := range log {
		actions = append(actions, e.Action+" "+e.EntityID)
	}
	wantActions := []string{"create kn-thu-ly", "create xu-ly-don", "update kn-thu-ly", "create kn-thu-ly-lan-hai"}
	if !reflect.DeepEqual(actions, wantActions) {
		t.Fatalf("audit = %v, want %v", actions, wantActions)
	}
	var detail domain.RuleReading
	if err := json.Unmarshal([]byte(log[2].Detail), &detail); err != nil {
		t.Fatal(err)
	}
	if detail != want[0] || log[2].Actor != "local" || log[2].At != testTime {
		t.Fatalf("audit entry = %+v (detail %+v), want the saved choice", log[2], detail)
	}
}

func TestSetRuleReadingRefusesAnEmptyID(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	if err := s.SetRuleReading(ctx, "local", "", true); domain.KindOf(err) != domain.Internal {
		t.Fatalf("empty rule id: %v, want the table's check to refuse it", err)
	}
	if got, _ := s.RuleReadings(ctx); len(got) != 0 {
		t.Fatalf("written: %+v", got)
	}
	if log := store.AuditLog(t, s, "rule_reading"); len(log) != 0 {
		t.Fatalf("audited without a change: %+v", log)
	}
}
