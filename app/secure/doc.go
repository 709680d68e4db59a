// Package secure holds the application's cryptography: password hashing now,
// and the keys that protect denouncers' identities later. It uses the
// standard library and golang.org/x/crypto only; nothing here is hand-rolled
// beyond encoding.
package secure
