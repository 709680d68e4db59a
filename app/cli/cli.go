// Package cli is the command line of tiepdan: it parses the subcommands and
// their flags, opens the data folder, builds the services and runs the
// command. Messages are Vietnamese; a failure prints one line on stderr and
// gives a non-zero exit status.
//
// Opening the desktop window needs the Wails runtime, which only package main
// links; it is passed in as Env.OpenWindow.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"tiepdan/app"
	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/store"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// Env is what the command line needs from its caller.
type Env struct {
	Stdout, Stderr io.Writer
	// Stdin gives a password for --user; nil means os.Stdin.
	Stdin io.Reader
	// Assets is the built frontend (index.html at its root).
	Assets fs.FS
	// OpenWindow opens the desktop window bound to services, for the data
	// folder dataDir, and returns when it is closed.
	OpenWindow func(services *app.Services, dataDir string, log *slog.Logger) error
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Context, when not nil, ends long-running commands (serve) when done;
	// nil means Ctrl+C or a termination signal.
	Context context.Context
}

// command is one subcommand.
type command struct {
	name, args, summary string
	run                 func(env Env, args []string) error
}

// commands lists the subcommands in the order help shows them; filled in init
// because help refers to the list. A command with two forms has a line for
// each; Main runs the first entry of a name, so both must name the same run.
var commands []command

func init() {
	commands = []command{
		{"", "[--data THƯ_MỤC]", "mở cửa sổ ứng dụng", runWindow},
		{"serve", "[--addr 127.0.0.1:8765] [--lan] [--data THƯ_MỤC]", "phục vụ giao diện qua trình duyệt trên máy này", runServe},
		{"holidays", "NĂM [--data THƯ_MỤC]", "in lịch làm việc của năm: các ngày nghỉ, ngày làm bù khác lịch Thứ Hai–Thứ Sáu", runHolidays},
		{"deadline", "--from NGÀY (--days N [--working] | --rule MÃ [--alternative]) [--data THƯ_MỤC]",
			"tính thời hạn: dòng đầu là hạn cuối, rồi căn cứ và cách đếm từng ngày", runDeadline},
		{"deadline", "--rules", "liệt kê các quy tắc thời hạn: mã, căn cứ, thời gian có hiệu lực", runDeadline},
		{"backup", "[--out TỆP] [--data THƯ_MỤC]", "sao lưu dữ liệu vào thư mục backups/ của thư mục dữ liệu, hoặc vào TỆP", runBackup},
		{"restore", "TỆP [--data THƯ_MỤC]", "khôi phục dữ liệu từ bản sao lưu TỆP; dữ liệu hiện tại được giữ lại thành một bản sao lưu", runRestore},
		{"check", "[--data THƯ_MỤC]", "kiểm tra dữ liệu: cấu trúc tệp, khóa ngoại, chuỗi mã kiểm tra của nhật ký thao tác", runCheck},
		{"demo", "[--visits N] [--petitions M] [--seed S] [--data THƯ_MỤC]", "tạo dữ liệu mẫu (đơn vị, tài khoản, sổ tiếp công dân, đơn thư và vụ việc 6 tháng) trong thư mục dữ liệu trống", runDemo},
		{"export", "visits|petitions [--from NGÀY] [--to NGÀY] --out TỆP.xlsx|.pdf|.json [--user TÊN] [--data THƯ_MỤC]", "xuất sổ tiếp công dân (visits, Mẫu 03/TCD) ra Excel, PDF hoặc JSON, hoặc sổ tiếp nhận, xử lý đơn (petitions, kèm mọi thời hạn và căn cứ) ra Excel hoặc JSON; người được giữ bí mật bị che tên, trừ khi --user là tài khoản có quyền xem (mật khẩu nhập vào đầu vào chuẩn)", runExport},
		{"print", "MẪU --id N [--sub N] --out TỆP.pdf [--period KỲ] [--number N] [--date NGÀY] [--user TÊN] [--data THƯ_MỤC]", printSummary(), runPrint},
		{"report", "--period KỲ --out TỆP.xlsx|.pdf|.json [--optional] [--data THƯ_MỤC]", "xuất báo cáo thống kê theo biểu của Thông tư 01/2024/TT-TTCP; KỲ: 2026-Q1…2026-Q4, 2026-6M, 2026-9M, 2026 hoặc 2026-03-15..2026-06-14", runReport},
		{"version", "", "in phiên bản, mã nguồn, ngày dựng, phiên bản Go và SQLite", runVersion},
		{"help", "", "in hướng dẫn này", runHelp},
	}
}

// usageError is a mistake in the command line itself (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// Main runs the command line args (without the program name) and returns the
// exit status.
func Main(args []string, env Env) int {
	if env.Now == nil {
		env.Now = time.Now
	}
	name := ""
	if len(args) > 0 && (!strings.HasPrefix(args[0], "-") || args[0] == "-h" || args[0] == "--help") {
		name, args = args[0], args[1:]
	}
	if name == "-h" || name == "--help" {
		name = "help"
	}
	for _, c := range commands {
		if c.name == name {
			err := c.run(env, args)
			if err == nil {
				return exitOK
			}
			fmt.Fprintf(env.Stderr, "tiepdan: %s\n", message(err))
			if errors.As(err, new(usageError)) {
				return exitUsage
			}
			return exitFail
		}
	}
	fmt.Fprintf(env.Stderr, "tiepdan: không có lệnh «%s». Gõ «tiepdan help» để xem các lệnh.\n", name)
	return exitUsage
}

