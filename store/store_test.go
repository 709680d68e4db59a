package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

func sampleUnit() domain.Unit { return storetest.Unit() }

func TestOpenMigratesAndRecordsVersion(t *testing.T) {
	s := storetest.Open(t)
	v, err := s.SchemaVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if v < 1 {
		t.Fatalf("schema version = %d, want ≥ 1", v)
	}
	ver, err := s.SQLiteVersion(context.Background())
	if err != nil || !strings.HasPrefix(ver, "3.") {
		t.Fatalf("sqlite version = %q, %v", ver, err)
	}
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, "test", sampleUnit()); err != nil {
		t.Fatal(err)
	}
	v1, _ := s.SchemaVersion(ctx)
	s.Close()

	s, err = store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	v2, _ := s.SchemaVersion(ctx)
	if v1 != v2 {
		t.Fatalf("schema version changed on reopen: %d → %d", v1, v2)
	}
	u, err := s.Unit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if u.Name != "Ủy ban nhân dân phường Hà Huy Tập" || u.Revision != 1 || len(u.PeriodicDays) != 1 || u.PeriodicDays[0] != 4 {
		t.Fatalf("unit after reopen = %+v", u)
	}
}

func TestUnitNotFoundBeforeSetup(t *testing.T) {
	s := storetest.Open(t)
	_, err := s.Unit(context.Background())
	if domain.KindOf(err) != domain.NotFound {
		t.Fatalf("Unit on empty store: %v (kind %q), want not_found", err, domain.KindOf(err))
	}
}

func TestSaveUnitRevisions(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	first, err := s.SaveUnit(ctx, "test", sampleUnit())
	if err != nil {
		t.Fatal(err)
	}
	if first.Revision != 1 || first.UpdatedAt != "2026-11-27T09:30:00+07:00" {
		t.Fatalf("first save = rev %d at %q", first.Revision, first.UpdatedAt)
	}
	next := *first
	next.ChairmanName = "Trần Thị Hòa"
	second, err := s.SaveUnit(ctx, "test", next)
	if err != nil {
		t.Fatal(err)
	}
	if second.Revision != 2 {
		t.Fatalf("second revision = %d", second.Revision)
	}
	// A save from a stale form (still at revision 1) must not overwrite.
	stale := *first
	stale.ChairmanName = "Lê Văn Cũ"
	if _, err := s.SaveUnit(ctx, "test", stale); domain.KindOf(err) != domain.Conflict {
		t.Fatalf("stale save: %v, want conflict", err)
	}
	got, _ := s.Unit(ctx)
	if got.ChairmanName != "Trần Thị Hòa" {
		t.Fatalf("stale save overwrote: %q", got.ChairmanName)
	}
}

func TestOpenRejectsCorruptFile(t *testing.T) {
	dir := t.TempDir()
	garbage := []byte(strings.Repeat("đây không phải cơ sở dữ liệu ", 400))
	if err := os.WriteFile(filepath.Join(dir, store.FileName), garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(dir, storetest.Clock)
	if err == nil {
		t.Fatal("Open accepted a file that is not a database")
	}
	var de *domain.Error
	if !errors.As(err, &de) || !strings.Contains(de.Message, "bị hỏng") || !strings.Contains(de.Message, "sao lưu") {
		t.Fatalf("message = %v, want a Vietnamese message about corruption and backups", err)
	}
}

func TestOpenRejectsDamagedPages(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, "test", sampleUnit()); err != nil {
		t.Fatal(err)
	}
	s.Close() // checkpoints the WAL into the main file
	path := filepath.Join(dir, store.FileName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Overwrite everything after the first page (the header stays valid) so the
	// b-trees are garbage.
	for i := 4096; i < len(data); i++ {
		data[i] = 0xA5
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(dir, storetest.Clock); err == nil || !strings.Contains(err.Error(), "bị hỏng") {
		t.Fatalf("Open of a damaged file: %v, want the corruption message", err)
	}
}
