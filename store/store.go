package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"tiepdan/app/domain"

	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// FileName is the database file's name inside the data folder.
const FileName = "tiepdan.db"

// Store is the open database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
}

// dsn returns the connection string for the database at path. Every pragma is
// applied to each new connection of the pool.
func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{
		// WAL: readers (the dashboard, a report) never block the clerk's save,
		// and a crash mid-write leaves the main file untouched.
		"journal_mode(WAL)",
		// FULL: a commit is on disk before the save returns; a ward cannot lose
		// a registered petition to a power cut (NORMAL may lose the last commits).
		"synchronous(FULL)",
		// Foreign keys are off by default in SQLite; the schema relies on them.
		"foreign_keys(1)",
		// Wait up to 5 s for another writer (the window and `tiepdan serve` may
		// share a folder) instead of failing at once with SQLITE_BUSY.
		"busy_timeout(5000)",
	} {
		q.Add("_pragma", p)
	}
	// _txlock=immediate: a write transaction takes the write lock at BEGIN, so
	// two writers queue on busy_timeout rather than dead-locking on upgrade.
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Open opens (creating if needed) the database in dir, checks its integrity
// and brings its schema up to date. now is the clock used for every
// timestamp the store writes; nil means time.Now.
//
// Errors: Unavailable with a Vietnamese message saying what to do when the
// folder cannot be created or the file is not a database, fails the
// integrity check or comes from a newer version; Internal when a migration
// fails.
func Open(dir string, now func() time.Time) (*Store, error) {
	if now == nil {
		now = time.Now
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, domain.Wrap(domain.Unavailable, err, fmt.Sprintf("Không tạo được thư mục dữ liệu %s.", dir))
	}
	path := filepath.Join(dir, FileName)
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, "Không mở được cơ sở dữ liệu.")
	}
	s := &Store{db: db, path: path, now: now}
	if err := s.checkIntegrity(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// corruptMessage is what the person sees when the file cannot be trusted.
const corruptMessage = "Cơ sở dữ liệu %s bị hỏng hoặc không phải tệp dữ liệu của TiếpDân. " +
	"Không ghi thêm gì vào tệp này; hãy khôi phục từ bản sao lưu gần nhất (tiepdan restore) hoặc liên hệ cán bộ công nghệ thông tin."

// checkIntegrity runs SQLite's quick_check, which reads every page and
// verifies the b-tree structure in well under a second for a ward's database.
func (s *Store) checkIntegrity(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `PRAGMA quick_check`)
	if err != nil {
		return s.corrupt(err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return s.corrupt(err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return s.corrupt(err)
	}
	if len(problems) > 0 {
		return s.corrupt(fmt.Errorf("quick_check: %v", problems))
	}
	return nil
}

// corrupt turns a failed check into the person's message; errors that are not
// about the file's content (e.g. permissions) keep their own wording.
func (s *Store) corrupt(cause error) error {
	var se *sqlite.Error
	if errors.As(cause, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY:
			return domain.Wrap(domain.Unavailable, cause, fmt.Sprintf("Không mở được cơ sở dữ liệu %s: không có quyền đọc ghi.", s.path))
		}
	}
	return domain.Wrap(domain.Unavailable, cause, fmt.Sprintf(corruptMessage, s.path))
}

// LibraryVersion returns the version of the SQLite library linked in, without
// opening a data folder (for `tiepdan version`).
func LibraryVersion() (string, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return "", err
	}
	defer db.Close()
	var v string
	err = db.QueryRow(`SELECT sqlite_version()`).Scan(&v)
	return v, err
}

// SQLiteVersion returns the version of the SQLite library in use.
func (s *Store) SQLiteVersion(ctx context.Context) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT sqlite_version()`).Scan(&v)
	return v, err
}

// tx is one write transaction with its single timestamp.
type tx struct {
	*sql.Tx
	now time.Time
}

// nowText is the transaction's timestamp as stored: RFC 3339 with the local
// offset, so people reading the raw file see local office time.
func (t *tx) nowText() string { return t.now.Format(time.RFC3339) }

// write runs fn in one transaction: committed when fn returns nil, rolled
// back otherwise, so a form is saved whole or not at all. A full disk, a
// read-only folder or a disk error gives Unavailable with a message saying
// so (writeFailure, failure.go).
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.writeFailure(domain.Wrap(domain.Internal, err, domain.SystemErrorMessage))
	}
	t := &tx{Tx: sqlTx, now: s.now()}
	if err := fn(t); err != nil {
		_ = sqlTx.Rollback()
		return s.writeFailure(err)
	}
	if err := sqlTx.Commit(); err != nil {
		return s.writeFailure(domain.Wrap(domain.Internal, err, domain.SystemErrorMessage))
	}
	return nil
}
