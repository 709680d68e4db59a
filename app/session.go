package app

import (
	"context"
	"sync"
	"time"

	"tiepdan/app/domain"
)

// Session is one person's use of the app: the window has one, and each
// browser of `tiepdan serve` has its own. Services built for a session check
// every call against it.
type Session struct {
	mu sync.Mutex
	// accountID is the logged-in account, 0 when nobody is, and username its
	// name at login: if the data is restored from a backup (by this process or
	// another) and the id now names someone else, the session ends.
	accountID int64
	username  string
	// epoch is Deps.epoch at login; a restore in this process moves it.
	epoch int64
	// unlocked are the keys opened with the password at login, in memory
	// only; cleared at logout and lock.
	unlocked sessionKeys
	// lockedUser is the user name of a session locked by idleness or by the
	// person; the login screen asks only for the password.
	lockedUser string
	lastSeen   time.Time
}

// errLoginNeeded is returned to anyone not logged in.
func errLoginNeeded() error {
	return domain.Errorf(domain.Unauthorized, "Vui lòng đăng nhập.")
}

// login starts the session for account a with its unlocked keys.
func (d Deps) login(a *domain.Account, keys sessionKeys) {
	s := d.session
	s.mu.Lock()
	defer s.mu.Unlock()
	s.accountID, s.username, s.epoch, s.lockedUser, s.lastSeen = a.ID, a.Username, d.epoch.Load(), "", d.Now()
	s.unlocked = keys
}

// keys returns the session's unlocked keys.
func (s *Session) keys() sessionKeys {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unlocked
}

// logout ends the session; with lockAs it keeps the user name for the
// lock screen.
func (s *Session) logout(lockAs string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.accountID, s.username, s.lockedUser = 0, "", lockAs
	s.unlocked = sessionKeys{}
}

// current returns the logged-in account id and the locked user name.
func (s *Session) current() (int64, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.accountID, s.lockedUser
}

// require returns the logged-in account when it may use p. The account is
// read again from the store on every call, so a role changed or an account
// disabled by the administrator takes effect at once. A session idle for
// longer than the login rules allow is locked.
//
// Errors: Unauthorized (nobody logged in, or the session was locked);
// Forbidden (the role lacks p, or the password must be changed first);
// Unavailable; Internal.
func (d Deps) require(p Permission) (*domain.Account, error) {
	st, err := d.store()
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	s := d.session
	s.mu.Lock()
	id, name, epoch, last := s.accountID, s.username, s.epoch, s.lastSeen
	s.mu.Unlock()
	if id == 0 {
		return nil, errLoginNeeded()
	}
	if epoch != d.epoch.Load() {
		s.logout("")
		return nil, domain.Errorf(domain.Unauthorized, "Dữ liệu vừa được khôi phục từ bản sao lưu. Vui lòng đăng nhập lại.")
	}
	a, err := st.Account(ctx, id)
	if domain.KindOf(err) == domain.NotFound || (err == nil && a.Username != name) {
		s.logout("")
		return nil, errLoginNeeded()
	}
	if err != nil {
		return nil, err
	}
	if a.Disabled {
		s.logout("")
		return nil, domain.Errorf(domain.Unauthorized, "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị.")
	}
	rules, err := st.SecuritySettings(ctx)
	if err != nil {
		return nil, err
	}
	now := d.Now()
	if idle := time.Duration(rules.IdleMinutes) * time.Minute; now.Sub(last) > idle {
		s.logout(a.Username)
		_ = st.RecordLogout(ctx, a.Username, "tự khóa do không sử dụng")
		return nil, domain.Errorf(domain.Unauthorized,
			"Màn hình đã khóa do không sử dụng quá %d phút. Vui lòng nhập lại mật khẩu.", rules.IdleMinutes)
	}
	s.mu.Lock()
	s.lastSeen = now
	s.mu.Unlock()
	if a.MustChangePassword && p != permChangeOwnPassword {
		return nil, domain.Errorf(domain.Forbidden, "Vui lòng đổi mật khẩu trước khi tiếp tục.")
	}
	if p != permChangeOwnPassword && !Allowed(a.Role, p) {
		return nil, domain.Errorf(domain.Forbidden, "Tài khoản %s (%s) không có quyền %s.",
			a.Username, a.Role.Label(), permissionLabels[p])
	}
	return a, nil
}

// permChangeOwnPassword is allowed to every logged-in account, even one
// that must change its password; it is not a role permission.
const permChangeOwnPassword Permission = "self.password"

// actor names the account in the audit log.
func actor(a *domain.Account) string { return a.Username }
