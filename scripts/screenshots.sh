#!/usr/bin/env bash
# Takes screenshots of the real window under Xvfb into packaging/screenshots/ (used by the
# AppStream metainfo and the README). Needs the dev build (scripts/run.sh makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
out=packaging/screenshots
app=build/dev/app/gui/assertdesk
[[ -x $app ]] || { cmake --preset dev >/dev/null && cmake --build --preset dev; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

shoot() { # name, then app arguments
  local name=$1; shift
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
    "$0" "${@:3}" &
    pid=$!
    for _ in $(seq 50); do xwininfo -root -tree 2>/dev/null | grep -q "Assert Desk" && break; sleep 0.2; done
    sleep 1.5
    geo=$(xwininfo -root -tree | grep "(\"assertdesk\"" | head -1 | grep -oE "[0-9]+x[0-9]+\+[0-9]+\+[0-9]+" | head -1)
    import -window root -crop "$geo" +repage "$1"
    kill $pid' "$app" "$out/$name.png" "$@"
  echo "wrote $out/$name.png"
}

shoot main-window
