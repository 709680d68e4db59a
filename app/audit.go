package app

import (
	"context"
	"fmt"
	"strings"

	"tiepdan/app/domain"
	"tiepdan/store"
)

// Audit is the audit trail screen (Nhật ký thao tác): every change of data,
// login and print, who made it and when, with the values before and after.
// The log itself is written by the store, in the transaction of each change.
type Audit struct {
	deps Deps
}

// AuditFilter selects the entries of the Nhật ký screen. Empty fields mean
// "any".
type AuditFilter struct {
	// From and To are ISO dates ("2026-11-27"), both included.
	From string `json:"from"`
	To   string `json:"to"`
	// Actor is a user name; Entity a kind of record ("unit",
	// "calendar_override", …); Action "create", "update", "delete", …
	Actor  string `json:"actor"`
	Entity string `json:"entity"`
	Action string `json:"action"`
	// Text is looked for in the record's key and in its old and new values.
	Text string `json:"text"`
	// Limit is the page size (0 means DefaultAuditPage, at most
	// MaxAuditPage); Offset the entries skipped.
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

// AuditPage is one page of entries, newest first, and how many match in all.
type AuditPage struct {
	Rows  []domain.AuditEntry `json:"rows"`
	Total int                 `json:"total"`
}

// Page sizes of the Nhật ký screen.
const (
	DefaultAuditPage = 50
	MaxAuditPage     = 500
)

// List returns the page of audit entries that f selects, newest first.
//
// Errors: Invalid with a message for "from", "to", "actor", "entity",
// "action", "text", "limit" or "offset"; Unauthorized; Forbidden (not an
// administrator); Unavailable; Internal.
func (a *Audit) List(f AuditFilter) (*AuditPage, error) {
	if _, err := a.deps.require(PermViewAudit); err != nil {
		return nil, err
	}
	st, _ := a.deps.store()
	find, err := checkAuditFilter(f)
	if err != nil {
		return nil, err
	}
	rows, total, err := st.AuditEntries(context.Background(), find)
	if err != nil {
		return nil, err
	}
	return &AuditPage{Rows: rows, Total: total}, nil
}

// checkAuditFilter checks f and turns it into the store's filter.
func checkAuditFilter(f AuditFilter) (store.FindAudit, error) {
	var v domain.Validation
	find := store.FindAudit{
		Actor: strings.TrimSpace(f.Actor), Entity: strings.TrimSpace(f.Entity), Action: strings.TrimSpace(f.Action),
		Text: domain.CleanText(f.Text), Limit: f.Limit, Offset: f.Offset,
	}
	if strings.TrimSpace(f.From) != "" {
		find.From = checkDate(&v, "from", f.From, "").String()
	}
	if strings.TrimSpace(f.To) != "" {
		find.To = checkDate(&v, "to", f.To, "").String()
	}
	if find.From != "" && find.To != "" && find.From > find.To {
		v.Fail("to", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu")
	}
	v.MaxLen("actor", find.Actor, 100, "Người thực hiện")
	v.MaxLen("entity", find.Entity, 100, "Loại dữ liệu")
	v.MaxLen("action", find.Action, 100, "Thao tác")
	v.MaxLen("text", find.Text, 200, "Nội dung tìm")
	if find.Limit == 0 {
		find.Limit = DefaultAuditPage
	}
	if find.Limit < 1 || find.Limit > MaxAuditPage {
		v.Fail("limit", fmt.Sprintf("Số dòng mỗi trang phải từ 1 đến %d", MaxAuditPage))
	}
	if find.Offset < 0 {
		v.Fail("offset", "Vị trí trang không hợp lệ")
	}
	return find, v.Err()
}

// CheckData runs the full check of the data folder for `tiepdan check`:
// SQLite's integrity check, the foreign keys and the audit chain. It is not
// bound to the UI.
//
// Errors: Unavailable; Internal.
func (s *Services) CheckData() (*store.CheckReport, error) {
	st, err := s.deps.store()
	if err != nil {
		return nil, err
	}
	return st.Check(context.Background())
}
