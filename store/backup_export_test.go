package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// DumpTables returns, for the tests of package store_test, the schema and
// every row of every table of s as text (rows sorted), so two databases can
// be compared whole.
func DumpTables(tb testing.TB, s *Store) map[string][]string {
	tb.Helper()
	ctx := context.Background()
	out := map[string][]string{}
	rows, err := s.db.QueryContext(ctx, `SELECT type, name, COALESCE(sql, '') FROM sqlite_schema ORDER BY name`)
	if err != nil {
		tb.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var typ, name, text string
		if err := rows.Scan(&typ, &name, &text); err != nil {
			tb.Fatal(err)
		}
		out["schema"] = append(out["schema"], typ+" "+name+" "+text)
		if typ == "table" {
			tables = append(tables, name)
		}
	}
	rows.Close()
	for _, table := range tables {
		r, err := s.db.QueryContext(ctx, `SELECT * FROM "`+strings.ReplaceAll(table, `"`, `""`)+`"`)
		if err != nil {
			tb.Fatal(err)
		}
		cols, _ := r.Columns()
		lines := []string{}
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := r.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			var b strings.Builder
			for i, v := range vals {
				if bs, ok := v.([]byte); ok {
					v = string(bs)
				}
				fmt.Fprintf(&b, "%s=%#v;", cols[i], v)
			}
			lines = append(lines, b.String())
		}
		if err := r.Err(); err != nil {
			tb.Fatal(err)
		}
		r.Close()
		sort.Strings(lines)
		out[table] = lines
	}
	return out
}

// MustBeSound fails tb unless the full integrity_check of s passes.
func MustBeSound(tb testing.TB, s *Store) {
	tb.Helper()
	problems, err := integrityProblems(context.Background(), s.db)
	if err != nil || len(problems) > 0 {
		tb.Fatalf("integrity_check: %v %v", problems, err)
	}
}
