package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"tiepdan/app"
	"tiepdan/app/domain"
	"tiepdan/store"
)

// runBackup backs the data folder up: into its backups/ (kind manual, copied
// to the second folder when one is set) or, with --out, into that file.
func runBackup(env Env, args []string) error {
	fs := flags("backup")
	data := dataFlag(fs)
	out := fs.String("out", "", "tệp sao lưu")
	if err := parse(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(*data)
	if err != nil {
		return err
	}
	// Open would create an empty database: there is nothing to back up.
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); errors.Is(err, os.ErrNotExist) {
		return domain.Errorf(domain.NotFound, "thư mục %s chưa có dữ liệu TiếpDân (không có tệp %s)", dir, store.FileName)
	}
	st, err := store.Open(dir, env.Now)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	if *out != "" {
		path, err := filepath.Abs(*out)
		if err != nil {
			return usageError{fmt.Sprintf("tệp «%s» không hợp lệ", *out)}
		}
		if err := st.Backup(ctx, path); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Đã sao lưu vào %s.\n", path)
		return nil
	}
	res, err := st.TakeBackup(ctx, store.BackupManual)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã sao lưu vào %s.\n", res.File.Path)
	if res.Copy != "" {
		fmt.Fprintf(env.Stdout, "Đã chép sang thư mục thứ hai: %s.\n", res.Copy)
	}
	if res.Warning != "" {
		fmt.Fprintf(env.Stderr, "tiepdan: cảnh báo: %s\n", res.Warning)
	}
	return nil
}

// runRestore replaces the data of the folder with a backup, after keeping the
// current data as a backup (store.Restore), then opens the folder once, which
// brings a backup of an older version up to date and checks it.
func runRestore(env Env, args []string) error {
	fs := flags("restore")
	data := dataFlag(fs)
	ops, err := parseOperands(fs, args, 1)
	if err != nil {
		return err
	}
	if len(ops) == 0 {
		return usageError{"thiếu tệp sao lưu, ví dụ: tiepdan restore tiepdan-2026-11-27T093000-daily.db"}
	}
	dir, err := dataDir(*data)
	if err != nil {
		return err
	}
	file := ops[0]
	// A bare name not found here is looked for in the folder's backup set.
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) && filepath.Base(file) == file {
		if inSet := filepath.Join(dir, store.BackupDirName, file); fileExists(inSet) {
			file = inSet
		}
	}
	if file, err = filepath.Abs(file); err != nil {
		return usageError{fmt.Sprintf("tệp «%s» không hợp lệ", ops[0])}
	}
	res, err := store.Restore(context.Background(), dir, file, env.Now)
	if err != nil {
		return err
	}
	st, err := store.Open(dir, env.Now)
	if err != nil {
		return err
	}
	st.Close()
	log, logFile := app.OpenLog(dir, env.Stderr)
	defer logFile.Close()
	fmt.Fprintf(env.Stdout, "Đã khôi phục dữ liệu từ %s.\n", file)
	if res.Kept != nil {
		fmt.Fprintf(env.Stdout, "Dữ liệu trước khi khôi phục được giữ trong %s.\n", res.Kept.Path)
		log.Warn("đã khôi phục dữ liệu", "from", file, "kept", res.Kept.Path)
	} else {
		log.Warn("đã khôi phục dữ liệu", "from", file)
	}
	return nil
}

// dataDir is the absolute path of the --data folder.
func dataDir(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", usageError{fmt.Sprintf("thư mục dữ liệu «%s» không hợp lệ", dir)}
	}
	return abs, nil
}

// fileExists reports whether path is an existing file.
func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

// autoBackupCheck is how often a running window or server checks whether
// the day's backup is due, so one left open overnight gets the next day's.
const autoBackupCheck = time.Hour

// autoBackups starts the automatic backups of the opened folder: the daily
// one at once, in the background so the window opens without waiting, and
// again every autoBackupCheck (taken only when the day has none yet). The
// returned stop ends the checks and takes the close backup: call it when the
// window or the server has closed, before o.close.
func (o *opened) autoBackups() (stop func()) {
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(autoBackupCheck)
		defer tick.Stop()
		for {
			o.services.AutoBackup(store.BackupDaily)
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		<-finished
		o.services.AutoBackup(store.BackupClose)
	}
}
