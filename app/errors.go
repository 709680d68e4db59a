package app

import (
	"errors"
	"log/slog"

	"tiepdan/app/domain"
)

// ErrorPayload is what the frontend receives for a failed call, in the window
// and in the browser alike: the kind, the message for the person and, for
// Invalid, the message for each field.
type ErrorPayload struct {
	Kind    domain.Kind       `json:"kind"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// Present turns any error into its payload. Internal errors, and errors of no
// kind, show only the generic "Lỗi hệ thống" message; their detail goes to log.
func Present(log *slog.Logger, err error) ErrorPayload {
	var e *domain.Error
	if errors.As(err, &e) && e.Kind != domain.Internal {
		return ErrorPayload{Kind: e.Kind, Message: e.Message, Fields: e.Fields}
	}
	log.Error("lỗi hệ thống", "error", err.Error())
	return ErrorPayload{Kind: domain.Internal, Message: domain.SystemErrorMessage}
}
