package secure

import (
	"strings"
	"testing"
)

func TestPasswordRoundTrip(t *testing.T) {
	hash, err := HashPassword("Mật khẩu đúng 2026", TestCost)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hash, "$argon2id$v=19$m=8,t=1,p=1$") {
		t.Fatalf("hash = %q", hash)
	}
	for pw, want := range map[string]bool{
		"Mật khẩu đúng 2026":  true,
		"Mật khẩu đúng 2027":  false,
		"mật khẩu đúng 2026":  false,
		"":                    false,
		"Mật khẩu đúng 2026 ": false,
	} {
		ok, err := CheckPassword(pw, hash)
		if err != nil || ok != want {
			t.Errorf("CheckPassword(%q) = %v, %v; want %v", pw, ok, err, want)
		}
	}
}

func TestSaltsDiffer(t *testing.T) {
	a, _ := HashPassword("giống nhau", TestCost)
	b, _ := HashPassword("giống nhau", TestCost)
	if a == b {
		t.Fatal("two hashes of one password are equal: the salt is not random")
	}
}

func TestDefaultCostIsStrong(t *testing.T) {
	if DefaultCost.Memory < 64*1024 || DefaultCost.Time < 2 {
		t.Fatalf("default argon2id cost too low: %+v", DefaultCost)
	}
}

func TestMalformedHashes(t *testing.T) {
	for _, h := range []string{"", "plain", "$argon2i$v=19$m=8,t=1,p=1$AAAA$AAAA", "$argon2id$v=18$m=8,t=1,p=1$AAAA$AAAA",
		"$argon2id$v=19$m=x,t=1,p=1$AAAA$AAAA", "$argon2id$v=19$m=8,t=1,p=1$!!$AAAA", "$argon2id$v=19$m=8,t=1,p=1$AAAA$"} {
		if _, err := CheckPassword("x", h); err == nil {
			t.Errorf("CheckPassword accepted %q", h)
		}
	}
}
