package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"

	"tiepdan/app/domain"
)

// Backups.
//
// A backup is a whole SQLite database file written by VACUUM INTO: one read
// transaction, so a consistent snapshot even while the window and `tiepdan
// serve` write, and compact (no free pages). The backup set is the data
// folder's backups/ folder; each file is named by the local time it was taken
// and its kind:
//
//	tiepdan-2026-11-27T093015-daily.db
//
// A second backup of the same kind in the same second gets "-2", "-3", …
// before ".db". Every file is written under a temporary name starting with a
// dot, synced, then renamed, so a crash never leaves a half-written file
// under a backup's name.
//
// Rotation (rotation, below) deletes old automatic backups only.

// BackupDirName is the backup set's folder inside the data folder.
const BackupDirName = "backups"

// BackupKind says why a backup was taken; it is part of the file name.
type BackupKind string

// The backup kinds.
const (
	// BackupDaily is taken when the app starts (and checked again every hour
	// while it runs) if no automatic backup of the day exists yet.
	BackupDaily BackupKind = "daily"
	// BackupClose is taken when the window or `tiepdan serve` closes.
	BackupClose BackupKind = "close"
	// BackupManual is asked for by a person (Sao lưu ngay, `tiepdan backup`).
	BackupManual BackupKind = "manual"
	// BackupBeforeRestore keeps the data a restore replaces.
	BackupBeforeRestore BackupKind = "before-restore"
	// BackupBeforeMigration keeps the data before a schema migration.
	BackupBeforeMigration BackupKind = "before-migration"
)

// Automatic reports whether backups of kind k are taken by the app itself,
// and so may be deleted by rotation.
func (k BackupKind) Automatic() bool { return k == BackupDaily || k == BackupClose }

// known reports whether k is one of the backup kinds.
func (k BackupKind) known() bool {
	switch k {
	case BackupDaily, BackupClose, BackupManual, BackupBeforeRestore, BackupBeforeMigration:
		return true
	}
	return false
}

// BackupFile is one file of a backup set.
type BackupFile struct {
	// Name is the file's name, e.g. tiepdan-2026-11-27T093015-daily.db.
	Name string
	// Path is the file's full path.
	Path string
	Kind BackupKind
	// Time is when the backup was taken, the local wall-clock time of its
	// name (in time.Local).
	Time time.Time
	// Size is the file's size in bytes.
	Size int64
	// n orders backups of the same second: 1 for the first, 2 for "-2", …
	n int
}

// backupTimeLayout is the time in a backup's name: local time, no zone.
const backupTimeLayout = "2006-01-02T150405"

// backupNamePattern matches a backup's file name: time, kind, optional number.
var backupNamePattern = regexp.MustCompile(`^tiepdan-(\d{4}-\d{2}-\d{2}T\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.db$`)

// backupName returns the name of the n-th (from 1) backup of kind taken at t.
func backupName(t time.Time, kind BackupKind, n int) string {
	suffix := ""
	if n > 1 {
		suffix = "-" + strconv.Itoa(n)
	}
	return "tiepdan-" + t.Format(backupTimeLayout) + "-" + string(kind) + suffix + ".db"
}

// parseBackupName returns the backup file of a name, without its path and
// size; ok is false for a name that is not a backup's.
func parseBackupName(name string) (f BackupFile, ok bool) {
	m := backupNamePattern.FindStringSubmatch(name)
	if m == nil {
		return BackupFile{}, false
	}
	t, err := time.ParseInLocation(backupTimeLayout, m[1], time.Local)
	kind := BackupKind(m[2])
	if err != nil || !kind.known() {
		return BackupFile{}, false
	}
	n := 1
	if m[3] != "" {
		if n, err = strconv.Atoi(m[3]); err != nil {
			return BackupFile{}, false
		}
	}
	return BackupFile{Name: name, Kind: kind, Time: t, n: n}, true
}

// before reports whether a was taken before b.
func (a BackupFile) before(b BackupFile) bool {
	if !a.Time.Equal(b.Time) {
		return a.Time.Before(b.Time)
	}
	if a.n != b.n {
		return a.n < b.n
	}
	return a.Name < b.Name
}

// ListBackups returns the backups in dir (a backup set's folder), newest
// first. Other files are ignored; a missing folder is an empty set.
func ListBackups(dir string) ([]BackupFile, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return []BackupFile{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := []BackupFile{}
	for _, e := range entries {
		f, ok := parseBackupName(e.Name())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // deleted meanwhile
		}
		f.Path, f.Size = filepath.Join(dir, e.Name()), info.Size()
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[j].before(out[i]) })
	return out, nil
}

