package secure

import (
	"bytes"
	"testing"
)

func TestSealOpen(t *testing.T) {
	vault, err := NewKeyPair()
	if err != nil {
		t.Fatal(err)
	}
	secret := []byte(`{"name":"Lê Thị Bí Mật","idNumber":"042190000123"}`)
	ct, err := Seal(vault.Public, "citizen.identity", secret)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(ct, []byte("Bí Mật")) || bytes.Contains(ct, []byte("042190000123")) {
		t.Fatal("the ciphertext contains the plaintext")
	}
	got, err := Open(vault.Private, "citizen.identity", ct)
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("Open = %q, %v", got, err)
	}
	// Another label, another key, or a changed byte: refused.
	if _, err := Open(vault.Private, "petition.identity", ct); err != ErrDecrypt {
		t.Fatalf("Open with another label: %v", err)
	}
	other, _ := NewKeyPair()
	if _, err := Open(other.Private, "citizen.identity", ct); err != ErrDecrypt {
		t.Fatalf("Open with another key: %v", err)
	}
	ct[len(ct)-1] ^= 1
	if _, err := Open(vault.Private, "citizen.identity", ct); err != ErrDecrypt {
		t.Fatalf("Open of a changed ciphertext: %v", err)
	}
	// Two seals of one value differ (ephemeral keys).
	a, _ := Seal(vault.Public, "x", secret)
	b, _ := Seal(vault.Public, "x", secret)
	if bytes.Equal(a, b) {
		t.Fatal("two seals are equal")
	}
}

func TestWrapUnwrapWithPassword(t *testing.T) {
	salt, _ := NewSalt()
	key := WrapKey("Mật khẩu 2026", salt, TestCost)
	kp, _ := NewKeyPair()
	w, err := Wrap(key, kp.Private)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Unwrap(key, w)
	if err != nil || !bytes.Equal(got, kp.Private) {
		t.Fatalf("Unwrap = %v", err)
	}
	if _, err := Unwrap(WrapKey("Mật khẩu 2027", salt, TestCost), w); err != ErrDecrypt {
		t.Fatalf("Unwrap with a wrong password: %v", err)
	}
	if _, err := Unwrap(key, w[:5]); err != ErrDecrypt {
		t.Fatalf("Unwrap of a short value: %v", err)
	}
}

func TestBlindIndex(t *testing.T) {
	k1, _ := NewIndexKey()
	k2, _ := NewIndexKey()
	a := BlindIndex(k1, "name", "le thi bi mat")
	if a != BlindIndex(k1, "name", "le thi bi mat") || len(a) != 64 {
		t.Fatalf("index not stable: %s", a)
	}
	if a == BlindIndex(k2, "name", "le thi bi mat") || a == BlindIndex(k1, "id", "le thi bi mat") || a == BlindIndex(k1, "name", "le thi bi") {
		t.Fatal("indexes of different keys, labels or values collide")
	}
}
