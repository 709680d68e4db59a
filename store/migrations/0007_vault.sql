-- 0007: the keys that protect denouncers' identities (issue 7 item 2; see
-- app/secure/vault.go). Nothing here is secret in the clear: private keys are
-- wrapped with a key derived from the account's password, or sealed to an
-- account's public key.

-- vault holds the public key that protected data is sealed to.
CREATE TABLE vault (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- account_key holds each account's key pair (private half wrapped by its
-- password) and what has been granted to it: the index key (every account)
-- and the vault private key (the roles that may hold it).
CREATE TABLE account_key (
    account_id      INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    salt            BLOB NOT NULL,
    public_key      BLOB NOT NULL,
    wrapped_private BLOB NOT NULL,
    sealed_index    BLOB NOT NULL,
    sealed_vault    BLOB,
    updated_at      TEXT NOT NULL
) STRICT;
