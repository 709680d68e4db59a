package app

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
)

// LogFileName is the log's name inside the data folder's logs/ folder.
const LogFileName = "tiepdan.log"

// OpenLog opens (appending) the log file under dataDir/logs/ and returns a
// logger writing to it. When the file cannot be opened the logger writes to
// fallback instead, so a read-only folder never stops the app.
func OpenLog(dataDir string, fallback io.Writer) (*slog.Logger, io.Closer) {
	dir := filepath.Join(dataDir, "logs")
	var w io.WriteCloser
	if err := os.MkdirAll(dir, 0o700); err == nil {
		w, _ = os.OpenFile(filepath.Join(dir, LogFileName), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	}
	if w == nil {
		return slog.New(slog.NewTextHandler(fallback, nil)), io.NopCloser(nil)
	}
	return slog.New(slog.NewTextHandler(w, nil)), w
}
