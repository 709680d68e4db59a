package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tiepdan/app/domain"
)

// failureClock is 09:30 on 27/11/2026, office time.
func failureClock() time.Time {
	return time.Date(2026, 11, 27, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600))
}

// openFilled opens a store in a new folder with a saved unit and one
// calendar edit.
func openFilled(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir(), failureClock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	if _, err := s.SaveUnit(ctx, "test", crashUnit(0)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveCalendarOverride(ctx, "test", domain.CalendarOverride{Date: "2026-12-01", Kind: "off", Reason: "Nghỉ bù"}); err != nil {
		t.Fatal(err)
	}
	return s
}

// mustBeUnavailable fails unless err is Unavailable with a message holding want.
func mustBeUnavailable(t *testing.T, err error, want string) {
	t.Helper()
	var de *domain.Error
	if !errors.As(err, &de) || de.Kind != domain.Unavailable || !strings.Contains(de.Message, want) ||
		!strings.Contains(de.Message, "Dữ liệu đã lưu trước đó vẫn còn nguyên") {
		t.Fatalf("error = %v (kind %q), want unavailable with %q", err, domain.KindOf(err), want)
	}
}

// mustKeepEarlierData checks that the unit is still at revision 1 with its
// name and the calendar edit is still there, and the file is sound.
func mustKeepEarlierData(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	MustBeSound(t, s)
	u, err := s.Unit(ctx)
	if err != nil || u.Revision != 1 || u.Name != crashUnit(0).Name {
		t.Fatalf("unit after the failed writes = %+v, %v", u, err)
	}
	o, err := s.CalendarOverrides(ctx, 0)
	if err != nil || len(o) != 1 || o[0].Reason != "Nghỉ bù" {
		t.Fatalf("calendar edits after the failed writes = %+v, %v", o, err)
	}
}

func TestFullDiskGivesAClearMessageAndKeepsTheData(t *testing.T) {
	s := openFilled(t)
	ctx := context.Background()
	// One connection, so the limit below holds for every write: SQLite
	// reports SQLITE_FULL when the file would grow past max_page_count, as
	// it does when the disk is full.
	s.db.SetMaxOpenConns(1)
	var pages int
	if err := s.db.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf(`PRAGMA max_page_count = %d`, pages+1)); err != nil {
		t.Fatal(err)
	}
	big := crashUnit(1)
	big.Name = strings.Repeat("Ủy ban nhân dân phường ", 10000)
	_, err := s.SaveUnit(ctx, "test", big)
	mustBeUnavailable(t, err, "Ổ đĩa đã đầy")
	_, err = s.SaveCalendarOverride(ctx, "test", domain.CalendarOverride{Date: "2026-12-02", Kind: "off", Reason: big.Name})
	mustBeUnavailable(t, err, "Ổ đĩa đã đầy")
	mustKeepEarlierData(t, s)

	// Space is freed: saving works again.
	if _, err := s.db.Exec(`PRAGMA max_page_count = 1073741823`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, "test", big); err != nil {
		t.Fatalf("save after space was freed: %v", err)
	}
	MustBeSound(t, s)
}

func TestReadOnlyDatabaseGivesAClearMessageAndKeepsTheData(t *testing.T) {
	s := openFilled(t)
	ctx := context.Background()
	// A second store on the same file, opened read-only, as SQLite opens a
	// file it may not write (mode=ro works for root too, unlike chmod).
	db, err := sql.Open("sqlite", dsn(s.path)+"&mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	ro := &Store{db: db, path: s.path, now: failureClock}
	defer ro.Close()
	u := crashUnit(1)
	_, err = ro.SaveUnit(ctx, "test", u)
	mustBeUnavailable(t, err, "chỉ cho phép đọc")
	_, err = ro.SaveCalendarOverride(ctx, "test", domain.CalendarOverride{Date: "2026-12-02", Kind: "off", Reason: "x"})
	mustBeUnavailable(t, err, "chỉ cho phép đọc")
	mustKeepEarlierData(t, s)
	mustKeepEarlierData(t, ro)
}

func TestReadOnlyDataFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("runs as root, whom permission bits do not stop; TestReadOnlyDatabaseGivesAClearMessageAndKeepsTheData covers the read-only case")
	}
	s := openFilled(t)
	dir := s.dir()
	s.Close()
	path := filepath.Join(dir, FileName)
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.Chmod(dir, 0o700)
		os.Chmod(path, 0o600)
	})
	// Either the folder cannot be opened at all, or it opens and saving
	// fails; both say why in words, and nothing is lost.
	ro, err := Open(dir, failureClock)
	if err != nil {
		var de *domain.Error
		if !errors.As(err, &de) || de.Kind != domain.Unavailable || !strings.Contains(de.Message, "quyền") {
			t.Fatalf("open of a read-only folder: %v", err)
		}
		t.Logf("open refused: %s", de.Message)
	} else {
		_, err = ro.SaveUnit(context.Background(), "test", crashUnit(1))
		ro.Close()
		mustBeUnavailable(t, err, "chỉ cho phép đọc")
		t.Logf("save refused: %s", err)
	}
	os.Chmod(dir, 0o700)
	os.Chmod(path, 0o600)
	s, err = Open(dir, failureClock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustKeepEarlierData(t, s)
}

// migrateOnly applies the first n migrations to s, as migrate does.
func migrateOnly(t *testing.T, s *Store, n int) {
	t.Helper()
	ctx := context.Background()
	if _, err := s.db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`); err != nil {
		t.Fatal(err)
	}
	all, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range all[:n] {
		err := s.write(ctx, func(tx *tx) error {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			if after := afterMigration[m.name]; after != nil {
				if err := after(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, tx.nowText())
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestMigrationTakesABackupFirst(t *testing.T) {
	dir := t.TempDir()
	all, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	// A database of the previous version, with data.
	db, err := sql.Open("sqlite", dsn(filepath.Join(dir, FileName)))
	if err != nil {
		t.Fatal(err)
	}
	old := &Store{db: db, path: filepath.Join(dir, FileName), now: failureClock}
	migrateOnly(t, old, len(all)-1)
	if _, err := old.SaveUnit(context.Background(), "test", crashUnit(0)); err != nil {
		t.Fatal(err)
	}
	old.Close()

	s, err := Open(dir, failureClock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(context.Background()); v != len(all) {
		t.Fatalf("schema version after open = %d, want %d", v, len(all))
	}
	set, err := ListBackups(s.backupDir())
	if err != nil || len(set) != 1 || set[0].Kind != BackupBeforeMigration {
		t.Fatalf("backups after the migration = %+v, %v", set, err)
	}
	if v, err := CheckBackup(context.Background(), set[0].Path); err != nil || v != len(all)-1 {
		t.Fatalf("before-migration backup: version %d, %v; want %d", v, err, len(all)-1)
	}
	// Opening again migrates nothing and takes no backup.
	s.Close()
	s, err = Open(dir, failureClock)
	if err != nil {
		t.Fatal(err)
	}
	if set, _ := ListBackups(s.backupDir()); len(set) != 1 {
		t.Fatalf("a second open took a backup: %d files", len(set))
	}
}

func TestNewDatabaseTakesNoMigrationBackup(t *testing.T) {
	s, err := Open(t.TempDir(), failureClock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(s.backupDir()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a new database got a backup folder: %v", err)
	}
}
