package store

import (
	"slices"
	"testing"
	"time"
)

// rotAt is a local time on day d of November 2026 (Friday 27/11/2026 is "today"
// in these tests) at hh:mm; d may run below 1 into earlier months.
func rotAt(d, hh, mm int) time.Time { return time.Date(2026, 11, d, hh, mm, 0, 0, time.Local) }

// rotOn is 09:00 on day d of month m of 2026.
func rotOn(m time.Month, d int) time.Time { return time.Date(2026, m, d, 9, 0, 0, 0, time.Local) }

// rotNames returns the backups' names, sorted.
func rotNames(files []BackupFile) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Name)
	}
	slices.Sort(out)
	return out
}

// rotSet builds a backup set from (time, kind) pairs.
func rotSet(entries ...any) []BackupFile {
	var out []BackupFile
	for i := 0; i < len(entries); i += 2 {
		t, k := entries[i].(time.Time), entries[i+1].(BackupKind)
		f, _ := parseBackupName(backupName(t, k, 1))
		f.Path = "/b/" + f.Name
		out = append(out, f)
	}
	return out
}

// rotDaily is one daily backup at 08:00 of each day from first to last.
func rotDaily(first, last time.Time) []BackupFile {
	var out []BackupFile
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		out = append(out, rotSet(time.Date(d.Year(), d.Month(), d.Day(), 8, 0, 0, 0, time.Local), BackupDaily)...)
	}
	return out
}

func TestRotation(t *testing.T) {
	today := rotAt(27, 16, 30)
	cases := []struct {
		name string
		set  []BackupFile
		// keep lists the times of the backups kept; every other backup of
		// the set must be removed.
		keep []time.Time
	}{
		{name: "empty set", set: nil, keep: nil},
		{
			name: "manual, before-restore and before-migration are never removed",
			set: rotSet(rotAt(27-100, 9, 0), BackupManual, rotAt(27-200, 9, 0), BackupBeforeRestore,
				rotAt(27-300, 9, 0), BackupBeforeMigration, rotAt(27-400, 9, 0), BackupManual),
			keep: []time.Time{rotAt(27-100, 9, 0), rotAt(27-200, 9, 0), rotAt(27-300, 9, 0), rotAt(27-400, 9, 0)},
		},
		{
			name: "every backup of today is kept",
			set:  rotSet(rotAt(27, 8, 0), BackupDaily, rotAt(27, 11, 0), BackupClose, rotAt(27, 12, 0), BackupClose, rotAt(27, 16, 0), BackupClose),
			keep: []time.Time{rotAt(27, 8, 0), rotAt(27, 11, 0), rotAt(27, 12, 0), rotAt(27, 16, 0)},
		},
		{
			// Mon 16/11 – Sun 22/11 is ISO week 47, Mon 23/11 – Sun 29/11 week 48.
			name: "ten days: the last 7 days, the first of each week and of the month",
			set:  rotDaily(rotAt(18, 0, 0), rotAt(27, 0, 0)),
			keep: []time.Time{
				rotAt(18, 8, 0), // first of week 47 and of November
				rotAt(21, 8, 0), rotAt(22, 8, 0), rotAt(23, 8, 0), rotAt(24, 8, 0), rotAt(25, 8, 0), rotAt(26, 8, 0), rotAt(27, 8, 0),
			},
		},
		{
			name: "several a day: the last of a past day; the first of the week stays",
			set: rotSet(rotAt(25, 8, 0), BackupDaily, rotAt(25, 17, 0), BackupClose,
				rotAt(26, 8, 0), BackupDaily, rotAt(26, 12, 0), BackupClose, rotAt(26, 17, 0), BackupClose,
				rotAt(27, 8, 0), BackupDaily, rotAt(27, 12, 0), BackupClose),
			keep: []time.Time{
				rotAt(25, 8, 0), // first of week 48 and of November
				rotAt(25, 17, 0), rotAt(26, 17, 0), rotAt(27, 8, 0), rotAt(27, 12, 0),
			},
		},
		{
			// Weeks: 21/9 is in week 39, 5/10 in 41, 12/10 in 42, 19/10 in 43,
			// 1/11 (a Sunday) in 44, 3–7/11 in 45, 9–15/11 in 46.
			name: "after gaps: the 7 most recent days, weeks and months that have a backup",
			set: rotSet(rotOn(9, 21), BackupDaily, rotOn(10, 5), BackupDaily, rotOn(10, 12), BackupDaily, rotOn(10, 19), BackupDaily,
				rotOn(11, 1), BackupDaily, rotOn(11, 3), BackupDaily, rotOn(11, 5), BackupDaily, rotOn(11, 7), BackupDaily,
				rotOn(11, 9), BackupDaily, rotOn(11, 11), BackupDaily, rotOn(11, 13), BackupDaily, rotOn(11, 15), BackupDaily),
			keep: []time.Time{
				rotOn(11, 3), rotOn(11, 5), rotOn(11, 7), rotOn(11, 9), rotOn(11, 11), rotOn(11, 13), rotOn(11, 15), // daily
				rotOn(11, 1), rotOn(10, 19), // weekly (with 3/11 and 9/11): weeks 43–46
				rotOn(10, 5), rotOn(9, 21), // monthly (with 1/11)
			},
		},
		{
			name: "400 days: 7 daily, 4 weekly, 12 monthly",
			set:  rotDaily(rotAt(27-399, 0, 0), rotAt(27, 0, 0)),
			keep: []time.Time{
				// daily
				rotAt(21, 8, 0), rotAt(22, 8, 0), rotAt(23, 8, 0), rotAt(24, 8, 0), rotAt(25, 8, 0), rotAt(26, 8, 0), rotAt(27, 8, 0),
				// weekly: Mondays of weeks 45–48 (23/11 is already daily)
				rotAt(2, 8, 0), rotAt(9, 8, 0), rotAt(16, 8, 0),
				// monthly: the 1st of December 2025 … November 2026
				time.Date(2025, 12, 1, 8, 0, 0, 0, time.Local), time.Date(2026, 1, 1, 8, 0, 0, 0, time.Local),
				time.Date(2026, 2, 1, 8, 0, 0, 0, time.Local), time.Date(2026, 3, 1, 8, 0, 0, 0, time.Local),
				time.Date(2026, 4, 1, 8, 0, 0, 0, time.Local), time.Date(2026, 5, 1, 8, 0, 0, 0, time.Local),
				time.Date(2026, 6, 1, 8, 0, 0, 0, time.Local), time.Date(2026, 7, 1, 8, 0, 0, 0, time.Local),
				time.Date(2026, 8, 1, 8, 0, 0, 0, time.Local), time.Date(2026, 9, 1, 8, 0, 0, 0, time.Local),
				time.Date(2026, 10, 1, 8, 0, 0, 0, time.Local), rotAt(1, 8, 0),
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			removed := map[string]bool{}
			for _, f := range rotation(c.set, today) {
				removed[f.Name] = true
			}
			var kept []BackupFile
			for _, f := range c.set {
				if !removed[f.Name] {
					kept = append(kept, f)
				}
			}
			var want []string
			for _, w := range c.keep {
				for _, f := range c.set {
					if f.Time.Equal(w) {
						want = append(want, f.Name)
					}
				}
			}
			slices.Sort(want)
			if got := rotNames(kept); !slices.Equal(got, want) {
				t.Errorf("kept:\n  %v\nwant:\n  %v", got, want)
			}
		})
	}
}

