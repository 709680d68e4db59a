package law

import "testing"

// The table of law.md §4.2, for 2026, with the labels of the period line.
func TestPeriodFor(t *testing.T) {
	tests := []struct {
		kind     PeriodKind
		from, to string
		label    string
		str      string
	}{
		{PeriodQ1, "2025-12-15", "2026-03-14", "Quý I năm 2026 (từ 15/12/2025 đến 14/3/2026)", "2026-Q1"},
		{PeriodQ2, "2026-03-15", "2026-06-14", "Quý II năm 2026 (từ 15/3/2026 đến 14/6/2026)", "2026-Q2"},
		{PeriodQ3, "2026-06-15", "2026-09-14", "Quý III năm 2026 (từ 15/6/2026 đến 14/9/2026)", "2026-Q3"},
		{PeriodQ4, "2026-09-15", "2026-12-14", "Quý IV năm 2026 (từ 15/9/2026 đến 14/12/2026)", "2026-Q4"},
		{PeriodSixMonths, "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026 (từ 15/12/2025 đến 14/6/2026)", "2026-6M"},
		{PeriodNineMonths, "2025-12-15", "2026-09-14", "9 tháng đầu năm 2026 (từ 15/12/2025 đến 14/9/2026)", "2026-9M"},
		{PeriodYear, "2025-12-15", "2026-12-14", "Năm 2026 (từ 15/12/2025 đến 14/12/2026)", "2026"},
	}
	for _, tt := range tests {
		p, err := PeriodFor(tt.kind, 2026)
		if err != nil {
			t.Fatalf("PeriodFor(%s, 2026): %v", tt.kind, err)
		}
		if p.Kind != tt.kind || p.Year != 2026 || p.From.String() != tt.from || p.To.String() != tt.to ||
			p.Label != tt.label || p.String() != tt.str {
			t.Errorf("PeriodFor(%s, 2026) = %+v (%s)", tt.kind, p, p)
		}
		if back, err := ParsePeriod(tt.str); err != nil || back != p {
			t.Errorf("ParsePeriod(%q) = %+v, %v", tt.str, back, err)
		}
		if b := p.Basis().String(); b != "Thông tư 01/2024/TT-TTCP" {
			t.Errorf("%s: basis %q", tt.str, b)
		}
	}
}

// The quarters follow one another without gap or overlap and cover the year;
// the cumulative periods end with the quarters.
func TestPeriodsTile(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		must := func(k PeriodKind) ReportPeriod {
			p, err := PeriodFor(k, y)
			if err != nil {
				t.Fatalf("PeriodFor(%s, %d): %v", k, y, err)
			}
			return p
		}
		q := []ReportPeriod{must(PeriodQ1), must(PeriodQ2), must(PeriodQ3), must(PeriodQ4)}
		year, six, nine := must(PeriodYear), must(PeriodSixMonths), must(PeriodNineMonths)
		days := 0
		for i, p := range q {
			days += p.Days()
			if i > 0 && p.From != q[i-1].To.AddDays(1) {
				t.Fatalf("%d: gap or overlap before %s", y, p.Kind)
			}
		}
		if q[0].From != year.From || q[3].To != year.To || days != year.Days() ||
			six.From != year.From || six.To != q[1].To || nine.From != year.From || nine.To != q[2].To {
			t.Fatalf("%d: periods do not fit together", y)
		}
		if y > MinYear {
			prev, _ := PeriodFor(PeriodYear, y-1)
			if year.From != prev.To.AddDays(1) {
				t.Fatalf("%d: years do not follow one another", y)
			}
		}
	}
	// 15/12/2023–14/3/2024 has the leap day: 17 + 31 + 29 + 14 days.
	if p, _ := PeriodFor(PeriodQ1, 2024); p.Days() != 91 {
		t.Errorf("Q1 2024 has %d days, want 91", p.Days())
	}
}

// Around 15 December the data move to the next reporting year.
func TestReportYearBoundary(t *testing.T) {
	tests := []struct {
		day     string
		year    int
		quarter string
	}{
		{"2025-12-14", 2025, "2025-Q4"},
		{"2025-12-15", 2026, "2026-Q1"},
		{"2025-12-31", 2026, "2026-Q1"},
		{"2026-01-01", 2026, "2026-Q1"},
		{"2026-03-14", 2026, "2026-Q1"},
		{"2026-03-15", 2026, "2026-Q2"},
		{"2026-06-14", 2026, "2026-Q2"},
		{"2026-06-15", 2026, "2026-Q3"},
		{"2026-09-15", 2026, "2026-Q4"},
		{"2026-12-14", 2026, "2026-Q4"},
		{"2026-12-15", 2027, "2027-Q1"},
	}
	for _, tt := range tests {
		d := day(t, tt.day)
		if got := ReportYear(d); got != tt.year {
			t.Errorf("ReportYear(%s) = %d, want %d", tt.day, got, tt.year)
		}
		q, err := QuarterOf(d)
		if err != nil || q.String() != tt.quarter || !q.Contains(d) {
			t.Errorf("QuarterOf(%s) = %s, %v; want %s", tt.day, q, err, tt.quarter)
		}
	}
	if _, err := QuarterOf(day(t, "2199-12-20")); KindOf(err) != Invalid {
		t.Errorf("QuarterOf past MaxYear: %v", err)
	}
}

