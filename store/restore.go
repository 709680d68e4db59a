package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"tiepdan/app/domain"

	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Restore.
//
// A restore first checks the backup (CheckBackup: full integrity_check,
// a TiếpDân schema no newer than this program's), then keeps the current
// data as a before-restore backup, then replaces the data.
//
// When the current database is sound, the replacement happens inside it,
// with SQLite's online backup API (copyInto): one write transaction under
// SQLite's own lock, so another process with the folder open (the window
// while `tiepdan restore` runs) waits and then reads the restored data, a
// crash leaves either the old or the new data, and an open Store stays
// usable (RestoreFrom). Only when the current file is damaged, or missing,
// is the file itself replaced (replaceFile): nothing can have it open then,
// since Open refuses a damaged file.

// RestoreResult says what a restore did.
type RestoreResult struct {
	// Kept is the backup of the data the restore replaced (kind
	// before-restore); nil when the data folder had no database.
	Kept *BackupFile
	// SchemaVersion is the backup's schema version, before any migration.
	SchemaVersion int
}

// readOnlyURI is the connection string that opens the database at path
// read-only, without the store's pragmas.
func readOnlyURI(path string) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?mode=ro"
}

// CheckBackup checks the backup at path before a restore: that it is a
// SQLite database passing the full integrity_check, that it is a TiếpDân
// database, and that its schema is not newer than this program's. It returns
// the backup's schema version.
//
// Errors: NotFound when there is no such file; Invalid with a Vietnamese
// message when the file fails a check; Unavailable when it cannot be read.
func CheckBackup(ctx context.Context, path string) (int, error) {
	name := filepath.Base(path)
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return 0, domain.Errorf(domain.NotFound, "Không tìm thấy tệp sao lưu %s.", path)
	case err != nil:
		return 0, domain.Wrap(domain.Unavailable, err, fmt.Sprintf("Không đọc được tệp sao lưu %s.", path))
	case info.IsDir():
		return 0, domain.Errorf(domain.Invalid, "%s là một thư mục, không phải tệp sao lưu.", path)
	}
	damaged := func(cause error) error {
		return domain.Wrap(domain.Invalid, cause, fmt.Sprintf(
			"Tệp %s bị hỏng hoặc không phải tệp dữ liệu nên không dùng để khôi phục được. Hãy chọn một bản sao lưu khác.", name))
	}
	db, err := sql.Open("sqlite", readOnlyURI(path))
	if err != nil {
		return 0, damaged(err)
	}
	defer db.Close()
	problems, err := integrityProblems(ctx, db)
	if err != nil {
		return 0, damaged(err)
	}
	if len(problems) > 0 {
		return 0, damaged(fmt.Errorf("integrity_check: %v", problems))
	}
	var v int
	err = db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	if err != nil || v == 0 {
		return 0, domain.Wrap(domain.Invalid, err, fmt.Sprintf(
			"Tệp %s không phải bản sao lưu dữ liệu của TiếpDân nên không dùng để khôi phục được.", name))
	}
	all, err := migrations()
	if err != nil {
		return 0, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	if v > len(all) {
		return 0, domain.Errorf(domain.Invalid,
			"Bản sao lưu %s được tạo bởi phiên bản TiếpDân mới hơn (cấu trúc dữ liệu số %d, phiên bản này hiểu đến số %d) "+
				"nên không khôi phục được. Hãy cài phiên bản TiếpDân mới hơn rồi khôi phục lại.", name, v, len(all))
	}
	return v, nil
}

// integrityProblems runs the full PRAGMA integrity_check (every page, index
// and constraint) and returns its lines other than "ok".
func integrityProblems(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	return problems, rows.Err()
}

// Restore replaces the database of the data folder dataDir with the backup
// at backupFile, for `tiepdan restore`: no Store of this process may be open
// on dataDir (another process may: see above). The current data is kept
// first as a before-restore backup — the database copied by VACUUM INTO, or,
// when it is damaged, its files as they are. The caller then opens the
// store, which applies the migrations a backup from an older version needs
// (after a before-migration backup). now is the clock; nil means time.Now.
//
// Errors: as CheckBackup; Invalid when backupFile is the database itself;
// Unavailable when the data folder cannot be written; Internal.
func Restore(ctx context.Context, dataDir, backupFile string, now func() time.Time) (*RestoreResult, error) {
	if now == nil {
		now = time.Now
	}
	backupMu.Lock()
	defer backupMu.Unlock()
	v, err := CheckBackup(ctx, backupFile)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, restoreFailure(err, dataDir)
	}
	path := filepath.Join(dataDir, FileName)
	if err := notTheDatabase(backupFile, path); err != nil {
		return nil, err
	}
	res := &RestoreResult{SchemaVersion: v}
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		if err := replaceFile(backupFile, path); err != nil {
			return nil, restoreFailure(err, dataDir)
		}
		return res, nil
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	s := &Store{db: db, path: path, now: now}
	if s.checkIntegrity(ctx) == nil {
		defer db.Close()
		kept, err := s.backupIntoSet(ctx, BackupBeforeRestore)
		if err != nil {
			return nil, notRestored(err)
		}
		res.Kept = kept
		if err := copyInto(ctx, db, backupFile); err != nil {
			return nil, restoreFailure(err, dataDir)
		}
		return res, nil
	}
	// Damaged (or unreadable): keep its files as they are, then replace them.
	db.Close()
	kept, err := keepFiles(path, now())
	if err != nil {
		return nil, notRestored(backupFailure(err, filepath.Join(dataDir, BackupDirName)))
	}
	res.Kept = kept
	if err := replaceFile(backupFile, path); err != nil {
		return nil, restoreFailure(err, dataDir)
	}
	return res, nil
}

