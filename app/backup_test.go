package app_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tiepdan/app"
	"tiepdan/app/apptest"
	"tiepdan/app/domain"
	"tiepdan/app/secure"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// backupUnit is a unit for the backup tests, saved through the store.
func backupUnit(t *testing.T, st *store.Store, chairman string) {
	t.Helper()
	ctx := context.Background()
	u := validUnit()
	if cur, err := st.Unit(ctx); err == nil {
		u.Revision = cur.Revision
	}
	u.ChairmanName = chairman
	if _, err := st.SaveUnit(ctx, "test", u); err != nil {
		t.Fatal(err)
	}
}

func TestBackupsCreateListRestore(t *testing.T) {
	st := storetest.Open(t)
	s := apptest.AdminOn(t, st)
	list, err := s.Backups.List()
	if err != nil || list == nil || len(list) != 0 {
		t.Fatalf("list of a new folder = %#v, %v; want an empty list", list, err)
	}
	backupUnit(t, st, "Nguyễn Văn Dũng")
	made, err := s.Backups.Create()
	if err != nil {
		t.Fatal(err)
	}
	if made.Kind != "manual" || made.Time != "2026-11-27T09:30:00" || made.Size == 0 || made.Warning != "" ||
		made.Name != "tiepdan-2026-11-27T093000-manual.db" {
		t.Fatalf("created = %+v", made)
	}
	backupUnit(t, st, "Trần Thị Hòa")
	other := s.NewSession() // another browser, logged in before the restore
	if _, err := other.Auth.Login("quantri", apptest.Password); err != nil {
		t.Fatal(err)
	}

	kept, err := s.Backups.Restore(made.Name)
	if err != nil {
		t.Fatal(err)
	}
	// The restored data has its own accounts: every session logs in again.
	for _, sess := range []*app.Services{s, other} {
		if _, err := sess.Backups.List(); domain.KindOf(err) != domain.Unauthorized {
			t.Fatalf("a session survived the restore: %v", err)
		}
	}
	relogin := func() {
		t.Helper()
		if _, err := s.Auth.Login("quantri", apptest.Password); err != nil {
			t.Fatal(err)
		}
	}
	relogin()
	if kept.Kind != "before-restore" {
		t.Fatalf("kept = %+v", kept)
	}
	u, err := st.Unit(context.Background())
	if err != nil || u.ChairmanName != "Nguyễn Văn Dũng" || u.Revision != 1 {
		t.Fatalf("unit after restore = %+v, %v", u, err)
	}
	// (Taken in the same second of the test clock: listed by name then.)
	list, err = s.Backups.List()
	if err != nil || len(list) != 2 || !hasBackup(list, kept.Name) || !hasBackup(list, made.Name) {
		t.Fatalf("list = %+v, %v", list, err)
	}
	// The data kept before the restore can itself be restored.
	if _, err := s.Backups.Restore(kept.Name); err != nil {
		t.Fatal(err)
	}
	relogin()
	if u, _ := st.Unit(context.Background()); u.ChairmanName != "Trần Thị Hòa" {
		t.Fatalf("unit after restoring the kept data = %+v", u)
	}

	for _, name := range []string{"", "khong-co.db", "../tiepdan.db", filepath.Join(st.BackupDir(), made.Name)} {
		if _, err := s.Backups.Restore(name); domain.KindOf(err) != domain.NotFound {
			t.Errorf("Restore(%q): %v, want not_found", name, err)
		}
	}
}

