package secure

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hmac"
	"crypto/hpke"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"

	"golang.org/x/crypto/argon2"
)

// The protection of denouncers' identities (Luật Tố cáo; NĐ 154/2026 Art.
// 12.2) rests on three kinds of key:
//
//   - the vault key pair: protected data is sealed to its public key (stored
//     in the clear, so any clerk can record a denunciation) and opened only
//     with its private key;
//   - the index key: an HMAC key that turns a folded name or identity number
//     into a blind index, so authorised users can still search;
//   - one key pair per account, whose private half is wrapped (AES-256-GCM)
//     with a key derived by argon2id from the account's password. The index
//     key, and the vault private key for the roles that may hold it, are
//     sealed to each account's public key, so the administrator can grant
//     them to a new account without knowing its password.
//
// A copied database file or a lost backup therefore reveals nothing without
// a password of an account that holds the vault private key.

// suite is the HPKE ciphersuite: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
// AES-256-GCM (RFC 9180).
var (
	kem  = hpke.DHKEM(ecdh.X25519())
	kdf  = hpke.HKDFSHA256()
	aead = hpke.AES256GCM()
)

// ErrDecrypt means a ciphertext could not be opened: wrong key or password,
// or the data was changed.
var ErrDecrypt = errors.New("secure: cannot decrypt")

// KeyPair is a serialised X25519 key pair.
type KeyPair struct {
	Public  []byte
	Private []byte
}

// NewKeyPair returns a new random key pair.
func NewKeyPair() (KeyPair, error) {
	k, err := kem.GenerateKey()
	if err != nil {
		return KeyPair{}, err
	}
	priv, err := k.Bytes()
	if err != nil {
		return KeyPair{}, err
	}
	return KeyPair{Public: k.PublicKey().Bytes(), Private: priv}, nil
}

// NewIndexKey returns a new random HMAC key for blind indexes.
func NewIndexKey() ([]byte, error) {
	k := make([]byte, 32)
	_, err := rand.Read(k)
	return k, err
}

// Seal encrypts plaintext to the public key pub; label binds the ciphertext
// to its use (e.g. "citizen.identity") so it cannot be moved to another.
func Seal(pub []byte, label string, plaintext []byte) ([]byte, error) {
	pk, err := kem.NewPublicKey(pub)
	if err != nil {
		return nil, err
	}
	return hpke.Seal(pk, kdf, aead, []byte("tiepdan/v1/"+label), plaintext)
}

// Open decrypts a Seal ciphertext with the private key priv.
func Open(priv []byte, label string, ciphertext []byte) ([]byte, error) {
	k, err := kem.NewPrivateKey(priv)
	if err != nil {
		return nil, err
	}
	out, err := hpke.Open(k, kdf, aead, []byte("tiepdan/v1/"+label), ciphertext)
	if err != nil {
		return nil, ErrDecrypt
	}
	return out, nil
}

// BlindIndex returns the hex HMAC-SHA256 of a folded value under the index
// key: equal values give equal indexes, and the index reveals nothing
// without the key.
func BlindIndex(indexKey []byte, label, folded string) string {
	m := hmac.New(sha256.New, indexKey)
	m.Write([]byte(label))
	m.Write([]byte{0})
	m.Write([]byte(folded))
	return hex.EncodeToString(m.Sum(nil))
}

// NewSalt returns a random salt for WrapKey.
func NewSalt() ([]byte, error) {
	s := make([]byte, saltLen)
	_, err := rand.Read(s)
	return s, err
}

// WrapKey derives the key that wraps an account's private key from its
// password (argon2id, as for the password hash but with its own salt).
func WrapKey(password string, salt []byte, cost PasswordCost) []byte {
	return argon2.IDKey([]byte(password), salt, cost.Time, cost.Memory, cost.Threads, 32)
}

// Wrap encrypts secret with key (AES-256-GCM, random nonce first).
func Wrap(key, secret []byte) ([]byte, error) {
	gcm, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, secret, []byte("tiepdan/v1/wrap")), nil
}

// Unwrap decrypts a Wrap result.
func Unwrap(key, wrapped []byte) ([]byte, error) {
	gcm, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	if len(wrapped) < gcm.NonceSize() {
		return nil, ErrDecrypt
	}
	out, err := gcm.Open(nil, wrapped[:gcm.NonceSize()], wrapped[gcm.NonceSize():], []byte("tiepdan/v1/wrap"))
	if err != nil {
		return nil, ErrDecrypt
	}
	return out, nil
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
