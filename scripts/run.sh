#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts the desktop app.
# Arguments are passed to the app (e.g. --sandbox).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target assertdesk

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "assertdesk: built, but there is no display to show it on (DISPLAY and WAYLAND_DISPLAY are unset); run this in a desktop session, or under xvfb-run." >&2
  exit 1
fi
exec build/dev/bin/assertdesk "$@"
