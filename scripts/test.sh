#!/usr/bin/env bash
# The README's test command: installs what is missing, builds twice (the warnings-as-errors
# build and the clang ASan+UBSan build with the fuzzers), then runs every test headless with
# a private D-Bus session bus and an unlocked gnome-keyring. Its last lines are CTest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

scripts/install-deps.sh

# One compiler cache in the real home, chosen before the builds use it (HOME is replaced for
# the tests below).
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"

for preset in ci asan; do
  echo "== build: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
done

# The keychain tests get a throw-away home, runtime folder and keyring.
export HOME=$(mktemp -d /tmp/assertdesk-test-home.XXXXXX)
export XDG_RUNTIME_DIR=$HOME/run
export XDG_CONFIG_HOME=$HOME/config XDG_DATA_HOME=$HOME/data XDG_CACHE_HOME=$HOME/cache
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
trap 'rm -rf "$HOME"' EXIT

# Not exec: the trap above must run once the tests are done.
dbus-run-session -- bash -c '
  set -euo pipefail
  echo -n assertdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cd "'"$root"'"
  echo "== tests: ci build"
  ctest --preset ci
  echo "== tests: sanitizer build"
  ctest --preset asan
'