// Rotation keeps, of the automatic backups (daily and close) of a set:
//
//   - every one taken on the day of the rotation, so this morning's backup
//     survives this evening's close backups;
//   - daily: the last one of each of the KeepDaily most recent days that
//     have a backup;
//   - weekly: the first one of each of the KeepWeekly most recent ISO weeks
//     (Monday to Sunday) that have a backup;
//   - monthly: the first one of each of the KeepMonthly most recent months
//     that have a backup.
//
// and deletes the others. Manual, before-restore and before-migration
// backups are never deleted: each was taken for a reason, and they are few.
//
// "Most recent that have a backup" rather than "the last 7 calendar days":
// after weeks with the office PC off, the last days worked are still there.
// The first backup of a week or month, rather than the last, is its weekly or
// monthly copy because it never changes once taken; the last of a day only
// has to be right once the day is over.
const (
	KeepDaily   = 7
	KeepWeekly  = 4
	KeepMonthly = 12
)

// rotation returns the backups of set that rotation deletes on the day of
// today. It is a pure function of its arguments.
func rotation(set []BackupFile, today time.Time) []BackupFile {
	var auto []BackupFile
	for _, f := range set {
		if f.Kind.Automatic() {
			auto = append(auto, f)
		}
	}
	// Oldest first, so "first of a period" is the first seen.
	sort.Slice(auto, func(i, j int) bool { return auto[i].before(auto[j]) })
	keep := map[string]bool{}
	day := func(t time.Time) string { return t.Format(time.DateOnly) }
	for _, f := range auto {
		if day(f.Time) == day(today) {
			keep[f.Name] = true
		}
	}
	keepPer(auto, KeepDaily, day, false, keep)
	keepPer(auto, KeepWeekly, func(t time.Time) string {
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}, true, keep)
	keepPer(auto, KeepMonthly, func(t time.Time) string { return t.Format("2006-01") }, true, keep)
	var remove []BackupFile
	for _, f := range auto {
		if !keep[f.Name] {
			remove = append(remove, f)
		}
	}
	return remove
}

// keepPer marks in keep, for each of the n most recent periods that have a
// backup in auto (sorted oldest first), its first backup when first is true,
// else its last. period names a time's period so that later periods sort
// after earlier ones.
func keepPer(auto []BackupFile, n int, period func(time.Time) string, first bool, keep map[string]bool) {
	chosen := map[string]string{}
	var periods []string
	for _, f := range auto {
		p := period(f.Time)
		if _, seen := chosen[p]; !seen {
			periods = append(periods, p)
		} else if first {
			continue
		}
		chosen[p] = f.Name
	}
	sort.Sort(sort.Reverse(sort.StringSlice(periods)))
	for i, p := range periods {
		if i == n {
			break
		}
		keep[chosen[p]] = true
	}
}

// backupMu serialises the backups and restores of this process, so two of
// them never pick the same file name or restore over each other. Another
// process on the same folder at the same second is not excluded; its
// backup would replace this one's, which is as good.
var backupMu sync.Mutex

// dir is the data folder.
func (s *Store) dir() string { return filepath.Dir(s.path) }

// backupDir is the data folder's backup set.
func (s *Store) backupDir() string { return filepath.Join(s.dir(), BackupDirName) }

// BackupDir returns the folder of the store's backup set.
func (s *Store) BackupDir() string { return s.backupDir() }

// Backup writes a consistent copy of the database to destPath, which must not
// exist, while the store stays in use. The copy is synced to disk before
// Backup returns.
//
// Errors: Conflict when destPath exists; Unavailable when its folder cannot
// be written (missing, full, read-only); Internal.
func (s *Store) Backup(ctx context.Context, destPath string) error {
	backupMu.Lock()
	defer backupMu.Unlock()
	return s.vacuumInto(ctx, destPath)
}

// vacuumInto is Backup without the lock.
func (s *Store) vacuumInto(ctx context.Context, destPath string) error {
	if _, err := os.Lstat(destPath); err == nil {
		return domain.Errorf(domain.Conflict, "Tệp %s đã có; hãy chọn tên tệp khác.", destPath)
	}
	dir := filepath.Dir(destPath)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(destPath)+".*.tmp")
	if err != nil {
		return backupFailure(err, dir)
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpName) // a no-op once renamed
	// VACUUM INTO accepts an existing file when it is empty.
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, tmpName); err != nil {
		return backupFailure(err, dir)
	}
	if err := syncFile(tmpName); err != nil {
		return backupFailure(err, dir)
	}
	if err := os.Rename(tmpName, destPath); err != nil {
		return backupFailure(err, dir)
	}
	syncDir(dir)
	return nil
}

