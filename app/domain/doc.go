// Package domain holds the types that both the services in package app and the
// lower layers (store, reports) need: the records of the ward's work and the
// error kinds with their Vietnamese messages.
//
// It is the one small package that store and reports may import from app/.
// It holds data, validation of a single record, and nothing that does I/O or
// knows about the user interface. Legal rules (deadlines, calendars, ID-number
// checks) live in app/law, and workflows live in app.
package domain
