package app

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"

	"tiepdan/app/law"
	"tiepdan/app/secure"
	"tiepdan/store"
)

// Deps is what every service is built from.
type Deps struct {
	Store   *store.Store
	Log     *slog.Logger
	Now     func() time.Time
	DataDir string
	// Broken, when not nil, is why the store could not be opened; every
	// service method then returns it, so the window can say what happened.
	Broken error

	// PasswordCost is the argon2id cost of new password hashes; zero means
	// secure.DefaultCost. Tests set secure.TestCost.
	PasswordCost secure.PasswordCost

	// calendars is the working calendar shared by the services that count
	// days; New creates it.
	calendars *calendars
	// session is the person using these services; New creates a new one.
	session *Session
	// epoch counts restores from a backup in this process; sessions logged
	// in before one must log in again. Shared by all sessions.
	epoch *atomic.Int64
}

// store returns the store, or the reason there is none.
func (d Deps) store() (*store.Store, error) {
	if d.Broken != nil {
		return nil, d.Broken
	}
	return d.Store, nil
}

// Services are all the services bound to the UI.
type Services struct {
	System     *System
	Auth       *Auth
	Accounts   *Accounts
	Settings   *Settings
	Calendar   *Calendar
	Audit      *Audit
	Backups    *Backups
	Reception  *Reception
	Schedule   *Schedule
	Petitions  *Petitions
	Cases      *Cases
	Dashboard  *Dashboard
	Statistics *Statistics

	deps Deps
}

// New builds every service from deps, for one new session. A nil Now means
// time.Now.
func New(deps Deps) *Services {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if deps.Log == nil {
		deps.Log = slog.New(slog.DiscardHandler)
	}
	if deps.PasswordCost == (secure.PasswordCost{}) {
		deps.PasswordCost = secure.DefaultCost
	}
	if deps.calendars == nil {
		deps.calendars = &calendars{}
	}
	if deps.epoch == nil {
		deps.epoch = &atomic.Int64{}
	}
	deps.session = &Session{}
	return &Services{
		System:     &System{deps: deps},
		Auth:       &Auth{deps: deps},
		Accounts:   &Accounts{deps: deps},
		Settings:   &Settings{deps: deps},
		Calendar:   &Calendar{deps: deps},
		Audit:      &Audit{deps: deps},
		Backups:    &Backups{deps: deps},
		Reception:  &Reception{deps: deps},
		Schedule:   &Schedule{deps: deps},
		Petitions:  &Petitions{deps: deps},
		Cases:      &Cases{deps: deps},
		Dashboard:  &Dashboard{deps: deps},
		Statistics: &Statistics{deps: deps},
		deps:       deps,
	}
}

// NewSession returns the services for another person on the same data:
// shared caches, a session of its own (each browser of `tiepdan serve`).
func (s *Services) NewSession() *Services { return New(s.deps) }

// WorkingCalendar returns the working calendar with the administrator's
// stored edits applied, the one the Calendar service counts on, for the
// command line. It is not bound to the UI.
//
// Errors: Unavailable; Internal.
func (s *Services) WorkingCalendar() (*law.Calendar, error) {
	st, err := s.deps.store()
	if err != nil {
		return nil, err
	}
	return s.deps.calendars.current(context.Background(), st, s.deps.Log)
}

// Bindings returns the services to bind, in the order the UI lists them.
// Both the Wails window and the HTTP bridge bind exactly these values.
func (s *Services) Bindings() []any {
	return []any{s.System, s.Auth, s.Accounts, s.Settings, s.Calendar, s.Audit, s.Backups, s.Reception, s.Schedule, s.Petitions, s.Cases, s.Dashboard, s.Statistics}
}
