package cli

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tiepdan/app"
	"tiepdan/app/domain"
	"tiepdan/store"
)

// runPrint writes one printable document as a PDF: tiepdan print FORM --id
// N --out F.pdf, FORM being a code of app.PrintForms (02/TCD, 01/TCD, LICH,
// NOI-QUY …). Without --user it prints with no login and refuses a document
// that shows a protected identity; with --user it logs in as that account
// (the password read from standard input) and prints with its rights.
func runPrint(env Env, args []string) error {
	fs := flags("print")
	data := dataFlag(fs)
	user := userFlag(fs)
	id := fs.Int64("id", 0, "mã bản ghi")
	sub := fs.Int64("sub", 0, "mã thứ hai")
	period := fs.String("period", "", "tháng hoặc quý của lịch tiếp")
	number := fs.Int("number", 0, "số văn bản")
	date := fs.String("date", "", "ngày văn bản")
	out := fs.String("out", "", "tệp PDF")
	ops, err := parseOperands(fs, args, 1)
	if err != nil {
		return err
	}
	if len(ops) == 0 {
		return usageError{"thiếu mã mẫu cần in, ví dụ: tiepdan print 02/TCD --id 3 --out bien-nhan.pdf. Các mẫu: " + formCodes()}
	}
	form, err := app.LookupPrintForm(ops[0])
	if err != nil {
		return usageError{message(err)}
	}
	switch {
	case form.Key != "" && *id <= 0:
		return usageError{fmt.Sprintf("mẫu %s cần --id N (%s)", form.Code, form.Key)}
	case form.NeedsPeriod && *period == "":
		return usageError{fmt.Sprintf("mẫu %s cần --period, ví dụ --period 2026-12 (một tháng) hoặc --period 2026-Q1 (một quý)", form.Code)}
	case *out == "":
		return usageError{"thiếu --out TỆP.pdf"}
	case strings.ToLower(filepath.Ext(*out)) != ".pdf":
		return usageError{fmt.Sprintf("tệp «%s» phải có đuôi .pdf", *out)}
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
	pdf, err := o.services.Print(form.Code, app.PrintJob{ID: *id, Sub: *sub, Period: *period, Number: *number, Date: *date})
	if err != nil {
		return withUserHint(err, *user)
	}
	if err := writeFile(path, func(w io.Writer) error { _, err := w.Write(pdf); return err }); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã in %s (%s) vào %s.\n", form.Title, form.Code, path)
	return nil
}

// printSummary is the help line of print, from the registry of forms.
func printSummary() string {
	var forms []string
	for _, f := range app.PrintForms() {
		what := f.Title
		if f.Key != "" {
			what += ", --id " + f.Key
		}
		if f.NeedsPeriod {
			what += ", --period 2026-12 hoặc 2026-Q1"
		}
		forms = append(forms, fmt.Sprintf("%s (%s)", f.Code, what))
	}
	return "in một văn bản; MẪU: " + strings.Join(forms, "; ") + ". Văn bản có danh tính được giữ bí mật cần --user"
}

// formCodes lists the printable forms' codes for a message.
func formCodes() string {
	var codes []string
	for _, f := range app.PrintForms() {
		codes = append(codes, f.Code)
	}
	return strings.Join(codes, ", ")
}

// withUserHint adds to a refusal without --user how to print with an
// account's rights.
func withUserHint(err error, user string) error {
	var de *domain.Error
	if user != "" || !errors.As(err, &de) || de.Kind != domain.Forbidden {
		return err
	}
	return domain.Errorf(domain.Forbidden, "%s Trên dòng lệnh, thêm --user TÊN_ĐĂNG_NHẬP của tài khoản có quyền (mật khẩu nhập vào đầu vào chuẩn).", de.Message)
}

// userFlag adds --user to fs: the account whose rights a command uses.
func userFlag(fs *flag.FlagSet) *string {
	return fs.String("user", "", "tên đăng nhập")
}

// openExisting opens the data folder dir for a command that reads it; a
// folder without data is NotFound rather than a new, empty database.
func openExisting(env Env, dir string) (*opened, error) {
	dir, err := dataDir(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); errors.Is(err, os.ErrNotExist) {
		return nil, domain.Errorf(domain.NotFound, "thư mục %s chưa có dữ liệu TiếpDân (không có tệp %s)", dir, store.FileName)
	}
	return open(env, dir, false)
}

// loginAs logs o's services in as user (nothing when user is ""), with the
// password read from the first line of env.Stdin, so that the account's
// rights and its vault key apply; logout ends the session.
func (o *opened) loginAs(env Env, user string) (logout func(), err error) {
	if user == "" {
		return func() {}, nil
	}
	in := env.Stdin
	if in == nil {
		in = os.Stdin
	}
	if f, ok := in.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			fmt.Fprintf(env.Stderr, "Mật khẩu của %s: ", user)
		}
	}
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, domain.Wrap(domain.Unavailable, err, "không đọc được mật khẩu từ đầu vào chuẩn")
	}
	password := strings.TrimRight(line, "\r\n")
	if password == "" {
		return nil, usageError{fmt.Sprintf("thiếu mật khẩu của %s: nhập mật khẩu vào đầu vào chuẩn, ví dụ: tiepdan ... --user %s < matkhau.txt", user, user)}
	}
	if _, err := o.services.Auth.Login(user, password); err != nil {
		return nil, err
	}
	return func() { _ = o.services.Auth.Logout() }, nil
}
