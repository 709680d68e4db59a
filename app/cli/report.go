package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tiepdan/app"
	"tiepdan/app/domain"
	"tiepdan/reports"
	"tiepdan/store"
)

// ReportJSON is what tiepdan report writes to a .json file: the period, the
// unit and each table's values keyed by the column numbers printed on the
// form. It is for machines and tests.
type ReportJSON struct {
	Period struct {
		From string `json:"from"`
		To   string `json:"to"`
	} `json:"period"`
	Unit  string                        `json:"unit"`
	Forms map[string]map[string]float64 `json:"forms"`
}

// reportFormats are the files tiepdan report writes, by extension.
var reportFormats = map[string]func(w io.Writer, res *app.StatResult, unit domain.Unit) error{
	".xlsx": func(w io.Writer, res *app.StatResult, unit domain.Unit) error {
		return reports.StatisticsXLSX(w, res.Report(unit))
	},
	".pdf": func(w io.Writer, res *app.StatResult, unit domain.Unit) error {
		return reports.StatisticsPDF(w, res.Report(unit))
	},
	".json": func(w io.Writer, res *app.StatResult, _ domain.Unit) error {
		var out ReportJSON
		out.Period.From, out.Period.To = res.Period.From, res.Period.To
		out.Unit, out.Forms = res.Unit, res.Forms
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	},
}

// runReport writes the statistics of a report period in the biểu of TT
// 01/2024/TT-TTCP: Excel (one sheet per table), PDF (one table per page) or
// JSON. Reports are aggregates, so the command needs no login.
func runReport(env Env, args []string) error {
	fs := flags("report")
	data := dataFlag(fs)
	period := fs.String("period", "", "kỳ báo cáo")
	out := fs.String("out", "", "tệp xuất")
	optional := fs.Bool("optional", false, "thêm các biểu theo TT 02/2021")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *period == "" {
		return usageError{"thiếu --period KỲ, ví dụ: --period 2026-Q3 (hoặc 2026-6M, 2026-9M, 2026, 2026-03-15..2026-06-14)"}
	}
	if *out == "" {
		return usageError{"thiếu --out TỆP, ví dụ: --out bao-cao-quy-3.xlsx (hoặc .pdf, .json)"}
	}
	write := reportFormats[strings.ToLower(filepath.Ext(*out))]
	if write == nil {
		return usageError{fmt.Sprintf("tệp «%s» phải có đuôi .xlsx, .pdf hoặc .json", *out)}
	}
	path, err := filepath.Abs(*out)
	if err != nil {
		return usageError{fmt.Sprintf("tệp «%s» không hợp lệ", *out)}
	}
	dir, err := dataDir(*data)
	if err != nil {
		return err
	}
	// Opening would create an empty database: there is nothing to count.
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); errors.Is(err, os.ErrNotExist) {
		return domain.Errorf(domain.NotFound, "thư mục %s chưa có dữ liệu TiếpDân (không có tệp %s)", dir, store.FileName)
	}
	o, err := open(env, dir, false)
	if err != nil {
		return err
	}
	defer o.close()
	res, unit, err := o.services.StatisticsReport(*period, *optional)
	if err != nil {
		return err
	}
	if unit == nil {
		unit = &domain.Unit{} // the Excel and PDF ask for the unit's settings
	}
	if err := writeFile(path, func(w io.Writer) error { return write(w, res, *unit) }); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xuất %d biểu của kỳ %s vào %s.\n", len(res.Tables), res.Period.Label, path)
	for _, p := range res.Problems {
		fmt.Fprintf(env.Stderr, "tiepdan: cảnh báo: %s\n", p)
	}
	return nil
}
