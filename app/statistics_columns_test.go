package app

import (
	"slices"
	"testing"

	"tiepdan/reports"
)

// Every numeric column of every table has one counting rule with a written
// definition, and every rule is a column of its table.
func TestStatRulesCoverTheTables(t *testing.T) {
	columns := map[string]map[string]reports.StatColumn{}
	for _, table := range reports.StatTables() {
		columns[table.Code] = map[string]reports.StatColumn{}
		for _, c := range table.Columns {
			columns[table.Code][c.Number] = c
			r := statRuleFor(table.Code, c.Number)
			switch {
			case c.Kind == reports.StatText && r != nil:
				t.Errorf("%s cột %s is words (%s) but has a counting rule", table.Code, c.Number, c.Label)
			case c.Kind != reports.StatText && r == nil:
				t.Errorf("%s cột %s (%s) has no counting rule", table.Code, c.Number, c.Label)
			}
		}
	}
	for _, r := range statRules {
		if _, ok := columns[r.table][r.number]; !ok {
			t.Errorf("rule %s cột %s is not a column of the layouts", r.table, r.number)
		}
		if len([]rune(r.def)) < 15 {
			t.Errorf("%s cột %s: definition %q", r.table, r.number, r.def)
		}
		for _, p := range r.sum {
			if statRuleFor(r.table, p) == nil {
				t.Errorf("%s cột %s sums cột %s, which has no rule", r.table, r.number, p)
			}
		}
	}
}

// Every total computed from its parts is a sum identity printed on its
// table (so the printed identity holds by construction); the others hold by
// partition, which the golden and property tests assert on data.
func TestStatTotalsArePrintedIdentities(t *testing.T) {
	for _, r := range statRules {
		if r.sum == nil {
			continue
		}
		table, _ := reports.StatTable(r.table)
		if !slices.ContainsFunc(table.Identities, func(id reports.SumIdentity) bool {
			return id.Total == r.number && slices.Equal(id.Parts, r.sum)
		}) {
			t.Errorf("%s cột %s = %v is not an identity of the table", r.table, r.number, r.sum)
		}
	}
}
