package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"tiepdan/app/domain"
	"tiepdan/store"
	"tiepdan/store/storetest"
)

// fillAudit saves, rounds times, every kind of change the store audits (the
// unit's settings, a calendar edit created, changed and deleted, an optional
// holiday switched on and off) and returns the number of audit rows written.
func fillAudit(t *testing.T, s *store.Store, rounds int) int64 {
	t.Helper()
	ctx := context.Background()
	u := sampleUnit()
	n := int64(0)
	for i := range rounds {
		u.ChairmanName = fmt.Sprintf("Chủ tịch lần %d", i+1)
		saved, err := s.SaveUnit(ctx, "can-bo-1", u)
		if err != nil {
			t.Fatal(err)
		}
		u = *saved
		date := fmt.Sprintf("2026-12-%02d", i+1)
		for _, reason := range []string{"Nghỉ bù theo Quyết định số 12/QĐ-UBND", "Nghỉ bù 50% & làm bù <thứ Bảy>"} {
			if _, err := s.SaveCalendarOverride(ctx, "quan-tri", domain.CalendarOverride{Date: date, Kind: domain.OverrideOff, Reason: reason}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.DeleteCalendarOverride(ctx, "quan-tri", date); err != nil {
			t.Fatal(err)
		}
		for _, on := range []bool{true, false} {
			if err := s.SetHolidaySwitch(ctx, "quan-tri", 2026+i, "ngay-van-hoa", on); err != nil {
				t.Fatal(err)
			}
		}
		n += 6
	}
	return n
}

// attacker opens the database file with a second, plain SQLite connection,
// as someone with a SQLite client would, and drops the append-only triggers.
func attacker(t *testing.T, s *store.Store) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, q := range []string{`DROP TRIGGER audit_log_no_update`, `DROP TRIGGER audit_log_no_delete`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return db
}

func TestAuditChainIntactAfterManySaves(t *testing.T) {
	for _, rounds := range []int{0, 1, 25} {
		t.Run(fmt.Sprint(rounds), func(t *testing.T) {
			s := storetest.Open(t)
			ctx := context.Background()
			n := fillAudit(t, s, rounds)
			brk, err := s.VerifyAudit(ctx)
			if err != nil || brk != nil {
				t.Fatalf("VerifyAudit after %d saves = %+v, %v; want intact", n, brk, err)
			}
			report, err := s.Check(ctx)
			if err != nil || !report.OK() || report.AuditRows != n {
				t.Fatalf("Check = %+v, %v; want OK with %d audit rows", report, err, n)
			}
			if n > 0 && len(report.AuditHead) != 64 {
				t.Fatalf("audit head %q, want a hex SHA-256", report.AuditHead)
			}
			// Each row links to the one before it.
			var all []store.AuditEntry
			for _, e := range []string{"unit", "calendar_override", "optional_holiday"} {
				all = append(all, store.AuditLog(t, s, e)...)
			}
			prev := map[int64]string{}
			for _, e := range all {
				prev[e.ID] = e.PrevHash
			}
			for _, e := range all {
				if next, ok := prev[e.ID+1]; ok && next != e.Hash {
					t.Fatalf("row %d's hash is not row %d's prev_hash", e.ID, e.ID+1)
				}
			}
		})
	}
}

func TestAuditTamperingIsFound(t *testing.T) {
	cases := []struct {
		name string
		// tamper changes the log (n rows) with the attacker's connection and
		// returns the row VerifyAudit must name.
		tamper func(t *testing.T, db *sql.DB, n int64) int64
		reason string
	}{
		{"actor changed", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `UPDATE audit_log SET actor = 'nguoi-khac' WHERE id = 7`)
			return 7
		}, "không khớp mã kiểm tra"},
		{"time changed", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `UPDATE audit_log SET at = '2026-11-26T17:00:00+07:00' WHERE id = 12`)
			return 12
		}, "không khớp mã kiểm tra"},
		{"old value changed", func(t *testing.T, db *sql.DB, n int64) int64 {
			id := pick(t, db, `SELECT MIN(id) FROM audit_log WHERE action = 'update' AND entity = 'calendar_override' AND id > 20`)
			mustExec(t, db, `UPDATE audit_log SET old = json_set(old, '$.reason', 'Không có') WHERE id = ?`, id)
			return id
		}, "không khớp mã kiểm tra"},
		{"new value changed", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `UPDATE audit_log SET new = json_set(new, '$.chairmanName', 'Người khác') WHERE id = 1`)
			return 1
		}, "không khớp mã kiểm tra"},
		{"action changed", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `UPDATE audit_log SET action = 'update' WHERE id = ?`, n)
			return n
		}, "không khớp mã kiểm tra"},
		{"prev_hash changed", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `UPDATE audit_log SET prev_hash = hash WHERE id = 30`)
			return 30
		}, "không nối được với dòng số 29"},
		{"row changed and its hash recomputed", func(t *testing.T, db *sql.DB, n int64) int64 {
			var at, actor, action, entity, entityID, prev string
			var old, new sql.NullString
			err := db.QueryRow(`SELECT at, actor, action, entity, entity_id, old, new, prev_hash FROM audit_log WHERE id = 9`).
				Scan(&at, &actor, &action, &entity, &entityID, &old, &new, &prev)
			if err != nil {
				t.Fatal(err)
			}
			actor = "nguoi-khac"
			mustExec(t, db, `UPDATE audit_log SET actor = ?, hash = ? WHERE id = 9`,
				actor, store.AuditHash(9, at, actor, action, entity, entityID, old, new, prev))
			return 10
		}, "dòng số 9 trước nó"},
		{"first row deleted", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `DELETE FROM audit_log WHERE id = 1`)
			return 1
		}, "dòng số 1 đã bị xóa"},
		{"middle rows deleted", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `DELETE FROM audit_log WHERE id BETWEEN 15 AND 17`)
			return 15
		}, "các dòng số 15 đến 17 đã bị xóa"},
		{"last row deleted", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `DELETE FROM audit_log WHERE id = ?`, n)
			return n
		}, "đã bị xóa ở cuối nhật ký"},
		{"row forged at the end", func(t *testing.T, db *sql.DB, n int64) int64 {
			mustExec(t, db, `INSERT INTO audit_log (at, actor, action, entity, entity_id, old, new, prev_hash, hash)
				SELECT at, 'nguoi-khac', 'delete', 'unit', '1', new, NULL, hash, hash FROM audit_log WHERE id = ?`, n)
			return n + 1
		}, "không khớp mã kiểm tra"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := storetest.Open(t)
			ctx := context.Background()
			n := fillAudit(t, s, 6)
			want := c.tamper(t, attacker(t, s), n)
			brk, err := s.VerifyAudit(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if brk == nil || brk.ID != want || !strings.Contains(brk.Reason, c.reason) {
				t.Fatalf("VerifyAudit = %+v; want row %d, reason with %q", brk, want, c.reason)
			}
			wantLine := fmt.Sprintf("nhật ký thao tác bị sửa tại dòng số %d (", want)
			report, err := s.Check(ctx)
			if err != nil || report.OK() || len(report.Problems()) != 1 || !strings.HasPrefix(report.Problems()[0], wantLine) {
				t.Fatalf("Check = %q, %v; want one problem starting %q", report.Problems(), err, wantLine)
			}
		})
	}
}

