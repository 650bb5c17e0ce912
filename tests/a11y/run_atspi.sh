#!/usr/bin/env bash
# usage: run_atspi.sh BIN_DIR
# Starts the real window under Xvfb with a private D-Bus session and the accessibility bus, on
# the built-in sandbox with a throw-away history, and drives it through AT-SPI alone
# (atspi_flow.py). Skipped (77) when Xvfb, the AT-SPI bus or pyatspi is missing.
set -u
bin=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
launcher=$(ls /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher 2>/dev/null | head -1)
for need in xvfb-run dbus-run-session; do
  command -v $need >/dev/null || { echo "skipped: $need is not installed"; exit 77; }
done
[ -n "$launcher" ] || { echo "skipped: at-spi2-core is not installed"; exit 77; }
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "skipped: python3-pyatspi is not installed"; exit 77; }

work=$(mktemp -d /tmp/assertdesk-atspi.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
# In the sanitizer build: libxkbcommon-x11 (loaded by the xcb platform, which the offscreen tests
# never load) hands strndup a length past its buffer's end, which strict_string_checks reports.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}intercept_strndup=0"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 LANG=C.UTF-8 LANGUAGE=
export ASSERTDESK_TEST_LAUNCHER=$launcher ASSERTDESK_TEST_BIN=$bin ASSERTDESK_TEST_DATA=$work/data ASSERTDESK_TEST_HERE=$here

exec xvfb-run -a -s '-screen 0 1366x850x24' dbus-run-session -- bash -c '
  # Once, in a sanitizer run on a loaded machine, the app found no server on the display it was
  # given: wait (at most 10 s) until the display socket is there.
  for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X${DISPLAY#:}" ] && break; sleep 0.2; done
  "$ASSERTDESK_TEST_LAUNCHER" --launch-immediately >/dev/null 2>&1 &
  launcher=$!
  sleep 0.5
  "$ASSERTDESK_TEST_BIN/assertdesk" --sandbox --data-dir "$ASSERTDESK_TEST_DATA" >"$ASSERTDESK_TEST_DATA.log" 2>&1 &
  app=$!
  /usr/bin/python3 "$ASSERTDESK_TEST_HERE/atspi_flow.py" "$ASSERTDESK_TEST_BIN" "$ASSERTDESK_TEST_DATA"
  rc=$?
  kill $app 2>/dev/null; wait $app 2>/dev/null
  kill $launcher 2>/dev/null
  [ $rc -eq 0 ] || { echo "--- the app said:"; cat "$ASSERTDESK_TEST_DATA.log"; }
  exit $rc'
