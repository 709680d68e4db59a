package domain

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Kind says what sort of failure an error is, so the UI can react to it
// (show the message beside a field, offer a reload, …) without parsing text.
type Kind string

// The error kinds. Every error a service returns is one of these; an error
// without a kind is treated as Internal.
const (
	// Invalid: the input breaks a rule; Fields says which field and why.
	Invalid Kind = "invalid"
	// NotFound: the record asked for does not exist.
	NotFound Kind = "not_found"
	// Conflict: the record was changed by someone else, or would duplicate one.
	Conflict Kind = "conflict"
	// Unauthorized: nobody is logged in, or the session was locked; the UI
	// shows the login screen.
	Unauthorized Kind = "unauthorized"
	// Forbidden: the current user may not do this.
	Forbidden Kind = "forbidden"
	// Unavailable: the data cannot be used at all (a damaged file, no
	// permission, a database from a newer version); the message says what to do.
	Unavailable Kind = "unavailable"
	// Internal: a fault of the program or the machine; the person sees only
	// the generic message and the detail goes to the log.
	Internal Kind = "internal"
)

// SystemErrorMessage is what a person sees for any Internal error.
const SystemErrorMessage = "Lỗi hệ thống. Chi tiết đã được ghi vào nhật ký của ứng dụng."

// Error is an error with a kind and a message written for the person using
// the app, in Vietnamese. Fields maps a field name (as in the JSON of the
// record) to the message to show beside that field.
type Error struct {
	Kind    Kind
	Message string
	Fields  map[string]string
	// Err is the underlying cause, for the log; it is never shown.
	Err error
}

// Error returns the message followed by the cause, for logs.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Message)
	if len(e.Fields) > 0 {
		keys := make([]string, 0, len(e.Fields))
		for k := range e.Fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "; %s: %s", k, e.Fields[k])
		}
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an error of the given kind with a formatted Vietnamese message.
func Errorf(kind Kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns an error of the given kind that keeps cause for the log.
func Wrap(kind Kind, cause error, message string) *Error {
	return &Error{Kind: kind, Message: message, Err: cause}
}

// KindOf returns the kind of err: the kind of the first *Error in its chain,
// or Internal when there is none. KindOf(nil) is "".
func KindOf(err error) Kind {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}

// Validation collects field errors while a record is checked, so every bad
// field is reported at once rather than one per save.
type Validation struct {
	fields map[string]string
}

// Fail records message for field, keeping the first message given for it.
func (v *Validation) Fail(field, message string) {
	if v.fields == nil {
		v.fields = map[string]string{}
	}
	if _, seen := v.fields[field]; !seen {
		v.fields[field] = message
	}
}

// Required fails field when value is empty after trimming spaces.
func (v *Validation) Required(field, value, message string) {
	if strings.TrimSpace(value) == "" {
		v.Fail(field, message)
	}
}

// MaxLen fails field when value has more than n characters.
func (v *Validation) MaxLen(field, value string, n int, label string) {
	if len([]rune(value)) > n {
		v.Fail(field, fmt.Sprintf("%s không được dài quá %d ký tự", label, n))
	}
}

// Err returns nil when nothing failed, or an Invalid error listing the fields.
func (v *Validation) Err() error {
	if len(v.fields) == 0 {
		return nil
	}
	return &Error{Kind: Invalid, Message: "Thông tin chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu.", Fields: v.fields}
}
