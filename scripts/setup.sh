#!/usr/bin/env bash
# Installs everything building, running and testing TiếpDân needs on
# Debian/Ubuntu: Debian packages (when run as root), the npm packages of the
# frontend and the Go modules. Safe to run again: it only installs what is
# missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

# GTK and WebKitGTK 4.1 headers: the desktop build (cgo). xvfb, xauth,
# x11-utils, imagemagick: the window smoke test and its screenshot.
# chromium: end-to-end tests. fonts-liberation2: Times-metric fonts for PDFs and
# screenshots. poppler-utils: reading PDFs back in tests. file: checking the
# Windows executable. dbus: a session bus for the single-instance test.
# libreoffice-calc-nogui: the second reader of the Excel outputs in tests.
APT_PACKAGES=(
  build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev
  xvfb xauth x11-utils imagemagick dbus
  chromium fonts-liberation2 poppler-utils file
  libreoffice-calc-nogui
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: cài các gói Debian: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: thiếu các gói Debian: ${missing[*]}" >&2
    echo "setup: hãy chạy: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

need_version() { # name have want
  if [ "$(printf '%s\n%s\n' "$3" "$2" | sort -V | head -n1)" != "$3" ]; then
    echo "setup: cần $1 phiên bản $3 trở lên (đang có $2)" >&2
    exit 1
  fi
}
command -v go >/dev/null || { echo "setup: chưa cài Go (cần 1.26 trở lên): https://go.dev/doc/install" >&2; exit 1; }
command -v node >/dev/null || { echo "setup: chưa cài Node.js (cần 20.19 trở lên)" >&2; exit 1; }
need_version Go "$(go env GOVERSION | sed 's/^go//')" 1.26
need_version Node.js "$(node --version | sed 's/^v//')" 20.19

# npm ci only when the lock file changed since the last install.
if [ ! -f frontend/node_modules/.package-lock.json ] ||
   [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
  touch frontend/node_modules/.package-lock.json
fi

go mod download
