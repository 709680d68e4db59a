package cli_test

import (
	"bufio"
	"context"
	"database/sql"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tiepdan/app"
	"tiepdan/app/cli"
	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// backupData returns a data folder with a saved unit whose chairman is
// chairman.
func backupData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	setChairman(t, dir, "Nguyễn Văn Dũng")
	return dir
}

// setChairman saves the unit of the folder dir with chairman.
func setChairman(t *testing.T, dir, chairman string) {
	t.Helper()
	s, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	u := domain.Unit{Name: "Ủy ban nhân dân phường Hà Huy Tập", SuperiorAgency: "Ủy ban nhân dân tỉnh Hà Tĩnh",
		DocSymbol: "UBND", PlaceName: "Hà Tĩnh", ChairmanTitle: "Chủ tịch",
		ReceptionPlace: "Trụ sở", PeriodicDays: []int{4}, ReportRecipient: "Thanh tra tỉnh Hà Tĩnh"}
	if cur, err := s.Unit(ctx); err == nil {
		u = *cur
	}
	u.ChairmanName = chairman
	if _, err := s.SaveUnit(ctx, "test", u); err != nil {
		t.Fatal(err)
	}
}

// chairman returns the chairman of the folder dir's unit.
func chairman(t *testing.T, dir string) string {
	t.Helper()
	s, err := store.Open(dir, storetest.Clock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	u, err := s.Unit(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return u.ChairmanName
}

func TestBackupAndRestoreCommands(t *testing.T) {
	data := backupData(t)
	code, out, errOut := run(t, cli.Env{}, "backup", "--data", data)
	inSet := filepath.Join(data, "backups", "tiepdan-2026-11-27T093000-manual.db")
	if code != 0 || errOut != "" || out != "Đã sao lưu vào "+inSet+".\n" {
		t.Fatalf("backup: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	file := filepath.Join(t.TempDir(), "sao-luu.db")
	code, out, errOut = run(t, cli.Env{}, "backup", "--out", file, "--data", data)
	if code != 0 || errOut != "" || !strings.Contains(out, file) {
		t.Fatalf("backup --out: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, _, errOut = run(t, cli.Env{}, "backup", "--out", file, "--data", data)
	if code != 1 || !strings.Contains(errOut, "đã có") {
		t.Fatalf("backup over an existing file: exit %d, stderr %q", code, errOut)
	}
	oneLine(t, errOut)

	setChairman(t, data, "Trần Thị Hòa")
	code, out, errOut = run(t, cli.Env{}, "restore", file, "--data", data)
	if code != 0 || errOut != "" || !strings.Contains(out, "Đã khôi phục dữ liệu từ "+file) ||
		!strings.Contains(out, "Dữ liệu trước khi khôi phục được giữ trong "+filepath.Join(data, "backups", "tiepdan-2026-11-27T093000-before-restore.db")) {
		t.Fatalf("restore: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got := chairman(t, data); got != "Nguyễn Văn Dũng" {
		t.Fatalf("chairman after restore = %q", got)
	}
	// A name of the backup set is enough.
	code, _, errOut = run(t, cli.Env{}, "restore", "tiepdan-2026-11-27T093000-before-restore.db", "--data", data)
	if code != 0 || errOut != "" || chairman(t, data) != "Trần Thị Hòa" {
		t.Fatalf("restore by name: exit %d, stderr %q", code, errOut)
	}
	// Into a new folder, e.g. on a new PC.
	fresh := filepath.Join(t.TempDir(), "moi")
	if code, _, errOut := run(t, cli.Env{}, "restore", file, "--data", fresh); code != 0 || chairman(t, fresh) != "Nguyễn Văn Dũng" {
		t.Fatalf("restore into a new folder: exit %d, stderr %q", code, errOut)
	}
}

func TestRestoreRefusesBadBackupsWithOneLine(t *testing.T) {
	data := backupData(t)
	dir := t.TempDir()
	damaged := filepath.Join(dir, "hong.db")
	if err := os.WriteFile(damaged, []byte(strings.Repeat("hỏng ", 2000)), 0o600); err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "moi-hon.db")
	if code, _, errOut := run(t, cli.Env{}, "backup", "--out", newer, "--data", data); code != 0 {
		t.Fatal(errOut)
	}
	db, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future.sql', '2030-01-01')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"restore", damaged, "--data", data}, 1, "bị hỏng"},
		{[]string{"restore", newer, "--data", data}, 1, "phiên bản TiếpDân mới hơn"},
		{[]string{"restore", filepath.Join(dir, "khong-co.db"), "--data", data}, 1, "Không tìm thấy tệp sao lưu"},
		{[]string{"restore", "--data", data}, 2, "thiếu tệp sao lưu"},
		{[]string{"restore", damaged, newer, "--data", data}, 2, "thừa tham số"},
		{[]string{"backup", "--data", filepath.Join(dir, "trong")}, 1, "chưa có dữ liệu TiếpDân"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, cli.Env{}, c.args...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) || !strings.HasPrefix(errOut, "tiepdan: ") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", c.args, code, out, errOut, c.code, c.want)
		}
		oneLine(t, errOut)
	}
	if got := chairman(t, data); got != "Nguyễn Văn Dũng" {
		t.Fatalf("a refused restore changed the data: %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "trong")); !os.IsNotExist(err) {
		t.Fatalf("backup of a missing folder created it: %v", err)
	}
}

// backupKinds returns the kinds of the backups in the folder dir's set.
func backupKinds(t *testing.T, dir string) []string {
	t.Helper()
	set, err := store.ListBackups(filepath.Join(dir, "backups"))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, f := range set {
		kinds = append(kinds, string(f.Kind))
	}
	return kinds
}

// sameKinds reports whether got holds exactly the kinds want, in any order.
func sameKinds(got []string, want ...string) bool {
	if len(got) != len(want) {
		return false
	}
	count := map[string]int{}
	for _, k := range got {
		count[k]++
	}
	for _, k := range want {
		count[k]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestWindowTakesTheDailyAndTheCloseBackups(t *testing.T) {
	data := backupData(t)
	code, _, errOut := run(t, cli.Env{OpenWindow: func(*app.Services, string, *slog.Logger) error { return nil }}, "--data", data)
	if code != 0 {
		t.Fatalf("window: exit %d, %q", code, errOut)
	}
	if kinds := backupKinds(t, data); !sameKinds(kinds, "daily", "close") {
		t.Fatalf("backups after the window = %v, want daily and close", kinds)
	}
	// The same day again: no second daily, another close.
	run(t, cli.Env{OpenWindow: func(*app.Services, string, *slog.Logger) error { return nil }}, "--data", data)
	if kinds := backupKinds(t, data); !sameKinds(kinds, "daily", "close", "close") {
		t.Fatalf("backups after the second window = %v", kinds)
	}
	// A new folder has nothing to back up.
	empty := t.TempDir()
	run(t, cli.Env{OpenWindow: func(*app.Services, string, *slog.Logger) error { return nil }}, "--data", empty)
	if kinds := backupKinds(t, empty); len(kinds) != 0 {
		t.Fatalf("backups of an empty folder = %v", kinds)
	}
}

func TestServeTakesTheCloseBackupWhenItStops(t *testing.T) {
	data := backupData(t)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- cli.Main([]string{"serve", "--addr", "127.0.0.1:0", "--data", data}, cli.Env{
			Stdout: pw, Stderr: io.Discard, Assets: assets, Now: storetest.Clock, Context: ctx,
		})
		pw.Close()
	}()
	if _, err := bufio.NewReader(pr).ReadString('\n'); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exit %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if kinds := backupKinds(t, data); !sameKinds(kinds, "daily", "close") {
		t.Fatalf("backups after serve = %v, want daily and close", kinds)
	}
}
