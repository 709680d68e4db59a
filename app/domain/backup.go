package domain

// BackupSettings are the backup settings (Cài đặt › Sao lưu).
type BackupSettings struct {
	// SecondFolder is a folder, typically on a USB stick, that every backup is
	// also copied to; "" for none. It is an absolute path.
	SecondFolder string `json:"secondFolder"`
	// UpdatedAt is when the settings were last saved (RFC 3339); "" before.
	UpdatedAt string `json:"updatedAt,omitempty"`
}
