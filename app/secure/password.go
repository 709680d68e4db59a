package secure

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
)

// PasswordCost is the argon2id cost of a password hash.
type PasswordCost struct {
	Time    uint32 // passes
	Memory  uint32 // KiB
	Threads uint8
}

// String writes the cost as in a PHC hash: "m=65536,t=3,p=2".
func (c PasswordCost) String() string {
	return fmt.Sprintf("m=%d,t=%d,p=%d", c.Memory, c.Time, c.Threads)
}

// ParseCost reads a cost written by String, or the cost of a PHC hash made
// by HashPassword.
func ParseCost(s string) (PasswordCost, error) {
	if parts := strings.Split(s, "$"); len(parts) == 6 {
		s = parts[3]
	}
	var c PasswordCost
	if _, err := fmt.Sscanf(s, "m=%d,t=%d,p=%d", &c.Memory, &c.Time, &c.Threads); err != nil || c.Time == 0 || c.Memory == 0 || c.Threads == 0 {
		return PasswordCost{}, ErrMalformedHash
	}
	return c, nil
}

// DefaultCost follows RFC 9106's second recommended option scaled for an
// office PC: 64 MiB and 3 passes take roughly 0.1–0.3 s per login.
var DefaultCost = PasswordCost{Time: 3, Memory: 64 * 1024, Threads: 2}

// TestCost is cheap, for tests only.
var TestCost = PasswordCost{Time: 1, Memory: 8, Threads: 1}

const (
	saltLen = 16
	keyLen  = 32
)

// HashPassword returns the PHC-format argon2id hash of password with a new
// random salt: $argon2id$v=19$m=65536,t=3,p=2$<salt>$<hash>.
func HashPassword(password string, cost PasswordCost) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, cost.Time, cost.Memory, cost.Threads, keyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, cost.Memory, cost.Time, cost.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// ErrMalformedHash is returned for a stored hash this package cannot read.
var ErrMalformedHash = errors.New("secure: malformed password hash")

// CheckPassword reports whether password matches the stored hash, in time
// independent of where they differ.
func CheckPassword(password, hash string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, ErrMalformedHash
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, ErrMalformedHash
	}
	c, err := ParseCost(parts[3])
	if err != nil {
		return false, err
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return false, ErrMalformedHash
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil || len(want) == 0 {
		return false, ErrMalformedHash
	}
	got := argon2.IDKey([]byte(password), salt, c.Time, c.Memory, c.Threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}
