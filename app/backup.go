package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"tiepdan/app/domain"
	"tiepdan/store"
)

// Backups is Cài đặt › Sao lưu: the backup set of the data folder, a backup
// now, a restore, and the second folder (a USB stick) every backup is also
// copied to. The automatic backups are taken by the command line around the
// window and `tiepdan serve` (Services.AutoBackup); the files, names and
// rotation are the store's (store/backup.go).
type Backups struct {
	deps Deps
}

// BackupView is one backup of the set.
type BackupView struct {
	// Name is the file's name, which identifies the backup.
	Name string `json:"name"`
	// Kind is why it was taken: "daily", "close", "manual", "before-restore"
	// or "before-migration".
	Kind string `json:"kind"`
	// Time is when it was taken, local time without offset
	// ("2026-11-27T09:30:15").
	Time string `json:"time"`
	// Size is the file's size in bytes.
	Size int64 `json:"size"`
	// Warning, from Create only, says why the copy to the second folder was
	// not made; the backup itself was.
	Warning string `json:"warning,omitempty"`
}

// backupView is the view of a backup file.
func backupView(f store.BackupFile) BackupView {
	return BackupView{Name: f.Name, Kind: string(f.Kind), Time: f.Time.Format("2006-01-02T15:04:05"), Size: f.Size}
}

// BackupSettingsView is the backup settings with what the screen shows
// beside them.
type BackupSettingsView struct {
	// Folder is where the backup set is kept: the data folder's backups/.
	Folder string `json:"folder"`
	// SecondFolder is the folder every backup is also copied to; "" for none.
	SecondFolder string `json:"secondFolder"`
	// SecondReachable tells whether SecondFolder can be reached now (the USB
	// stick is plugged in); false when none is set.
	SecondReachable bool `json:"secondReachable"`
	// UpdatedAt is when the settings were last saved (RFC 3339); "" before.
	UpdatedAt string `json:"updatedAt"`
	// KeepDaily, KeepWeekly and KeepMonthly are the rotation of the
	// automatic backups: how many daily, weekly and monthly ones are kept.
	KeepDaily   int `json:"keepDaily"`
	KeepWeekly  int `json:"keepWeekly"`
	KeepMonthly int `json:"keepMonthly"`
}

// List returns the backups of the set, newest first.
//
// Errors: Unavailable; Internal.
func (b *Backups) List() ([]BackupView, error) {
	if _, err := b.deps.require(PermManageBackups); err != nil {
		return nil, err
	}
	st, _ := b.deps.store()
	set, err := store.ListBackups(st.BackupDir())
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	out := make([]BackupView, 0, len(set))
	for _, f := range set {
		out = append(out, backupView(f))
	}
	return out, nil
}

// Create takes a backup now (kind "manual") and returns it. When the copy to
// the second folder could not be made (the USB stick is not plugged in) the
// backup is still made and its Warning says so.
//
// Errors: Unavailable when the data folder cannot be written (full disk,
// read-only); Internal.
func (b *Backups) Create() (*BackupView, error) {
	if _, err := b.deps.require(PermManageBackups); err != nil {
		return nil, err
	}
	st, _ := b.deps.store()
	res, err := st.TakeBackup(context.Background(), store.BackupManual)
	if err != nil {
		return nil, err
	}
	b.deps.logBackup(res)
	v := backupView(res.File)
	v.Warning = res.Warning
	return &v, nil
}

