#!/usr/bin/env bash
# Opens the real Wails window under Xvfb on an empty data folder, takes a
# screenshot, and checks that a second launch on the same folder hands over to
# the first window (single instance) instead of opening another.
set -euo pipefail
cd "$(dirname "$0")/.."
shots=${TIEPDAN_SHOTS:-build/screenshots}
mkdir -p "$shots"
data=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$data" "$log"' EXIT

# dbus-run-session gives the single-instance lock its session bus; xvfb-run
# gives the window a display (no window manager, so no title bar). Both and
# WebKit are chatty on stderr: the log is shown only when the test fails.
status=0
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$data" "$shots" >"$log" 2>&1 <<'INNER' || status=$?
set -euo pipefail
data=$1 shots=$2
windows() { xwininfo -root -tree | grep -c 'TiếpDân —' || true; }
./build/bin/tiepdan --data "$data" & first=$!
for _ in $(seq 1 200); do [ "$(windows)" -ge 1 ] && break; sleep 0.1; done
[ "$(windows)" -ge 1 ] || { echo "no window appeared" >&2; exit 1; }
sleep 3 # let WebKit load and paint the first-run screen
import -window root "$shots/window-first-run.png"

# A second launch on the same data folder must hand over and exit (Wails
# exits it with status 1) and leave one window.
rc=0
timeout 20 ./build/bin/tiepdan --data "$data" || rc=$?
[ "$rc" -ne 124 ] || { echo "second launch did not exit by itself" >&2; exit 1; }
sleep 0.5
n=$(windows)
kill -0 "$first" || { echo "the first window died" >&2; exit 1; }
kill "$first"; wait "$first" 2>/dev/null || true
[ "$n" -eq 1 ] || { echo "expected one window after a second launch, found $n" >&2; exit 1; }
INNER
if [ "$status" -ne 0 ]; then
  cat "$log" >&2
  exit "$status"
fi

# A window that failed to render is nearly one colour; the form has text.
colours=$(convert "$shots/window-first-run.png" -format %k info:)
echo "window screenshot: $shots/window-first-run.png ($colours colours)"
[ "$colours" -gt 50 ] || { echo "the window looks empty" >&2; exit 1; }
[ -s "$data/tiepdan.db" ] || { echo "the window did not open the data folder" >&2; exit 1; }
