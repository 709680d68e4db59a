//go:build testclock

package main

import (
	"fmt"
	"os"
	"time"
)

// clock returns a fixed, running clock from $TIEPDAN_NOW (RFC 3339) for the
// end-to-end tests that check deadlines on given days. Only the binary built
// with -tags testclock (build/bin/tiepdan-testclock) reads it; the shipped
// binary always uses the real time.
func clock() func() time.Time {
	s := os.Getenv("TIEPDAN_NOW")
	if s == "" {
		return nil
	}
	start, err := time.Parse(time.RFC3339, s)
	if err != nil {
		fmt.Fprintln(os.Stderr, "TIEPDAN_NOW không hợp lệ:", err)
		os.Exit(2)
	}
	began := time.Now()
	return func() time.Time { return start.Add(time.Since(began)) }
}