func TestAuditWriteAfterDeletedLastRowsKeepsTheGap(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	n := fillAudit(t, s, 2)
	mustExec(t, attacker(t, s), `DELETE FROM audit_log WHERE id > ?`, n-2)
	// The app keeps working and its next row does not reuse the ids.
	if _, err := s.SaveCalendarOverride(ctx, "quan-tri", domain.CalendarOverride{Date: "2027-01-04", Kind: domain.OverrideOff, Reason: "Nghỉ bù"}); err != nil {
		t.Fatal(err)
	}
	brk, err := s.VerifyAudit(ctx)
	if err != nil || brk == nil || brk.ID != n-1 || !strings.Contains(brk.Reason, fmt.Sprintf("các dòng số %d đến %d đã bị xóa", n-1, n)) {
		t.Fatalf("VerifyAudit = %+v, %v; want the deleted rows %d–%d", brk, err, n-1, n)
	}
}

func TestAuditLogRefusesUpdateAndDelete(t *testing.T) {
	cases := []struct{ name, query, want string }{
		{"update one field", `UPDATE audit_log SET actor = 'nguoi-khac' WHERE id = 2`, "không được sửa"},
		{"update every row", `UPDATE audit_log SET new = NULL`, "không được sửa"},
		{"delete one row", `DELETE FROM audit_log WHERE id = 3`, "không được xóa"},
		{"delete every row", `DELETE FROM audit_log`, "không được xóa"},
		{"replace a row", `INSERT OR REPLACE INTO audit_log (id, at, actor, action, entity, entity_id, old, new, prev_hash, hash)
			SELECT id, at, 'nguoi-khac', action, entity, entity_id, old, new, prev_hash, hash FROM audit_log WHERE id = 4`, "không được ghi đè"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := storetest.Open(t)
			ctx := context.Background()
			n := fillAudit(t, s, 1)
			// Through the app's own connection…
			if err := store.Exec(s, c.query); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("the app's connection: %v; want refused with %q", err, c.want)
			}
			// …and through a SQLite client that leaves the triggers in place.
			db, err := sql.Open("sqlite", s.Path())
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec(c.query); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("a SQLite client: %v; want refused with %q", err, c.want)
			}
			report, err := s.Check(ctx)
			if err != nil || !report.OK() || report.AuditRows != n {
				t.Fatalf("after the refused writes: %+v, %v; want %d intact rows", report, err, n)
			}
		})
	}
}

