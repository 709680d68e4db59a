package app

import (
	"context"

	"tiepdan/app/domain"
	"tiepdan/app/law"
)

// Settings reads and saves the unit's settings (Thiết lập đơn vị).
type Settings struct {
	deps Deps
}

// Unit returns the unit's settings.
//
// Errors: NotFound before the first-run setup; Unauthorized; Unavailable;
// Internal.
func (s *Settings) Unit() (*domain.Unit, error) {
	if _, err := s.deps.require(PermUse); err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	return st.Unit(context.Background())
}

// SaveUnit checks and saves the unit's settings and returns them as stored.
// u.Revision must be the revision that was read (0 at first run). Nothing is
// written unless every field is valid.
//
// Errors: Invalid with a message per bad field; Conflict when someone else
// saved meanwhile; Unauthorized; Forbidden (not an administrator);
// Unavailable; Internal.
func (s *Settings) SaveUnit(u domain.Unit) (*domain.Unit, error) {
	a, err := s.deps.require(PermEditUnit)
	if err != nil {
		return nil, err
	}
	u.Normalize()
	if err := u.Validate(); err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	return st.SaveUnit(context.Background(), actor(a), u)
}

// DateLine returns today's place-and-date line for place as printed on
// documents ("Hà Tĩnh, ngày 27 tháng 11 năm 2026"), for the settings preview.
//
// Errors: Unauthorized.
func (s *Settings) DateLine(place string) (string, error) {
	if _, err := s.deps.require(PermUse); err != nil {
		return "", err
	}
	return law.DateLine(domain.CleanText(place), s.deps.Now()), nil
}