// backupFailure is the error of a backup into dir that failed with err.
func backupFailure(err error, dir string) error {
	if d := diskFailure(err, dir, "sao lưu"); d != nil {
		return d
	}
	if errors.Is(err, fs.ErrNotExist) {
		return domain.Wrap(domain.Unavailable, err, fmt.Sprintf("Không có thư mục %s nên chưa sao lưu được.", dir))
	}
	return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
}

// BackupResult is a backup taken into the backup set.
type BackupResult struct {
	File BackupFile
	// Copy is the path of the copy in the second folder; "" when none was made.
	Copy string
	// Warning says, in Vietnamese, why the copy to the second folder was not
	// made; "" when it was, or when no second folder is set.
	Warning string
	// Problem is the cause of Warning, and of any failure to delete old
	// backups, for the log; nil when none. It never means the backup failed.
	Problem error
}

// TakeBackup takes a backup of kind into the backup set, copies it to the
// second folder when one is set, and rotates both sets. A second folder that
// cannot be reached (a USB stick not plugged in) gives a Warning, not an
// error.
//
// Errors: Unavailable when the backup folder cannot be written (full,
// read-only); Internal.
func (s *Store) TakeBackup(ctx context.Context, kind BackupKind) (*BackupResult, error) {
	backupMu.Lock()
	defer backupMu.Unlock()
	f, err := s.backupIntoSet(ctx, kind)
	if err != nil {
		return nil, err
	}
	res := &BackupResult{File: *f}
	today := s.now()
	var problems []error
	if err := rotateDir(s.backupDir(), today); err != nil {
		problems = append(problems, err)
	}
	settings, err := s.BackupSettings(ctx)
	if err != nil {
		problems = append(problems, err)
	} else if second := settings.SecondFolder; second != "" {
		if err := SecondFolderReachable(second); err != nil {
			res.Warning = fmt.Sprintf("Chưa chép được bản sao lưu sang thư mục thứ hai %s: không truy cập được thư mục "+
				"(ổ USB chưa cắm?). Bản sao lưu trong thư mục dữ liệu đã được tạo.", second)
			problems = append(problems, err)
		} else if err := copyFileAtomic(f.Path, filepath.Join(second, f.Name)); err != nil {
			res.Warning = fmt.Sprintf("Chưa chép được bản sao lưu sang thư mục thứ hai %s (ổ đầy hoặc không ghi được). "+
				"Bản sao lưu trong thư mục dữ liệu đã được tạo.", second)
			problems = append(problems, err)
		} else {
			res.Copy = filepath.Join(second, f.Name)
			if err := rotateDir(second, today); err != nil {
				problems = append(problems, err)
			}
		}
	}
	res.Problem = errors.Join(problems...)
	return res, nil
}

// SecondFolderReachable returns nil when folder exists and is a folder.
func SecondFolderReachable(folder string) error {
	info, err := os.Stat(folder)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%s is not a folder", folder)
	}
	return nil
}

// backupIntoSet writes a backup of kind into the backup set, under a name
// not yet taken. The caller holds backupMu, or runs before anyone else can
// use the store (Open).
func (s *Store) backupIntoSet(ctx context.Context, kind BackupKind) (*BackupFile, error) {
	dir := s.backupDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, backupFailure(err, dir)
	}
	t := s.now()
	for n := 1; ; n++ {
		name := backupName(t, kind, n)
		path := filepath.Join(dir, name)
		if _, err := os.Lstat(path); err == nil {
			continue
		}
		if err := s.vacuumInto(ctx, path); err != nil {
			return nil, err
		}
		info, err := os.Stat(path)
		if err != nil {
			return nil, backupFailure(err, dir)
		}
		f, _ := parseBackupName(name)
		f.Path, f.Size = path, info.Size()
		return &f, nil
	}
}

// AutoBackup takes an automatic backup, kind BackupDaily or BackupClose. A
// daily backup is skipped when the set already has an automatic backup of
// today; both are skipped while nothing has ever been saved in the database
// (before the first-run setup). The result is nil when skipped.
//
// Errors: as TakeBackup.
func (s *Store) AutoBackup(ctx context.Context, kind BackupKind) (*BackupResult, error) {
	if !kind.Automatic() {
		return nil, domain.Wrap(domain.Internal, fmt.Errorf("AutoBackup(%q)", kind), domain.SystemErrorMessage)
	}
	if !s.hasData(ctx) {
		return nil, nil
	}
	if kind == BackupDaily {
		set, err := ListBackups(s.backupDir())
		if err != nil {
			return nil, backupFailure(err, s.backupDir())
		}
		today := s.now().Format(time.DateOnly)
		for _, f := range set {
			if f.Kind.Automatic() && f.Time.Format(time.DateOnly) == today {
				return nil, nil
			}
		}
	}
	return s.TakeBackup(ctx, kind)
}

