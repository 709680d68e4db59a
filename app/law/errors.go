package law

import (
	"errors"
	"fmt"
)

// ErrorKind says what went wrong in terms the application can act on. The
// application maps it to its own error kinds (style.md: errors by kind).
type ErrorKind string

const (
	// Invalid means the caller's input breaks a rule: a bad date, a negative
	// length, an extension longer than the law allows, an override without a
	// reason.
	Invalid ErrorKind = "invalid"
	// NotFound means the caller asked for something this package does not
	// know: an unknown rule id, or no version of a rule in force on a date.
	NotFound ErrorKind = "not_found"
)

// Error is the only error type this package returns. Message is Vietnamese
// and can be shown to the clerk as it is.
type Error struct {
	Kind    ErrorKind
	Message string
}

// Error returns the Vietnamese message.
func (e *Error) Error() string { return e.Message }

// KindOf returns the kind of err if it is (or wraps) an *Error, and "" otherwise.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

func errorf(kind ErrorKind, format string, args ...any) error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}
