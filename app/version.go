package app

import "runtime/debug"

// Set by the linker in release builds:
// -X tiepdan/app.Version=… -X tiepdan/app.Commit=… -X tiepdan/app.BuildDate=…
var (
	// Version is the release version, e.g. "0.1.0".
	Version = "0.1.0-dev"
	// Commit is the source commit the binary was built from.
	Commit = ""
	// BuildDate is when the binary was built, ISO 8601.
	BuildDate = ""
)

// BuildInfo describes the running binary.
type BuildInfo struct {
	Version   string `json:"version"`
	Commit    string `json:"commit"`
	BuildDate string `json:"buildDate"`
	GoVersion string `json:"goVersion"`
}

// Build returns the binary's build information, falling back to what the Go
// toolchain recorded when the linker flags were not given.
func Build() BuildInfo {
	b := BuildInfo{Version: Version, Commit: Commit, BuildDate: BuildDate}
	if info, ok := debug.ReadBuildInfo(); ok {
		b.GoVersion = info.GoVersion
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && b.Commit == "":
				b.Commit = s.Value
			case s.Key == "vcs.time" && b.BuildDate == "":
				b.BuildDate = s.Value
			}
		}
	}
	if b.Commit == "" {
		b.Commit = "không rõ"
	}
	if b.BuildDate == "" {
		b.BuildDate = "không rõ"
	}
	return b
}
