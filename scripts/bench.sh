#!/usr/bin/env bash
# Runs the Go benchmarks and prints one table: package, benchmark, time per
# operation, memory and allocations. Speed goals live here and in
# docs/performance.md, never in timed unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
go test -run '^$' -bench . -benchmem -count=1 ./... 2>&1 |
  awk '
    /^pkg: / { pkg = $2 }
    /^Benchmark/ {
      name = $1; sub(/-[0-9]+$/, "", name)
      ns = ""; bytes = ""; allocs = ""
      for (i = 2; i <= NF; i++) {
        if ($i == "ns/op") ns = $(i-1)
        if ($i == "B/op") bytes = $(i-1)
        if ($i == "allocs/op") allocs = $(i-1)
      }
      rows[++n] = sprintf("%-22s %-34s %14s %12s %10s", pkg, name, ns, bytes, allocs)
    }
    /^(FAIL|panic)/ { failed = 1; print }
    END {
      printf "%-22s %-34s %14s %12s %10s\n", "package", "benchmark", "ns/op", "B/op", "allocs/op"
      for (i = 1; i <= n; i++) print rows[i]
      exit failed
    }'
