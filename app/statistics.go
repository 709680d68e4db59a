package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"strings"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/reports"
	"tiepdan/store"
)

// Statistics is Báo cáo: the biểu of TT 01/2024/TT-TTCP for a report period,
// on screen with the records behind every number, and as Excel or PDF.
// Reports are aggregates: no protected identity is ever in one, and the
// drill-down shows names only to accounts that may read the register.
type Statistics struct {
	deps Deps
}

// PeriodView is one report period.
type PeriodView struct {
	// Period is the period in the command-line syntax: "2026-Q3", "2026-6M",
	// "2026", "2026-03-15..2026-06-14".
	Period string `json:"period"`
	Kind   string `json:"kind"`
	// Year is the reporting year (0 for a range).
	Year int `json:"year"`
	// Name is the kind in Vietnamese ("Quý III"), Label the whole period
	// line ("Quý III năm 2026 (từ 15/6/2026 đến 14/9/2026)").
	Name  string `json:"name"`
	Label string `json:"label"`
	From  string `json:"from"`
	To    string `json:"to"`
}

// PeriodOptions are the periods the report screen offers.
type PeriodOptions struct {
	// Default is the period the screen opens on: the quarter today is in.
	Default string `json:"default"`
	// Years are the reporting years offered, newest first.
	Years []int `json:"years"`
	// Choices are every kind of every year in Years.
	Choices []PeriodView `json:"choices"`
}

// periodYears is how many reporting years the screen offers.
const periodYears = 5

// Periods returns the report periods to choose from, with the default.
//
// Errors: Unauthorized; Forbidden.
func (s *Statistics) Periods() (*PeriodOptions, error) {
	if _, err := s.deps.require(PermViewReports); err != nil {
		return nil, err
	}
	today := law.DateOf(s.deps.Now())
	out := &PeriodOptions{}
	if q, err := law.QuarterOf(today); err == nil {
		out.Default = q.String()
	}
	for y := law.ReportYear(today); y > law.ReportYear(today)-periodYears; y-- {
		out.Years = append(out.Years, y)
		for _, k := range law.PeriodKinds() {
			if p, err := law.PeriodFor(k, y); err == nil {
				out.Choices = append(out.Choices, periodView(p))
			}
		}
	}
	return out, nil
}

func periodView(p law.ReportPeriod) PeriodView {
	return PeriodView{Period: p.String(), Kind: string(p.Kind), Year: p.Year, Name: p.Kind.Label(), Label: p.Label,
		From: p.From.String(), To: p.To.String()}
}

// StatColumnView is a printed column of a table, for the screen's headers.
type StatColumnView struct {
	Number  string `json:"number"`
	Label   string `json:"label"`
	Formula string `json:"formula"`
	// Kind is "" (a count), "money", "area" or "text" (no value).
	Kind string   `json:"kind"`
	Path []string `json:"path"`
}

// StatTableView is the layout of a table, for the screen.
type StatTableView struct {
	Code     string           `json:"code"`
	Title    string           `json:"title"`
	Source   string           `json:"source"`
	Status   string           `json:"status"`
	Note     string           `json:"note"`
	Optional bool             `json:"optional"`
	Columns  []StatColumnView `json:"columns"`
}

// StatResult is the statistics of one period.
type StatResult struct {
	Period PeriodView `json:"period"`
	// Unit is the reporting unit's name ("" before the unit is set up).
	Unit string `json:"unit"`
	// Forms are each table's values by printed column number.
	Forms map[string]map[string]float64 `json:"forms"`
	// Definitions say how each column is counted, by table and column.
	Definitions map[string]map[string]string `json:"definitions"`
	// Tables are the layouts, in the report's order.
	Tables []StatTableView `json:"tables"`
	// Problems are the printed sum identities that do not hold (none is
	// expected: the counting guarantees them).
	Problems []string `json:"problems"`
}

// Report is r as the renderers take it.
func (r *StatResult) Report(unit domain.Unit) reports.StatReport {
	out := reports.StatReport{Unit: unit, From: r.Period.From, To: r.Period.To, PeriodLabel: r.Period.Label}
	for _, t := range r.Tables {
		out.Tables = append(out.Tables, reports.StatData{Code: t.Code, Values: r.Forms[t.Code]})
	}
	return out
}

// Compute returns the statistics of period (the command-line syntax:
// 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026, or 2026-03-15..2026-06-14), every
// table, the optional TT 02/2021-era ones included.
//
// Errors: Invalid (the period); Unauthorized; Forbidden; Internal.
func (s *Statistics) Compute(period string) (*StatResult, error) {
	if _, err := s.deps.require(PermViewReports); err != nil {
		return nil, err
	}
	res, _, err := s.deps.statistics(period, true)
	return res, err
}

