package storetest

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tiepdan/store"
)

// TablePrint is what a Fingerprint knows of one table: how many rows it
// has and a hash of their contents.
type TablePrint struct {
	Rows int
	Hash string
}

// Fingerprint is the state of every table of a store (the audit trail
// included), so that a test can prove a refused call wrote nothing: take one
// before, one after, and compare.
type Fingerprint map[string]TablePrint

// Take returns the fingerprint of st: for every table (the FTS5 index through
// its shadow tables) its row count and a SHA-256 of its rows, independent of
// row order. It reads through a connection of its own, in read-only mode, so
// it sees exactly what the store has committed.
func Take(tb testing.TB, st *store.Store) Fingerprint {
	tb.Helper()
	return NewPrinter(tb, st).Take(tb)
}

// Printer takes fingerprints of one store, keeping its read-only connection
// open between them (until the test ends): for a test that takes many.
type Printer struct {
	db *sql.DB
}

// NewPrinter opens a read-only connection to st for fingerprints.
func NewPrinter(tb testing.TB, st *store.Store) *Printer {
	tb.Helper()
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: st.Path()}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		tb.Fatalf("fingerprint: %v", err)
	}
	db.SetMaxOpenConns(1)
	tb.Cleanup(func() { db.Close() })
	return &Printer{db: db}
}

// Take returns the store's fingerprint now (see the function Take).
func (p *Printer) Take(tb testing.TB) Fingerprint {
	tb.Helper()
	db := p.db
	names, err := tableNames(db)
	if err != nil {
		tb.Fatalf("fingerprint: %v", err)
	}
	out := Fingerprint{}
	for _, name := range names {
		p, err := tablePrint(db, name)
		if err != nil {
			tb.Fatalf("fingerprint of %s: %v", name, err)
		}
		out[name] = p
	}
	return out
}

// tableNames lists the ordinary tables of db: not SQLite's own, and not the
// FTS5 virtual tables, whose contents are their shadow tables'.
func tableNames(db *sql.DB) ([]string, error) {
	rows, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
		AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// tablePrint counts and hashes the rows of table name.
func tablePrint(db *sql.DB, name string) (TablePrint, error) {
	rows, err := db.Query(`SELECT * FROM "` + strings.ReplaceAll(name, `"`, `""`) + `"`)
	if err != nil {
		return TablePrint{}, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return TablePrint{}, err
	}
	var lines []string
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return TablePrint{}, err
		}
		var b strings.Builder
		for _, v := range vals {
			writeValue(&b, v)
		}
		lines = append(lines, b.String())
	}
	if err := rows.Err(); err != nil {
		return TablePrint{}, err
	}
	slices.Sort(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return TablePrint{Rows: len(lines), Hash: hex.EncodeToString(h.Sum(nil))}, nil
}

// Diff says how f differs from before, one line per table that changed
// ("visit: 3 rows → 4 rows"), or nil when they are the same.
func (f Fingerprint) Diff(before Fingerprint) []string {
	var out []string
	names := map[string]bool{}
	for n := range f {
		names[n] = true
	}
	for n := range before {
		names[n] = true
	}
	for _, n := range slices.Sorted(maps.Keys(names)) {
		a, okA := before[n]
		b, okB := f[n]
		switch {
		case !okA:
			out = append(out, fmt.Sprintf("%s: new table with %d rows", n, b.Rows))
		case !okB:
			out = append(out, fmt.Sprintf("%s: table gone", n))
		case a.Rows != b.Rows:
			out = append(out, fmt.Sprintf("%s: %d rows → %d rows", n, a.Rows, b.Rows))
		case a.Hash != b.Hash:
			out = append(out, fmt.Sprintf("%s: %d rows changed", n, b.Rows))
		}
	}
	return out
}

// writeValue writes v to b so that different values, or values of different
// types (1 and "1"), never write the same: a type letter, then the value,
// text with its length first.
func writeValue(b *strings.Builder, v any) {
	switch v := v.(type) {
	case nil:
		b.WriteString("n;")
	case int64:
		b.WriteString("i" + strconv.FormatInt(v, 10) + ";")
	case float64:
		b.WriteString("f" + strconv.FormatFloat(v, 'g', -1, 64) + ";")
	case string:
		b.WriteString("s" + strconv.Itoa(len(v)) + ":" + v)
	case []byte:
		b.WriteString("b" + strconv.Itoa(len(v)) + ":")
		b.Write(v)
	default:
		fmt.Fprintf(b, "%T:%v;", v, v)
	}
}