func TestBackupsSecondFolder(t *testing.T) {
	st := storetest.Open(t)
	s := apptest.AdminOn(t, st)
	backupUnit(t, st, "Nguyễn Văn Dũng")
	view, err := s.Backups.Settings()
	if err != nil || view.SecondFolder != "" || view.SecondReachable || view.Folder != st.BackupDir() ||
		view.KeepDaily != 7 || view.KeepWeekly != 4 || view.KeepMonthly != 12 {
		t.Fatalf("settings = %+v, %v", view, err)
	}
	notAFolder := filepath.Join(t.TempDir(), "tep.txt")
	if err := os.WriteFile(notAFolder, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := []struct{ folder, want string }{
		{"SaoLuu", "đường dẫn đầy đủ"},
		{filepath.Join(t.TempDir(), "chua-co"), "Không tìm thấy thư mục"},
		{notAFolder, "Không tìm thấy thư mục"},
		{"/" + strings.Repeat("a", 501), "500 ký tự"},
	}
	for _, c := range bad {
		_, err := s.Backups.SaveSettings(domain.BackupSettings{SecondFolder: c.folder})
		var de *domain.Error
		if domain.KindOf(err) != domain.Invalid || !asDomain(err, &de) || !strings.Contains(de.Fields["secondFolder"], c.want) {
			t.Errorf("SaveSettings(%q): %v, want invalid secondFolder with %q", c.folder, err, c.want)
		}
	}

	usb := t.TempDir()
	view, err = s.Backups.SaveSettings(domain.BackupSettings{SecondFolder: "  " + usb + "  "})
	if err != nil || view.SecondFolder != usb || !view.SecondReachable || view.UpdatedAt == "" {
		t.Fatalf("saved = %+v, %v", view, err)
	}
	made, err := s.Backups.Create()
	if err != nil || made.Warning != "" {
		t.Fatalf("create = %+v, %v", made, err)
	}
	if _, err := os.Stat(filepath.Join(usb, made.Name)); err != nil {
		t.Fatalf("no copy in the second folder: %v", err)
	}
	// The stick is pulled out.
	if err := os.RemoveAll(usb); err != nil {
		t.Fatal(err)
	}
	if view, _ := s.Backups.Settings(); view.SecondReachable {
		t.Fatal("a missing second folder is reported reachable")
	}
	made, err = s.Backups.Create()
	if err != nil || !strings.Contains(made.Warning, "thư mục thứ hai") {
		t.Fatalf("create without the stick = %+v, %v", made, err)
	}
	// Empty turns the second copy off.
	if view, err := s.Backups.SaveSettings(domain.BackupSettings{}); err != nil || view.SecondFolder != "" {
		t.Fatalf("turn off = %+v, %v", view, err)
	}
}

func TestSecondFolderMayNotBeInsideTheDataFolder(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := app.New(app.Deps{Store: st, Now: storetest.Clock, DataDir: dir, PasswordCost: secure.TestCost})
	if _, err := s.Auth.SetupAdmin(app.SetupInput{Username: "quantri", FullName: "Quản Trị", Password: apptest.Password, PasswordConfirm: apptest.Password}); err != nil {
		t.Fatal(err)
	}
	inside := filepath.Join(dir, "usb")
	if err := os.Mkdir(inside, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backups.SaveSettings(domain.BackupSettings{SecondFolder: inside}); domain.KindOf(err) != domain.Invalid {
		t.Fatalf("a second folder inside the data folder: %v, want invalid", err)
	}
}

func TestAutoBackupLogsAndNeverFails(t *testing.T) {
	st := storetest.Open(t)
	s := apptest.New(t, st)
	s.AutoBackup(store.BackupDaily) // nothing saved yet: no backup
	if list, _ := store.ListBackups(st.BackupDir()); len(list) != 0 {
		t.Fatalf("backup of an empty database: %+v", list)
	}
	backupUnit(t, st, "Nguyễn Văn Dũng")
	s.AutoBackup(store.BackupDaily)
	s.AutoBackup(store.BackupDaily) // one a day
	s.AutoBackup(store.BackupClose)
	files, _ := store.ListBackups(st.BackupDir())
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	if len(files) != 2 || !slices.Contains(names, "tiepdan-2026-11-27T093000-daily.db") || !slices.Contains(names, "tiepdan-2026-11-27T093000-close.db") {
		t.Fatalf("automatic backups = %+v", names)
	}
	// A broken folder: nothing to back up, and no panic.
	broken := app.New(app.Deps{Broken: domain.Errorf(domain.Unavailable, "hỏng")})
	broken.AutoBackup(store.BackupClose)
	if _, err := broken.Backups.List(); domain.KindOf(err) != domain.Unavailable {
		t.Fatalf("list on a broken folder: %v", err)
	}
}

// asDomain is errors.As for *domain.Error.
func asDomain(err error, target **domain.Error) bool {
	de, ok := err.(*domain.Error)
	*target = de
	return ok
}

// hasBackup reports whether list has the backup name.
func hasBackup(list []app.BackupView, name string) bool {
	for _, b := range list {
		if b.Name == name {
			return true
		}
	}
	return false
}
