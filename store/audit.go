package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"strconv"
	"strings"
	"time"

	"tiepdan/app/domain"
)

// The audit log (table audit_log, migration 0005) is append-only and
// hash-chained, so that a change made behind the app's back shows:
//
//   - every row stores prev_hash, the hash of the row before it (auditGenesis
//     for row 1), and hash, the SHA-256 of prev_hash and of the row's own
//     fields (auditRow.computeHash);
//   - ids come from AUTOINCREMENT and are never reused: a deleted row leaves a
//     gap, and deleted last rows leave sqlite_sequence ahead of the last id;
//   - triggers refuse UPDATE, DELETE and INSERT OR REPLACE, through the app
//     or a SQLite client.
//
// VerifyAudit walks the chain and reports the first row where it breaks.
//
// The chain starts once, in migration 0005: its script moves the rows written
// before it to audit_log_unchained, and chainExistingAudit, run in the same
// transaction right after the script (see afterMigration), chains them into
// the new table in id order and drops the old one. Nothing else ever chains
// rows it did not write itself, so there is no "seal what is there" step that
// a later edit of the file could use to get a forged row accepted.
//
// What the chain cannot show on its own: someone who rewrites a row and
// recomputes every hash after it, or who removes the last rows and lowers
// sqlite_sequence too, leaves a consistent chain. The hash of the last row
// (printed by `tiepdan check`) noted outside the computer, or kept in a
// backup, is what catches that.

// auditGenesis is the prev_hash of row 1.
const auditGenesis = "0000000000000000000000000000000000000000000000000000000000000000"

// auditHashVersion starts the hashed bytes, so that a later encoding can be
// told apart from this one.
const auditHashVersion = "tiepdan-audit-v1\n"

// auditRow is one audit_log row as stored.
type auditRow struct {
	ID                                  int64
	At, Actor, Action, Entity, EntityID string
	// Old and New are JSON text, or not Valid for SQL NULL.
	Old, New       sql.NullString
	PrevHash, Hash string
}