// StatisticsReport returns the statistics of period (as Compute), the
// optional tables only when optional, and the unit's settings (nil before
// the first-run setup). It is not bound to the UI: it serves the command
// line, which has no login; reports hold aggregates only.
//
// Errors: Invalid (the period); Unavailable; Internal.
func (s *Services) StatisticsReport(period string, optional bool) (*StatResult, *domain.Unit, error) {
	return s.deps.statistics(period, optional)
}

// statistics computes the tables of period.
func (d Deps) statistics(period string, optional bool) (*StatResult, *domain.Unit, error) {
	st, err := d.store()
	if err != nil {
		return nil, nil, err
	}
	p, err := parsePeriod(period)
	if err != nil {
		return nil, nil, err
	}
	ctx := context.Background()
	res := &StatResult{Period: periodView(p), Forms: map[string]map[string]float64{},
		Definitions: map[string]map[string]string{}, Tables: []StatTableView{}, Problems: []string{}}
	var unit *domain.Unit
	if u, err := st.Unit(ctx); err == nil {
		unit, res.Unit = u, u.Name
	} else if domain.KindOf(err) != domain.NotFound {
		return nil, nil, err
	}
	defs := statTableDefs(optional)
	var queries []store.StatQuery
	var leaves []*statRule
	for _, t := range defs {
		for _, c := range t.Columns {
			if r := statRuleFor(t.Code, c.Number); r != nil && r.sum == nil && c.Kind != reports.StatText {
				queries, leaves = append(queries, r.query), append(leaves, r)
			}
		}
	}
	values, err := st.StatValues(ctx, p.From.String(), p.To.String(), queries)
	if err != nil {
		return nil, nil, err
	}
	for i, r := range leaves {
		forms(res.Forms, r.table)[r.number] = values[i]
	}
	for _, t := range defs {
		res.Tables = append(res.Tables, tableView(t))
		vals, def := forms(res.Forms, t.Code), map[string]string{}
		for _, c := range t.Columns {
			r := statRuleFor(t.Code, c.Number)
			if c.Kind == reports.StatText {
				continue // words (Ghi chú), not a number
			}
			if r == nil {
				vals[c.Number], def[c.Number] = 0, "Chưa có quy tắc đếm cho cột này."
				continue
			}
			vals[c.Number], def[c.Number] = r.value(vals), r.def
		}
		res.Definitions[t.Code] = def
		for _, p := range t.Check(vals) {
			res.Problems = append(res.Problems, t.Code+": "+p)
		}
	}
	return res, unit, nil
}

// parsePeriod reads a period, its problem reported on the field "period".
func parsePeriod(period string) (law.ReportPeriod, error) {
	p, err := law.ParsePeriod(period)
	if de, ok := fromLaw(err).(*domain.Error); ok {
		return p, &domain.Error{Kind: de.Kind, Message: de.Message, Fields: map[string]string{"period": de.Message}}
	}
	return p, err
}

func forms(m map[string]map[string]float64, code string) map[string]float64 {
	if m[code] == nil {
		m[code] = map[string]float64{}
	}
	return m[code]
}

// value is r's number given the leaf values of its table: a total is summed
// from its parts (which may be totals themselves).
func (r *statRule) value(vals map[string]float64) float64 {
	if r.sum == nil {
		return vals[r.number]
	}
	total := 0.0
	for _, n := range r.sum {
		total += statRuleFor(r.table, n).value(vals)
	}
	return total
}

// statTableDefs are the layouts of the report, the optional ones only when
// optional.
func statTableDefs(optional bool) []reports.StatTableDef {
	var out []reports.StatTableDef
	for _, t := range reports.StatTables() {
		if optional || !t.Optional {
			out = append(out, t)
		}
	}
	return out
}

func tableView(t reports.StatTableDef) StatTableView {
	v := StatTableView{Code: t.Code, Title: t.Title, Source: t.Source, Status: t.Status, Note: t.Note,
		Optional: t.Optional, Columns: []StatColumnView{}}
	for _, c := range t.Columns {
		path := append([]string{}, c.Path...)
		v.Columns = append(v.Columns, StatColumnView{Number: c.Number, Label: c.Label, Formula: c.Formula, Kind: c.Kind, Path: path})
	}
	return v
}

// statRuleIndex finds a rule by table and column number.
var statRuleIndex = func() map[string]map[string]*statRule {
	m := map[string]map[string]*statRule{}
	for i := range statRules {
		r := &statRules[i]
		if m[r.table] == nil {
			m[r.table] = map[string]*statRule{}
		}
		if m[r.table][r.number] != nil {
			panic("statistics: two rules for " + r.table + " column " + r.number)
		}
		m[r.table][r.number] = r
	}
	return m
}()

