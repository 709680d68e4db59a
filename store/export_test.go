package store

import (
	"context"
	"testing"
)

// AuditEntry is one audit_log row, for the tests of package store_test.
type AuditEntry struct {
	At, Actor, Action, EntityID, Detail string
}

// AuditLog returns the audit entries of entity in the order written.
func AuditLog(tb testing.TB, s *Store, entity string) []AuditEntry {
	tb.Helper()
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT at, actor, action, entity_id, detail FROM audit_log WHERE entity = ? ORDER BY id`, entity)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		if err := rows.Scan(&e.At, &e.Actor, &e.Action, &e.EntityID, &e.Detail); err != nil {
			tb.Fatal(err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}
