package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tiepdan/app"
	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/reports"
)

// exportFormats are the files tiepdan export visits writes, by extension.
var exportFormats = map[string]func(w io.Writer, unit domain.Unit, from, to string, rows []domain.Visit) error{
	".xlsx": reports.LogbookXLSX,
	".pdf":  reports.LogbookPDF,
	".json": func(w io.Writer, _ domain.Unit, _, _ string, rows []domain.Visit) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	},
}

// petitionFormats are the files tiepdan export petitions writes, by
// extension: the register has no PDF.
var petitionFormats = map[string]func(w io.Writer, unit domain.Unit, from, to string, rows []app.ExportedPetition) error{
	".xlsx": func(w io.Writer, unit domain.Unit, from, to string, rows []app.ExportedPetition) error {
		return reports.PetitionRegisterXLSX(w, unit, from, to, app.PetitionRegisterRows(rows))
	},
	".json": func(w io.Writer, _ domain.Unit, _, _ string, rows []app.ExportedPetition) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	},
}

// runExport writes a register of a period: the sổ tiếp công dân (visits) as
// Mẫu 03/TCD in Excel or PDF, or the sổ tiếp nhận, xử lý đơn (petitions) in
// Excel, or either as a JSON array. Protected citizens are masked, unless
// --user logs in an account that may see them (the export is then audited
// under its name).
func runExport(env Env, args []string) error {
	fs := flags("export")
	data := dataFlag(fs)
	from := fs.String("from", "", "ngày đầu")
	to := fs.String("to", "", "ngày cuối")
	out := fs.String("out", "", "tệp xuất")
	user := userFlag(fs)
	ops, err := parseOperands(fs, args, 1)
	if err != nil {
		return err
	}
	if len(ops) == 0 {
		return usageError{"thiếu loại dữ liệu cần xuất, ví dụ: tiepdan export visits --out so-tiep-cong-dan.xlsx"}
	}
	if ops[0] != "visits" && ops[0] != "petitions" {
		return usageError{fmt.Sprintf("không xuất được «%s»: chỉ xuất được visits (sổ tiếp công dân) hoặc petitions (sổ tiếp nhận, xử lý đơn)", ops[0])}
	}
	for _, d := range []struct{ flag, value string }{{"--from", *from}, {"--to", *to}} {
		if _, err := law.ParseDate(d.value); d.value != "" && err != nil {
			return usageError{fmt.Sprintf("ngày «%s» của %s không hợp lệ, cần dạng năm-tháng-ngày, ví dụ 2026-03-15", d.value, d.flag)}
		}
	}
	if *from != "" && *to != "" && *from > *to {
		return usageError{fmt.Sprintf("ngày cuối %s trước ngày đầu %s", *to, *from)}
	}
	if *out == "" {
		return usageError{"thiếu --out TỆP, ví dụ: --out so-tiep-cong-dan.xlsx (hoặc .pdf, .json; sổ đơn: .xlsx, .json)"}
	}
	ext := strings.ToLower(filepath.Ext(*out))
	write, writePetitions := exportFormats[ext], petitionFormats[ext]
	switch {
	case ops[0] == "petitions" && writePetitions == nil:
		return usageError{fmt.Sprintf("tệp «%s»: sổ tiếp nhận, xử lý đơn chỉ xuất được .xlsx hoặc .json", *out)}
	case write == nil:
		return usageError{fmt.Sprintf("tệp «%s» phải có đuôi .xlsx, .pdf hoặc .json", *out)}
	}
	path, err := filepath.Abs(*out)
	if err != nil {
		return usageError{fmt.Sprintf("tệp «%s» không hợp lệ", *out)}
	}
	o, err := openExisting(env, *data)
	if err != nil {
		return err
	}
	defer o.close()
	logout, err := o.loginAs(env, *user)
	if err != nil {
		return err
	}
	defer logout()
	if ops[0] == "petitions" {
		rows, unit, err := o.services.ExportPetitions(*from, *to)
		if err != nil {
			return err
		}
		if unit == nil {
			unit = &domain.Unit{} // the Excel asks for the unit's settings
		}
		if err := writeFile(path, func(w io.Writer) error { return writePetitions(w, *unit, *from, *to, rows) }); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Đã xuất %d đơn vào %s.\n", len(rows), path)
		return nil
	}
	rows, unit, err := o.services.ExportVisits(*from, *to)
	if err != nil {
		return err
	}
	if unit == nil {
		unit = &domain.Unit{} // the Excel and PDF ask for the unit's settings
	}
	if err := writeFile(path, func(w io.Writer) error { return write(w, *unit, *from, *to, rows) }); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xuất %d lượt tiếp vào %s.\n", len(rows), path)
	return nil
}

// writeFile writes path whole or not at all: into a temporary file beside
// it, renamed over it once complete.
func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return domain.Wrap(domain.Unavailable, err, fmt.Sprintf("không ghi được tệp %s: %v", path, err))
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it private
		tmp.Close()
		return domain.Wrap(domain.Unavailable, err, fmt.Sprintf("không ghi được tệp %s: %v", path, err))
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return domain.Wrap(domain.Unavailable, err, fmt.Sprintf("không ghi được tệp %s: %v", path, err))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return domain.Wrap(domain.Unavailable, err, fmt.Sprintf("không ghi được tệp %s: %v", path, err))
	}
	return nil
}
