package cli

import (
	"flag"
	"fmt"
	"strconv"

	"tiepdan/app/domain"
	"tiepdan/app/law"
)

// runHolidays prints the working calendar of a year, with the administrator's
// stored edits, in the format of law.FormatHolidays.
func runHolidays(env Env, args []string) error {
	fs := flags("holidays")
	data := dataFlag(fs)
	ops, err := parseOperands(fs, args, 1)
	if err != nil {
		return err
	}
	if len(ops) == 0 {
		return usageError{"thiếu năm, ví dụ: tiepdan holidays 2026"}
	}
	year, err := strconv.Atoi(ops[0])
	if err != nil {
		return usageError{fmt.Sprintf("năm «%s» không hợp lệ, ví dụ: tiepdan holidays 2026", ops[0])}
	}
	// Checked before the data folder is touched.
	if year < law.MinYear || year > law.MaxYear {
		return domain.Errorf(domain.Invalid, "năm %d nằm ngoài khoảng lịch hỗ trợ (%d–%d)", year, law.MinYear, law.MaxYear)
	}
	o, err := open(env, *data, false)
	if err != nil {
		return err
	}
	defer o.close()
	cal, err := o.services.WorkingCalendar()
	if err != nil {
		return err
	}
	yc, err := cal.Year(year)
	if err != nil {
		return err
	}
	fmt.Fprint(env.Stdout, law.FormatHolidays(yc))
	return nil
}

// runDeadline counts a deadline on the working calendar with the stored
// edits and prints it in the format of law.FormatDeadline, or, with --rules,
// lists every version of the deadline rules (law.FormatRules).
func runDeadline(env Env, args []string) error {
	fs := flags("deadline")
	data := dataFlag(fs)
	from := fs.String("from", "", "ngày bắt đầu tính (ngày xảy ra sự kiện)")
	days := fs.Int("days", 0, "số ngày")
	working := fs.Bool("working", false, "tính theo ngày làm việc")
	rule := fs.String("rule", "", "mã quy tắc thời hạn")
	alternative := fs.Bool("alternative", false, "cách hiểu khác của quy tắc")
	rules := fs.Bool("rules", false, "liệt kê các quy tắc")
	if err := parse(fs, args); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	if *rules {
		for _, f := range []string{"from", "days", "working", "rule", "alternative"} {
			if set[f] {
				return usageError{fmt.Sprintf("--rules không dùng cùng --%s", f)}
			}
		}
		// The rules are data of the program: no data folder is needed.
		fmt.Fprint(env.Stdout, law.FormatRules(law.Rules()))
		return nil
	}
	switch {
	case !set["from"]:
		return usageError{"thiếu --from NGÀY (ngày bắt đầu tính, ví dụ 2026-03-15), hoặc dùng --rules để xem các quy tắc"}
	case set["days"] && set["rule"]:
		return usageError{"chỉ chọn một trong --days và --rule"}
	case !set["days"] && !set["rule"]:
		return usageError{"thiếu --days N (số ngày) hoặc --rule MÃ (mã quy tắc, xem tiepdan deadline --rules)"}
	case set["working"] && !set["days"]:
		return usageError{"--working chỉ dùng với --days; quy tắc đã có sẵn đơn vị ngày"}
	case set["alternative"] && !set["rule"]:
		return usageError{"--alternative chỉ dùng với --rule"}
	case set["days"] && (*days < 1 || *days > law.MaxLength):
		return usageError{fmt.Sprintf("--days phải từ 1 đến %d", law.MaxLength)}
	}
	start, err := law.ParseDate(*from)
	if err != nil {
		return usageError{fmt.Sprintf("ngày «%s» không hợp lệ, cần dạng năm-tháng-ngày, ví dụ 2026-03-15", *from)}
	}
	o, err := open(env, *data, false)
	if err != nil {
		return err
	}
	defer o.close()
	cal, err := o.services.WorkingCalendar()
	if err != nil {
		return err
	}
	var dl law.Deadline
	switch {
	case set["rule"] && *alternative:
		dl, err = cal.RuleDeadline(*rule, start, law.RuleOptions{Alternative: true})
	case set["rule"]:
		// The reading the unit chose in Cài đặt › Cách tính thời hạn.
		dl, err = o.services.RuleDeadline(*rule, start, nil, nil)
	default:
		unit := law.CalendarDays
		if *working {
			unit = law.WorkingDays
		}
		dl, err = cal.Explain(law.Count{From: start, Length: *days, Unit: unit})
	}
	if err != nil {
		return err
	}
	fmt.Fprint(env.Stdout, law.FormatDeadline(dl))
	return nil
}
