//go:build !testclock

package main

import "time"

// clock is the wall clock; only a testclock build can set another.
func clock() func() time.Time { return nil }
