package app

import (
	"context"

	"tiepdan/app/domain"
)

// System tells the UI about the running program and its data.
type System struct {
	deps Deps
}

// SystemInfo is the state the UI needs at start.
type SystemInfo struct {
	Build         BuildInfo `json:"build"`
	DataDir       string    `json:"dataDir"`
	SchemaVersion int       `json:"schemaVersion"`
	SQLiteVersion string    `json:"sqliteVersion"`
	// Configured is false until the first-run setup has saved the unit.
	Configured bool `json:"configured"`
	// Today is the office's date, ISO (2026-11-27), from the app's clock.
	Today string `json:"today"`
}

// Info returns the program's state.
//
// Errors: Unavailable when the data folder could not be opened; Internal.
func (s *System) Info() (*SystemInfo, error) {
	ctx := context.Background()
	info := &SystemInfo{Build: Build(), DataDir: s.deps.DataDir, Today: s.deps.Now().Format("2006-01-02")}
	st, err := s.deps.store()
	if err != nil {
		return nil, err
	}
	if info.SchemaVersion, err = st.SchemaVersion(ctx); err != nil {
		return nil, err
	}
	if info.SQLiteVersion, err = st.SQLiteVersion(ctx); err != nil {
		return nil, err
	}
	_, err = st.Unit(ctx)
	switch domain.KindOf(err) {
	case "":
		info.Configured = true
	case domain.NotFound:
	default:
		return nil, err
	}
	return info, nil
}
