package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"tiepdan/app/domain"
)

// Unit returns the unit's settings.
//
// Errors: NotFound before the first-run setup has saved them.
func (s *Store) Unit(ctx context.Context) (*domain.Unit, error) {
	u, err := scanUnit(s.db.QueryRowContext(ctx, unitQuery))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Chưa thiết lập thông tin đơn vị.")
	}
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return u, nil
}

// unitQuery reads the unit's row for scanUnit.
const unitQuery = `SELECT name, superior_agency, doc_symbol, place_name, chairman_name,
	chairman_title, reception_place, periodic_days, report_recipient, revision, updated_at
	FROM unit WHERE id = 1`

// scanUnit reads the row of unitQuery; the error is sql.ErrNoRows before the
// first save.
func scanUnit(row interface{ Scan(...any) error }) (*domain.Unit, error) {
	var u domain.Unit
	var days string
	err := row.Scan(&u.Name, &u.SuperiorAgency, &u.DocSymbol, &u.PlaceName, &u.ChairmanName,
		&u.ChairmanTitle, &u.ReceptionPlace, &days, &u.ReportRecipient, &u.Revision, &u.UpdatedAt)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(days), &u.PeriodicDays); err != nil {
		return nil, err
	}
	return &u, nil
}

// SaveUnit writes the unit's settings and their audit entry in one
// transaction. u.Revision must be the revision that was read (0 for the first
// save); the saved record, with its new revision, is returned.
//
// Errors: Conflict when the settings were saved by someone else meanwhile.
func (s *Store) SaveUnit(ctx context.Context, actor string, u domain.Unit) (*domain.Unit, error) {
	err := s.write(ctx, func(t *tx) error {
		return t.saveUnit(ctx, actor, &u)
	})
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// saveUnit is SaveUnit inside an open transaction; it updates u's Revision
// and UpdatedAt.
func (t *tx) saveUnit(ctx context.Context, actor string, u *domain.Unit) error {
	old, err := scanUnit(t.QueryRowContext(ctx, unitQuery))
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	var current int64
	if old != nil {
		current = old.Revision
	}
	if current != u.Revision {
		return domain.Errorf(domain.Conflict,
			"Thông tin đơn vị vừa được người khác cập nhật. Vui lòng tải lại trang rồi lưu lại.")
	}
	days, err := json.Marshal(u.PeriodicDays)
	if err != nil {
		return err
	}
	u.Revision = current + 1
	u.UpdatedAt = t.nowText()
	_, err = t.ExecContext(ctx, `INSERT INTO unit (id, name, superior_agency, doc_symbol, place_name, chairman_name,
		chairman_title, reception_place, periodic_days, report_recipient, revision, updated_at)
		VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, superior_agency = excluded.superior_agency,
		doc_symbol = excluded.doc_symbol, place_name = excluded.place_name, chairman_name = excluded.chairman_name,
		chairman_title = excluded.chairman_title, reception_place = excluded.reception_place,
		periodic_days = excluded.periodic_days, report_recipient = excluded.report_recipient,
		revision = excluded.revision, updated_at = excluded.updated_at`,
		u.Name, u.SuperiorAgency, u.DocSymbol, u.PlaceName, u.ChairmanName, u.ChairmanTitle, u.ReceptionPlace,
		string(days), u.ReportRecipient, u.Revision, u.UpdatedAt)
	if err != nil {
		return err
	}
	action := "update"
	if old == nil {
		action = "create"
	}
	return t.audit(ctx, actor, action, "unit", "1", old, u)
}
