package store

import (
	"context"
	"database/sql"
	"errors"

	"tiepdan/app/domain"
)

// VaultPublicKey returns the public key protected data is sealed to.
//
// Errors: NotFound before the first run created it.
func (s *Store) VaultPublicKey(ctx context.Context) ([]byte, error) {
	var k []byte
	err := s.db.QueryRowContext(ctx, `SELECT public_key FROM vault WHERE id = 1`).Scan(&k)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Chưa tạo khóa bảo mật của dữ liệu.")
	}
	return k, internal(err)
}

// AccountKeys returns the stored keys of account id.
//
// Errors: NotFound when the account has none.
func (s *Store) AccountKeys(ctx context.Context, id int64) (*domain.AccountKeys, error) {
	var k domain.AccountKeys
	err := s.db.QueryRowContext(ctx, `SELECT salt, wrap_cost, public_key, wrapped_private, sealed_index, sealed_vault
		FROM account_key WHERE account_id = ?`, id).Scan(&k.Salt, &k.WrapCost, &k.PublicKey, &k.WrappedPrivate, &k.SealedIndex, &k.SealedVault)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.Errorf(domain.NotFound, "Tài khoản chưa có khóa bảo mật.")
	}
	return &k, internal(err)
}

// putAccountKeys writes (replacing) the keys of account id inside t.
func (t *tx) putAccountKeys(ctx context.Context, id int64, k *domain.AccountKeys) error {
	_, err := t.ExecContext(ctx, `INSERT INTO account_key (account_id, salt, wrap_cost, public_key, wrapped_private,
		sealed_index, sealed_vault, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (account_id) DO UPDATE SET salt = excluded.salt, wrap_cost = excluded.wrap_cost,
		public_key = excluded.public_key, wrapped_private = excluded.wrapped_private,
		sealed_index = excluded.sealed_index, sealed_vault = excluded.sealed_vault, updated_at = excluded.updated_at`,
		id, k.Salt, k.WrapCost, k.PublicKey, k.WrappedPrivate, k.SealedIndex, k.SealedVault, t.nowText())
	return err
}

// setSealedVault grants (sealed not nil) or withdraws (nil) the vault key of
// account id inside t.
func (t *tx) setSealedVault(ctx context.Context, id int64, sealed []byte) error {
	_, err := t.ExecContext(ctx, `UPDATE account_key SET sealed_vault = ?, updated_at = ? WHERE account_id = ?`,
		sealed, t.nowText(), id)
	return err
}
