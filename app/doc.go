// Package app is the application: the services bound to the user interface,
// one type per area (System, Settings, Calendar, and later Reception,
// Petitions, Cases, Reports, Accounts). The same service values are bound to the Wails window
// and served by the JSON bridge of `tiepdan serve`, so both surfaces behave
// identically.
//
// Bound methods are thin: they normalise and check the input, call a rule
// (app/domain for one record, app/law for legal rules) and call the store.
// Every error they return is a *domain.Error; Present turns any error into
// what the person sees.
package app
