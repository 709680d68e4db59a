package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"tiepdan/app/domain"
	"tiepdan/app/secure"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

const testPassword = "Mật khẩu 2026"

// keysFixture is a store in a folder of its own with the first-run
// administrator logged in.
func keysFixture(t *testing.T) (*Services, string) {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s := New(Deps{Store: st, Now: storetest.Clock, DataDir: dir, PasswordCost: secure.TestCost})
	if _, err := s.Auth.SetupAdmin(SetupInput{Username: "quantri", FullName: "Quản Trị", Password: testPassword, PasswordConfirm: testPassword}); err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// loginAs logs a new session in and returns its keys.
func loginAs(t *testing.T, s *Services, user, password string) (*Services, sessionKeys) {
	t.Helper()
	other := s.NewSession()
	if _, err := other.Auth.Login(user, password); err != nil {
		t.Fatalf("login %s: %v", user, err)
	}
	return other, other.deps.session.keys()
}

func TestTheFirstRunCreatesTheVault(t *testing.T) {
	admin, dir := keysFixture(t)
	k := admin.deps.session.keys()
	if len(k.index) != 32 || k.vault == nil {
		t.Fatalf("administrator's keys after the first run: %+v", k)
	}
	st, _ := admin.deps.store()
	pub, err := st.VaultPublicKey(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	// Data sealed to the stored public key opens with the unlocked private key.
	ct, err := secure.Seal(pub, "citizen.identity", []byte("Lê Thị Bí Mật"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := secure.Open(k.vault, "citizen.identity", ct); err != nil || string(got) != "Lê Thị Bí Mật" {
		t.Fatalf("open: %q %v", got, err)
	}
	// A new login unlocks the same keys from the password.
	_, again := loginAs(t, admin, "quantri", testPassword)
	if !bytes.Equal(again.index, k.index) || !bytes.Equal(again.vault, k.vault) {
		t.Fatal("a new login unlocked other keys")
	}
	// Neither key is in the database files in the clear.
	for _, name := range []string{store.FileName, store.FileName + "-wal"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if bytes.Contains(data, k.vault) || bytes.Contains(data, k.index) {
			t.Fatalf("%s holds a key in the clear", name)
		}
	}
	// Logging out forgets them.
	if err := admin.Auth.Logout(); err != nil {
		t.Fatal(err)
	}
	if k := admin.deps.session.keys(); k.index != nil || k.vault != nil {
		t.Fatal("keys kept after logout")
	}
}

func TestKeysFollowTheRole(t *testing.T) {
	admin, _ := keysFixture(t)
	ak := admin.deps.session.keys()
	create := func(user string, role domain.Role) *domain.Account {
		a, err := admin.Accounts.Create(NewAccountInput{Username: user, FullName: "Người " + user, Role: role, Password: "Tạm thời 1234"})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	leader, clerk := create("chutich", domain.RoleLeader), create("canbo", domain.RoleClerk)

	_, lk := loginAs(t, admin, "chutich", "Tạm thời 1234")
	if !bytes.Equal(lk.vault, ak.vault) || !bytes.Equal(lk.index, ak.index) {
		t.Fatal("the leader did not get the vault and index keys")
	}
	cs, ck := loginAs(t, admin, "canbo", "Tạm thời 1234")
	if ck.vault != nil || !bytes.Equal(ck.index, ak.index) {
		t.Fatalf("the clerk's keys: vault %v, index ok %v", ck.vault != nil, bytes.Equal(ck.index, ak.index))
	}

	// The clerk changes the password: the keys still open with the new one.
	if _, err := cs.Auth.ChangePassword(ChangePasswordInput{Current: "Tạm thời 1234", Password: testPassword, PasswordConfirm: testPassword}); err != nil {
		t.Fatal(err)
	}
	if _, k := loginAs(t, admin, "canbo", testPassword); !bytes.Equal(k.index, ak.index) {
		t.Fatal("keys lost by a password change")
	}

	// Promoted to leader: the vault key is granted; demoted: withdrawn.
	clerk, _ = admin.deps.Store.Account(t.Context(), clerk.ID)
	if _, err := admin.Accounts.Update(AccountUpdate{ID: clerk.ID, FullName: clerk.FullName, Role: domain.RoleLeader, Revision: clerk.Revision}); err != nil {
		t.Fatal(err)
	}
	if _, k := loginAs(t, admin, "canbo", testPassword); !bytes.Equal(k.vault, ak.vault) {
		t.Fatal("no vault key after promotion")
	}
	leader, _ = admin.deps.Store.Account(t.Context(), leader.ID)
	if _, err := admin.Accounts.Update(AccountUpdate{ID: leader.ID, FullName: leader.FullName, Role: domain.RoleViewer, Revision: leader.Revision}); err != nil {
		t.Fatal(err)
	}
	if _, k := loginAs(t, admin, "chutich", "Tạm thời 1234"); k.vault != nil {
		t.Fatal("the vault key kept after demotion")
	}

	// A forgotten password reset by the administrator: new keys, still granted.
	if err := admin.Accounts.ResetPassword(clerk.ID, "Mới cấp 5678"); err != nil {
		t.Fatal(err)
	}
	if _, k := loginAs(t, admin, "canbo", "Mới cấp 5678"); !bytes.Equal(k.vault, ak.vault) || !bytes.Equal(k.index, ak.index) {
		t.Fatal("keys lost by a reset")
	}
}

// Keys made at one password cost must open in a build whose default cost
// differs (the command line uses secure.DefaultCost on data made at any
// cost): the wrapping cost is stored with the salt.
func TestKeysOpenWhateverTheCurrentCost(t *testing.T) {
	s, dir := keysFixture(t)
	st := s.deps.Store
	other := New(Deps{Store: st, Now: storetest.Clock, DataDir: dir,
		PasswordCost: secure.PasswordCost{Time: 2, Memory: 16, Threads: 1}})
	if _, err := other.Auth.Login("quantri", testPassword); err != nil {
		t.Fatalf("login at another cost: %v", err)
	}
	k := other.deps.session.keys()
	if k.index == nil || k.vault == nil {
		t.Fatal("the administrator's keys did not open at another cost")
	}
	stored, err := st.AccountKeys(t.Context(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := secure.TestCost.String(); stored.WrapCost != want {
		t.Errorf("stored wrap cost %q, want %q", stored.WrapCost, want)
	}
}
