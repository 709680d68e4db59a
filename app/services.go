package app

import (
	"context"
	"log/slog"
	"time"

	"tiepdan/app/law"
	"tiepdan/store"
)

// actorLocal names the person in the audit log until accounts exist: whoever
// is at this computer.
const actorLocal = "local"

// Deps is what every service is built from.
type Deps struct {
	Store   *store.Store
	Log     *slog.Logger
	Now     func() time.Time
	DataDir string
	// Broken, when not nil, is why the store could not be opened; every
	// service method then returns it, so the window can say what happened.
	Broken error

	// calendars is the working calendar shared by the services that count
	// days; New creates it.
	calendars *calendars
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
	System   *System
	Settings *Settings
	Calendar *Calendar

	deps Deps
}

// New builds every service from deps. A nil Now means time.Now.
func New(deps Deps) *Services {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if deps.Log == nil {
		deps.Log = slog.New(slog.DiscardHandler)
	}
	deps.calendars = &calendars{}
	return &Services{
		System:   &System{deps: deps},
		Settings: &Settings{deps: deps},
		Calendar: &Calendar{deps: deps},
		deps:     deps,
	}
}

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
	return []any{s.System, s.Settings, s.Calendar}
}
