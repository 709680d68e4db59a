package cli_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tiepdan/app/cli"
	"tiepdan/app/secure"
)

func TestDemoFillsAnEmptyFolderOnce(t *testing.T) {
	saved := *cli.DemoPasswordCost
	*cli.DemoPasswordCost = secure.TestCost
	t.Cleanup(func() { *cli.DemoPasswordCost = saved })
	data := filepath.Join(t.TempDir(), "mau")

	start := time.Now()
	code, out, errOut := run(t, cli.Env{}, "demo", "--visits", "120", "--seed", "3", "--data", data)
	t.Logf("tiepdan demo --visits 120 took %v", time.Since(start).Round(time.Millisecond))
	if code != 0 || errOut != "" {
		t.Fatalf("demo: exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"Đã tạo dữ liệu mẫu trong " + data, "Ủy ban nhân dân phường Hà Huy Tập", "Thứ Năm",
		"Lượt tiếp: 120,", "Tố cáo (danh tính người tố cáo được mã hóa)", "Đoàn đông người:", "Tiếp nhiều lần:",
		"«Demo@2026»", "quantri", "chutich", "canbo", "congan", "Cán bộ tiếp dân"} {
		if !strings.Contains(out, want) {
			t.Errorf("the summary lacks %q:\n%s", want, out)
		}
	}
	t.Log("\n" + out)

	// The data passes the integrity check, audit chain included.
	if code, out, errOut := run(t, cli.Env{}, "check", "--data", data); code != 0 {
		t.Fatalf("check after demo: exit %d\n%s%s", code, out, errOut)
	}

	// A second run finds accounts and refuses, in one line.
	code, out, errOut = run(t, cli.Env{}, "demo", "--data", data)
	if code != 1 || out != "" || !strings.Contains(errOut, "dữ liệu mẫu chỉ được tạo trong một thư mục dữ liệu trống") {
		t.Fatalf("second demo: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	oneLine(t, errOut)
}

func TestDemoOptionMistakes(t *testing.T) {
	data := filepath.Join(t.TempDir(), "mau")
	for _, args := range [][]string{{"--visits", "0"}, {"--visits", "100001"}, {"--visits", "nhiều"}, {"--seed", "-1"}, {"thừa"}} {
		code, out, errOut := run(t, cli.Env{}, append([]string{"demo", "--data", data}, args...)...)
		if code != 2 || out != "" || !strings.HasPrefix(errOut, "tiepdan: ") {
			t.Errorf("demo %v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
			continue
		}
		oneLine(t, errOut)
	}
}
