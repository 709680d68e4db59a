package store

import (
	"context"
	"database/sql"
	"errors"

	"tiepdan/app/domain"
)

// auditRuleReading is the audit entity of the unit's choice of reading of a
// deadline rule.
const auditRuleReading = "rule_reading"

// RuleReadings returns the stored choices of reading, sorted by rule id.
// A rule without a row is read the default way.
//
// Errors: Internal.
func (s *Store) RuleReadings(ctx context.Context) ([]domain.RuleReading, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT rule_id, use_alternative, updated_at FROM rule_reading ORDER BY rule_id`)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	defer rows.Close()
	out := []domain.RuleReading{}
	for rows.Next() {
		var r domain.RuleReading
		if err := rows.Scan(&r.RuleID, &r.UseAlternative, &r.UpdatedAt); err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return out, nil
}

// UsesAlternativeReading reports whether the unit chose the alternative
// reading of rule ruleID (false when nothing is stored for it).
//
// Errors: Internal.
func (s *Store) UsesAlternativeReading(ctx context.Context, ruleID string) (bool, error) {
	var use bool
	err := s.db.QueryRowContext(ctx, `SELECT use_alternative FROM rule_reading WHERE rule_id = ?`, ruleID).Scan(&use)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return use, nil
}

// SetRuleReading stores the choice of reading of rule ruleID, with its audit
// entry ("create" for the rule's first choice, "update" after), in one
// transaction. A choice already as asked — including the default reading for
// a rule without a row — changes nothing and writes no audit entry. The
// caller checks that ruleID names a rule with an alternative reading.
//
// Errors: Internal, including when ruleID is "".
func (s *Store) SetRuleReading(ctx context.Context, actor, ruleID string, useAlternative bool) error {
	return s.write(ctx, func(t *tx) error {
		var current bool
		var updatedAt string
		err := t.QueryRowContext(ctx, `SELECT use_alternative, updated_at FROM rule_reading WHERE rule_id = ?`, ruleID).
			Scan(&current, &updatedAt)
		exists := err == nil
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		if current == useAlternative {
			return nil // already as asked
		}
		r := domain.RuleReading{RuleID: ruleID, UseAlternative: useAlternative, UpdatedAt: t.nowText()}
		_, err = t.ExecContext(ctx, `INSERT INTO rule_reading (rule_id, use_alternative, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (rule_id) DO UPDATE SET use_alternative = excluded.use_alternative, updated_at = excluded.updated_at`,
			r.RuleID, r.UseAlternative, r.UpdatedAt)
		if err != nil {
			return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		action, before := "create", (*domain.RuleReading)(nil)
		if exists {
			action, before = "update", &domain.RuleReading{RuleID: ruleID, UseAlternative: current, UpdatedAt: updatedAt}
		}
		return t.audit(ctx, actor, action, auditRuleReading, r.RuleID, before, r)
	})
}
