package app

import (
	"context"
	"sync"
	"time"

	"tiepdan/app/domain"
	"tiepdan/app/secure"
	"tiepdan/store"
)

// Auth logs people in and out. Its methods are the only ones callable
// without a login.
type Auth struct {
	deps Deps
}

// AccountView is the logged-in account as the UI sees it.
type AccountView struct {
	domain.Account
	RoleLabel   string       `json:"roleLabel"`
	Permissions []Permission `json:"permissions"`
}

func viewOf(a *domain.Account) *AccountView {
	return &AccountView{Account: *a, RoleLabel: a.Role.Label(), Permissions: permissionsOf(a.Role)}
}

// AuthState is what the UI needs to choose its first screen.
type AuthState struct {
	// HasAccounts is false before the first run has created the administrator.
	HasAccounts bool `json:"hasAccounts"`
	// User is the logged-in account, or null.
	User *AccountView `json:"user"`
	// LockedUser is the user name of a locked session, or "".
	LockedUser string `json:"lockedUser"`
	// IdleMinutes is when the UI locks itself without input.
	IdleMinutes int `json:"idleMinutes"`
}

// State returns the session's state. It needs no login.
//
// Errors: Unavailable; Internal.
func (s *Auth) State() (*AuthState, error) {
	st, err := s.deps.store()
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	n, err := st.AccountCount(ctx)
	if err != nil {
		return nil, err
	}
	rules, err := st.SecuritySettings(ctx)
	if err != nil {
		return nil, err
	}
	state := &AuthState{HasAccounts: n > 0, IdleMinutes: rules.IdleMinutes}
	if id, _ := s.deps.session.current(); id != 0 {
		// require also applies the idle lock and a disabled account.
		a, err := s.deps.require(permChangeOwnPassword)
		if err != nil && domain.KindOf(err) != domain.Unauthorized {
			return nil, err
		}
		if a != nil {
			state.User = viewOf(a)
		}
	}
	_, state.LockedUser = s.deps.session.current()
	return state, nil
}

// SetupInput is the first run's administrator account.
type SetupInput struct {
	Username        string `json:"username"`
	FullName        string `json:"fullName"`
	Password        string `json:"password"`
	PasswordConfirm string `json:"passwordConfirm"`
}