// RestoreFrom replaces the data of the open store with the backup at
// backupFile, in place (copyInto), after keeping the current data as a
// before-restore backup, then applies the migrations the backup needs (after
// a before-migration backup). The store stays open and usable throughout:
// other calls wait for SQLite's write lock, then read the restored data.
// Whatever callers keep from before (a session, a cache) they must drop.
//
// Errors: as Restore.
func (s *Store) RestoreFrom(ctx context.Context, backupFile string) (*RestoreResult, error) {
	backupMu.Lock()
	defer backupMu.Unlock()
	v, err := CheckBackup(ctx, backupFile)
	if err != nil {
		return nil, err
	}
	if err := notTheDatabase(backupFile, s.path); err != nil {
		return nil, err
	}
	kept, err := s.backupIntoSet(ctx, BackupBeforeRestore)
	if err != nil {
		return nil, notRestored(err)
	}
	if err := copyInto(ctx, s.db, backupFile); err != nil {
		return nil, restoreFailure(err, s.dir())
	}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	if err := s.checkIntegrity(ctx); err != nil {
		return nil, err
	}
	return &RestoreResult{Kept: kept, SchemaVersion: v}, nil
}

// notTheDatabase refuses to restore the database file from itself.
func notTheDatabase(backupFile, dbPath string) error {
	a, errA := os.Stat(backupFile)
	b, errB := os.Stat(dbPath)
	if errA == nil && errB == nil && os.SameFile(a, b) {
		return domain.Errorf(domain.Invalid, "Tệp %s là chính tệp dữ liệu đang dùng, không phải một bản sao lưu.", backupFile)
	}
	return nil
}

// notRestored is the error of a restore stopped because the current data
// could not be kept first.
func notRestored(err error) error {
	detail := ""
	var de *domain.Error
	if errors.As(err, &de) && de.Kind != domain.Internal {
		detail = " " + de.Message
	}
	return domain.Wrap(domain.Unavailable, err,
		"Chưa khôi phục vì không giữ lại được dữ liệu hiện tại thành một bản sao lưu; dữ liệu vẫn như cũ."+detail)
}

// restoreFailure is the error of a replacement in dir that failed with err.
func restoreFailure(err error, dir string) error {
	if d := diskFailure(err, dir, "khôi phục"); d != nil {
		return d
	}
	return domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
}

// copyInto replaces the content of db's main database with the database at
// src, page by page, with SQLite's online backup API: one write transaction
// under SQLite's write lock, so other connections, of this process or
// another, wait and then see the new content, and a crash leaves either the
// old or the new content. Both must have the same page size (every TiếpDân
// database has SQLite's default).
func copyInto(ctx context.Context, db *sql.DB, src string) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		r, ok := dc.(interface {
			NewRestore(srcURI string) (*sqlite.Backup, error)
		})
		if !ok {
			return fmt.Errorf("store: driver connection %T cannot restore", dc)
		}
		for attempt := 0; ; attempt++ {
			b, err := r.NewRestore(readOnlyURI(src))
			if err != nil {
				return err
			}
			_, err = b.Step(-1)
			if ferr := b.Finish(); err == nil {
				return ferr
			}
			// Another connection holds the write lock: wait for it, as
			// busy_timeout does for a save.
			var se *sqlite.Error
			busy := errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED)
			if !busy || attempt == 50 || ctx.Err() != nil {
				return err
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
}

// keepFiles copies the database file at path, and its WAL when there is
// one, into the backup set as a before-restore backup taken at t, as they
// are (the WAL beside it as NAME-wal, where SQLite looks for it).
func keepFiles(path string, t time.Time) (*BackupFile, error) {
	dir := filepath.Join(filepath.Dir(path), BackupDirName)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	name := ""
	for n := 1; ; n++ {
		name = backupName(t, BackupBeforeRestore, n)
		if _, err := os.Lstat(filepath.Join(dir, name)); errors.Is(err, fs.ErrNotExist) {
			break
		}
	}
	dst := filepath.Join(dir, name)
	if _, err := os.Stat(path + "-wal"); err == nil {
		if err := copyFileAtomic(path+"-wal", dst+"-wal"); err != nil {
			return nil, err
		}
	}
	if err := copyFileAtomic(path, dst); err != nil {
		return nil, err
	}
	info, err := os.Stat(dst)
	if err != nil {
		return nil, err
	}
	f, _ := parseBackupName(name)
	f.Path, f.Size = dst, info.Size()
	return &f, nil
}

// replaceFile puts a copy of src at path, the database file, whose WAL and
// shared-memory files are removed: a copy is written and synced beside path
// first, then renamed over it, so path is the old or the new file, whole.
func replaceFile(src, path string) error {
	dir := filepath.Dir(path)
	tmp, err := copyToTemp(src, dir, filepath.Base(path))
	if err != nil {
		return err
	}
	// The old WAL belongs to the old file: SQLite would replay it into the new.
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			os.Remove(tmp)
			return err
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	syncDir(dir)
	return nil
}