// hasData reports whether anything was ever saved: every save writes an
// audit entry, and the migrations write none of their own. When in doubt
// (the query fails) it says yes, so a backup is taken.
func (s *Store) hasData(ctx context.Context) bool {
	var found bool
	err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM audit_log)`).Scan(&found)
	return err != nil || found
}

// backupBeforeMigration takes the before-migration backup; Open calls it when
// migrations are pending on a database that holds data. Without it the
// migration does not run.
func (s *Store) backupBeforeMigration(ctx context.Context) error {
	if !s.hasData(ctx) {
		return nil
	}
	if _, err := s.backupIntoSet(ctx, BackupBeforeMigration); err != nil {
		detail := ""
		var de *domain.Error
		if errors.As(err, &de) && de.Kind != domain.Internal {
			detail = " " + de.Message
		}
		return domain.Wrap(domain.Unavailable, err,
			"Chưa cập nhật cấu trúc dữ liệu cho phiên bản mới vì không tạo được bản sao lưu trước khi cập nhật; dữ liệu vẫn như cũ."+detail)
	}
	return nil
}

// rotateDir deletes the backups of dir that rotation gives up on the day of
// today, and temporary files left by a crash more than an hour ago.
func rotateDir(dir string, today time.Time) error {
	set, err := ListBackups(dir)
	if err != nil {
		return err
	}
	var errs []error
	for _, f := range rotation(set, today) {
		if err := os.Remove(f.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	stale, _ := filepath.Glob(filepath.Join(dir, ".tiepdan-*.tmp"))
	for _, p := range stale {
		if info, err := os.Stat(p); err == nil && time.Since(info.ModTime()) > time.Hour {
			_ = os.Remove(p)
		}
	}
	return errors.Join(errs...)
}

// copyFileAtomic copies src to dst through a temporary file in dst's folder,
// synced and renamed, so dst is whole or absent.
func copyFileAtomic(src, dst string) error {
	dir := filepath.Dir(dst)
	tmp, err := copyToTemp(src, dir, filepath.Base(dst))
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return err
	}
	syncDir(dir)
	return nil
}

// copyToTemp copies src to a new temporary file in dir named after base
// (".BASE.*.tmp"), synced to disk, and returns its path.
func copyToTemp(src, dir, base string) (_ string, err error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = io.Copy(tmp, in); err != nil {
		return "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", err
	}
	if err = tmp.Close(); err != nil {
		return "", err
	}
	return tmp.Name(), nil
}

// syncFile flushes the file at path to disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir flushes dir's entries (a rename) to disk, where the system allows
// it; Windows cannot open a folder for syncing, and NTFS logs renames.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// BackupSettings returns the backup settings; the defaults (no second
// folder) before they were first saved.
//
// Errors: Internal.
func (s *Store) BackupSettings(ctx context.Context) (*domain.BackupSettings, error) {
	var b domain.BackupSettings
	err := s.db.QueryRowContext(ctx, `SELECT second_folder, updated_at FROM backup_settings WHERE id = 1`).
		Scan(&b.SecondFolder, &b.UpdatedAt)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return &b, nil
}

// SaveBackupSettings writes the backup settings, checked by the caller, with
// their audit entry, in one transaction, and returns them as stored.
//
// Errors: Unavailable (disk); Internal.
func (s *Store) SaveBackupSettings(ctx context.Context, actor string, b domain.BackupSettings) (*domain.BackupSettings, error) {
	err := s.write(ctx, func(t *tx) error {
		var old *domain.BackupSettings
		var prev domain.BackupSettings
		err := t.QueryRowContext(ctx, `SELECT second_folder, updated_at FROM backup_settings WHERE id = 1`).
			Scan(&prev.SecondFolder, &prev.UpdatedAt)
		switch {
		case err == nil:
			old = &prev
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		b.UpdatedAt = t.nowText()
		if _, err := t.ExecContext(ctx, `INSERT INTO backup_settings (id, second_folder, updated_at) VALUES (1, ?, ?)
			ON CONFLICT (id) DO UPDATE SET second_folder = excluded.second_folder, updated_at = excluded.updated_at`,
			b.SecondFolder, b.UpdatedAt); err != nil {
			return err
		}
		action := "update"
		if old == nil {
			action = "create"
		}
		return t.audit(ctx, actor, action, "backup_settings", "1", old, b)
	})
	if err != nil {
		return nil, err
	}
	return &b, nil
}
