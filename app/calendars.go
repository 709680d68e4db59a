package app

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"tiepdan/app/domain"
	"tiepdan/app/law"
	"tiepdan/store"
)

// calendars holds the working calendar built from the administrator's stored
// edits, for every service that counts days (the calculator now, petitions
// and cases later). Before each use it asks the store for the calendar's
// version (the last audit entry of a calendar edit), so an edit made by
// another process on the same data folder — the window and `tiepdan serve`,
// say — is seen at once, and the calendar is rebuilt only when it changed.
type calendars struct {
	mu      sync.Mutex
	cal     *law.Calendar // nil until built, or after a failed build
	version int64
}

// current returns the calendar as of the latest stored edit.
func (c *calendars) current(ctx context.Context, st *store.Store, log *slog.Logger) (*law.Calendar, error) {
	version, err := st.CalendarVersion(ctx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cal == nil || c.version != version {
		cal, err := buildCalendar(ctx, st, log)
		if err != nil {
			c.cal = nil
			return nil, err
		}
		c.cal, c.version = cal, version
	}
	return c.cal, nil
}

// buildCalendar reads the stored edits and switches and builds the calendar.
// A switch naming an optional holiday this version does not know (one
// dropped from app/law) is skipped, so the rest of the calendar still works.
func buildCalendar(ctx context.Context, st *store.Store, log *slog.Logger) (*law.Calendar, error) {
	overrides, err := st.CalendarOverrides(ctx, 0)
	if err != nil {
		return nil, err
	}
	switches, err := st.HolidaySwitches(ctx, 0)
	if err != nil {
		return nil, err
	}
	var opts law.Options
	for _, o := range overrides {
		d, err := law.ParseDate(o.Date)
		if err != nil {
			return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
		}
		opts.Overrides = append(opts.Overrides, law.Override{Date: d, Kind: dayKind(o.Kind), Reason: o.Reason})
	}
	for _, s := range switches {
		if _, ok := optionalHoliday(s.HolidayID); !ok {
			log.Warn("bỏ qua ngày lễ tùy chọn không còn trong app/law", "year", s.Year, "id", s.HolidayID)
			continue
		}
		opts.Holidays = append(opts.Holidays, law.HolidaySwitch{Year: s.Year, ID: s.HolidayID})
	}
	cal, err := law.NewCalendar(opts)
	if err != nil {
		// The stored edits were checked when saved; a failure here is a fault.
		return nil, domain.Wrap(domain.Internal, err, domain.SystemErrorMessage)
	}
	return cal, nil
}

// dayKind converts a stored override kind to law's.
func dayKind(kind string) law.DayKind {
	switch kind {
	case domain.OverrideWorking:
		return law.WorkingDay
	case domain.OverrideOff:
		return law.DayOff
	}
	return 0 // refused by law.NewCalendar
}

// optionalHoliday returns the optional holiday id, if app/law knows it.
func optionalHoliday(id string) (law.OptionalHoliday, bool) {
	for _, h := range law.OptionalHolidays() {
		if h.ID == id {
			return h, true
		}
	}
	return law.OptionalHoliday{}, false
}

// fromLaw converts an error of app/law to a *domain.Error of the same kind
// and message; other errors are returned as they are.
func fromLaw(err error) error {
	var le *law.Error
	if !errors.As(err, &le) {
		return err
	}
	kind := domain.Internal
	switch le.Kind {
	case law.Invalid:
		kind = domain.Invalid
	case law.NotFound:
		kind = domain.NotFound
	}
	return &domain.Error{Kind: kind, Message: le.Message}
}
