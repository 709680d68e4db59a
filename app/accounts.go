package app

import (
	"context"

	"tiepdan/app/domain"
	"tiepdan/app/secure"
	"tiepdan/store"
)

// Accounts is the administrator's management of accounts and login rules.
type Accounts struct {
	deps Deps
}

// List returns every account.
//
// Errors: Unauthorized; Forbidden (not an administrator); Internal.
func (s *Accounts) List() ([]domain.Account, error) {
	if _, err := s.deps.require(PermManageAccounts); err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	return st.Accounts(context.Background())
}

// RoleOption is a role the UI offers, with its Vietnamese name.
type RoleOption struct {
	Role  domain.Role `json:"role"`
	Label string      `json:"label"`
}

// Roles lists the roles an account can have.
//
// Errors: Unauthorized; Forbidden.
func (s *Accounts) Roles() ([]RoleOption, error) {
	if _, err := s.deps.require(PermManageAccounts); err != nil {
		return nil, err
	}
	out := make([]RoleOption, 0, len(domain.Roles))
	for _, r := range domain.Roles {
		out = append(out, RoleOption{Role: r, Label: r.Label()})
	}
	return out, nil
}

// NewAccountInput is a new account with its first password, which the
// person must change at the first login.
type NewAccountInput struct {
	Username string      `json:"username"`
	FullName string      `json:"fullName"`
	Role     domain.Role `json:"role"`
	Password string      `json:"password"`
}

// checkPerson validates the name and role of an account.
func checkPerson(v *domain.Validation, fullName string, role domain.Role) {
	v.Required("fullName", fullName, "Vui lòng nhập họ tên")
	v.MaxLen("fullName", fullName, 100, "Họ tên")
	if !role.Valid() {
		v.Fail("role", "Vui lòng chọn vai trò")
	}
}

// Create adds an account.
//
// Errors: Invalid with a message per field; Conflict (user name taken);
// Unauthorized; Forbidden; Internal.
func (s *Accounts) Create(in NewAccountInput) (*domain.Account, error) {
	return s.create(in, true)
}

// create adds an account; mustChange says whether its first password must
// be changed at the first login (always, except for the demo data's accounts).
func (s *Accounts) create(in NewAccountInput, mustChange bool) (*domain.Account, error) {
	admin, err := s.deps.require(PermManageAccounts)
	if err != nil {
		return nil, err
	}
	a := domain.Account{Username: domain.NormalizeUsername(in.Username), FullName: domain.CleanText(in.FullName),
		Role: in.Role, MustChangePassword: mustChange}
	var v domain.Validation
	domain.CheckUsername(&v, "username", a.Username)
	checkPerson(&v, a.FullName, a.Role)
	domain.CheckPassword(&v, "password", in.Password)
	if err := v.Err(); err != nil {
		return nil, err
	}
	grant, err := s.deps.grantingKeys()
	if err != nil {
		return nil, err
	}
	hash, err := secure.HashPassword(in.Password, s.deps.PasswordCost)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	var vault []byte
	if holdsVault(a.Role) {
		vault = grant.vault
	}
	keys, err := newAccountKeys(in.Password, s.deps.PasswordCost, grant.index, vault)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	st, _ := s.deps.store()
	return st.CreateAccount(context.Background(), actor(admin), store.NewAccount{Account: a, Hash: hash, Keys: keys}, false)
}

// AccountUpdate changes an account's name, role or disabled flag; Revision
// is the one read.
type AccountUpdate struct {
	ID       int64       `json:"id"`
	FullName string      `json:"fullName"`
	Role     domain.Role `json:"role"`
	Disabled bool        `json:"disabled"`
	Revision int64       `json:"revision"`
}

// Update saves an account's name, role and disabled flag. The last active
// administrator cannot be demoted or disabled.
//
// Errors: Invalid; NotFound; Conflict; Unauthorized; Forbidden; Internal.
func (s *Accounts) Update(in AccountUpdate) (*domain.Account, error) {
	admin, err := s.deps.require(PermManageAccounts)
	if err != nil {
		return nil, err
	}
	a := domain.Account{ID: in.ID, FullName: domain.CleanText(in.FullName), Role: in.Role, Disabled: in.Disabled, Revision: in.Revision}
	var v domain.Validation
	checkPerson(&v, a.FullName, a.Role)
	if err := v.Err(); err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	ctx := context.Background()
	old, err := st.Account(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	// A change of role may give or take away the vault key.
	var vg *store.VaultGrant
	if holdsVault(a.Role) != holdsVault(old.Role) {
		vg = &store.VaultGrant{}
		if holdsVault(a.Role) {
			grant, err := s.deps.grantingKeys()
			if err != nil {
				return nil, err
			}
			k, err := st.AccountKeys(ctx, a.ID)
			if err != nil {
				return nil, err
			}
			if vg.Sealed, err = secure.Seal(k.PublicKey, sealedVaultLabel, grant.vault); err != nil {
				return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
			}
		}
	}
	return st.UpdateAccount(ctx, actor(admin), a, vg)
}

// ResetPassword gives account id a new password that must be changed at the
// next login, and lifts any lockout.
//
// Errors: Invalid (weak password); NotFound; Unauthorized; Forbidden; Internal.
func (s *Accounts) ResetPassword(id int64, password string) error {
	admin, err := s.deps.require(PermManageAccounts)
	if err != nil {
		return err
	}
	var v domain.Validation
	domain.CheckPassword(&v, "password", password)
	if err := v.Err(); err != nil {
		return err
	}
	hash, err := secure.HashPassword(password, s.deps.PasswordCost)
	if err != nil {
		return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	st, _ := s.deps.store()
	ctx := context.Background()
	target, err := st.Account(ctx, id)
	if err != nil {
		return err
	}
	// The old private key is wrapped by the forgotten password: the account
	// gets a new key pair, and the granted keys are sealed to it again.
	grant, err := s.deps.grantingKeys()
	if err != nil {
		return err
	}
	var vault []byte
	if holdsVault(target.Role) {
		vault = grant.vault
	}
	keys, err := newAccountKeys(password, s.deps.PasswordCost, grant.index, vault)
	if err != nil {
		return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return st.SetPassword(ctx, actor(admin), id, hash, true, &keys)
}

// SecuritySettings returns the login rules.
//
// Errors: Unauthorized; Forbidden; Internal.
func (s *Accounts) SecuritySettings() (*domain.SecuritySettings, error) {
	if _, err := s.deps.require(PermManageAccounts); err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	return st.SecuritySettings(context.Background())
}

// SaveSecuritySettings saves the login rules.
//
// Errors: Invalid with a message per field; Conflict; Unauthorized;
// Forbidden; Internal.
func (s *Accounts) SaveSecuritySettings(in domain.SecuritySettings) (*domain.SecuritySettings, error) {
	admin, err := s.deps.require(PermManageAccounts)
	if err != nil {
		return nil, err
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	return st.SaveSecuritySettings(context.Background(), actor(admin), in)
}