// message is the one line a person sees for err.
func message(err error) string {
	var de *domain.Error
	if errors.As(err, &de) && de.Kind != domain.Internal {
		return de.Message
	}
	var le *law.Error
	if errors.As(err, &le) {
		return le.Message
	}
	var ue usageError
	if errors.As(err, &ue) {
		return ue.msg
	}
	return "lỗi hệ thống: " + err.Error()
}

// flags returns a flag set that reports mistakes in Vietnamese instead of
// printing Go's English usage.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args, which hold only flags, and turns the flag package's
// errors into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	_, err := parseOperands(fs, args, 0)
	return err
}

// invalidValue matches the flag package's message for a value it cannot parse.
var invalidValue = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?(-\S+): `)

// parseOperands parses args, which hold flags and at most max operands before,
// between or after them (tiepdan holidays 2026 --data D), and returns the
// operands. The flag package's errors become usage errors.
func parseOperands(fs *flag.FlagSet, args []string, max int) ([]string, error) {
	var operands []string
	for {
		err := fs.Parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			return nil, usageError{"gõ «tiepdan help» để xem cách dùng"}
		case err != nil:
			msg := err.Error()
			if f, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
				msg = "không có tùy chọn " + f
			} else if f, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
				msg = "tùy chọn " + f + " cần một giá trị"
			} else if m := invalidValue.FindStringSubmatch(msg); m != nil {
				msg = fmt.Sprintf("giá trị «%s» của tùy chọn %s không hợp lệ", m[1], m[2])
			}
			return nil, usageError{msg}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		operands = append(operands, args[0])
		args = args[1:]
	}
	if len(operands) > max {
		return nil, usageError{fmt.Sprintf("thừa tham số «%s»", strings.Join(operands[max:], " "))}
	}
	return operands, nil
}

// DefaultDataDir is the data folder when --data is not given: the OS user
// config folder + /TiepDan (on Windows %AppData%\TiepDan).
func DefaultDataDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "."
	}
	return filepath.Join(dir, "TiepDan")
}

// dataFlag adds --data to fs.
func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", DefaultDataDir(), "thư mục dữ liệu")
}

// opened is a data folder opened for a command.
type opened struct {
	services *app.Services
	dir      string
	log      *slog.Logger
	close    func()
}

// open opens the data folder dir: its log, its store and the services. When
// keepBroken is true a store that cannot be opened does not fail the call:
// the services report the reason instead (the window shows it).
func open(env Env, dir string, keepBroken bool) (*opened, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, usageError{fmt.Sprintf("thư mục dữ liệu «%s» không hợp lệ", dir)}
	}
	log, logFile := app.OpenLog(dir, env.Stderr)
	st, err := store.Open(dir, env.Now)
	if err != nil {
		log.Error("không mở được dữ liệu", "dir", dir, "error", err.Error())
		if !keepBroken {
			logFile.Close()
			return nil, err
		}
	}
	services := app.New(app.Deps{Store: st, Log: log, Now: env.Now, DataDir: dir, Broken: err})
	return &opened{services: services, dir: dir, log: log, close: func() {
		if st != nil {
			st.Close()
		}
		logFile.Close()
	}}, nil
}

func runWindow(env Env, args []string) error {
	fs := flags("")
	data := dataFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	o, err := open(env, *data, true)
	if err != nil {
		return err
	}
	defer o.close()
	defer o.autoBackups()() // daily now; on close, after the window (backup.go)
	if err := env.OpenWindow(o.services, o.dir, o.log); err != nil {
		o.log.Error("không mở được cửa sổ", "error", err.Error())
		return domain.Wrap(domain.Unavailable, err, "không mở được cửa sổ ứng dụng: "+err.Error())
	}
	return nil
}

func runVersion(env Env, args []string) error {
	if err := parse(flags("version"), args); err != nil {
		return err
	}
	b := app.Build()
	sqlite, err := store.LibraryVersion()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "TiếpDân %s\nmã nguồn: %s\nngày dựng: %s\nGo: %s\nSQLite: %s\n",
		b.Version, b.Commit, b.BuildDate, b.GoVersion, sqlite)
	return nil
}

func runHelp(env Env, args []string) error {
	if err := parse(flags("help"), args); err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintln(w, "TiếpDân — phần mềm tiếp công dân, xử lý đơn thư của Ủy ban nhân dân cấp xã.")
	fmt.Fprintln(w, "\nCách dùng:")
	for _, c := range commands {
		usage := strings.TrimSpace("tiepdan " + strings.TrimSpace(c.name+" "+c.args))
		if utf8.RuneCountInString(usage) > 62 {
			// Too long for the column: the summary goes on the next line.
			fmt.Fprintf(w, "  %s\n  %-62s %s\n", usage, "", c.summary)
			continue
		}
		fmt.Fprintf(w, "  %-62s %s\n", usage, c.summary)
	}
	fmt.Fprintf(w, "\nThư mục dữ liệu mặc định: %s\n", DefaultDataDir())
	fmt.Fprintln(w, "Ngày tháng trên dòng lệnh ghi theo dạng năm-tháng-ngày, ví dụ 2026-03-15.")
	return nil
}

// runContext is env.Context, or one cancelled by Ctrl+C or a termination signal.
func (env Env) runContext() (context.Context, context.CancelFunc) {
	if env.Context != nil {
		return context.WithCancel(env.Context)
	}
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