// SetupAdmin creates the first account, an administrator, and logs it in.
// It works only while no account exists.
//
// Errors: Invalid with a message per field; Conflict when an account
// already exists; Unavailable; Internal.
func (s *Auth) SetupAdmin(in SetupInput) (*AuthState, error) {
	st, err := s.deps.store()
	if err != nil {
		return nil, err
	}
	a := domain.Account{Username: domain.NormalizeUsername(in.Username), FullName: domain.CleanText(in.FullName), Role: domain.RoleAdmin}
	var v domain.Validation
	domain.CheckUsername(&v, "username", a.Username)
	v.Required("fullName", a.FullName, "Vui lòng nhập họ tên")
	v.MaxLen("fullName", a.FullName, 100, "Họ tên")
	domain.CheckPassword(&v, "password", in.Password)
	if in.PasswordConfirm != in.Password {
		v.Fail("passwordConfirm", "Mật khẩu nhập lại không khớp")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	hash, err := secure.HashPassword(in.Password, s.deps.PasswordCost)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	// The first run creates the data's keys: the vault pair and the index key.
	vault, err := secure.NewKeyPair()
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	index, err := secure.NewIndexKey()
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	keys, err := newAccountKeys(in.Password, s.deps.PasswordCost, index, vault.Private)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	created, err := st.CreateAccount(context.Background(), a.Username,
		store.NewAccount{Account: a, Hash: hash, Keys: keys, VaultPublic: vault.Public}, true)
	if err != nil {
		return nil, err
	}
	s.deps.login(created, sessionKeys{index: index, vault: vault.Private})
	return s.State()
}

// wrongLogin is the same message for an unknown name and a wrong password,
// so the screen does not tell which user names exist.
const wrongLogin = "Tên đăng nhập hoặc mật khẩu không đúng."

// Login checks username and password and starts the session. After the
// login rules' number of wrong passwords in a row the account is locked for
// their lockout time.
//
// Errors: Invalid (empty fields, or longer than any account's); Unauthorized
// (wrong name or password, a locked or disabled account); Unavailable;
// Internal.
func (s *Auth) Login(username, password string) (*AuthState, error) {
	st, err := s.deps.store()
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	username = domain.NormalizeUsername(username)
	var v domain.Validation
	v.Required("username", username, "Vui lòng nhập tên đăng nhập")
	if password == "" {
		v.Fail("password", "Vui lòng nhập mật khẩu")
	}
	// No account has a longer name or password: such a try is refused
	// before it costs a password check or a row of the audit trail.
	v.MaxLen("username", username, domain.MaxUsernameLength, "Tên đăng nhập")
	v.MaxLen("password", password, domain.MaxPasswordLength, "Mật khẩu")
	if err := v.Err(); err != nil {
		return nil, err
	}
	rules, err := st.SecuritySettings(ctx)
	if err != nil {
		return nil, err
	}
	a, hash, err := st.Credentials(ctx, username)
	if domain.KindOf(err) == domain.NotFound {
		// Spend the same time as a real check, then record the attempt.
		_, _ = secure.CheckPassword(password, dummyHash(s.deps.PasswordCost))
		_, _ = st.RecordLogin(ctx, username, false, *rules)
		return nil, domain.Errorf(domain.Unauthorized, wrongLogin)
	}
	if err != nil {
		return nil, err
	}
	now := s.deps.Now()
	if until, err := time.Parse(time.RFC3339, a.LockedUntil); err == nil && now.Before(until) {
		return nil, domain.Errorf(domain.Unauthorized,
			"Tài khoản tạm khóa đến %s do nhập sai mật khẩu %d lần liên tiếp. Vui lòng thử lại sau hoặc liên hệ quản trị.",
			until.In(now.Location()).Format("15:04 02/01/2006"), rules.MaxFailedLogins)
	}
	ok, err := secure.CheckPassword(password, hash)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	if a.Disabled {
		return nil, domain.Errorf(domain.Unauthorized, "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị.")
	}
	left, err := st.RecordLogin(ctx, username, ok, *rules)
	if err != nil {
		return nil, err
	}
	if !ok {
		if left != nil && left.LockedUntil != "" {
			return nil, domain.Errorf(domain.Unauthorized,
				"Nhập sai mật khẩu %d lần liên tiếp: tài khoản tạm khóa %d phút.", rules.MaxFailedLogins, rules.LockoutMinutes)
		}
		return nil, domain.Errorf(domain.Unauthorized, wrongLogin)
	}
	keys, err := s.deps.loginKeys(ctx, a, password)
	if err != nil {
		return nil, err
	}
	s.deps.login(a, keys)
	return s.State()
}

// dummyHashes holds, per cost, a valid hash of no real password.
var dummyHashes sync.Map // secure.PasswordCost → string

// dummyHash returns a hash to check a password against when the user name
// is unknown, computed once per cost.
func dummyHash(cost secure.PasswordCost) string {
	if h, ok := dummyHashes.Load(cost); ok {
		return h.(string)
	}
	h, _ := secure.HashPassword("không phải mật khẩu nào", cost)
	dummyHashes.Store(cost, h)
	return h
}

// Logout ends the session. It needs no login and never fails for a session
// that has none.
func (s *Auth) Logout() error {
	id, _ := s.deps.session.current()
	s.deps.session.logout("")
	if id == 0 {
		return nil
	}
	st, err := s.deps.store()
	if err != nil {
		return err
	}
	if a, err := st.Account(context.Background(), id); err == nil {
		return st.RecordLogout(context.Background(), a.Username, "đăng xuất")
	}
	return nil
}

// Lock locks the screen: the session ends, and the login screen asks only
// for the password of the same user. The UI calls it when idle.
func (s *Auth) Lock() error {
	a, err := s.deps.require(permChangeOwnPassword)
	if err != nil {
		if domain.KindOf(err) == domain.Unauthorized {
			return nil // already locked or logged out
		}
		return err
	}
	s.deps.session.logout(a.Username)
	st, _ := s.deps.store()
	return st.RecordLogout(context.Background(), a.Username, "khóa màn hình")
}

// Touch tells the session its person is still at work (keys, mouse), so it
// is not locked while someone reads a long screen without calling Go.
//
// Errors: Unauthorized when the session is already locked.
func (s *Auth) Touch() error {
	_, err := s.deps.require(permChangeOwnPassword)
	return err
}

// ChangePasswordInput is a person's own password change.
type ChangePasswordInput struct {
	Current         string `json:"current"`
	Password        string `json:"password"`
	PasswordConfirm string `json:"passwordConfirm"`
}

// ChangePassword changes the logged-in person's password.
//
// Errors: Invalid with a message per field (wrong current password, weak or
// unmatched new one); Unauthorized; Unavailable; Internal.
func (s *Auth) ChangePassword(in ChangePasswordInput) (*AuthState, error) {
	a, err := s.deps.require(permChangeOwnPassword)
	if err != nil {
		return nil, err
	}
	st, _ := s.deps.store()
	ctx := context.Background()
	_, hash, err := st.Credentials(ctx, a.Username)
	if err != nil {
		return nil, err
	}
	var v domain.Validation
	if ok, _ := secure.CheckPassword(in.Current, hash); !ok {
		v.Fail("current", "Mật khẩu hiện tại không đúng")
	}
	domain.CheckPassword(&v, "password", in.Password)
	if in.Password != "" && in.Password == in.Current {
		v.Fail("password", "Mật khẩu mới phải khác mật khẩu hiện tại")
	}
	if in.PasswordConfirm != in.Password {
		v.Fail("passwordConfirm", "Mật khẩu nhập lại không khớp")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	newHash, err := secure.HashPassword(in.Password, s.deps.PasswordCost)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	// The account's private key is wrapped by the password: wrap it again.
	var keys *domain.AccountKeys
	if k, err := st.AccountKeys(ctx, a.ID); err == nil {
		if keys, err = rewrapKeys(k, in.Current, in.Password, s.deps.PasswordCost); err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
	} else if domain.KindOf(err) != domain.NotFound {
		return nil, err
	}
	if err := st.SetPassword(ctx, a.Username, a.ID, newHash, false, keys); err != nil {
		return nil, err
	}
	return s.State()
}
