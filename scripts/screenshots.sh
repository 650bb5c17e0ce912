#!/usr/bin/env bash
# Takes screenshots of the real window under Xvfb into packaging/screenshots/ (used by the
# AppStream metainfo and the README), driving it from outside with the keyboard (xdotool).
# Needs the dev build (scripts/run.sh makes it), or another build's app in $ASSERTDESK_APP.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$PWD/packaging/screenshots
app=${ASSERTDESK_APP:-$PWD/build/dev/bin/assertdesk}
[[ -x $app ]] || { cmake --preset dev >/dev/null && cmake --build --preset dev; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

cat >"$tmp/drive.sh" <<'DRIVE'
set -eu
app=$1 out=$2
"$app" &
pid=$!
win=
for _ in $(seq 100); do
  win=$(xdotool search --class assertdesk 2>/dev/null | tail -1) && [ -n "$win" ] && break
  sleep 0.1
done
# A 1366x768 laptop screen, filled by the window (no window manager here to maximise it).
xdotool windowsize --sync "$win" 1366 768 || true
sleep 2
geo=$(xwininfo -root -tree | grep '("assertdesk"' | grep -oE '[0-9]{3,}x[0-9]{3,}\+[0-9]+\+[0-9]+' | head -1)
shot() { import -window root -crop "$geo" +repage "$out/$1.png"; echo "wrote $out/$1.png"; }
xdotool windowfocus --sync "$win" || true
shot main-window
# The window starts with an empty request; File › Load an example fills one in.
xdotool key --window "$win" alt+f; sleep 0.5
xdotool key --window "$win" l; sleep 1
xdotool key --window "$win" ctrl+Return; sleep 2
shot created
xdotool key --window "$win" ctrl+Return; sleep 2
shot updated
kill $pid
DRIVE
xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- bash "$tmp/drive.sh" "$app" "$out" 2>/dev/null
