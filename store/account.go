package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"tiepdan/app/domain"
)

// Audit entities and actions of accounts and logins.
const (
	auditAccount  = "account"
	auditSession  = "session"
	auditSecurity = "security_settings"
)

const accountColumns = `id, username, full_name, role, disabled, must_change_password, failed_logins,
	locked_until, revision, created_at, updated_at`

type rowScanner interface{ Scan(...any) error }

func scanAccount(r rowScanner, extra ...any) (*domain.Account, error) {
	var a domain.Account
	var role string
	dest := append([]any{&a.ID, &a.Username, &a.FullName, &role, &a.Disabled, &a.MustChangePassword,
		&a.FailedLogins, &a.LockedUntil, &a.Revision, &a.CreatedAt, &a.UpdatedAt}, extra...)
	if err := r.Scan(dest...); err != nil {
		return nil, err
	}
	a.Role = domain.Role(role)
	return &a, nil
}

// accountAudit is what the audit log records of an account: never the hash.
func accountAudit(a *domain.Account) any {
	if a == nil {
		return nil
	}
	return map[string]any{"id": a.ID, "username": a.Username, "fullName": a.FullName, "role": a.Role,
		"disabled": a.Disabled, "mustChangePassword": a.MustChangePassword, "revision": a.Revision}
}

func internal(err error) error {
	if err == nil {
		return nil
	}
	var de *domain.Error
	if errors.As(err, &de) {
		return err
	}
	return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
}

// AccountCount returns how many accounts exist (0 before the first run).
func (s *Store) AccountCount(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM account`).Scan(&n)
	return n, internal(err)
}

// Accounts returns every account, by user name.
func (s *Store) Accounts(ctx context.Context) ([]domain.Account, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+accountColumns+` FROM account ORDER BY username`)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	out := []domain.Account{}
	for rows.Next() {
		a, err := scanAccount(rows)
		if err != nil {
			return nil, internal(err)
		}
		out = append(out, *a)
	}
	return out, internal(rows.Err())
}

// Account returns the account with id.
//
// Errors: NotFound.
func (s *Store) Account(ctx context.Context, id int64) (*domain.Account, error) {
	a, err := scanAccount(s.db.QueryRowContext(ctx, `SELECT `+accountColumns+` FROM account WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy tài khoản.")
	}
	return a, internal(err)
}

// Credentials returns the account named username with its password hash,
// for the login check only.
//
// Errors: NotFound.
func (s *Store) Credentials(ctx context.Context, username string) (*domain.Account, string, error) {
	var hash string
	a, err := scanAccount(s.db.QueryRowContext(ctx, `SELECT `+accountColumns+`, password_hash FROM account WHERE username = ?`, username), &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", domain.Errorf(domain.NotFound, "Không tìm thấy tài khoản.")
	}
	return a, hash, internal(err)
}

// NewAccount is an account to create, with its password hash and keys.
type NewAccount struct {
	Account domain.Account
	Hash    string
	Keys    domain.AccountKeys
	// VaultPublic is the vault's public key, stored with the first account.
	VaultPublic []byte
}

