#!/usr/bin/env bash
# Cross-compiles tiepdan.exe and checks it is a 64-bit Windows GUI program.
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory windows
kind=$(file -b build/bin/tiepdan.exe)
echo "tiepdan.exe: $kind"
case "$kind" in
  "PE32+ executable (GUI) x86-64"*) ;;
  *) echo "tiepdan.exe is not a PE32+ GUI x86-64 executable" >&2; exit 1 ;;
esac