func TestRotationIsStableForTheSameDay(t *testing.T) {
	// Rotating twice removes nothing more the second time.
	s := rotDaily(rotAt(27-60, 0, 0), rotAt(27, 0, 0))
	today := rotAt(27, 18, 0)
	removed := map[string]bool{}
	for _, f := range rotation(s, today) {
		removed[f.Name] = true
	}
	var rest []BackupFile
	for _, f := range s {
		if !removed[f.Name] {
			rest = append(rest, f)
		}
	}
	if again := rotation(rest, today); len(again) != 0 {
		t.Fatalf("second rotation removed %v", rotNames(again))
	}
}

func TestBackupNames(t *testing.T) {
	tm := time.Date(2026, 11, 27, 9, 30, 15, 0, time.Local)
	cases := []struct {
		name string
		kind BackupKind
		ok   bool
	}{
		{backupName(tm, BackupDaily, 1), BackupDaily, true},
		{backupName(tm, BackupBeforeRestore, 3), BackupBeforeRestore, true},
		{backupName(tm, BackupBeforeMigration, 1), BackupBeforeMigration, true},
		{"tiepdan-2026-11-27T093015-weekly.db", "", false}, // not a kind
		{"tiepdan-2026-11-27T0930-daily.db", "", false},
		{"tiepdan-2026-13-27T093015-daily.db", "", false},
		{"tiepdan-2026-11-27T093015-daily.db-wal", "", false},
		{".tiepdan-2026-11-27T093015-daily.db.123.tmp", "", false},
		{"tiepdan.db", "", false},
	}
	if got := backupName(tm, BackupDaily, 1); got != "tiepdan-2026-11-27T093015-daily.db" {
		t.Fatalf("name = %q", got)
	}
	if got := backupName(tm, BackupManual, 2); got != "tiepdan-2026-11-27T093015-manual-2.db" {
		t.Fatalf("second name = %q", got)
	}
	for _, c := range cases {
		got, ok := parseBackupName(c.name)
		if ok != c.ok || got.Kind != c.kind || (ok && !got.Time.Equal(tm)) {
			t.Errorf("parse %q = %+v %v; want %q %v", c.name, got, ok, c.kind, c.ok)
		}
	}
}
