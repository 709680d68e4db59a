package store

import (
	"context"
	"database/sql"
	"testing"
)

// AuditEntry is one audit_log row, for the tests of package store_test.
// Detail is the record the entry is about: New, or Old for a delete.
type AuditEntry struct {
	ID                                  int64
	At, Actor, Action, EntityID, Detail string
	Old, New                            sql.NullString
	PrevHash, Hash                      string
}

// AuditLog returns the audit entries of entity in the order written.
func AuditLog(tb testing.TB, s *Store, entity string) []AuditEntry {
	tb.Helper()
	rows, err := s.db.QueryContext(context.Background(),
		`SELECT id, at, actor, action, entity_id, COALESCE(new, old, ''), old, new, prev_hash, hash
		FROM audit_log WHERE entity = ? ORDER BY id`, entity)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		if err := rows.Scan(&e.ID, &e.At, &e.Actor, &e.Action, &e.EntityID, &e.Detail, &e.Old, &e.New, &e.PrevHash, &e.Hash); err != nil {
			tb.Fatal(err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// Exec runs query on the store's own connection, as the app would, for tests
// that check what the schema refuses.
func Exec(s *Store, query string, args ...any) error {
	_, err := s.db.ExecContext(context.Background(), query, args...)
	return err
}

// AuditHash is the hash the chain expects for a row with these fields, for
// tests that forge a row the way a careful attacker would.
func AuditHash(id int64, at, actor, action, entity, entityID string, old, new sql.NullString, prevHash string) string {
	r := auditRow{ID: id, At: at, Actor: actor, Action: action, Entity: entity, EntityID: entityID,
		Old: old, New: new, PrevHash: prevHash}
	return r.computeHash()
}
