// Package store keeps the ward's records in one SQLite database file
// (modernc.org/sqlite, pure Go) inside the data folder.
//
// It is the only package with SQL. It owns the schema (embedded, numbered
// migrations in migrations/), every query, transactions, the integrity check,
// backups and restore (backup.go, restore.go), and, later, the folded
// full-text index. It knows the domain types from app/domain and nothing of
// the services above it.
//
// Every write is one transaction, and all rows written in one transaction share
// one timestamp taken from the injected clock.
package store
