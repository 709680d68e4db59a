package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"tiepdan/app"
	"tiepdan/app/cli"
	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

var assets = fstest.MapFS{"index.html": {Data: []byte(`<html><head></head><body>TiếpDân</body></html>`)}}

// run runs the command line and returns its exit status, stdout and stderr.
func run(t *testing.T, env cli.Env, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env.Stdout, env.Stderr, env.Assets, env.Now = &out, &errOut, assets, storetest.Clock
	if env.OpenWindow == nil {
		env.OpenWindow = func(*app.Services, string, *slog.Logger) error { return errors.New("no window in tests") }
	}
	code := cli.Main(args, env)
	return code, out.String(), errOut.String()
}

// oneLine fails unless s is exactly one line.
func oneLine(t *testing.T, s string) {
	t.Helper()
	if strings.Count(s, "\n") != 1 || !strings.HasSuffix(s, "\n") {
		t.Fatalf("stderr is not one line: %q", s)
	}
}

func TestVersion(t *testing.T) {
	code, out, errOut := run(t, cli.Env{}, "version")
	if code != 0 || errOut != "" {
		t.Fatalf("version: %d %q", code, errOut)
	}
	for _, want := range []string{"TiếpDân ", "mã nguồn: ", "ngày dựng: ", "Go: go1.", "SQLite: 3."} {
		if !strings.Contains(out, want) {
			t.Errorf("version output lacks %q:\n%s", want, out)
		}
	}
}

func TestHelpIsVietnamese(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}} {
		code, out, _ := run(t, cli.Env{}, args...)
		if code != 0 || !strings.Contains(out, "Cách dùng:") || !strings.Contains(out, "tiepdan serve [--addr 127.0.0.1:8765]") ||
			!strings.Contains(out, "Thư mục dữ liệu mặc định") {
			t.Fatalf("%v: %d\n%s", args, code, out)
		}
	}
}

func TestMistakesGiveOneVietnameseLine(t *testing.T) {
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"bogus"}, 2, "không có lệnh «bogus»"},
		{[]string{"version", "--port", "3"}, 2, "không có tùy chọn -port"},
		{[]string{"serve", "--addr"}, 2, "tùy chọn -addr cần một giá trị"},
		{[]string{"version", "extra"}, 2, "thừa tham số «extra»"},
	}
	for _, c := range cases {
		code, _, errOut := run(t, cli.Env{}, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) || !strings.HasPrefix(errOut, "tiepdan: ") {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
		oneLine(t, errOut)
	}
}

func TestServeRefusesNonLoopbackWithoutLAN(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	for _, addr := range []string{"0.0.0.0:8765", ":8765", "192.168.1.5:8765"} {
		code, out, errOut := run(t, cli.Env{}, "serve", "--addr", addr, "--data", data)
		if code == 0 || out != "" || !strings.Contains(errOut, "Từ chối phục vụ") || !strings.Contains(errOut, "--lan") {
			t.Fatalf("serve --addr %s: exit %d, stdout %q, stderr %q", addr, code, out, errOut)
		}
		oneLine(t, errOut)
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Fatalf("a refused serve touched the data folder: %v", err)
	}
}

func TestServeAnswersAndStops(t *testing.T) {
	data := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		var errOut bytes.Buffer
		done <- cli.Main([]string{"serve", "--addr", "127.0.0.1:0", "--data", data}, cli.Env{
			Stdout: pw, Stderr: &errOut, Assets: assets, Now: storetest.Clock, Context: ctx,
		})
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	start := strings.Index(line, "http://")
	url := strings.Fields(line[start:])[0]
	req, _ := http.NewRequest(http.MethodPost, url+"__tiepdan/call/app.System.Info", strings.NewReader("[]"))
	req.Header.Set("X-TiepDan-Call", "1")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"configured":false`) {
		t.Fatalf("Info over HTTP: %s", body)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exit %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeOnADamagedDatabaseSaysSo(t *testing.T) {
	data := t.TempDir()
	if err := os.WriteFile(filepath.Join(data, store.FileName), bytes.Repeat([]byte("hỏng "), 2000), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, cli.Env{}, "serve", "--addr", "127.0.0.1:0", "--data", data)
	if code != 1 || !strings.Contains(errOut, "bị hỏng") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	oneLine(t, errOut)
}

func TestWindowOnADamagedDatabaseShowsWhy(t *testing.T) {
	data := t.TempDir()
	if err := os.WriteFile(filepath.Join(data, store.FileName), bytes.Repeat([]byte("hỏng "), 2000), 0o600); err != nil {
		t.Fatal(err)
	}
	var infoErr error
	code, _, _ := run(t, cli.Env{OpenWindow: func(s *app.Services, dir string, _ *slog.Logger) error {
		_, infoErr = s.System.Info()
		return nil
	}}, "--data", data)
	if code != 0 || domain.KindOf(infoErr) != domain.Unavailable || !strings.Contains(infoErr.Error(), "sao lưu") {
		t.Fatalf("exit %d; the window would show %v", code, infoErr)
	}
}

func TestUnexpectedErrorsAreLoggedInTheDataFolder(t *testing.T) {
	data := t.TempDir()
	var shown app.ErrorPayload
	code, _, _ := run(t, cli.Env{OpenWindow: func(s *app.Services, dir string, log *slog.Logger) error {
		shown = app.Present(log, errors.New("ổ đĩa đầy: write tiepdan.db-wal"))
		return nil
	}}, "--data", data)
	if code != 0 || !strings.HasPrefix(shown.Message, "Lỗi hệ thống") {
		t.Fatalf("exit %d, shown %+v", code, shown)
	}
	logged, err := os.ReadFile(filepath.Join(data, "logs", app.LogFileName))
	if err != nil || !strings.Contains(string(logged), "ổ đĩa đầy: write tiepdan.db-wal") {
		t.Fatalf("log file: %v %q", err, logged)
	}
}

func TestWindowGetsTheDataFolder(t *testing.T) {
	data := t.TempDir()
	var got string
	code, _, _ := run(t, cli.Env{OpenWindow: func(s *app.Services, dir string, _ *slog.Logger) error {
		got = dir
		info, err := s.System.Info()
		if err != nil || info.Configured || info.DataDir != dir {
			t.Errorf("Info in the window: %+v %v", info, err)
		}
		return nil
	}}, "--data", data)
	abs, _ := filepath.Abs(data)
	if code != 0 || got != abs {
		t.Fatalf("exit %d, window folder %q, want %q", code, got, abs)
	}
	if _, err := os.Stat(filepath.Join(data, store.FileName)); err != nil {
		t.Fatalf("database not created: %v", err)
	}
}