func TestCurrentPeriod(t *testing.T) {
	tests := []struct {
		today string
		kind  PeriodKind
		want  string
	}{
		{"2026-11-27", PeriodQ1, "2026-Q1"},
		{"2026-11-27", PeriodQ4, "2026-Q4"},
		{"2026-11-27", PeriodSixMonths, "2026-6M"}, // already ended: the 6-month report of this reporting year
		{"2026-11-27", PeriodYear, "2026"},
		{"2026-12-20", PeriodYear, "2027"},
		{"2026-12-20", PeriodQ1, "2027-Q1"},
		{"2026-12-14", PeriodNineMonths, "2026-9M"},
	}
	for _, tt := range tests {
		p, err := CurrentPeriod(day(t, tt.today), tt.kind)
		if err != nil || p.String() != tt.want {
			t.Errorf("CurrentPeriod(%s, %s) = %s, %v; want %s", tt.today, tt.kind, p, err, tt.want)
		}
	}
	if _, err := CurrentPeriod(day(t, "2026-11-27"), PeriodRange); KindOf(err) != Invalid {
		t.Errorf("CurrentPeriod(range): %v", err)
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in, str, from, to, label string
	}{
		{"2026-Q1", "2026-Q1", "2025-12-15", "2026-03-14", "Quý I năm 2026 (từ 15/12/2025 đến 14/3/2026)"},
		{" 2026-q3 ", "2026-Q3", "2026-06-15", "2026-09-14", "Quý III năm 2026 (từ 15/6/2026 đến 14/9/2026)"},
		{"2026-6m", "2026-6M", "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026 (từ 15/12/2025 đến 14/6/2026)"},
		{"2026-9M", "2026-9M", "2025-12-15", "2026-09-14", "9 tháng đầu năm 2026 (từ 15/12/2025 đến 14/9/2026)"},
		{"2026", "2026", "2025-12-15", "2026-12-14", "Năm 2026 (từ 15/12/2025 đến 14/12/2026)"},
		{"2026-03-15..2026-06-14", "2026-03-15..2026-06-14", "2026-03-15", "2026-06-14", "Từ 15/3/2026 đến 14/6/2026"},
		{"2026-01-05 .. 2026-01-05", "2026-01-05..2026-01-05", "2026-01-05", "2026-01-05", "Từ 05/01/2026 đến 05/01/2026"},
		{"1900-Q1", "1900-Q1", "1899-12-15", "1900-03-14", "Quý I năm 1900 (từ 15/12/1899 đến 14/3/1900)"},
		{"2199", "2199", "2198-12-15", "2199-12-14", "Năm 2199 (từ 15/12/2198 đến 14/12/2199)"},
		{"1900-01-01..2199-12-31", "1900-01-01..2199-12-31", "1900-01-01", "2199-12-31", "Từ 01/01/1900 đến 31/12/2199"},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", tt.in, err)
			continue
		}
		if p.String() != tt.str || p.From.String() != tt.from || p.To.String() != tt.to || p.Label != tt.label {
			t.Errorf("ParsePeriod(%q) = %+v", tt.in, p)
		}
		if back, err := ParsePeriod(p.String()); err != nil || back != p {
			t.Errorf("round trip of %q: %+v, %v", tt.in, back, err)
		}
	}
	if p, _ := ParsePeriod("2026-03-15..2026-06-14"); p.Kind != PeriodRange || p.Year != 0 {
		t.Errorf("a range equal to Quý II stays a range: %+v", p)
	}
}

