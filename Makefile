# TiếpDân: `make run` sets up and opens the app; `make test` sets up and runs
# every check. Both are safe to run again. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VERSION    := $(shell cat VERSION)
COMMIT     := $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
BUILD_DATE := $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS    := -s -w -X tiepdan/app.Version=$(VERSION) -X tiepdan/app.Commit=$(COMMIT) -X tiepdan/app.BuildDate=$(BUILD_DATE)
# webkit2_41: Debian 12 ships WebKitGTK 4.1 (Wails defaults to 4.0).
TAGS       := desktop,production,webkit2_41
BIN        := build/bin/tiepdan
EXE        := build/bin/tiepdan.exe
# make run DATA=./data opens another data folder; empty means the default.
DATA       ?=

GO_SOURCES       := $(shell find . -name '*.go' -not -path './frontend/*') $(wildcard store/migrations/*.sql) go.mod go.sum
FRONTEND_SOURCES := $(shell find frontend/src -type f) frontend/index.html frontend/vite.config.ts frontend/package-lock.json

.PHONY: help setup run test frontend build testclock windows screenshots bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

setup: ## install Debian packages (as root), npm packages and Go modules
	@scripts/setup.sh

run: setup build ## set up, build and open the app window
	$(BIN) $(if $(DATA),--data $(DATA))

test: setup ## set up and run every check (prints its wall time)
	@scripts/test.sh

frontend: frontend/dist/index.html ## build the frontend into frontend/dist

frontend/dist/index.html: $(FRONTEND_SOURCES)
	cd frontend && npm run --silent build

build: $(BIN) ## build the desktop binary for this machine

$(BIN): frontend/dist/index.html $(GO_SOURCES)
	go build -tags $(TAGS) -trimpath -ldflags "$(LDFLAGS)" -o $@ .

# The end-to-end tests that pin the date use a serve-only build whose clock
# comes from $$TIEPDAN_NOW (clock_testclock.go); the shipped binary has no such hook.
testclock: build/bin/tiepdan-testclock

build/bin/tiepdan-testclock: frontend/dist/index.html $(GO_SOURCES)
	go build -tags testclock -trimpath -o $@ .

windows: $(EXE) ## cross-compile tiepdan.exe for Windows (amd64) with icon and version info

$(EXE): frontend/dist/index.html $(GO_SOURCES) build/windows/winres.json build/appicon.png VERSION
	go tool go-winres make --in build/windows/winres.json --arch amd64 --out rsrc \
		--product-version $(VERSION).0 --file-version $(VERSION).0
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -tags desktop,production -trimpath \
		-ldflags "$(LDFLAGS) -H windowsgui" -o $@ .

screenshots: ## copy the screenshots of the last test run into docs/screenshots
	cp build/screenshots/*.png docs/screenshots/

bench: ## run the benchmarks and print a table
	@scripts/bench.sh

clean: ## remove build output
	rm -rf build/bin build/screenshots build/test-output frontend/dist rsrc_windows_*.syso
