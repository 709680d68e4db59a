#!/usr/bin/env bash
# Every check of TiepDan, in the order a failure is cheapest to find.
# Run through `make test`, which installs what is needed first.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
summary=()
step() { # name command...
  local name=$1 t0=$(date +%s)
  shift
  printf '\n=== %s\n' "$name"
  "$@"
  summary+=("$(printf '%-44s %4ss' "$name" $(($(date +%s) - t0)))")
}

check_gofmt() {
  local bad
  bad=$(gofmt -l $(git ls-files '*.go'; git ls-files --others --exclude-standard '*.go'))
  if [ -n "$bad" ]; then
    echo "gofmt cần chạy cho: $bad" >&2
    return 1
  fi
}

step "frontend build (vite)" make --no-print-directory frontend
step "gofmt" check_gofmt
step "go vet" go vet ./...
step "go vet (desktop build tags)" go vet -tags desktop,production,webkit2_41 .
step "tsc --noEmit" bash -c 'cd frontend && npm run --silent typecheck'
# The race detector runs on the store and the services, where goroutines
# meet; the command line (app/cli) builds ten thousand demo records for its
# property tests and runs without it.
step "go test -race (store, app and services)" go test -race -count=1 $(go list ./store/... ./app/... | grep -v -e /app/cli)
step "go test (the rest)" go test -count=1 $(go list ./... | grep -v -e /store -e /app) ./app/cli/...
step "frontend unit tests (vitest)" bash -c 'cd frontend && npm run --silent test'
step "desktop build" make --no-print-directory build testclock
step "end-to-end tests (headless Chromium)" bash -c 'cd frontend && npm run --silent e2e'
step "Windows cross-build" scripts/check-windows.sh
step "window smoke test (Xvfb)" scripts/smoke-window.sh

printf '\n=== summary\n'
printf '%s\n' "${summary[@]}"
printf 'all checks passed; wall time %ss\n' $(($(date +%s) - start))