// statRuleFor returns the rule of column number of table, or nil.
func statRuleFor(table, number string) *statRule { return statRuleIndex[table][number] }

// DrillRow is one record behind a number of the report.
type DrillRow struct {
	// Column is the leaf column the record counts in (a total lists the
	// records of its parts).
	Column string `json:"column"`
	// Kind is "visit", "session", "petition" or "case".
	Kind   string `json:"kind"`
	ID     int64  `json:"id"`
	Number int    `json:"number"`
	Year   int    `json:"year"`
	Date   string `json:"date"`
	// Name is the first person, "[Được giữ bí mật]" when protected, and ""
	// for an account that may not read the register the record is in; the
	// summary likewise.
	Name    string `json:"name"`
	Summary string `json:"summary"`
	// Value is what the record adds to the number (1, its people, money …).
	Value float64 `json:"value"`
}

// Drill returns the records behind column of table code in period: the rows
// of the very query that counts it, so their values add up to the number.
//
// Errors: Invalid (the period); NotFound (no such column); Unauthorized;
// Forbidden; Internal.
func (s *Statistics) Drill(period, code, column string) ([]DrillRow, error) {
	a, err := s.deps.require(PermViewReports)
	if err != nil {
		return nil, err
	}
	p, err := parsePeriod(period)
	if err != nil {
		return nil, err
	}
	r := statRuleFor(code, column)
	if r == nil {
		return nil, domain.Errorf(domain.NotFound, "Không có cột %s trong biểu %s.", column, code)
	}
	st, _ := s.deps.store()
	out := []DrillRow{}
	if err := r.drill(context.Background(), st, p, func(col string, row store.StatRow) {
		out = append(out, drillRow(a, col, row))
	}); err != nil {
		return nil, err
	}
	return out, nil
}

// drill calls add with every record behind r, its parts' for a total.
func (r *statRule) drill(ctx context.Context, st *store.Store, p law.ReportPeriod, add func(string, store.StatRow)) error {
	if r.sum != nil {
		for _, n := range r.sum {
			if err := statRuleFor(r.table, n).drill(ctx, st, p, add); err != nil {
				return err
			}
		}
		return nil
	}
	rows, err := st.StatRows(ctx, p.From.String(), p.To.String(), r.query)
	for _, row := range rows {
		add(r.number, row)
	}
	return err
}

// drillRow shows row to account a.
func drillRow(a *domain.Account, column string, row store.StatRow) DrillRow {
	out := DrillRow{Column: column, Kind: row.Kind, ID: row.ID, Number: row.Number, Year: row.Year, Date: row.Date,
		Name: row.Name, Summary: row.Summary, Value: row.Value}
	register := PermViewPetitions
	if row.Kind == "visit" || row.Kind == "session" {
		register = PermViewLogbook
	}
	switch {
	case !Allowed(a.Role, register):
		out.Name, out.Summary = "", ""
	case row.Protected:
		out.Name = maskedName
	}
	return out
}

// statRenderers are the formats the report exports to.
var statRenderers = map[string]func(io.Writer, reports.StatReport) error{
	"xlsx": reports.StatisticsXLSX,
	"pdf":  reports.StatisticsPDF,
}

// ExportXLSX returns the report of period as an Excel workbook (one sheet
// per table), base64-encoded, the optional tables only when optional. The
// export is written to the audit trail (action "export").
//
// Errors: Invalid (the period, the unit not set up); Unauthorized;
// Forbidden; Internal.
func (s *Statistics) ExportXLSX(period string, optional bool) (string, error) {
	return s.export("xlsx", period, optional)
}

// ExportPDF returns the report of period as a PDF (one table per page),
// base64-encoded; as ExportXLSX.
//
// Errors: as ExportXLSX.
func (s *Statistics) ExportPDF(period string, optional bool) (string, error) {
	return s.export("pdf", period, optional)
}

func (s *Statistics) export(format, period string, optional bool) (string, error) {
	a, err := s.deps.require(PermViewReports)
	if err != nil {
		return "", err
	}
	res, unit, err := s.deps.statistics(period, optional)
	if err != nil {
		return "", err
	}
	if unit == nil {
		unit = &domain.Unit{} // the renderer asks for the unit's settings
	}
	var file bytes.Buffer
	if err := statRenderers[format](&file, res.Report(*unit)); err != nil {
		return "", err
	}
	codes := make([]string, len(res.Tables))
	for i, t := range res.Tables {
		codes[i] = t.Code
	}
	st, _ := s.deps.store()
	if err := st.RecordEvent(context.Background(), actor(a), "export", "statistics", "", map[string]any{
		"period": res.Period.Period, "from": res.Period.From, "to": res.Period.To, "format": format,
		"tables": strings.Join(codes, ", "),
	}); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(file.Bytes()), nil
}
