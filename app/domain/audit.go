package domain

import "encoding/json"

// AuditEntry is one row of the audit trail (Nhật ký thao tác): who did what
// to which record, when, with the record before and after.
type AuditEntry struct {
	// ID is the row's number; ids run 1, 2, 3, … without gaps.
	ID int64 `json:"id"`
	// At is when it happened (RFC 3339, local office time).
	At string `json:"at"`
	// Actor is the user name ("local" before accounts).
	Actor string `json:"actor"`
	// Action is "create", "update", "delete", "login", …
	Action string `json:"action"`
	// Entity is the kind of record ("unit", "calendar_override", …) and
	// EntityID its key.
	Entity   string `json:"entity"`
	EntityID string `json:"entityId"`
	// Old is the record before the change as JSON, null for a create; New is
	// the record after it, null for a delete.
	Old json.RawMessage `json:"old"`
	New json.RawMessage `json:"new"`
	// Hash is the row's link in the hash chain (hex SHA-256).
	Hash string `json:"hash"`
}