// Restore replaces all the data with the backup name of the set, after it
// checked the backup and kept the current data as a backup of kind
// "before-restore", which it returns.
//
// The data is replaced inside the open database (store.RestoreFrom: SQLite's
// online backup API, under its write lock), so every service keeps working
// on the same open store and nothing has to be re-opened; calls made
// meanwhile wait and then see the restored data. What was kept in memory
// from the old data is dropped: the working calendar, and this session's
// login, since the accounts are those of the backup now. The UI reloads
// itself after a restore.
//
// Errors: NotFound when the set has no backup name; Invalid when the name is
// too long to be a backup's, or the backup is damaged or from a newer
// version; Unavailable; Internal.
func (b *Backups) Restore(name string) (*BackupView, error) {
	admin, err := b.deps.require(PermManageBackups)
	if err != nil {
		return nil, err
	}
	// A backup's name is short; a long one is refused before it is looked
	// for, and never repeated in the message.
	var check domain.Validation
	check.MaxLen("name", name, maxBackupName, "Tên bản sao lưu")
	if err := check.Err(); err != nil {
		return nil, err
	}
	st, _ := b.deps.store()
	set, err := store.ListBackups(st.BackupDir())
	if err != nil {
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	var from *store.BackupFile
	for i := range set {
		if set[i].Name == name {
			from = &set[i]
		}
	}
	if from == nil {
		return nil, domain.Errorf(domain.NotFound, "Không tìm thấy bản sao lưu %s.", name)
	}
	res, err := st.RestoreFrom(context.Background(), from.Path)
	if err != nil {
		return nil, err
	}
	b.deps.calendars.reset()
	// The restored data has its own accounts: every session of this process
	// must log in again (other processes notice by the user name check in
	// require).
	b.deps.epoch.Add(1)
	b.deps.session.logout("")
	if err := st.RecordEvent(context.Background(), actor(admin), "restore", "backup", from.Name,
		map[string]any{"kept": res.Kept.Name, "schemaVersion": res.SchemaVersion}); err != nil {
		b.deps.Log.Error("không ghi được nhật ký khôi phục", "error", err.Error())
	}
	b.deps.Log.Warn("đã khôi phục dữ liệu", "from", from.Name, "kept", res.Kept.Name, "schema", res.SchemaVersion)
	v := backupView(*res.Kept)
	return &v, nil
}

// Settings returns the backup settings.
//
// Errors: Unavailable; Internal.
func (b *Backups) Settings() (*BackupSettingsView, error) {
	if _, err := b.deps.require(PermManageBackups); err != nil {
		return nil, err
	}
	st, _ := b.deps.store()
	s, err := st.BackupSettings(context.Background())
	if err != nil {
		return nil, err
	}
	return settingsView(st, s), nil
}

// settingsView is the view of the stored settings s.
func settingsView(st *store.Store, s *domain.BackupSettings) *BackupSettingsView {
	return &BackupSettingsView{
		Folder:          st.BackupDir(),
		SecondFolder:    s.SecondFolder,
		SecondReachable: s.SecondFolder != "" && store.SecondFolderReachable(s.SecondFolder) == nil,
		UpdatedAt:       s.UpdatedAt,
		KeepDaily:       store.KeepDaily,
		KeepWeekly:      store.KeepWeekly,
		KeepMonthly:     store.KeepMonthly,
	}
}

// maxFolderLength is the longest second folder accepted, in characters.
const maxFolderLength = 500

// maxBackupName is longer than any backup's file name
// ("tiepdan-2026-11-27T093015-before-migration-12.db").
const maxBackupName = 100

// SaveSettings checks and saves the backup settings. The second folder must
// be empty (no second copy) or the full path of an existing folder, outside
// the data folder, that can be written now.
//
// Errors: Invalid with the message for secondFolder; Unavailable; Internal.
func (b *Backups) SaveSettings(in domain.BackupSettings) (*BackupSettingsView, error) {
	admin, err := b.deps.require(PermManageBackups)
	if err != nil {
		return nil, err
	}
	st, _ := b.deps.store()
	folder := strings.TrimSpace(in.SecondFolder)
	if folder != "" {
		if msg := checkSecondFolder(folder, b.deps.DataDir); msg != "" {
			return nil, &domain.Error{Kind: domain.Invalid, Message: "Thư mục sao lưu thứ hai chưa dùng được.",
				Fields: map[string]string{"secondFolder": msg}}
		}
		folder = filepath.Clean(folder)
	}
	saved, err := st.SaveBackupSettings(context.Background(), actor(admin), domain.BackupSettings{SecondFolder: folder})
	if err != nil {
		return nil, err
	}
	return settingsView(st, saved), nil
}

// checkSecondFolder returns why folder cannot be the second folder of the
// data folder dataDir, or "" when it can.
func checkSecondFolder(folder, dataDir string) string {
	if utf8.RuneCountInString(folder) > maxFolderLength {
		return "Đường dẫn không được dài quá 500 ký tự."
	}
	if !filepath.IsAbs(folder) {
		return `Vui lòng nhập đường dẫn đầy đủ của thư mục, ví dụ E:\SaoLuuTiepDan.`
	}
	if err := store.SecondFolderReachable(folder); err != nil {
		return "Không tìm thấy thư mục này. Hãy cắm ổ USB và tạo thư mục trước, rồi lưu lại."
	}
	if dataDir != "" {
		if rel, err := filepath.Rel(dataDir, folder); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return "Thư mục thứ hai phải nằm ngoài thư mục dữ liệu, tốt nhất trên ổ USB hoặc một ổ đĩa khác."
		}
	}
	f, err := os.CreateTemp(folder, ".tiepdan-check-*")
	if err != nil {
		return "Không ghi được vào thư mục này (ổ chỉ cho phép đọc, hoặc không có quyền ghi)."
	}
	f.Close()
	os.Remove(f.Name())
	return ""
}

// AutoBackup takes an automatic backup, kind store.BackupDaily or
// store.BackupClose, for the command line: daily when the window or
// `tiepdan serve` starts and every hour while it runs, close when it ends.
// It is not bound to the UI. Nothing is returned: a failure or a warning goes
// to the log, since a backup that could not be made must not stop the work.
func (s *Services) AutoBackup(kind store.BackupKind) {
	st, err := s.deps.store()
	if err != nil {
		return // nothing open to back up
	}
	res, err := st.AutoBackup(context.Background(), kind)
	if err != nil {
		s.deps.Log.Error("không sao lưu tự động được", "kind", kind, "error", err.Error())
		return
	}
	s.deps.logBackup(res)
}

// logBackup writes a backup taken, and what went wrong beside it, to the log.
func (d Deps) logBackup(res *store.BackupResult) {
	if res == nil {
		return
	}
	d.Log.Info("đã sao lưu", "file", res.File.Name, "size", res.File.Size, "copy", res.Copy)
	if res.Problem != nil {
		d.Log.Warn("sao lưu: có việc chưa làm được", "warning", res.Warning, "error", res.Problem.Error())
	}
}

// reset drops the working calendar, so that the next use builds it again
// from the store (after a restore).
func (c *calendars) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cal = nil
}