func TestParsePeriodInvalid(t *testing.T) {
	const hint = " (cần dạng 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M, 2026 hoặc 2026-03-15..2026-06-14)"
	tests := []struct {
		in, want string
	}{
		{"", "Chưa nhập kỳ báo cáo" + hint},
		{"   ", "Chưa nhập kỳ báo cáo" + hint},
		{"2026-Q5", `Kỳ báo cáo "2026-Q5" không hợp lệ` + hint},
		{"2026-Q0", `Kỳ báo cáo "2026-Q0" không hợp lệ` + hint},
		{"2026-", `Kỳ báo cáo "2026-" không hợp lệ` + hint},
		{"2026-YEAR", `Kỳ báo cáo "2026-YEAR" không hợp lệ` + hint},
		{"2026-range", `Kỳ báo cáo "2026-range" không hợp lệ` + hint},
		{"2026-Q1-Q2", `Kỳ báo cáo "2026-Q1-Q2" không hợp lệ` + hint},
		{"26-Q1", `Kỳ báo cáo "26-Q1" không hợp lệ` + hint},
		{"2026/Q1", `Kỳ báo cáo "2026/Q1" không hợp lệ` + hint},
		{"Q1-2026", `Kỳ báo cáo "Q1-2026" không hợp lệ` + hint},
		{"quý I 2026", `Kỳ báo cáo "quý I 2026" không hợp lệ` + hint},
		{"２０２６", `Kỳ báo cáo "２０２６" không hợp lệ` + hint},
		{"+2026", `Kỳ báo cáo "+2026" không hợp lệ` + hint},
		{"2200", "Năm 2200 nằm ngoài khoảng 1900–2199"},
		{"1899-Q4", "Năm 1899 nằm ngoài khoảng 1900–2199"},
		{"0000-6M", "Năm 0 nằm ngoài khoảng 1900–2199"},
		{"2026-06-14..2026-03-15", "Ngày đầu kỳ (14/06/2026) sau ngày cuối kỳ (15/03/2026)"},
		{"2026-02-30..2026-03-01", `Ngày đầu kỳ "2026-02-30" không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-03-15)`},
		{"2026-03-15..", `Ngày cuối kỳ "" không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-06-14)`},
		{"..2026-03-15", `Ngày đầu kỳ "" không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-03-15)`},
		{"2026-03-15..2026-06-14..2026-09-14", `Ngày cuối kỳ "2026-06-14..2026-09-14" không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-06-14)`},
		{"15/3/2026..14/6/2026", `Ngày đầu kỳ "15/3/2026" không hợp lệ (cần dạng năm-tháng-ngày, ví dụ 2026-03-15)`},
		{"1899-12-15..1900-03-14", "Ngày 15/12/1899 nằm ngoài khoảng năm 1900–2199"},
		{"2199-12-15..2200-01-01", "Ngày 01/01/2200 nằm ngoài khoảng năm 1900–2199"},
	}
	for _, tt := range tests {
		_, err := ParsePeriod(tt.in)
		if KindOf(err) != Invalid || err.Error() != tt.want {
			t.Errorf("ParsePeriod(%q):\n got %v\nwant %s", tt.in, err, tt.want)
		}
	}
}

func TestPeriodForInvalid(t *testing.T) {
	tests := []struct {
		kind PeriodKind
		year int
		want string
	}{
		{PeriodRange, 2026, "Kỳ báo cáo theo khoảng ngày cần ngày đầu kỳ và ngày cuối kỳ"},
		{"Q5", 2026, `Loại kỳ báo cáo "Q5" không hợp lệ`},
		{"", 2026, `Loại kỳ báo cáo "" không hợp lệ`},
		{PeriodQ1, 1899, "Năm 1899 nằm ngoài khoảng 1900–2199"},
		{PeriodYear, 2200, "Năm 2200 nằm ngoài khoảng 1900–2199"},
	}
	for _, tt := range tests {
		if _, err := PeriodFor(tt.kind, tt.year); KindOf(err) != Invalid || err.Error() != tt.want {
			t.Errorf("PeriodFor(%q, %d) = %v, want %s", tt.kind, tt.year, err, tt.want)
		}
	}
	if _, err := RangePeriod(Date{}, NewDate(2026, 1, 1)); KindOf(err) != Invalid {
		t.Errorf("RangePeriod without a start: %v", err)
	}
}

func TestPeriodBasis(t *testing.T) {
	tests := []struct {
		period, want string
	}{
		{"2026-Q1", "Thông tư 01/2024/TT-TTCP"},
		{"2024-Q1", "Thông tư 01/2024/TT-TTCP"}, // ends 14/3/2024, after TT 01/2024 took effect on 05/3/2024
		{"2023", "Điều 7 Thông tư 02/2021/TT-TTCP"},
		{"2021-Q2", "Điều 7 Thông tư 02/2021/TT-TTCP"},
		{"2019", "Điều 7 Thông tư 02/2021/TT-TTCP"},
		{"2024-02-01..2024-03-04", "Điều 7 Thông tư 02/2021/TT-TTCP"},
		{"2024-02-01..2024-03-05", "Thông tư 01/2024/TT-TTCP"},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.period)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Basis().String(); got != tt.want {
			t.Errorf("%s: basis %q, want %q", tt.period, got, tt.want)
		}
	}
}

func TestPeriodKindLabels(t *testing.T) {
	want := []string{"Quý I", "Quý II", "Quý III", "Quý IV", "6 tháng", "9 tháng", "Năm"}
	for i, k := range PeriodKinds() {
		if k.Label() != want[i] {
			t.Errorf("%s.Label() = %q, want %q", k, k.Label(), want[i])
		}
	}
	if PeriodRange.Label() != "Khoảng ngày" {
		t.Errorf("range label %q", PeriodRange.Label())
	}
}
