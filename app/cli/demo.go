package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"tiepdan/app"
	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/app/secure"
)

// demoPasswordCost is the hash cost of the demo accounts; zero means the
// services' default. The tests make it cheap (export_test.go).
var demoPasswordCost secure.PasswordCost

// runDemo fills an empty data folder with demo data (app.Services.Demo) and
// prints what it wrote, with the accounts and their password.
func runDemo(env Env, args []string) error {
	fs := flags("demo")
	data := dataFlag(fs)
	visits := fs.Int("visits", app.DefaultDemoVisits, "số lượt tiếp")
	petitions := fs.Int("petitions", 0, "số đơn")
	seed := fs.Uint64("seed", 1, "hạt giống sinh dữ liệu")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *visits < 1 || *visits > app.MaxDemoVisits {
		return usageError{fmt.Sprintf("số lượt tiếp (--visits) phải từ 1 đến %d", app.MaxDemoVisits)}
	}
	if *petitions < 0 || *petitions > app.MaxDemoPetitions {
		return usageError{fmt.Sprintf("số đơn (--petitions) phải từ 1 đến %d", app.MaxDemoPetitions)}
	}
	o, err := open(env, *data, false)
	if err != nil {
		return err
	}
	defer o.close()
	start := time.Now()
	res, err := o.services.Demo(app.DemoOptions{Visits: *visits, Petitions: *petitions, Seed: *seed, PasswordCost: demoPasswordCost})
	if err != nil {
		return err
	}
	o.log.Info("đã tạo dữ liệu mẫu", "visits", res.Visits, "seed", *seed, "elapsed", time.Since(start).String())
	printDemo(env.Stdout, o.dir, *seed, res, time.Since(start))
	return nil
}

// printDemo prints the summary of a demo run in Vietnamese.
func printDemo(w io.Writer, dir string, seed uint64, res *app.DemoResult, took time.Duration) {
	secs := strings.Replace(fmt.Sprintf("%.1f", took.Seconds()), ".", ",", 1)
	fmt.Fprintf(w, "Đã tạo dữ liệu mẫu trong %s (hạt giống %d, %s giây).\n", dir, seed, secs)
	u := res.Unit
	var days []string
	for _, d := range u.PeriodicDays {
		days = append(days, domain.WeekdayName(d))
	}
	fmt.Fprintf(w, "Đơn vị: %s, thuộc %s; Chủ tịch %s tiếp công dân định kỳ %s hằng tuần.\n",
		u.Name, u.SuperiorAgency, u.ChairmanName, strings.Join(days, ", "))
	fmt.Fprintf(w, "Kỳ tiếp từ %s đến %s: %d tiếp thường xuyên, %d tiếp định kỳ, %d tiếp đột xuất.\n",
		demoDate(res.From), demoDate(res.To), res.Regular, res.Periodic, res.AdHoc)
	if len(res.SkippedPeriodic) > 0 {
		var skipped []string
		for _, d := range res.SkippedPeriodic {
			skipped = append(skipped, demoDate(d))
		}
		fmt.Fprintf(w, "Các tuần không tiếp định kỳ (để thử cảnh báo): %s.\n", strings.Join(skipped, ", "))
	}
	fmt.Fprintf(w, "Lượt tiếp: %d, với %d người; theo phân loại:\n", res.Visits, res.People)
	for _, k := range domain.VisitKinds {
		label := domain.VisitKindLabel(k)
		if k == domain.ContentDenunciation {
			label += " (danh tính người tố cáo được mã hóa)"
		}
		fmt.Fprintf(w, "  %-60s %5d\n", label, res.ByKind[k])
	}
	var outcomes []string
	for _, o := range app.DemoOutcomes {
		outcomes = append(outcomes, fmt.Sprintf("%s %d", strings.ToLower(o.Label()), res.ByOutcome[o]))
	}
	fmt.Fprintf(w, "Kết quả tiếp: %s.\n", strings.Join(outcomes, ", "))
	fmt.Fprintf(w, "Đoàn đông người: %d đoàn, %d người.\n", res.Groups, res.GroupPeople)
	fmt.Fprintf(w, "Tiếp nhiều lần: %d lượt, của %d vụ việc (tổng số %d vụ việc).\n", res.RepeatVisits, res.RepeatMatters, res.Matters)
	fmt.Fprintf(w, "Đơn thư: %d đơn (%d lần xử lý), %d vụ việc đề xuất thụ lý, %d vụ việc đã có quyết định, kết luận.\n",
		res.Petitions, res.PetitionActions, res.Cases, res.Decided)
	fmt.Fprintf(w, "Tài khoản, cùng mật khẩu «%s», đăng nhập được ngay, không phải đổi mật khẩu:\n", res.Password)
	for _, a := range res.Accounts {
		fmt.Fprintf(w, "  %-10s %-17s %s\n", a.Username, a.Role.Label(), a.FullName)
	}
	fmt.Fprintln(w, "Đây là dữ liệu mẫu để dùng thử: không nhập dữ liệu thật vào thư mục này.")
}

// demoDate shows an ISO date as dd/mm/yyyy, or as it is if it is not one.
func demoDate(iso string) string {
	d, err := law.ParseDate(iso)
	if err != nil {
		return iso
	}
	return d.Display()
}