// CreateAccount adds an account with its password hash and keys. When firstRun
// is true it succeeds only while no account exists, checked in the same
// transaction, so two first-run screens cannot both create an administrator.
//
// Errors: Conflict when the user name is taken, or (firstRun) an account
// already exists.
func (s *Store) CreateAccount(ctx context.Context, actor string, n NewAccount, firstRun bool) (*domain.Account, error) {
	a, hash := n.Account, n.Hash
	err := s.write(ctx, func(t *tx) error {
		if firstRun {
			var n int
			if err := t.QueryRowContext(ctx, `SELECT COUNT(*) FROM account`).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return domain.Errorf(domain.Conflict, "Tài khoản quản trị đã được tạo. Vui lòng đăng nhập.")
			}
		}
		var taken int
		if err := t.QueryRowContext(ctx, `SELECT COUNT(*) FROM account WHERE username = ?`, a.Username).Scan(&taken); err != nil {
			return err
		}
		if taken > 0 {
			return &domain.Error{Kind: domain.Conflict, Message: "Tên đăng nhập đã được dùng.",
				Fields: map[string]string{"username": fmt.Sprintf("Tên đăng nhập «%s» đã có người dùng", a.Username)}}
		}
		a.Revision, a.CreatedAt, a.UpdatedAt = 1, t.nowText(), t.nowText()
		res, err := t.ExecContext(ctx, `INSERT INTO account (username, full_name, role, password_hash,
			must_change_password, disabled, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.Username, a.FullName, string(a.Role), hash, a.MustChangePassword, a.Disabled, a.Revision, a.CreatedAt, a.UpdatedAt)
		if err != nil {
			return err
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		if firstRun {
			if _, err := t.ExecContext(ctx, `INSERT INTO vault (id, public_key, created_at) VALUES (1, ?, ?)`,
				n.VaultPublic, t.nowText()); err != nil {
				return err
			}
		}
		if err := t.putAccountKeys(ctx, a.ID, &n.Keys); err != nil {
			return err
		}
		return t.audit(ctx, actor, "create", auditAccount, fmt.Sprint(a.ID), nil, accountAudit(&a))
	})
	if err != nil {
		return nil, internal(err)
	}
	return &a, nil
}

// activeAdmins counts the administrators who can log in.
func (t *tx) activeAdmins(ctx context.Context) (int, error) {
	var n int
	err := t.QueryRowContext(ctx, `SELECT COUNT(*) FROM account WHERE role = 'admin' AND disabled = 0`).Scan(&n)
	return n, err
}

// UpdateAccount saves a's name, role and disabled flag, and applies grant
// (nil: the vault key stays as it is). a.Revision must be the revision read.
//
// Errors: NotFound; Conflict for a stale revision; Invalid when the change
// would leave no active administrator.
// VaultGrant changes whether an account holds the vault key: Sealed is the
// vault private key sealed to the account's public key, or nil to withdraw it.
type VaultGrant struct{ Sealed []byte }

func (s *Store) UpdateAccount(ctx context.Context, actor string, a domain.Account, grant *VaultGrant) (*domain.Account, error) {
	var out *domain.Account
	err := s.write(ctx, func(t *tx) error {
		old, err := scanAccount(t.QueryRowContext(ctx, `SELECT `+accountColumns+` FROM account WHERE id = ?`, a.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return domain.Errorf(domain.NotFound, "Không tìm thấy tài khoản.")
		}
		if err != nil {
			return err
		}
		if old.Revision != a.Revision {
			return domain.Errorf(domain.Conflict, "Tài khoản vừa được người khác cập nhật. Vui lòng tải lại rồi sửa lại.")
		}
		next := *old
		next.FullName, next.Role, next.Disabled = a.FullName, a.Role, a.Disabled
		next.Revision, next.UpdatedAt = old.Revision+1, t.nowText()
		if _, err := t.ExecContext(ctx, `UPDATE account SET full_name = ?, role = ?, disabled = ?, revision = ?,
			updated_at = ? WHERE id = ?`, next.FullName, string(next.Role), next.Disabled, next.Revision, next.UpdatedAt, next.ID); err != nil {
			return err
		}
		if grant != nil {
			if err := t.setSealedVault(ctx, next.ID, grant.Sealed); err != nil {
				return err
			}
		}
		if n, err := t.activeAdmins(ctx); err != nil {
			return err
		} else if n == 0 {
			return &domain.Error{Kind: domain.Invalid, Message: "Phải còn ít nhất một tài khoản quản trị đang hoạt động.",
				Fields: map[string]string{"role": "Phải còn ít nhất một tài khoản quản trị đang hoạt động"}}
		}
		out = &next
		return t.audit(ctx, actor, "update", auditAccount, fmt.Sprint(next.ID), accountAudit(old), accountAudit(&next))
	})
	return out, internal(err)
}

// SetPassword replaces the password hash of account id (and its keys, when
// keys is not nil, since they are wrapped by the password) and clears any
// lockout. mustChange asks for a new password at the next login (after a
// reset by the administrator).
//
// Errors: NotFound.
func (s *Store) SetPassword(ctx context.Context, actor string, id int64, hash string, mustChange bool, keys *domain.AccountKeys) error {
	return internal(s.write(ctx, func(t *tx) error {
		res, err := t.ExecContext(ctx, `UPDATE account SET password_hash = ?, must_change_password = ?, failed_logins = 0,
			locked_until = '', revision = revision + 1, updated_at = ? WHERE id = ?`, hash, mustChange, t.nowText(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return domain.Errorf(domain.NotFound, "Không tìm thấy tài khoản.")
		}
		if keys != nil {
			if err := t.putAccountKeys(ctx, id, keys); err != nil {
				return err
			}
		}
		action := "password-change"
		if mustChange {
			action = "password-reset"
		}
		return t.audit(ctx, actor, action, auditAccount, fmt.Sprint(id), nil, map[string]any{"mustChangePassword": mustChange})
	}))
}

// RecordLogin writes the outcome of a login attempt for username: on
// success it clears the failure count; on failure it counts it and, at
// rules.MaxFailedLogins in a row, locks the account for rules.LockoutMinutes.
// Unknown user names are audited too. It returns the account as left, or
// nil for an unknown name.
func (s *Store) RecordLogin(ctx context.Context, username string, ok bool, rules domain.SecuritySettings) (*domain.Account, error) {
	var out *domain.Account
	err := s.write(ctx, func(t *tx) error {
		a, err := scanAccount(t.QueryRowContext(ctx, `SELECT `+accountColumns+` FROM account WHERE username = ?`, username))
		if errors.Is(err, sql.ErrNoRows) {
			return t.audit(ctx, username, "login-failed", auditSession, username, nil, map[string]any{"reason": "không có tài khoản này"})
		}
		if err != nil {
			return err
		}
		if ok {
			a.FailedLogins, a.LockedUntil = 0, ""
		} else {
			a.FailedLogins++
			if a.FailedLogins >= rules.MaxFailedLogins {
				a.LockedUntil = t.now.Add(time.Duration(rules.LockoutMinutes) * time.Minute).Format(time.RFC3339)
				a.FailedLogins = 0
			}
		}
		if _, err := t.ExecContext(ctx, `UPDATE account SET failed_logins = ?, locked_until = ? WHERE id = ?`,
			a.FailedLogins, a.LockedUntil, a.ID); err != nil {
			return err
		}
		out = a
		action, detail := "login", map[string]any{}
		if !ok {
			action = "login-failed"
			detail["failedLogins"] = a.FailedLogins
			if a.LockedUntil != "" {
				detail["lockedUntil"] = a.LockedUntil
			}
		}
		return t.audit(ctx, a.Username, action, auditSession, fmt.Sprint(a.ID), nil, detail)
	})
	return out, internal(err)
}

// RecordLogout audits the end of a session.
func (s *Store) RecordLogout(ctx context.Context, actor, reason string) error {
	return s.RecordEvent(ctx, actor, "logout", auditSession, actor, map[string]any{"reason": reason})
}

// SecuritySettings returns the login rules.
func (s *Store) SecuritySettings(ctx context.Context) (*domain.SecuritySettings, error) {
	var r domain.SecuritySettings
	err := s.db.QueryRowContext(ctx, `SELECT max_failed_logins, lockout_minutes, idle_minutes, revision
		FROM security_settings WHERE id = 1`).Scan(&r.MaxFailedLogins, &r.LockoutMinutes, &r.IdleMinutes, &r.Revision)
	return &r, internal(err)
}

// SaveSecuritySettings saves the login rules; r.Revision must be the one read.
//
// Errors: Conflict for a stale revision.
func (s *Store) SaveSecuritySettings(ctx context.Context, actor string, r domain.SecuritySettings) (*domain.SecuritySettings, error) {
	err := s.write(ctx, func(t *tx) error {
		var before domain.SecuritySettings
		if err := t.QueryRowContext(ctx, `SELECT max_failed_logins, lockout_minutes, idle_minutes, revision
			FROM security_settings WHERE id = 1`).Scan(&before.MaxFailedLogins, &before.LockoutMinutes,
			&before.IdleMinutes, &before.Revision); err != nil {
			return err
		}
		res, err := t.ExecContext(ctx, `UPDATE security_settings SET max_failed_logins = ?, lockout_minutes = ?,
			idle_minutes = ?, revision = revision + 1, updated_at = ? WHERE id = 1 AND revision = ?`,
			r.MaxFailedLogins, r.LockoutMinutes, r.IdleMinutes, t.nowText(), r.Revision)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return domain.Errorf(domain.Conflict, "Quy định đăng nhập vừa được người khác cập nhật. Vui lòng tải lại.")
		}
		r.Revision++
		return t.audit(ctx, actor, "update", auditSecurity, "1", before, r)
	})
	if err != nil {
		return nil, internal(err)
	}
	return &r, nil
}