func TestAuditRecordsOldAndNewValues(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	first, err := s.SaveUnit(ctx, "quan-tri", sampleUnit())
	if err != nil {
		t.Fatal(err)
	}
	next := *first
	next.ChairmanName = "Trần Thị Hòa"
	if _, err := s.SaveUnit(ctx, "quan-tri", next); err != nil {
		t.Fatal(err)
	}
	o := domain.CalendarOverride{Date: "2026-12-01", Kind: domain.OverrideOff, Reason: "Nghỉ bổ sung"}
	if _, err := s.SaveCalendarOverride(ctx, "can-bo-1", o); err != nil {
		t.Fatal(err)
	}
	o.Kind, o.Reason = domain.OverrideWorking, "Làm bù"
	if _, err := s.SaveCalendarOverride(ctx, "can-bo-1", o); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCalendarOverride(ctx, "can-bo-2", o.Date); err != nil {
		t.Fatal(err)
	}
	for _, on := range []bool{true, false} {
		if err := s.SetHolidaySwitch(ctx, "quan-tri", 2026, "ngay-van-hoa", on); err != nil {
			t.Fatal(err)
		}
	}

	// field picks one JSON field of a stored value; "NULL" for no value.
	field := func(v sql.NullString, name string) string {
		if !v.Valid {
			return "NULL"
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(v.String), &m); err != nil {
			t.Fatalf("%s: %v", v.String, err)
		}
		return fmt.Sprint(m[name])
	}
	cases := []struct {
		entity      string
		index       int
		action      string
		actor       string
		field       string
		old, new    string
		wantEntryID string
	}{
		{"unit", 0, "create", "quan-tri", "chairmanName", "NULL", "Nguyễn Văn Dũng", "1"},
		{"unit", 1, "update", "quan-tri", "chairmanName", "Nguyễn Văn Dũng", "Trần Thị Hòa", "1"},
		{"unit", 1, "update", "quan-tri", "revision", "1", "2", "1"},
		{"calendar_override", 0, "create", "can-bo-1", "reason", "NULL", "Nghỉ bổ sung", "2026-12-01"},
		{"calendar_override", 1, "update", "can-bo-1", "reason", "Nghỉ bổ sung", "Làm bù", "2026-12-01"},
		{"calendar_override", 1, "update", "can-bo-1", "kind", "off", "working", "2026-12-01"},
		{"calendar_override", 2, "delete", "can-bo-2", "reason", "Làm bù", "NULL", "2026-12-01"},
		{"optional_holiday", 0, "create", "quan-tri", "holidayId", "NULL", "ngay-van-hoa", "2026/ngay-van-hoa"},
		{"optional_holiday", 1, "delete", "quan-tri", "holidayId", "ngay-van-hoa", "NULL", "2026/ngay-van-hoa"},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s %d %s", c.entity, c.index, c.field), func(t *testing.T) {
			log := store.AuditLog(t, s, c.entity)
			if c.index >= len(log) {
				t.Fatalf("only %d entries", len(log))
			}
			e := log[c.index]
			if e.Action != c.action || e.Actor != c.actor || e.EntityID != c.wantEntryID || e.At != testTime {
				t.Fatalf("entry = %+v; want %s by %s of %s", e, c.action, c.actor, c.wantEntryID)
			}
			if got := field(e.Old, c.field); got != c.old {
				t.Errorf("old %s = %q, want %q", c.field, got, c.old)
			}
			if got := field(e.New, c.field); got != c.new {
				t.Errorf("new %s = %q, want %q", c.field, got, c.new)
			}
		})
	}
}

