package store

import (
	"context"
	"testing"

	"tiepdan/app/domain"
)

// FuzzVisitSearch types anything into the logbook's search box: the FTS5
// query built from it must never be a syntax error (quotes, stars, NEAR(,
// column filters …), whatever the person types.
func FuzzVisitSearch(f *testing.F) {
	for _, s := range []string{"nguyen van dung", `"`, `*`, `NEAR(a b)`, `folded:x`, `a OR b`, `-x`, `^`, `(`, `đặng "hòa`, "' OR 1=1 --"} {
		f.Add(s)
	}
	s, err := Open(f.TempDir(), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, query string) {
		folded := domain.Fold(query)
		if folded == "" {
			return // the service does not search for nothing
		}
		if _, _, err := s.Visits(ctx, FindVisits{Text: folded, Limit: 5}); err != nil {
			t.Fatalf("search %q (folded %q): %v", query, folded, err)
		}
	})
}
