package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"tiepdan/app/domain"
)

// The kill test (issue 7, crash safety) runs the store in a child process —
// this test binary again — that saves records through the store's API one
// after another and prints each one on stdout only after its save returned
// nil. The parent kills the child with SIGKILL at a random moment, reopens
// the data folder, and checks that every acknowledged record is there, that
// at most the one save in flight when the child died is there without an
// acknowledgement, that each save is whole (its audit entry with it), and
// that the full integrity check passes. The same folder goes through every
// trial, so later trials also kill during the recovery of earlier ones.
//
// TIEPDAN_KILL_SEED=N repeats a run's random moments.

const (
	killEnvDir  = "TIEPDAN_KILL_DIR"
	killEnvSeed = "TIEPDAN_KILL_SEED"
)

// killDate is the date of the n-th calendar edit of the kill test: one
// new date per edit, from 01/01/2000.
func killDate(n int) string {
	return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n).Format(time.DateOnly)
}

// TestKillChild is the child's body; it does nothing in a normal run.
func TestKillChild(t *testing.T) {
	dir := os.Getenv(killEnvDir)
	if dir == "" {
		t.Skip("only runs as the child of TestKillAtRandomMoments")
	}
	ctx := context.Background()
	fail := func(what string, err error) {
		fmt.Printf("error %s: %v\n", what, err)
		os.Exit(3)
	}
	s, err := Open(dir, nil)
	if err != nil {
		fail("open", err)
	}
	// Go on from what the folder holds.
	var rev int64
	if u, err := s.Unit(ctx); err == nil {
		rev = u.Revision
	} else if domain.KindOf(err) != domain.NotFound {
		fail("unit", err)
	}
	edits, err := s.CalendarOverrides(ctx, 0)
	if err != nil {
		fail("overrides", err)
	}
	// os.Stdout is not buffered: each line is one write(2) of the pipe,
	// done before the next save starts.
	fmt.Println("ready")
	for n := len(edits); ; n++ {
		u := crashUnit(rev)
		u.ChairmanName = fmt.Sprintf("Người ký lần %d", rev+1)
		saved, err := s.SaveUnit(ctx, "kill-test", u)
		if err != nil {
			fail("unit", err)
		}
		rev = saved.Revision
		fmt.Printf("unit %d\n", rev)
		o := domain.CalendarOverride{Date: killDate(n), Kind: domain.OverrideOff, Reason: "Lần ghi " + strconv.Itoa(n)}
		if _, err := s.SaveCalendarOverride(ctx, "kill-test", o); err != nil {
			fail("override", err)
		}
		fmt.Printf("override %s %s\n", o.Date, o.Reason)
	}
}

// killed is what one child acknowledged before it was killed.
type killed struct {
	ready     bool
	revision  int64             // the last unit revision acknowledged
	overrides map[string]string // date → reason of the calendar edits acknowledged
}

// runAndKill starts a child on dir, kills it at a moment chosen by rng, and
// returns what it acknowledged.
func runAndKill(t *testing.T, dir string, rng *rand.Rand) killed {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), killEnvDir+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 4096)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	got := killed{overrides: map[string]string{}}
	take := func(line string) {
		f := strings.SplitN(line, " ", 3)
		switch {
		case line == "ready":
			got.ready = true
		case f[0] == "unit" && len(f) == 2:
			rev, err := strconv.ParseInt(f[1], 10, 64)
			if err != nil {
				t.Fatalf("child said %q", line)
			}
			got.revision = rev
		case f[0] == "override" && len(f) == 3:
			got.overrides[f[1]] = f[2]
		case f[0] == "error":
			t.Fatalf("child failed: %s", line)
		}
	}
	// A third of the kills come at a random moment from the start (while the
	// child opens the folder: recovery, integrity check); the rest at a
	// random moment of the writing.
	if rng.IntN(3) == 0 {
		time.Sleep(time.Duration(rng.IntN(60)) * time.Millisecond)
	} else {
		timeout := time.After(30 * time.Second)
		for !got.ready {
			select {
			case line, ok := <-lines:
				if !ok {
					t.Fatal("child ended before it was ready")
				}
				take(line)
			case <-timeout:
				cmd.Process.Kill()
				t.Fatal("child not ready after 30 s")
			}
		}
		time.Sleep(time.Duration(rng.IntN(150)) * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	// Every line written before the kill is still in the pipe: read them
	// all (to EOF) before Wait closes it.
	for line := range lines {
		take(line)
	}
	_ = cmd.Wait()
	return got
}

func TestKillAtRandomMoments(t *testing.T) {
	trials := 100
	if testing.Short() {
		trials = 10
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv(killEnvSeed); s != "" {
		var err error
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%s=%d", killEnvSeed, seed)
	rng := rand.New(rand.NewPCG(seed, seed))
	dir := t.TempDir()
	ctx := context.Background()

	// What the folder held after the previous trial.
	var revision int64
	overrides := map[string]string{}
	writes := 0
	for trial := range trials {
		got := runAndKill(t, dir, rng)
		s, err := Open(dir, nil)
		if err != nil {
			t.Fatalf("trial %d: reopen after the kill: %v", trial, err)
		}
		MustBeSound(t, s)

		// The unit: every acknowledged revision, and whole saves only.
		var rev int64
		if u, err := s.Unit(ctx); err == nil {
			rev = u.Revision
		} else if domain.KindOf(err) != domain.NotFound {
			t.Fatal(err)
		}
		acked := max(revision, got.revision)
		if rev < acked {
			t.Fatalf("trial %d: unit at revision %d, but revision %d was acknowledged", trial, rev, acked)
		}
		extra := int(rev - acked)

		// The calendar edits: every acknowledged one, as acknowledged.
		edits, err := s.CalendarOverrides(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		now := map[string]string{}
		for _, o := range edits {
			now[o.Date] = o.Reason
		}
		for date, reason := range got.overrides {
			if now[date] != reason {
				t.Fatalf("trial %d: acknowledged edit of %s (%q) is %q after the kill", trial, date, reason, now[date])
			}
		}
		for date, reason := range overrides {
			if now[date] != reason {
				t.Fatalf("trial %d: edit of %s from an earlier trial is %q, was %q", trial, date, now[date], reason)
			}
		}
		for date := range now {
			if _, ok := got.overrides[date]; !ok && overrides[date] == "" {
				extra++ // committed, killed before it was acknowledged
			}
		}
		// Only the save in flight when the child died may be there
		// unacknowledged.
		if extra > 1 {
			t.Fatalf("trial %d: %d saves present that were never acknowledged, want at most 1", trial, extra)
		}
		// Each save wrote its audit entry in the same transaction.
		var unitAudits, editAudits int
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM audit_log WHERE entity = 'unit'`).Scan(&unitAudits); err != nil {
			t.Fatal(err)
		}
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM audit_log WHERE entity = ?`, auditCalendarOverride).Scan(&editAudits); err != nil {
			t.Fatal(err)
		}
		if int64(unitAudits) != rev || editAudits != len(now) {
			t.Fatalf("trial %d: %d unit saves with %d audit entries, %d edits with %d", trial, rev, unitAudits, len(now), editAudits)
		}
		s.Close()
		writes += int(rev-revision) + len(now) - len(overrides)
		revision, overrides = rev, now
	}
	t.Logf("%d kills, %d saves in all", trials, writes)
	if writes == 0 {
		t.Fatal("no save was ever made: the kills came too early to test anything")
	}
}