func TestAuditEntriesFilters(t *testing.T) {
	s := storetest.Open(t)
	ctx := context.Background()
	fillAudit(t, s, 3) // 18 rows on 27/11/2026
	var ids func(f store.FindAudit) ([]int64, int)
	ids = func(f store.FindAudit) ([]int64, int) {
		t.Helper()
		got, total, err := s.AuditEntries(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out := []int64{}
		for _, e := range got {
			out = append(out, e.ID)
		}
		return out, total
	}
	cases := []struct {
		name  string
		f     store.FindAudit
		want  []int64
		total int
	}{
		{"everything, newest first", store.FindAudit{Limit: 3}, []int64{18, 17, 16}, 18},
		{"second page", store.FindAudit{Limit: 3, Offset: 3}, []int64{15, 14, 13}, 18},
		{"past the end", store.FindAudit{Limit: 5, Offset: 18}, []int64{}, 18},
		{"the day itself", store.FindAudit{From: "2026-11-27", To: "2026-11-27", Limit: 1}, []int64{18}, 18},
		{"a day before", store.FindAudit{From: "2026-11-26", To: "2026-11-26"}, []int64{}, 0},
		{"from the day after", store.FindAudit{From: "2026-11-28"}, []int64{}, 0},
		{"up to the day before", store.FindAudit{To: "2026-11-26"}, []int64{}, 0},
		{"actor", store.FindAudit{Actor: "can-bo-1"}, []int64{13, 7, 1}, 3},
		{"entity", store.FindAudit{Entity: "unit"}, []int64{13, 7, 1}, 3},
		{"action", store.FindAudit{Action: "delete", Entity: "calendar_override"}, []int64{16, 10, 4}, 3},
		{"entity key", store.FindAudit{Text: "2026-12-02"}, []int64{10, 9, 8}, 3},
		{"text in the values", store.FindAudit{Text: "Chủ tịch lần 2"}, []int64{13, 7}, 2},
		{"text as typed, & and < >", store.FindAudit{Text: "50% & làm bù <thứ", Entity: "calendar_override", Action: "update"}, []int64{15, 9, 3}, 3},
		{"a LIKE wildcard is plain text", store.FindAudit{Text: "Chủ_tịch"}, []int64{}, 0},
		{"no match", store.FindAudit{Text: "không có"}, []int64{}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, total := ids(c.f)
			if !reflect.DeepEqual(got, c.want) || total != c.total {
				t.Fatalf("ids %v (total %d), want %v (total %d)", got, total, c.want, c.total)
			}
		})
	}
	got, _, err := s.AuditEntries(ctx, store.FindAudit{Entity: "calendar_override", Action: "update", Limit: 1})
	if err != nil || len(got) != 1 {
		t.Fatal(got, err)
	}
	var old, new domain.CalendarOverride
	if err := json.Unmarshal(got[0].Old, &old); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got[0].New, &new); err != nil {
		t.Fatal(err)
	}
	if old.Reason != "Nghỉ bù theo Quyết định số 12/QĐ-UBND" || new.Reason != "Nghỉ bù 50% & làm bù <thứ Bảy>" || len(got[0].Hash) != 64 {
		t.Fatalf("entry = %+v", got[0])
	}
}

func mustExec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func pick(t *testing.T, db *sql.DB, q string) int64 {
	t.Helper()
	var id int64
	if err := db.QueryRow(q).Scan(&id); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return id
}
