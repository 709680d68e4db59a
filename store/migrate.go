package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"tiepdan/app/domain"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// afterMigration holds the Go steps of migrations that SQL alone cannot do,
// by file name; each runs in its migration's transaction right after the
// script, so it happens exactly once, with the migration.
var afterMigration = map[string]func(context.Context, *tx) error{
	"0005_audit_chain.sql": chainExistingAudit,
}

// migration is one numbered schema step, e.g. 0001_init.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order. File names must be
// NNNN_name.sql with unique, gap-free numbers starting at 1.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and '_'", base)
		}
		body, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return out, nil
}

// migrate applies every migration not yet recorded in schema_migrations, each
// in its own transaction together with its record, so a crash leaves the
// schema at a whole step.
func (s *Store) migrate(ctx context.Context) error {
	fail := func(err error) error {
		if domain.KindOf(err) == domain.Unavailable {
			return err // a full or read-only disk says so (failure.go)
		}
		return domain.Wrap(domain.Internal, err, "Không cập nhật được cấu trúc cơ sở dữ liệu.")
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`); err != nil {
		return fail(err)
	}
	all, err := migrations()
	if err != nil {
		return fail(err)
	}
	current, err := s.SchemaVersion(ctx)
	if err != nil {
		return fail(err)
	}
	if current > len(all) {
		return domain.Errorf(domain.Unavailable,
			"Cơ sở dữ liệu được tạo bởi phiên bản TiếpDân mới hơn (cấu trúc số %d, phiên bản này hiểu đến số %d). Hãy cài phiên bản mới hơn.",
			current, len(all))
	}
	// A migration always has a backup to go back to (backup.go).
	if current > 0 && current < len(all) {
		if err := s.backupBeforeMigration(ctx); err != nil {
			return err
		}
	}
	for _, m := range all[current:] {
		err := s.write(ctx, func(t *tx) error {
			if _, err := t.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("%s: %w", m.name, err)
			}
			if after := afterMigration[m.name]; after != nil {
				if err := after(ctx, t); err != nil {
					return fmt.Errorf("%s: %w", m.name, err)
				}
			}
			_, err := t.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, t.nowText())
			return err
		})
		if err != nil {
			return fail(err)
		}
	}
	return nil
}

// SchemaVersion returns the number of the last migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}
