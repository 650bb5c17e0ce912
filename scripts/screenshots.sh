#!/usr/bin/env bash
# Takes screenshots of the real window under Xvfb into packaging/screenshots/ (used by the
# AppStream metainfo and the README), driving it from outside with the keyboard (xdotool).
# Needs the dev build (scripts/run.sh makes it), or another build's app in $ASSERTDESK_APP.
# Then the updated contact again at scale factor 2 (scale-2.png) and with a dark palette (dark.png):
# the look on a high-density screen and a dark desktop.
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
app=$1 out=$2 name=${3:-} width=${4:-1366} height=${5:-768}
"$app" &
pid=$!
win=
for _ in $(seq 100); do
  win=$(xdotool search --class assertdesk 2>/dev/null | tail -1) && [ -n "$win" ] && break
  sleep 0.1
done
# A 1366x768 laptop screen (in device pixels: twice that at scale 2), filled by the window (no
# window manager here to maximise it).
xdotool windowsize --sync "$win" "$width" "$height" || true
sleep 2
geo=$(xwininfo -root -tree | grep '("assertdesk"' | grep -oE '[0-9]{3,}x[0-9]{3,}\+[0-9]+\+[0-9]+' | head -1)
shot() { import -window root -crop "$geo" +repage "$out/$1.png"; echo "wrote $out/$1.png"; }
xdotool windowfocus --sync "$win" || true
[ -n "$name" ] || shot main-window
# The window starts with an empty request; File › Load an example fills one in.
xdotool key --window "$win" alt+f; sleep 0.5
xdotool key --window "$win" l; sleep 1
xdotool key --window "$win" ctrl+Return; sleep 2
[ -n "$name" ] || shot created
xdotool key --window "$win" ctrl+Return; sleep 2
shot "${name:-updated}"
kill $pid
DRIVE
run() { # screen, then drive.sh's arguments after app and out; each run starts with a fresh data folder
  local screen=$1
  shift
  rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
  xvfb-run -a -s "-screen 0 ${screen}x24" dbus-run-session -- bash "$tmp/drive.sh" "$app" "$out" "$@" 2>/dev/null
}
run 1366x768
QT_SCALE_FACTOR=2 run 2732x1536 scale-2 2732 1536
ASSERTDESK_PALETTE=dark run 1366x768 dark
