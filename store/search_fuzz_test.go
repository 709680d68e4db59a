package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	"tiepdan/app/domain"
)

// More fuzz targets for outside input that reaches the store (issue 7 item
// 6; docs/fuzzing.md says how to run them longer). FuzzVisitSearch checks
// that no search is an FTS5 error; these check that searches find what they
// should and only that.

// vietnameseAlphabet is what a clerk types into a name or an address.
const vietnameseAlphabet = "aàáạảãâầấậẩẫăằắặẳẵbcdđeèéẹẻẽêềếệểễghiìíịỉĩklmnoòóọỏõôồốộổỗơờớợởỡpqrstuùúụủũưừứựửữvxyỳýỵỷỹ" +
	"AÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴBCDĐEÈÉẸẺẼÊỀẾỆỂỄGHIÌÍỊỈĨKLMNOÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠPQRSTUÙÚỤỦŨƯỪỨỰỬỮVXYỲÝỴỶỸ" +
	"0123456789     ,./-()'"

// vietnameseText maps anything onto the alphabet a clerk types, rune by
// rune, so the fuzzer explores names rather than random bytes.
func vietnameseText(s string) string {
	alphabet := []rune(vietnameseAlphabet)
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(alphabet[int(r)%len(alphabet)])
	}
	return domain.CleanText(b.String())
}

// FuzzNameSearch: a citizen whose name is any Vietnamese text is found by
// any word of it, typed with or without marks, in upper or lower case, as
// the service folds it (Reception.Visits).
func FuzzNameSearch(f *testing.F) {
	for _, s := range []string{"Nguyễn Văn Dũng", "ĐẶNG THỊ HÒA", "Lê-Thị Bí Mật", "Ông Trần Văn A (con)", "Tổ 3/5, phường Hà Huy Tập"} {
		f.Add(s, uint8(0), false)
		f.Add(s, uint8(2), true)
	}
	s, err := Open(f.TempDir(), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	ctx := context.Background()
	rs, err := s.SaveSession(ctx, "fuzz", domain.ReceptionSession{Kind: domain.SessionRegular, Date: "2026-11-27", PresidedBy: "Chủ tịch"})
	if err != nil {
		f.Fatal(err)
	}
	serial := 0
	f.Fuzz(func(t *testing.T, raw string, pick uint8, plain bool) {
		name := vietnameseText(raw)
		words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) == 0 || len([]rune(name)) > 100 {
			return
		}
		// A serial number, a whole word of its own, pins the search to
		// this visit among those the fuzzer saved before.
		serial++
		id := fmt.Sprintf("9%011d", serial)
		v, err := s.SaveVisit(ctx, "fuzz", StoredVisit{
			Visit: domain.Visit{SessionID: rs.ID, ReceivedAt: "2026-11-27T09:00:00+07:00", PeopleCount: 1,
				Summary: "Kiến nghị", Kind: domain.ContentRecommendation, Outcome: domain.OutcomeAnswer},
			People: []StoredCitizen{{Citizen: domain.Citizen{Name: name, IDNumber: id}, Folded: domain.Fold(name + " " + id)}},
		})
		if err != nil {
			t.Fatalf("save %q: %v", name, err)
		}
		word := words[int(pick)%len(words)]
		if plain {
			word = domain.Fold(word)
		} else {
			word = strings.ToUpper(word)
		}
		rows, _, err := s.Visits(ctx, FindVisits{Text: domain.Fold(word + " " + id), Limit: 5})
		if err != nil {
			t.Fatalf("search %q: %v", word, err)
		}
		if len(rows) != 1 || rows[0].ID != v.ID {
			t.Fatalf("search %q in %q found %d visits, want visit %d", word, name, len(rows), v.ID)
		}
	})
}

// FuzzAuditSearch types anything into the Nhật ký screen's search: an entry
// whose key holds the text is found, and every entry found holds it (LIKE's
// % and _ are matched literally).
func FuzzAuditSearch(f *testing.F) {
	for _, s := range []string{"visit-12", "%", "_", `\`, `50%_off\`, "Đặng", "a'b", "%%", "\x00x"} {
		f.Add(s)
	}
	s, err := Open(f.TempDir(), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text string) {
		// What Audit.List searches for: the text cleaned, at most 200 characters.
		text = domain.CleanText(text)
		if text == "" || len([]rune(text)) > 200 {
			return
		}
		if err := s.RecordEvent(ctx, "fuzz", "print", "fuzz", text, nil); err != nil {
			t.Fatal(err)
		}
		rows, _, err := s.AuditEntries(ctx, FindAudit{Text: text})
		if err != nil {
			t.Fatalf("search %q: %v", text, err)
		}
		found := false
		want := asciiLower(text)
		for _, r := range rows {
			found = found || r.EntityID == text
			// LIKE ignores the case of ASCII letters only.
			if !strings.Contains(asciiLower(r.EntityID+string(r.Old)+string(r.New)), want) {
				t.Fatalf("search %q found entry %d (%q), which does not hold it", text, r.ID, r.EntityID)
			}
		}
		if !found {
			t.Fatalf("search %q did not find its entry", text)
		}
	})
}

func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// FuzzBackupName reads any file name found in a backup folder: only a
// backup's own names are taken, and a name taken reads back the same from
// the name the store would give that backup.
func FuzzBackupName(f *testing.F) {
	t0 := time.Date(2026, 11, 27, 9, 30, 15, 0, time.Local)
	for _, s := range []string{backupName(t0, BackupManual, 1), backupName(t0, BackupBeforeMigration, 12), "tiepdan.db",
		"tiepdan-2026-02-30T093015-daily.db", "tiepdan-2026-11-27T093015-daily-0.db", "tiepdan-2026-11-27T093015-daily-99999999999999999999.db",
		"../tiepdan-2026-11-27T093015-daily.db", "tiepdan-2026-11-27T250000-close.db"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		b, ok := parseBackupName(name)
		if !ok {
			return
		}
		if !b.Kind.known() || strings.ContainsAny(name, `/\`) || b.n < 0 {
			t.Fatalf("%q taken as a backup: %+v", name, b)
		}
		again, ok := parseBackupName(backupName(b.Time, b.Kind, b.n))
		if !ok || !again.Time.Equal(b.Time) || again.Kind != b.Kind || (again.n != b.n && b.n > 1) {
			t.Fatalf("%q reads as %+v, but its own name %q reads as %+v", name, b, backupName(b.Time, b.Kind, b.n), again)
		}
	})
}
