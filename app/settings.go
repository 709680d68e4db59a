package app

import (
	"context"
	"encoding/base64"

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
// Errors: Invalid (a place name too long); Unauthorized.
func (s *Settings) DateLine(place string) (string, error) {
	if _, err := s.deps.require(PermUse); err != nil {
		return "", err
	}
	place = domain.CleanText(place)
	var v domain.Validation
	v.MaxLen("place", place, domain.MaxPlaceName, "Địa danh")
	if err := v.Err(); err != nil {
		return "", err
	}
	return law.DateLine(place, s.deps.Now()), nil
}

// ReceptionRules returns the unit's nội quy tiếp công dân (Luật TCD Art.
// 15.2(a)), or, until one is saved, the app's template with Default set.
//
// Errors: Unauthorized; Unavailable; Internal.
func (s *Settings) ReceptionRules() (*domain.ReceptionRules, error) {
	if _, err := s.deps.require(PermUse); err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	return receptionRules(context.Background(), st)
}

// SaveReceptionRules checks and saves the nội quy with the number and date
// of the decision that adopts it, and returns it as stored. r.Revision must
// be the one read (0 while the template is shown).
//
// Errors: Invalid with a message per field; Conflict; Unauthorized;
// Forbidden (not an administrator); Unavailable; Internal.
func (s *Settings) SaveReceptionRules(r domain.ReceptionRules) (*domain.ReceptionRules, error) {
	a, err := s.deps.require(PermEditUnit)
	if err != nil {
		return nil, err
	}
	r.Normalize()
	if err := r.Validate(); err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	return st.SaveReceptionRules(context.Background(), actor(a), r)
}

// ReceptionRulesPDF prints the nội quy for posting (niêm yết), as a base64
// PDF. The print is audited.
//
// Errors: Invalid (the unit not set up); Unauthorized; Unavailable; Internal.
func (s *Settings) ReceptionRulesPDF() (string, error) {
	a, err := s.deps.require(PermUse)
	if err != nil {
		return "", err
	}
	pdf, err := printRules(context.Background(), s.deps, a, PrintJob{})
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(pdf), nil
}
