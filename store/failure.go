package store

import (
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"syscall"

	"tiepdan/app/domain"

	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// A write the disk refuses — full, read-only, or failing — is not a fault of
// the program: the person can fix it, and must hear that nothing saved
// earlier was lost. SQLite guarantees the latter: a failed transaction is
// rolled back (WAL), and a failed VACUUM INTO or file copy leaves only a
// temporary file.

// Messages for writes the disk refused; %[1]s is the action ("lưu",
// "sao lưu"), %[2]s the folder.
const (
	diskFullMessage = "Ổ đĩa đã đầy nên chưa %[1]s được. Dữ liệu đã lưu trước đó vẫn còn nguyên; " +
		"hãy giải phóng dung lượng ổ đĩa chứa thư mục %[2]s (xóa bớt tệp không cần) rồi %[1]s lại."
	readOnlyMessage = "Thư mục %[2]s đang chỉ cho phép đọc nên chưa %[1]s được. Dữ liệu đã lưu trước đó vẫn còn nguyên; " +
		"hãy kiểm tra quyền ghi của thư mục (hoặc nút khóa ghi của thẻ nhớ, ổ USB) rồi %[1]s lại."
	diskIOMessage = "Lỗi đọc ghi ổ đĩa chứa thư mục %[2]s nên chưa %[1]s được. Dữ liệu đã lưu trước đó vẫn còn nguyên; " +
		"hãy kiểm tra ổ đĩa (ổ USB bị rút, ổ mạng mất kết nối) rồi %[1]s lại."
)

// diskFailure returns the Unavailable error to show when err, from writing in
// dir, is the disk refusing the write (SQLITE_FULL, SQLITE_READONLY,
// SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_IOERR, or the same from the operating
// system); action is what failed ("lưu", "sao lưu"). It returns nil for any
// other error.
func diskFailure(err error, dir, action string) *domain.Error {
	msg := ""
	var se *sqlite.Error
	var errno syscall.Errno
	switch {
	case errors.As(err, &se):
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_FULL:
			msg = diskFullMessage
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
			msg = readOnlyMessage
		case sqlite3.SQLITE_IOERR:
			msg = diskIOMessage
		}
	case errors.As(err, &errno) && diskFull(errno):
		msg = diskFullMessage
	case errors.Is(err, fs.ErrPermission) || (errors.As(err, &errno) && errno == syscall.EROFS):
		msg = readOnlyMessage
	case errors.As(err, &errno) && errno == syscall.EIO:
		msg = diskIOMessage
	}
	if msg == "" {
		return nil
	}
	return domain.Wrap(domain.Unavailable, err, fmt.Sprintf(msg, action, dir))
}

// diskFull reports whether errno says the disk is full: ENOSPC, or on
// Windows ERROR_HANDLE_DISK_FULL (39) and ERROR_DISK_FULL (112).
func diskFull(errno syscall.Errno) bool {
	return errno == syscall.ENOSPC || (runtime.GOOS == "windows" && (errno == 39 || errno == 112))
}

// writeFailure is what write returns for err: the disk's refusal in words
// the person can act on, or err itself. Errors of a kind other than Internal
// (a Conflict, a NotFound) are returned as they are.
func (s *Store) writeFailure(err error) error {
	if domain.KindOf(err) != domain.Internal {
		return err
	}
	if d := diskFailure(err, s.dir(), "lưu"); d != nil {
		return d
	}
	return err
}
