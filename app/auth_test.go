package app_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
	"tiepdan/app/secure"
	"tiepdan/store/storetest"
)

// clock is a settable test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time      { return c.t }
func (c *clock) add(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock               { return &clock{t: storetest.Clock()} }
func kindOf(err error) domain.Kind   { return domain.KindOf(err) }
func wantKind(t *testing.T, err error, k domain.Kind, what string) {
	t.Helper()
	if kindOf(err) != k {
		t.Fatalf("%s: %v (kind %q), want %q", what, err, kindOf(err), k)
	}
}

// servicesWithClock builds services on a fresh store with the first-run
// administrator logged in, on a clock the test moves.
func servicesWithClock(t *testing.T, c *clock) *app.Services {
	t.Helper()
	s := app.New(app.Deps{Store: storetest.Open(t), Now: c.now, DataDir: t.TempDir(), PasswordCost: secure.TestCost})
	if _, err := s.Auth.SetupAdmin(app.SetupInput{Username: "QuanTri", FullName: "Quản Trị Viên",
		Password: apptest.Password, PasswordConfirm: apptest.Password}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestFirstRunCreatesTheAdministratorOnce(t *testing.T) {
	s := apptest.New(t, nil)
	st, err := s.Auth.State()
	if err != nil || st.HasAccounts || st.User != nil {
		t.Fatalf("state before the first run: %+v %v", st, err)
	}
	_, err = s.Auth.SetupAdmin(app.SetupInput{Username: "a b", FullName: "", Password: "short", PasswordConfirm: "other"})
	var de *domain.Error
	if !errors.As(err, &de) || len(de.Fields) != 4 {
		t.Fatalf("bad first-run input: %v", err)
	}
	st, err = s.Auth.SetupAdmin(app.SetupInput{Username: " QuanTri ", FullName: "Quản Trị Viên", Password: apptest.Password, PasswordConfirm: apptest.Password})
	if err != nil || st.User == nil || st.User.Username != "quantri" || st.User.Role != domain.RoleAdmin || !st.HasAccounts {
		t.Fatalf("after SetupAdmin: %+v %v", st, err)
	}
	// A second first-run screen (another browser) cannot make another administrator.
	other := s.NewSession()
	_, err = other.Auth.SetupAdmin(app.SetupInput{Username: "kexau", FullName: "Kẻ Xấu", Password: apptest.Password, PasswordConfirm: apptest.Password})
	wantKind(t, err, domain.Conflict, "second SetupAdmin")
}

func TestLoginLogoutAndWrongPasswords(t *testing.T) {
	c := newClock()
	admin := servicesWithClock(t, c)
	if err := admin.Auth.Logout(); err != nil {
		t.Fatal(err)
	}
	_, err := admin.Settings.Unit()
	wantKind(t, err, domain.Unauthorized, "after logout")

	_, err = admin.Auth.Login("", "")
	wantKind(t, err, domain.Invalid, "empty login")
	_, err = admin.Auth.Login("khongco", apptest.Password)
	wantKind(t, err, domain.Unauthorized, "unknown user")
	_, err2 := admin.Auth.Login("quantri", "sai mật khẩu 1")
	if err.Error() != err2.Error() {
		t.Fatalf("unknown user and wrong password must look the same: %q vs %q", err, err2)
	}
	st, err := admin.Auth.Login("QUANTRI", apptest.Password)
	if err != nil || st.User == nil {
		t.Fatalf("login: %+v %v", st, err)
	}
}

func TestFiveWrongPasswordsLockTheAccount(t *testing.T) {
	c := newClock()
	admin := servicesWithClock(t, c)
	s := admin.NewSession()
	for i := 1; i <= 4; i++ {
		_, err := s.Auth.Login("quantri", "sai mật khẩu 1")
		if kindOf(err) != domain.Unauthorized || strings.Contains(err.Error(), "tạm khóa") {
			t.Fatalf("attempt %d: %v", i, err)
		}
	}
	_, err := s.Auth.Login("quantri", "sai mật khẩu 1")
	if kindOf(err) != domain.Unauthorized || !strings.Contains(err.Error(), "tạm khóa 15 phút") {
		t.Fatalf("fifth wrong password: %v", err)
	}
	// Even the right password is refused while locked…
	_, err = s.Auth.Login("quantri", apptest.Password)
	if !strings.Contains(fmtErr(err), "tạm khóa đến") {
		t.Fatalf("right password while locked: %v", err)
	}
	// …and accepted after the lockout time.
	c.add(16 * time.Minute)
	if _, err := s.Auth.Login("quantri", apptest.Password); err != nil {
		t.Fatalf("after the lockout: %v", err)
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestIdleSessionLocks(t *testing.T) {
	c := newClock()
	s := servicesWithClock(t, c)
	c.add(14 * time.Minute)
	if _, err := s.Settings.DateLine("Hà Tĩnh"); err != nil {
		t.Fatalf("used within the idle time: %v", err)
	}
	c.add(16 * time.Minute)
	_, err := s.Settings.DateLine("Hà Tĩnh")
	if kindOf(err) != domain.Unauthorized || !strings.Contains(err.Error(), "khóa do không sử dụng quá 15 phút") {
		t.Fatalf("after 16 idle minutes: %v", err)
	}
	st, _ := s.Auth.State()
	if st.User != nil || st.LockedUser != "quantri" {
		t.Fatalf("locked state: %+v", st)
	}
	if _, err := s.Auth.Login("quantri", apptest.Password); err != nil {
		t.Fatal(err)
	}
}

func TestRolesAreCheckedOnTheGoSide(t *testing.T) {
	admin := apptest.Admin(t)
	clerk := apptest.As(t, admin, "canbo", domain.RoleClerk)
	if _, err := clerk.Calendar.Deadline(app.DeadlineRequest{From: "2026-11-27", Days: 5, Working: true}); err != nil {
		t.Fatalf("a clerk uses the calculator: %v", err)
	}
	_, err := clerk.Settings.SaveUnit(validUnit())
	wantKind(t, err, domain.Forbidden, "clerk saves the unit")
	_, err = clerk.Accounts.List()
	wantKind(t, err, domain.Forbidden, "clerk lists accounts")
	_, err = clerk.Audit.List(app.AuditFilter{})
	wantKind(t, err, domain.Forbidden, "clerk opens the audit trail")
	police := apptest.As(t, admin, "congan", domain.RolePolice)
	_, err = police.Audit.List(app.AuditFilter{})
	wantKind(t, err, domain.Forbidden, "police opens the audit trail")
	_, err = clerk.Calendar.SaveOverride(app.OverrideInput{Date: "2026-12-01", Kind: "off", Reason: "Thử"})
	wantKind(t, err, domain.Forbidden, "clerk edits the calendar")
	if !strings.Contains(err.Error(), "Cán bộ tiếp dân") {
		t.Fatalf("the refusal should name the role: %v", err)
	}
}

func TestNewAccountMustChangeItsPassword(t *testing.T) {
	admin := apptest.Admin(t)
	if _, err := admin.Accounts.Create(app.NewAccountInput{Username: "chutich", FullName: "Nguyễn Văn Dũng", Role: domain.RoleLeader, Password: "Tạm thời 1234"}); err != nil {
		t.Fatal(err)
	}
	_, err := admin.Accounts.Create(app.NewAccountInput{Username: "ChuTich", FullName: "Người khác", Role: domain.RoleClerk, Password: "Tạm thời 1234"})
	wantKind(t, err, domain.Conflict, "duplicate user name")
	leader := admin.NewSession()
	st, err := leader.Auth.Login("chutich", "Tạm thời 1234")
	if err != nil || !st.User.MustChangePassword {
		t.Fatalf("first login: %+v %v", st, err)
	}
	_, err = leader.Calendar.Deadline(app.DeadlineRequest{From: "2026-11-27", Days: 5})
	wantKind(t, err, domain.Forbidden, "work before changing the password")
	_, err = leader.Auth.ChangePassword(app.ChangePasswordInput{Current: "sai", Password: "short", PasswordConfirm: "x"})
	var de *domain.Error
	if !errors.As(err, &de) || de.Fields["current"] == "" || de.Fields["password"] == "" || de.Fields["passwordConfirm"] == "" {
		t.Fatalf("bad change: %v", err)
	}
	if _, err := leader.Auth.ChangePassword(app.ChangePasswordInput{Current: "Tạm thời 1234", Password: apptest.Password, PasswordConfirm: apptest.Password}); err != nil {
		t.Fatal(err)
	}
	if _, err := leader.Calendar.Deadline(app.DeadlineRequest{From: "2026-11-27", Days: 5}); err != nil {
		t.Fatalf("after the change: %v", err)
	}
}

func TestDisablingAnAccountEndsItsSession(t *testing.T) {
	admin := apptest.Admin(t)
	clerk := apptest.As(t, admin, "canbo", domain.RoleClerk)
	list, _ := admin.Accounts.List()
	var a domain.Account
	for _, x := range list {
		if x.Username == "canbo" {
			a = x
		}
	}
	if _, err := admin.Accounts.Update(app.AccountUpdate{ID: a.ID, FullName: a.FullName, Role: a.Role, Disabled: true, Revision: a.Revision}); err != nil {
		t.Fatal(err)
	}
	_, err := clerk.Settings.Unit()
	wantKind(t, err, domain.Unauthorized, "disabled account keeps working")
	_, err = clerk.Auth.Login("canbo", apptest.Password)
	wantKind(t, err, domain.Unauthorized, "disabled account logs in")
}

func TestTheLastAdministratorStays(t *testing.T) {
	admin := apptest.Admin(t)
	list, _ := admin.Accounts.List()
	me := list[0]
	_, err := admin.Accounts.Update(app.AccountUpdate{ID: me.ID, FullName: me.FullName, Role: domain.RoleClerk, Revision: me.Revision})
	wantKind(t, err, domain.Invalid, "demote the last administrator")
	_, err = admin.Accounts.Update(app.AccountUpdate{ID: me.ID, FullName: me.FullName, Role: domain.RoleAdmin, Disabled: true, Revision: me.Revision})
	wantKind(t, err, domain.Invalid, "disable the last administrator")
	after, _ := admin.Accounts.List()
	if after[0].Role != domain.RoleAdmin || after[0].Disabled || after[0].Revision != me.Revision {
		t.Fatalf("a refused change was written: %+v", after[0])
	}
}

func TestResetPasswordLiftsTheLockout(t *testing.T) {
	admin := apptest.Admin(t)
	_ = apptest.As(t, admin, "canbo", domain.RoleClerk)
	s := admin.NewSession()
	for range 5 {
		_, _ = s.Auth.Login("canbo", "sai mật khẩu 1")
	}
	list, _ := admin.Accounts.List()
	var id int64
	for _, x := range list {
		if x.Username == "canbo" {
			id = x.ID
			if x.LockedUntil == "" {
				t.Fatal("not locked after five wrong passwords")
			}
		}
	}
	if err := admin.Accounts.ResetPassword(id, "short"); kindOf(err) != domain.Invalid {
		t.Fatalf("weak reset password: %v", err)
	}
	if err := admin.Accounts.ResetPassword(id, "Mới cấp 5678"); err != nil {
		t.Fatal(err)
	}
	st, err := s.Auth.Login("canbo", "Mới cấp 5678")
	if err != nil || !st.User.MustChangePassword {
		t.Fatalf("login after reset: %+v %v", st, err)
	}
}

// Every bound method, except the few that let a person log in, must refuse a
// session nobody has logged into: no method may forget its role check.
func TestEveryBoundMethodNeedsALogin(t *testing.T) {
	open := map[string]bool{
		"System.Info": true, "Auth.State": true, "Auth.SetupAdmin": true, "Auth.Login": true,
		"Auth.Logout": true, "Auth.Lock": true,
	}
	admin := apptest.Admin(t)
	anon := admin.NewSession()
	for _, svc := range anon.Bindings() {
		v := reflect.ValueOf(svc)
		typ := v.Type()
		for i := range typ.NumMethod() {
			m := typ.Method(i)
			name := typ.Elem().Name() + "." + m.Name
			if open[name] {
				continue
			}
			args := make([]reflect.Value, m.Type.NumIn()-1)
			for a := range args {
				args[a] = reflect.Zero(m.Type.In(a + 1))
			}
			out := v.Method(i).Call(args)
			err, _ := out[len(out)-1].Interface().(error)
			if kindOf(err) != domain.Unauthorized {
				t.Errorf("%s without a login: %v (kind %q), want unauthorized", name, err, kindOf(err))
			}
		}
	}
}