// computeHash returns the row's hash: the lower-case hex SHA-256 of
//
//	"tiepdan-audit-v1\n" prev_hash "\n" F(id) F(at) F(actor) F(action) F(entity) F(entity_id) F(old) F(new)
//
// where F(s) is the length of s in bytes in decimal, ":", s and "\n" (the id
// in decimal), and F(NULL) is "-\n". The lengths make the encoding
// unambiguous whatever the fields contain, and it is easy to redo in another
// language to check a copy of the database by hand.
func (r *auditRow) computeHash() string {
	h := sha256.New()
	h.Write([]byte(auditHashVersion))
	h.Write([]byte(r.PrevHash))
	h.Write([]byte{'\n'})
	for _, f := range []string{strconv.FormatInt(r.ID, 10), r.At, r.Actor, r.Action, r.Entity, r.EntityID} {
		hashField(h, f)
	}
	for _, f := range []sql.NullString{r.Old, r.New} {
		if !f.Valid {
			h.Write([]byte("-\n"))
			continue
		}
		hashField(h, f.String)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// hashField writes one length-prefixed field of computeHash.
func hashField(h hash.Hash, s string) {
	h.Write([]byte(strconv.Itoa(len(s))))
	h.Write([]byte{':'})
	h.Write([]byte(s))
	h.Write([]byte{'\n'})
}

// auditJSON encodes a record for the old or new column: NULL for nil (also a
// nil pointer or map inside an interface), otherwise compact JSON with <, >
// and & kept as typed, so a text search finds them.
func auditJSON(v any) (sql.NullString, error) {
	if v == nil {
		return sql.NullString{}, nil
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return sql.NullString{}, err
	}
	text := strings.TrimSuffix(b.String(), "\n")
	if text == "null" {
		return sql.NullString{}, nil
	}
	return sql.NullString{String: text, Valid: true}, nil
}

// audit appends one entry to the audit log inside t, so the change and its
// record are committed together or not at all. before is the record before
// the change (nil for a create), after the record after it (nil for a
// delete); they are stored as JSON in the columns old and new. Events that
// change no record (a login) pass their details as after.
func (t *tx) audit(ctx context.Context, actor, action, entity, entityID string, before, after any) error {
	oldText, err := auditJSON(before)
	if err != nil {
		return err
	}
	newText, err := auditJSON(after)
	if err != nil {
		return err
	}
	return t.appendAudit(ctx, &auditRow{At: t.nowText(), Actor: actor, Action: action, Entity: entity,
		EntityID: entityID, Old: oldText, New: newText})
}

// appendAudit chains r after the last row and inserts it. r.ID is the next
// id unless already set (only chainExistingAudit sets it). The write
// transaction holds the database's write lock from BEGIN (_txlock=immediate),
// so no other writer can slip a row in between the read and the insert.
func (t *tx) appendAudit(ctx context.Context, r *auditRow) error {
	// The next id follows sqlite_sequence as well as the last row, so that a
	// row written after someone deleted the last ones does not hide the gap.
	var next int64
	err := t.QueryRowContext(ctx, `SELECT MAX(
		COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0),
		COALESCE((SELECT MAX(id) FROM audit_log), 0)) + 1`).Scan(&next)
	if err != nil {
		return err
	}
	r.PrevHash = auditGenesis
	err = t.QueryRowContext(ctx, `SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`).Scan(&r.PrevHash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if r.ID == 0 {
		r.ID = next
	}
	r.Hash = r.computeHash()
	_, err = t.ExecContext(ctx, `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, old, new, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.ID, r.At, r.Actor, r.Action, r.Entity, r.EntityID, r.Old, r.New, r.PrevHash, r.Hash)
	return err
}

// chainExistingAudit runs inside migration 0005, after its script: it chains
// the rows of the old audit log (one detail column: the record after the
// change, or the record removed for a delete) into the new table, keeping
// their ids, times and actors, and drops the old table.
func chainExistingAudit(ctx context.Context, t *tx) error {
	rows, err := t.QueryContext(ctx, `SELECT id, at, actor, action, entity, entity_id, detail
		FROM audit_log_unchained ORDER BY id`)
	if err != nil {
		return err
	}
	var old []auditRow
	for rows.Next() {
		var r auditRow
		var detail string
		if err := rows.Scan(&r.ID, &r.At, &r.Actor, &r.Action, &r.Entity, &r.EntityID, &detail); err != nil {
			rows.Close()
			return err
		}
		if r.Action == "delete" {
			r.Old = sql.NullString{String: detail, Valid: true}
		} else {
			r.New = sql.NullString{String: detail, Valid: true}
		}
		old = append(old, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range old {
		if err := t.appendAudit(ctx, &old[i]); err != nil {
			return err
		}
	}
	_, err = t.ExecContext(ctx, `DROP TABLE audit_log_unchained`)
	return err
}

// AuditBreak is where the audit chain is broken.
type AuditBreak struct {
	// ID is the number of the first row found changed, or missing; 0 when the
	// log could not be read at all.
	ID int64
	// Reason says what is wrong, in Vietnamese.
	Reason string
}

// Message is the Vietnamese line for the person: "nhật ký thao tác bị sửa
// tại dòng số 7 (…)".
func (b *AuditBreak) Message() string {
	if b.ID == 0 {
		return fmt.Sprintf("không kiểm tra được nhật ký thao tác (%s)", b.Reason)
	}
	return fmt.Sprintf("nhật ký thao tác bị sửa tại dòng số %d (%s)", b.ID, b.Reason)
}

// VerifyAudit walks the audit log's hash chain from row 1 and returns the
// first row that breaks it: a row whose content no longer matches its hash,
// a row that does not link to the one before, a gap in the ids (deleted
// rows), or deleted last rows. It returns nil when the chain is intact.
//
// Errors: Internal when the log cannot be read.
func (s *Store) VerifyAudit(ctx context.Context) (*AuditBreak, error) {
	b, _, err := s.verifyAudit(ctx)
	return b, err
}

// auditSummary is what a walk of the chain found when it is intact.
type auditSummary struct {
	rows int64
	head string
}

func (s *Store) verifyAudit(ctx context.Context) (*AuditBreak, auditSummary, error) {
	var sum auditSummary
	fail := func(err error) (*AuditBreak, auditSummary, error) {
		return nil, sum, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	// Read before the walk: rows written meanwhile only make the walk longer,
	// never shorter than seq.
	var seq int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0)`).Scan(&seq)
	if err != nil {
		return fail(err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, actor, action, entity, entity_id, old, new, prev_hash, hash
		FROM audit_log ORDER BY id`)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	want, prev := int64(1), auditGenesis
	for rows.Next() {
		var r auditRow
		if err := rows.Scan(&r.ID, &r.At, &r.Actor, &r.Action, &r.Entity, &r.EntityID, &r.Old, &r.New, &r.PrevHash, &r.Hash); err != nil {
			return fail(err)
		}
		switch {
		case r.ID != want:
			return &AuditBreak{ID: want, Reason: deletedRows(want, r.ID-1)}, sum, nil
		case r.PrevHash != prev && r.ID == 1:
			return &AuditBreak{ID: r.ID, Reason: "dòng đầu tiên không bắt đầu chuỗi mã kiểm tra: dòng này đã bị sửa"}, sum, nil
		case r.PrevHash != prev:
			return &AuditBreak{ID: r.ID, Reason: fmt.Sprintf(
				"dòng này không nối được với dòng số %d trước nó: một trong hai dòng đã bị sửa", r.ID-1)}, sum, nil
		case r.computeHash() != r.Hash:
			return &AuditBreak{ID: r.ID, Reason: "nội dung dòng không khớp mã kiểm tra: dòng đã bị sửa sau khi ghi"}, sum, nil
		}
		prev, want = r.Hash, want+1
		sum.rows, sum.head = sum.rows+1, r.Hash
	}
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	if seq >= want {
		return &AuditBreak{ID: want, Reason: deletedRows(want, seq) + " ở cuối nhật ký"}, sum, nil
	}
	return nil, sum, nil
}

// deletedRows says that rows from to to are gone.
func deletedRows(from, to int64) string {
	if from == to {
		return fmt.Sprintf("dòng số %d đã bị xóa", from)
	}
	return fmt.Sprintf("các dòng số %d đến %d đã bị xóa", from, to)
}

// FindAudit selects audit entries for the Nhật ký screen. Zero fields mean
// "any".
type FindAudit struct {
	// From and To are ISO dates, inclusive, compared with the local date of
	// the entry's time.
	From, To string
	// Actor, Entity and Action must match exactly.
	Actor, Entity, Action string
	// Text is looked for in the entity's key and in the old and new values
	// (SQLite LIKE: case-insensitive for unaccented letters only).
	Text string
	// Limit is the page size (all when 0); Offset the rows skipped.
	Limit, Offset int
}

// AuditEntries returns the entries matching f, newest first, and how many
// match in all.
//
// Errors: Internal.
func (s *Store) AuditEntries(ctx context.Context, f FindAudit) ([]domain.AuditEntry, int, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	// `at` starts with the local date, so a date range is a text range that
	// uses the index on at.
	if f.From != "" {
		add(`at >= ?`, f.From)
	}
	if f.To != "" {
		day, err := time.Parse(time.DateOnly, f.To)
		if err != nil {
			return nil, 0, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		add(`at < ?`, day.AddDate(0, 0, 1).Format(time.DateOnly))
	}
	if f.Actor != "" {
		add(`actor = ?`, f.Actor)
	}
	if f.Entity != "" {
		add(`entity = ?`, f.Entity)
	}
	if f.Action != "" {
		add(`action = ?`, f.Action)
	}
	if f.Text != "" {
		like := "%" + likeEscaper.Replace(f.Text) + "%"
		add(`(entity_id LIKE ? ESCAPE '\' OR old LIKE ? ESCAPE '\' OR new LIKE ? ESCAPE '\')`, like, like, like)
	}
	cond := ""
	if len(where) > 0 {
		cond = ` WHERE ` + strings.Join(where, ` AND `)
	}
	fail := func(err error) ([]domain.AuditEntry, int, error) {
		return nil, 0, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log`+cond, args...).Scan(&total); err != nil {
		return fail(err)
	}
	q := `SELECT id, at, actor, action, entity, entity_id, old, new, hash FROM audit_log` + cond + ` ORDER BY id DESC`
	if f.Limit > 0 {
		q += ` LIMIT ? OFFSET ?`
		args = append(args, f.Limit, f.Offset)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	out := []domain.AuditEntry{}
	for rows.Next() {
		var e domain.AuditEntry
		var oldText, newText sql.NullString
		if err := rows.Scan(&e.ID, &e.At, &e.Actor, &e.Action, &e.Entity, &e.EntityID, &oldText, &newText, &e.Hash); err != nil {
			return fail(err)
		}
		if oldText.Valid {
			e.Old = json.RawMessage(oldText.String)
		}
		if newText.Valid {
			e.New = json.RawMessage(newText.String)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	return out, total, nil
}

// likeEscaper escapes LIKE's wildcards (with ESCAPE '\') so text is matched
// as typed.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// RecordEvent audits an event that changes no record of its own — a
// restore, and later a print, an export or a reveal — with its details.
func (s *Store) RecordEvent(ctx context.Context, actor, action, entity, entityID string, detail any) error {
	return internal(s.write(ctx, func(t *tx) error {
		return t.audit(ctx, actor, action, entity, entityID, nil, detail)
	}))
}
