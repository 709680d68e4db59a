package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"tiepdan/app/domain"
	"tiepdan/store"
)

// runCheck checks the data folder: SQLite's full integrity check, the
// foreign keys and the audit log's hash chain. It prints one line per area
// ("Cơ sở dữ liệu: tốt") and, when something is wrong, one line per problem
// on stdout and the first problem on stderr, with exit status 1.
func runCheck(env Env, args []string) error {
	fl := flags("check")
	data := dataFlag(fl)
	if err := parse(fl, args); err != nil {
		return err
	}
	// A check must not create the database it was asked to check.
	if _, err := os.Stat(filepath.Join(*data, store.FileName)); errors.Is(err, fs.ErrNotExist) {
		return domain.Errorf(domain.NotFound, "thư mục %s không có dữ liệu TiếpDân (không có tệp %s)", *data, store.FileName)
	}
	o, err := open(env, *data, false)
	if err != nil {
		return err
	}
	defer o.close()
	r, err := o.services.CheckData()
	if err != nil {
		return err
	}

	w := env.Stdout
	if len(r.Integrity) == 0 {
		fmt.Fprintln(w, "Cơ sở dữ liệu: tốt")
	}
	for _, line := range r.Integrity {
		fmt.Fprintf(w, "Cơ sở dữ liệu: hỏng: %s\n", line)
	}
	if len(r.ForeignKeys) == 0 {
		fmt.Fprintln(w, "Khóa ngoại: tốt")
	}
	for _, line := range r.ForeignKeys {
		fmt.Fprintf(w, "Khóa ngoại: %s\n", line)
	}
	switch {
	case r.Audit == nil:
		// The last hash, noted down or kept elsewhere, lets a later check
		// show that nothing before it was rewritten.
		fmt.Fprintf(w, "Nhật ký thao tác: tốt (%d dòng", r.AuditRows)
		if r.AuditHead != "" {
			fmt.Fprintf(w, ", mã kiểm tra dòng cuối %s", r.AuditHead)
		}
		fmt.Fprintln(w, ")")
	case r.Audit.ID == 0:
		fmt.Fprintf(w, "Nhật ký thao tác: không kiểm tra được (%s)\n", r.Audit.Reason)
	default:
		fmt.Fprintf(w, "Nhật ký thao tác: bị sửa tại dòng số %d (%s)\n", r.Audit.ID, r.Audit.Reason)
	}

	problems := r.Problems()
	switch len(problems) {
	case 0:
		return nil
	case 1:
		return domain.Errorf(domain.Unavailable, "%s", problems[0])
	default:
		return domain.Errorf(domain.Unavailable, "phát hiện %d vấn đề, đầu tiên: %s", len(problems), problems[0])
	}
}
