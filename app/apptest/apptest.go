// Package apptest builds services over a fresh store for tests, with the
// accounts they need already logged in.
package apptest

import (
	"testing"

	"tiepdan/app"
	"tiepdan/app/domain"
	"tiepdan/app/secure"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// Password is the password of every account apptest creates.
const Password = "Mật khẩu 2026"

// New returns services over st (a fresh store when nil) with the test clock
// and a cheap password hash, and nobody logged in.
func New(tb testing.TB, st *store.Store) *app.Services {
	tb.Helper()
	if st == nil {
		st = storetest.Open(tb)
	}
	return app.New(app.Deps{Store: st, Now: storetest.Clock, DataDir: tb.TempDir(), PasswordCost: secure.TestCost})
}

// Admin returns services over a fresh store on which the first run created
// the administrator "quantri", logged in.
func Admin(tb testing.TB) *app.Services {
	tb.Helper()
	s := New(tb, nil)
	if _, err := s.Auth.SetupAdmin(app.SetupInput{Username: "quantri", FullName: "Quản Trị Viên",
		Password: Password, PasswordConfirm: Password}); err != nil {
		tb.Fatalf("first-run administrator: %v", err)
	}
	return s
}

// As creates, through admin, an account with role named username, and
// returns a new session logged in as it, its first password already changed.
func As(tb testing.TB, admin *app.Services, username string, role domain.Role) *app.Services {
	tb.Helper()
	const first = "Tạm thời 1234"
	if _, err := admin.Accounts.Create(app.NewAccountInput{Username: username, FullName: "Người " + string(role),
		Role: role, Password: first}); err != nil {
		tb.Fatalf("create %s: %v", username, err)
	}
	s := admin.NewSession()
	if _, err := s.Auth.Login(username, first); err != nil {
		tb.Fatalf("login %s: %v", username, err)
	}
	if _, err := s.Auth.ChangePassword(app.ChangePasswordInput{Current: first, Password: Password, PasswordConfirm: Password}); err != nil {
		tb.Fatalf("change password of %s: %v", username, err)
	}
	return s
}

// AdminOn returns services over st with its administrator "quantri" logged
// in, creating it first when st has no account yet.
func AdminOn(tb testing.TB, st *store.Store) *app.Services {
	tb.Helper()
	s := New(tb, st)
	state, err := s.Auth.State()
	if err != nil {
		tb.Fatal(err)
	}
	if !state.HasAccounts {
		_, err = s.Auth.SetupAdmin(app.SetupInput{Username: "quantri", FullName: "Quản Trị Viên",
			Password: Password, PasswordConfirm: Password})
	} else {
		_, err = s.Auth.Login("quantri", Password)
	}
	if err != nil {
		tb.Fatalf("administrator: %v", err)
	}
	return s
}
