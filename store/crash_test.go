package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"tiepdan/app/domain"
)

// The crash tests start this test binary again as a child process that writes
// to a store, kill it with SIGKILL (no chance to clean up, like a power cut of
// the process), reopen the database and check that each transaction is there
// whole or not at all.

const (
	crashEnvDir  = "TIEPDAN_CRASH_DIR"
	crashEnvMode = "TIEPDAN_CRASH_MODE"
	// bulkPerSave audit rows are written beside each unit save, to make the
	// transaction wide enough to be cut in the middle.
	bulkPerSave = 300
)

func crashUnit(rev int64) domain.Unit {
	return domain.Unit{
		Name: "Ủy ban nhân dân phường Hà Huy Tập", SuperiorAgency: "Ủy ban nhân dân tỉnh Hà Tĩnh",
		DocSymbol: "UBND", PlaceName: "Hà Tĩnh", ChairmanName: "Nguyễn Văn Dũng", ChairmanTitle: "Chủ tịch",
		ReceptionPlace: "Trụ sở", PeriodicDays: []int{4}, ReportRecipient: "Thanh tra tỉnh Hà Tĩnh",
		Revision: rev,
	}
}

// saveWithBulk saves the unit and bulkPerSave extra audit rows in one transaction;
// hold, when not nil, is called before the commit.
func saveWithBulk(ctx context.Context, s *Store, rev int64, hold func()) error {
	return s.write(ctx, func(t *tx) error {
		u := crashUnit(rev)
		if err := t.saveUnit(ctx, "crash-test", &u); err != nil {
			return err
		}
		for i := range bulkPerSave {
			if err := t.audit(ctx, "crash-test", "bulk", "bulk", strconv.Itoa(i), nil, map[string]int64{"rev": u.Revision}); err != nil {
				return err
			}
		}
		if hold != nil {
			hold()
		}
		return nil
	})
}

// TestCrashChild is the child's body; it does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashEnvDir)
	if dir == "" {
		t.Skip("only runs as the child of a crash test")
	}
	ctx := context.Background()
	s, err := Open(dir, nil)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	switch os.Getenv(crashEnvMode) {
	case "hold":
		// One committed save, then a second one that stops before its commit.
		if err := saveWithBulk(ctx, s, 0, nil); err != nil {
			fmt.Println("save:", err)
			os.Exit(3)
		}
		_ = saveWithBulk(ctx, s, 1, func() {
			fmt.Println("in-transaction")
			time.Sleep(time.Hour)
		})
	case "loop":
		for rev := int64(0); ; rev++ {
			if err := saveWithBulk(ctx, s, rev, nil); err != nil {
				fmt.Println("save:", err)
				os.Exit(3)
			}
			if rev == 0 {
				fmt.Println("writing")
			}
		}
	}
}

// startCrashChild starts the child in mode, waits for its first line of
// output, and returns the running command.
func startCrashChild(t *testing.T, dir, mode, wantLine string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnvDir+"="+dir, crashEnvMode+"="+mode)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != wantLine+"\n" {
		cmd.Process.Kill()
		t.Fatalf("child said %q (%v), want %q", line, err, wantLine)
	}
	return cmd
}

// kill kills the child with SIGKILL and reaps it.
func kill(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
}

// countsAfterCrash reopens the store (which runs the integrity check), runs
// the full check with the audit chain, and returns the unit's revision and
// the audit counts.
func countsAfterCrash(t *testing.T, dir string) (revision, unitAudits, bulkAudits int64) {
	t.Helper()
	s, err := Open(dir, nil)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	ctx := context.Background()
	if report, err := s.Check(ctx); err != nil || !report.OK() {
		t.Fatalf("check after kill: %v %q", err, report.Problems())
	}
	if u, err := s.Unit(ctx); err == nil {
		revision = u.Revision
	} else if domain.KindOf(err) != domain.NotFound {
		t.Fatal(err)
	}
	q := `SELECT COUNT(*) FROM audit_log WHERE entity = ?`
	if err := s.db.QueryRow(q, "unit").Scan(&unitAudits); err != nil {
		t.Fatal(err)
	}
	if err := s.db.QueryRow(q, "bulk").Scan(&bulkAudits); err != nil {
		t.Fatal(err)
	}
	return revision, unitAudits, bulkAudits
}

func TestKilledInsideTransactionKeepsNoneOfIt(t *testing.T) {
	dir := t.TempDir()
	cmd := startCrashChild(t, dir, "hold", "in-transaction")
	kill(t, cmd)
	rev, unitAudits, bulk := countsAfterCrash(t, dir)
	if rev != 1 || unitAudits != 1 || bulk != bulkPerSave {
		t.Fatalf("after a kill inside the second save: revision %d, unit audits %d, bulk rows %d; want 1, 1, %d",
			rev, unitAudits, bulk, bulkPerSave)
	}
}

func TestKilledWhileWritingKeepsWholeTransactions(t *testing.T) {
	for round := range 3 {
		t.Run(strconv.Itoa(round), func(t *testing.T) {
			dir := t.TempDir()
			cmd := startCrashChild(t, dir, "loop", "writing")
			// Different moments in each round; the child commits many times a second.
			time.Sleep(time.Duration(150+120*round) * time.Millisecond)
			kill(t, cmd)
			rev, unitAudits, bulk := countsAfterCrash(t, dir)
			if rev < 1 {
				t.Fatalf("no save survived (revision %d)", rev)
			}
			if unitAudits != rev || bulk != rev*bulkPerSave {
				t.Fatalf("partial transaction: revision %d, unit audits %d, bulk rows %d (want %d, %d)",
					rev, unitAudits, bulk, rev, rev*bulkPerSave)
			}
		})
	}
}
