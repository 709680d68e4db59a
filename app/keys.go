package app

import (
	"context"

	"tiepdan/app/domain"
	"tiepdan/app/secure"
)

// sealedIndexLabel and sealedVaultLabel bind what is sealed to an account to
// its use.
const (
	sealedIndexLabel = "account.index-key"
	sealedVaultLabel = "account.vault-key"
)

// sessionKeys are the keys an unlocked session holds in memory only.
type sessionKeys struct {
	index []byte // HMAC key of the blind indexes; every account
	vault []byte // vault private key; only the roles that hold it
}

// holdsVault reports whether an account of role gets the vault private key:
// the Chairman's role, which may reveal identities, and the administrator,
// who grants it to new accounts.
func holdsVault(role domain.Role) bool {
	return Allowed(role, PermRevealIdentity) || Allowed(role, PermManageAccounts)
}

// newAccountKeys makes a key pair for an account, wraps its private half with
// a key derived from password, and seals to it the index key and, when
// vault is not nil, the vault private key.
func newAccountKeys(password string, cost secure.PasswordCost, index, vault []byte) (domain.AccountKeys, error) {
	kp, err := secure.NewKeyPair()
	if err != nil {
		return domain.AccountKeys{}, err
	}
	k := domain.AccountKeys{PublicKey: kp.Public, WrapCost: cost.String()}
	if k.Salt, err = secure.NewSalt(); err != nil {
		return k, err
	}
	if k.WrappedPrivate, err = secure.Wrap(secure.WrapKey(password, k.Salt, cost), kp.Private); err != nil {
		return k, err
	}
	if k.SealedIndex, err = secure.Seal(kp.Public, sealedIndexLabel, index); err != nil {
		return k, err
	}
	if vault != nil {
		if k.SealedVault, err = secure.Seal(kp.Public, sealedVaultLabel, vault); err != nil {
			return k, err
		}
	}
	return k, nil
}

// accountPrivate unwraps the account's private key with its password, at
// the cost stored with the keys; fallback is the cost of keys stored before
// the cost was kept (the services' cost, which made them).
func accountPrivate(k *domain.AccountKeys, password string, fallback secure.PasswordCost) ([]byte, error) {
	cost := fallback
	if k.WrapCost != "" {
		c, err := secure.ParseCost(k.WrapCost)
		if err != nil {
			return nil, err
		}
		cost = c
	}
	return secure.Unwrap(secure.WrapKey(password, k.Salt, cost), k.WrappedPrivate)
}

// unlockKeys opens what is granted to an account with its password.
func unlockKeys(k *domain.AccountKeys, password string, cost secure.PasswordCost) (sessionKeys, error) {
	priv, err := accountPrivate(k, password, cost)
	if err != nil {
		return sessionKeys{}, err
	}
	var out sessionKeys
	if out.index, err = secure.Open(priv, sealedIndexLabel, k.SealedIndex); err != nil {
		return sessionKeys{}, err
	}
	if k.SealedVault != nil {
		if out.vault, err = secure.Open(priv, sealedVaultLabel, k.SealedVault); err != nil {
			return sessionKeys{}, err
		}
	}
	return out, nil
}

// rewrapKeys wraps the account's private key again for a new password, with
// a new salt; what is sealed to it stays.
func rewrapKeys(k *domain.AccountKeys, current, next string, cost secure.PasswordCost) (*domain.AccountKeys, error) {
	priv, err := accountPrivate(k, current, cost)
	if err != nil {
		return nil, err
	}
	out := *k
	out.WrapCost = cost.String()
	if out.Salt, err = secure.NewSalt(); err != nil {
		return nil, err
	}
	if out.WrappedPrivate, err = secure.Wrap(secure.WrapKey(next, out.Salt, cost), priv); err != nil {
		return nil, err
	}
	return &out, nil
}

// grantingKeys returns the logged-in administrator's keys, needed to give
// keys to another account.
//
// Errors: Internal when the session holds no keys (an account made before
// the keys existed).
func (d Deps) grantingKeys() (sessionKeys, error) {
	k := d.session.keys()
	if k.index == nil || k.vault == nil {
		return k, domain.Errorf(domain.Internal, "Phiên làm việc không có khóa bảo mật để cấp cho tài khoản khác. Vui lòng đăng nhập lại.")
	}
	return k, nil
}

// loginKeys opens account a's stored keys with password; an account without
// keys (none can exist after the first run) gets none.
func (d Deps) loginKeys(ctx context.Context, a *domain.Account, password string) (sessionKeys, error) {
	st, _ := d.store()
	k, err := st.AccountKeys(ctx, a.ID)
	if domain.KindOf(err) == domain.NotFound {
		return sessionKeys{}, nil
	}
	if err != nil {
		return sessionKeys{}, err
	}
	keys, err := unlockKeys(k, password, d.PasswordCost)
	if err != nil {
		return sessionKeys{}, domain.Wrap(domain.Internal, err, "Không mở được khóa bảo mật của tài khoản. Vui lòng liên hệ quản trị.")
	}
	return keys, nil
}
