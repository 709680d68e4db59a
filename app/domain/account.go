package domain

import (
	"fmt"
	"strings"
	"unicode"
)

// Role is what an account may do; the permissions of each role are in
// app/access.go.
type Role string

// The roles of issue 7.
const (
	// RoleAdmin (quản trị): accounts, settings, backups, the audit trail.
	RoleAdmin Role = "admin"
	// RoleLeader (lãnh đạo): the Chairman and Vice-Chairmen.
	RoleLeader Role = "leader"
	// RoleClerk (cán bộ tiếp dân): records receptions and petitions.
	RoleClerk Role = "clerk"
	// RolePolice (công an phường): group and complex cases, never a
	// denouncer's identity.
	RolePolice Role = "police"
	// RoleViewer (xem báo cáo): reads reports only.
	RoleViewer Role = "viewer"
)

// Roles lists every role, in the order the UI offers them.
var Roles = []Role{RoleAdmin, RoleLeader, RoleClerk, RolePolice, RoleViewer}

var roleLabels = map[Role]string{
	RoleAdmin:  "Quản trị",
	RoleLeader: "Lãnh đạo",
	RoleClerk:  "Cán bộ tiếp dân",
	RolePolice: "Công an phường",
	RoleViewer: "Xem báo cáo",
}

// Label returns the role's Vietnamese name.
func (r Role) Label() string { return roleLabels[r] }

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { _, ok := roleLabels[r]; return ok }

// Account is a person who can log in. The password hash is never part of it:
// the store hands it out only to the login check.
type Account struct {
	ID                 int64  `json:"id"`
	Username           string `json:"username"`
	FullName           string `json:"fullName"`
	Role               Role   `json:"role"`
	Disabled           bool   `json:"disabled"`
	MustChangePassword bool   `json:"mustChangePassword"`
	FailedLogins       int    `json:"failedLogins"`
	// LockedUntil is when a lockout after failed logins ends (RFC 3339), or "".
	LockedUntil string `json:"lockedUntil"`
	Revision    int64  `json:"revision"`
	CreatedAt   string `json:"createdAt"`
	UpdatedAt   string `json:"updatedAt"`
}

// SecuritySettings are the administrator's login rules.
type SecuritySettings struct {
	// MaxFailedLogins wrong passwords in a row lock the account…
	MaxFailedLogins int `json:"maxFailedLogins"`
	// …for LockoutMinutes.
	LockoutMinutes int `json:"lockoutMinutes"`
	// IdleMinutes without use lock the screen.
	IdleMinutes int   `json:"idleMinutes"`
	Revision    int64 `json:"revision"`
}

// Validate checks the settings' ranges.
func (s *SecuritySettings) Validate() error {
	var v Validation
	if s.MaxFailedLogins < 3 || s.MaxFailedLogins > 20 {
		v.Fail("maxFailedLogins", "Số lần nhập sai phải từ 3 đến 20")
	}
	if s.LockoutMinutes < 1 || s.LockoutMinutes > 1440 {
		v.Fail("lockoutMinutes", "Thời gian khóa phải từ 1 đến 1440 phút")
	}
	if s.IdleMinutes < 1 || s.IdleMinutes > 240 {
		v.Fail("idleMinutes", "Thời gian tự khóa màn hình phải từ 1 đến 240 phút")
	}
	return v.Err()
}

// The lengths of passwords and user names accepted, in characters.
const (
	MinPasswordLength = 8
	MaxPasswordLength = 128
	MaxUsernameLength = 32
)

// CheckPassword adds field's message to v when password is too weak: shorter
// than MinPasswordLength, or made of letters only or digits only.
func CheckPassword(v *Validation, field, password string) {
	if len([]rune(password)) < MinPasswordLength {
		v.Fail(field, "Mật khẩu phải có ít nhất 8 ký tự")
		return
	}
	if len([]rune(password)) > MaxPasswordLength {
		v.Fail(field, fmt.Sprintf("Mật khẩu không được dài quá %d ký tự", MaxPasswordLength))
		return
	}
	hasLetter := strings.ContainsFunc(password, unicode.IsLetter)
	hasOther := strings.ContainsFunc(password, func(r rune) bool { return !unicode.IsLetter(r) })
	if !hasLetter || !hasOther {
		v.Fail(field, "Mật khẩu phải có cả chữ và chữ số hoặc ký tự khác")
	}
}

// NormalizeUsername returns the stored form of a user name: trimmed, lower case.
func NormalizeUsername(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// CheckUsername adds a message when name (normalised) is not 3–32 of a–z,
// 0–9, '.', '_' or '-'.
func CheckUsername(v *Validation, field, name string) {
	if name == "" {
		v.Fail(field, "Vui lòng nhập tên đăng nhập")
		return
	}
	n := len(name)
	ok := n >= 3 && n <= MaxUsernameLength && !strings.ContainsFunc(name, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-')
	})
	if !ok {
		v.Fail(field, "Tên đăng nhập gồm 3–32 ký tự: chữ không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch nối (ví dụ: nguyenvana)")
	}
}

// AccountKeys are an account's keys as stored (see app/secure/vault.go):
// its public key, its private key wrapped by a key derived from its password
// with Salt, and the keys granted to it, sealed to its public key.
type AccountKeys struct {
	Salt []byte
	// WrapCost is the argon2id cost of the wrapping key, as
	// secure.PasswordCost.String writes it; "" for keys stored before it was
	// kept (their cost is that of the password hash).
	WrapCost       string
	PublicKey      []byte
	WrappedPrivate []byte
	SealedIndex    []byte
	// SealedVault is nil for the roles that may not hold the vault key.
	SealedVault []byte
}
