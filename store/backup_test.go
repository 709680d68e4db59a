package store_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// fill saves a little of everything the store has so far.
func fill(t *testing.T, s *store.Store) {
	t.Helper()
	ctx := context.Background()
	if _, err := s.SaveUnit(ctx, "test", sampleUnit()); err != nil {
		t.Fatal(err)
	}
	for _, o := range []domain.CalendarOverride{
		{Date: "2026-12-01", Kind: "off", Reason: "Nghỉ bù theo Quyết định của Ủy ban nhân dân tỉnh"},
		{Date: "2026-12-05", Kind: "working", Reason: "Làm bù"},
	} {
		if _, err := s.SaveCalendarOverride(ctx, "test", o); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetHolidaySwitch(ctx, "test", 2026, "van-hoa", true); err != nil {
		t.Fatal(err)
	}
}

// openIn opens the store of dir with the test clock, closed at the end.
func openIn(t *testing.T, dir string) *store.Store {
	t.Helper()
	s, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// change makes the data differ from what fill saved.
func change(t *testing.T, s *store.Store) {
	t.Helper()
	ctx := context.Background()
	u, err := s.Unit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u.ChairmanName = "Trần Thị Hòa"
	if _, err := s.SaveUnit(ctx, "test", *u); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCalendarOverride(ctx, "test", "2026-12-01"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveCalendarOverride(ctx, "test", domain.CalendarOverride{Date: "2026-12-24", Kind: "off", Reason: "Thêm"}); err != nil {
		t.Fatal(err)
	}
}

func TestBackupTakesAConsistentCopyIntoTheSet(t *testing.T) {
	dir := t.TempDir()
	s := openIn(t, dir)
	fill(t, s)
	ctx := context.Background()
	res, err := s.TakeBackup(ctx, store.BackupManual)
	if err != nil {
		t.Fatal(err)
	}
	if res.File.Name != "tiepdan-2026-11-27T093000-manual.db" || res.File.Kind != store.BackupManual || res.File.Size == 0 ||
		res.File.Path != filepath.Join(dir, "backups", res.File.Name) || res.Warning != "" || res.Copy != "" {
		t.Fatalf("backup = %+v", res)
	}
	// The same second again: a name of its own.
	again, err := s.TakeBackup(ctx, store.BackupManual)
	if err != nil || again.File.Name != "tiepdan-2026-11-27T093000-manual-2.db" {
		t.Fatalf("second backup = %+v, %v", again, err)
	}
	v, err := store.CheckBackup(ctx, res.File.Path)
	want, _ := s.SchemaVersion(ctx)
	if err != nil || v != want {
		t.Fatalf("CheckBackup = %d, %v; want %d", v, err, want)
	}
	list, err := store.ListBackups(s.BackupDir())
	if err != nil || len(list) != 2 || list[0].Name != again.File.Name || list[1].Name != res.File.Name {
		t.Fatalf("list = %+v, %v", list, err)
	}
	entries, _ := os.ReadDir(s.BackupDir())
	if len(entries) != 2 {
		t.Fatalf("backups/ holds %d files, want 2 (no temporary files left)", len(entries))
	}
	// Backup to a chosen file, never over an existing one.
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(ctx, out); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(ctx, out); domain.KindOf(err) != domain.Conflict {
		t.Fatalf("backup over an existing file: %v, want conflict", err)
	}
}

func TestBackupThenRestoreGivesIdenticalData(t *testing.T) {
	dir := t.TempDir()
	s := openIn(t, dir)
	fill(t, s)
	ctx := context.Background()
	before := store.DumpTables(t, s)
	res, err := s.TakeBackup(ctx, store.BackupManual)
	if err != nil {
		t.Fatal(err)
	}
	change(t, s)
	changed := store.DumpTables(t, s)
	if reflect.DeepEqual(before, changed) {
		t.Fatal("the changes after the backup did not change the data")
	}

	rr, err := s.RestoreFrom(ctx, res.File.Path)
	if err != nil {
		t.Fatal(err)
	}
	if after := store.DumpTables(t, s); !reflect.DeepEqual(before, after) {
		t.Fatalf("restored data differs from the backup:\nbefore %v\nafter  %v", before, after)
	}
	store.MustBeSound(t, s)
	// The data replaced was kept, whole.
	if rr.Kept == nil || rr.Kept.Kind != store.BackupBeforeRestore {
		t.Fatalf("kept = %+v", rr.Kept)
	}
	keptDir := t.TempDir()
	if _, err := store.Restore(ctx, keptDir, rr.Kept.Path, storetest.Clock); err != nil {
		t.Fatal(err)
	}
	if got := store.DumpTables(t, openIn(t, keptDir)); !reflect.DeepEqual(changed, got) {
		t.Fatalf("before-restore backup differs from the data it kept")
	}
	// The store keeps working after the restore.
	if _, err := s.SaveCalendarOverride(ctx, "test", domain.CalendarOverride{Date: "2026-12-31", Kind: "off", Reason: "Sau khôi phục"}); err != nil {
		t.Fatal(err)
	}
}

func TestRestoreWithTheStoreClosed(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openIn(t, dir)
	fill(t, s)
	before := store.DumpTables(t, s)
	res, err := s.TakeBackup(ctx, store.BackupManual)
	if err != nil {
		t.Fatal(err)
	}
	change(t, s)
	s.Close()

	t.Run("sound database", func(t *testing.T) {
		rr, err := store.Restore(ctx, dir, res.File.Path, storetest.Clock)
		if err != nil || rr.Kept == nil {
			t.Fatalf("restore: %+v, %v", rr, err)
		}
		s := openIn(t, dir)
		if got := store.DumpTables(t, s); !reflect.DeepEqual(before, got) {
			t.Fatal("restored data differs from the backup")
		}
		s.Close()
	})
	t.Run("new folder", func(t *testing.T) {
		fresh := filepath.Join(t.TempDir(), "data")
		rr, err := store.Restore(ctx, fresh, res.File.Path, storetest.Clock)
		if err != nil || rr.Kept != nil {
			t.Fatalf("restore: %+v, %v", rr, err)
		}
		if got := store.DumpTables(t, openIn(t, fresh)); !reflect.DeepEqual(before, got) {
			t.Fatal("restored data differs from the backup")
		}
	})
	t.Run("damaged database", func(t *testing.T) {
		path := filepath.Join(dir, store.FileName)
		garbage := []byte(strings.Repeat("hỏng ", 2000))
		if err := os.WriteFile(path, garbage, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := store.Open(dir, storetest.Clock); err == nil {
			t.Fatal("the damaged file opened")
		}
		rr, err := store.Restore(ctx, dir, res.File.Path, storetest.Clock)
		if err != nil || rr.Kept == nil {
			t.Fatalf("restore: %+v, %v", rr, err)
		}
		// The damaged file is kept as it was.
		if kept, _ := os.ReadFile(rr.Kept.Path); string(kept) != string(garbage) {
			t.Fatal("the damaged database was not kept as it was")
		}
		if got := store.DumpTables(t, openIn(t, dir)); !reflect.DeepEqual(before, got) {
			t.Fatal("restored data differs from the backup")
		}
	})
}

// message returns err's Vietnamese message.
func message(err error) string {
	if de, ok := err.(*domain.Error); ok {
		return de.Message
	}
	return ""
}

func TestRestoreRefusesABadBackupAndChangesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openIn(t, dir)
	fill(t, s)
	good, err := s.TakeBackup(ctx, store.BackupManual)
	if err != nil {
		t.Fatal(err)
	}
	files := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(files, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	goodBytes, err := os.ReadFile(good.File.Path)
	if err != nil {
		t.Fatal(err)
	}
	// Pages after the first overwritten: the header is valid, the b-trees not.
	damaged := append([]byte(nil), goodBytes...)
	for i := 4096; i < len(damaged); i++ {
		damaged[i] = 0xA5
	}
	newer := write("newer.db", goodBytes)
	db, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future.sql', '2030-01-01')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	other := filepath.Join(files, "other.db")
	db, _ = sql.Open("sqlite", other)
	if _, err := db.Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	cases := []struct {
		name, path, want string
		kind             domain.Kind
	}{
		{"not a database", write("garbage.db", []byte(strings.Repeat("không phải cơ sở dữ liệu ", 400))), "bị hỏng", domain.Invalid},
		{"damaged pages", write("damaged.db", damaged), "bị hỏng", domain.Invalid},
		{"newer schema", newer, "phiên bản TiếpDân mới hơn", domain.Invalid},
		{"another program's database", other, "không phải bản sao lưu dữ liệu của TiếpDân", domain.Invalid},
		{"missing", filepath.Join(files, "missing.db"), "Không tìm thấy", domain.NotFound},
		{"the database itself", filepath.Join(dir, store.FileName), "chính tệp dữ liệu", domain.Invalid},
	}
	before := store.DumpTables(t, s)
	setBefore, _ := store.ListBackups(s.BackupDir())
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := s.RestoreFrom(ctx, c.path)
			if domain.KindOf(err) != c.kind || !strings.Contains(message(err), c.want) {
				t.Fatalf("RestoreFrom: %v (kind %q), want %s with %q", err, domain.KindOf(err), c.kind, c.want)
			}
			if c.name != "the database itself" {
				if _, err := store.Restore(ctx, t.TempDir(), c.path, storetest.Clock); domain.KindOf(err) != c.kind {
					t.Fatalf("Restore: %v, want %s", err, c.kind)
				}
			}
		})
	}
	if after := store.DumpTables(t, s); !reflect.DeepEqual(before, after) {
		t.Fatal("a refused restore changed the data")
	}
	if setAfter, _ := store.ListBackups(s.BackupDir()); len(setAfter) != len(setBefore) {
		t.Fatalf("a refused restore took a backup: %d → %d files", len(setBefore), len(setAfter))
	}
	store.MustBeSound(t, s)
}

func TestBackupIsCopiedToTheSecondFolder(t *testing.T) {
	ctx := context.Background()
	s := openIn(t, t.TempDir())
	fill(t, s)
	second := t.TempDir()
	if _, err := s.SaveBackupSettings(ctx, "test", domain.BackupSettings{SecondFolder: second}); err != nil {
		t.Fatal(err)
	}
	got, err := s.BackupSettings(ctx)
	if err != nil || got.SecondFolder != second || got.UpdatedAt == "" {
		t.Fatalf("settings = %+v, %v", got, err)
	}
	res, err := s.TakeBackup(ctx, store.BackupManual)
	if err != nil || res.Warning != "" || res.Copy != filepath.Join(second, res.File.Name) {
		t.Fatalf("backup = %+v, %v", res, err)
	}
	a, _ := os.ReadFile(res.File.Path)
	b, _ := os.ReadFile(res.Copy)
	if len(a) == 0 || string(a) != string(b) {
		t.Fatal("the copy in the second folder differs")
	}
	// The USB stick is pulled out: the backup is still made, with a warning.
	if err := os.RemoveAll(second); err != nil {
		t.Fatal(err)
	}
	res, err = s.TakeBackup(ctx, store.BackupManual)
	if err != nil || res.Copy != "" || !strings.Contains(res.Warning, "thư mục thứ hai") || res.Problem == nil {
		t.Fatalf("backup with the second folder gone = %+v, %v", res, err)
	}
	if _, err := os.Stat(res.File.Path); err != nil {
		t.Fatal(err)
	}
}

func TestAutoBackup(t *testing.T) {
	ctx := context.Background()
	s := openIn(t, t.TempDir())
	// Nothing saved yet: nothing to back up.
	for _, k := range []store.BackupKind{store.BackupDaily, store.BackupClose} {
		if res, err := s.AutoBackup(ctx, k); res != nil || err != nil {
			t.Fatalf("%s backup of an empty database: %+v, %v", k, res, err)
		}
	}
	fill(t, s)
	res, err := s.AutoBackup(ctx, store.BackupDaily)
	if err != nil || res == nil || res.File.Kind != store.BackupDaily {
		t.Fatalf("daily: %+v, %v", res, err)
	}
	if res, err := s.AutoBackup(ctx, store.BackupDaily); res != nil || err != nil {
		t.Fatalf("second daily of the day: %+v, %v", res, err)
	}
	if res, err := s.AutoBackup(ctx, store.BackupClose); err != nil || res == nil || res.File.Kind != store.BackupClose {
		t.Fatalf("close: %+v, %v", res, err)
	}
	if _, err := s.AutoBackup(ctx, store.BackupManual); err == nil {
		t.Fatal("AutoBackup accepted a manual kind")
	}
}
