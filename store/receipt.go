package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tiepdan/app/domain"
)

const auditReceipt = "receipt"

// addReceipt numbers r within year, builds its body and stores it for visit
// inside t. The audit entry records the number and the visit, never the body.
func (t *tx) addReceipt(ctx context.Context, actor string, visit int64, year int, r *StoredReceipt) error {
	r.Year = year
	if err := t.QueryRowContext(ctx, `SELECT COALESCE(MAX(number), 0) + 1 FROM receipt WHERE year = ?`, year).Scan(&r.Number); err != nil {
		return err
	}
	body, err := r.Build(r.Number)
	if err != nil {
		return err
	}
	r.Body = body
	res, err := t.ExecContext(ctx, `INSERT INTO receipt (visit_id, year, number, sealed, body, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`, visit, r.Year, r.Number, r.Sealed, r.Body, t.nowText())
	if err != nil {
		return err
	}
	if r.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return t.audit(ctx, actor, "create", auditReceipt, fmt.Sprint(r.ID), nil,
		map[string]any{"visitId": visit, "year": r.Year, "number": r.Number, "sealed": r.Sealed})
}

// ReceiptRef is a stored receipt.
type ReceiptRef struct {
	ID, VisitID  int64
	Year, Number int
	Sealed       bool
	Body         []byte
}

// Receipt returns receipt id.
//
// Errors: NotFound.
func (s *Store) Receipt(ctx context.Context, id int64) (*ReceiptRef, error) {
	var r ReceiptRef
	err := s.db.QueryRowContext(ctx, `SELECT id, visit_id, year, number, sealed, body FROM receipt WHERE id = ?`, id).
		Scan(&r.ID, &r.VisitID, &r.Year, &r.Number, &r.Sealed, &r.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy giấy biên nhận số %d.", id)
	}
	return &r, internal(err)
}

// VisitReceipts returns the receipts issued with visit id, oldest first.
func (s *Store) VisitReceipts(ctx context.Context, visit int64) ([]ReceiptRef, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, visit_id, year, number, sealed, body FROM receipt
		WHERE visit_id = ? ORDER BY id`, visit)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []ReceiptRef
	for rows.Next() {
		var r ReceiptRef
		if err := rows.Scan(&r.ID, &r.VisitID, &r.Year, &r.Number, &r.Sealed, &r.Body); err != nil {
			return nil, internal(err)
		}
		out = append(out, r)
	}
	return out, internal(rows.Err())
}
