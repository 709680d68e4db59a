package store

import (
	"context"
	"fmt"

	"tiepdan/app/domain"
)

// CheckReport is what Check found, area by area.
type CheckReport struct {
	// Integrity holds the lines of PRAGMA integrity_check other than "ok":
	// empty when the file is sound.
	Integrity []string
	// ForeignKeys holds one Vietnamese line per row that points to a missing
	// row (PRAGMA foreign_key_check).
	ForeignKeys []string
	// Audit is where the audit chain breaks; nil when it is intact.
	Audit *AuditBreak
	// AuditRows is the number of audit rows checked, and AuditHead the hash
	// of the last one, when the chain is intact.
	AuditRows int64
	AuditHead string
}

// OK reports whether nothing is wrong.
func (r *CheckReport) OK() bool { return len(r.Problems()) == 0 }

// Problems returns one Vietnamese line per problem found, empty when all is
// well.
func (r *CheckReport) Problems() []string {
	var out []string
	for _, line := range r.Integrity {
		out = append(out, "cấu trúc tệp cơ sở dữ liệu bị hỏng: "+line)
	}
	out = append(out, r.ForeignKeys...)
	if r.Audit != nil {
		out = append(out, r.Audit.Message())
	}
	return out
}

// Check runs the full checks of `tiepdan check` on the open store: SQLite's
// integrity_check (every page, index and constraint, slower than the
// quick_check of Open), foreign_key_check, and the audit log's hash chain
// (VerifyAudit). Problems are in the report; the error is only for a check
// that could not run.
//
// Errors: Unavailable when the file cannot be read; Internal.
func (s *Store) Check(ctx context.Context) (*CheckReport, error) {
	r := &CheckReport{}
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, s.corrupt(err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return nil, s.corrupt(err)
		}
		if line != "ok" {
			r.Integrity = append(r.Integrity, line)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.corrupt(err)
	}

	rows, err = s.db.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	for rows.Next() {
		var table, parent string
		var rowid *int64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			rows.Close()
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		row := "không rõ dòng"
		if rowid != nil {
			row = fmt.Sprintf("dòng số %d", *rowid)
		}
		r.ForeignKeys = append(r.ForeignKeys,
			fmt.Sprintf("bảng %s, %s trỏ tới một dòng không có trong bảng %s", table, row, parent))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}

	brk, sum, err := s.verifyAudit(ctx)
	if err != nil {
		// An audit log that cannot be read (its table dropped, a column
		// changed) is a finding, not a failure of the check.
		brk = &AuditBreak{Reason: fmt.Sprintf("không đọc được bảng nhật ký: %v", unwrapCause(err))}
	}
	r.Audit, r.AuditRows, r.AuditHead = brk, sum.rows, sum.head
	return r, nil
}

// unwrapCause returns the cause kept in a domain error, for a message that
// names what failed.
func unwrapCause(err error) error {
	if de, ok := err.(*domain.Error); ok && de.Err != nil {
		return de.Err
	}
	return err
}
